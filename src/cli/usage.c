/* Help of the subcommands, from their tables. */
#include "config.h"

#include "cli/usage.h"

#include <string.h>

#include "cli/context.h"
#include "model/ticket_query.h"

void cli_usage_common(FILE *out)
{
	fprintf(out, "options of every command:\n");
#define X(name, value, help) fprintf(out, "  %-19s %s\n", name " " value, help);
#include "cli/options.def"
#undef X
	fprintf(out, "exit codes:\n");
#define X(constant, code, meaning) fprintf(out, "  %d  %s\n", code, meaning);
#include "cli/exit_codes.def"
#undef X
}

/* The flags of `list`, one per /Tickets parameter, with their type. */
static void list_flags(FILE *out)
{
	fprintf(out, "  --view NAME         a saved view of the config (`view \"NAME\" ...`)\n"
		     "  --all               every page, not only the first\n"
		     "/Tickets parameters (--NAME VALUE or --NAME=VALUE):\n");
	for (size_t i = 0; i < ticket_query_param_count(); i++) {
		const struct query_param *p = ticket_query_param(i);
		fprintf(out, "  --%s %s\n      %s\n", p->name, query_type_name(p->type),
			p->description);
	}
}

int cli_help(struct cli *c, const char *name)
{
	(void)c;
	cli_usage_subcommand(stdout, name);
	if (!strcmp(name, "list"))
		list_flags(stdout);
	cli_usage_common(stdout);
	return CLI_OK;
}
