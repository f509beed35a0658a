/* halotui doctor: one verdict per thing that can stop halotui from working. */
#include "config.h"

#include "cli/context.h"

int cli_doctor(struct cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_fail(c, CLI_ERROR, "not yet");
}
