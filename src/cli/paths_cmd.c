/* halotui config paths: every file and folder halotui reads or writes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/context.h"

int cli_config(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc != 2 || strcmp(argv[1], "paths"))
		return cli_fail(c, CLI_USAGE, "the only one is `halotui config paths`");
	return CLI_OK;
}
