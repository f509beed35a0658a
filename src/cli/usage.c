/* Help of the subcommands, from their tables. */
#include "config.h"

#include "cli/usage.h"

#include <string.h>

#include "cli/context.h"
#include "model/ticket_query.h"

void cli_usage_common(FILE *out)
{
	fprintf(out, "options of every command:\n"
		     "  --demo              against the built-in HaloPSA emulator\n"
		     "  --profile NAME      the connection profile of the config file\n"
		     "  --log FILE          append one line per request to FILE\n"
		     "  --format FORMAT     table (default), plain, json, jsonl, csv or tsv\n"
		     "  --columns A,B,...   the fields to show (json and jsonl keep only those)\n"
		     "  --no-headers        no header line in table, csv and tsv\n"
		     "  --no-retry          fail at once on 429, 5xx or a cut transfer\n"
		     "  --dry-run           changes: print the request, send nothing\n"
		     "exit codes: 0 ok, 1 error, 2 usage, 3 authentication, 4 not found,\n"
		     "  5 rate limited, 6 network, 7 server error\n");
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
