/* Resolving typed names against the tenant's lookups: the console's matcher
 * (model/lookup_match), with the lookup fetched first and a refusal as a usage error. */
#include "config.h"

#include "cli/names.h"

#include <strings.h>

#include "model/lookup_match.h"
#include "model/values.h"

static const struct {
	enum lookup_kind lookup;
	enum job_kind job;
} kinds[] = {
	[CLI_NAME_AGENT] = { LOOKUP_AGENT, JOB_AGENTS },
	[CLI_NAME_STATUS] = { LOOKUP_STATUS, JOB_STATUSES },
	[CLI_NAME_PRIORITY] = { LOOKUP_PRIORITY, JOB_PRIORITIES },
	[CLI_NAME_TEAM] = { LOOKUP_TEAM, JOB_TEAMS },
	[CLI_NAME_TICKETTYPE] = { LOOKUP_TICKETTYPE, JOB_TICKET_TYPES },
	[CLI_NAME_CLIENT] = { LOOKUP_CLIENT, JOB_CLIENTS },
};

int cli_resolve_name(struct cli *c, enum cli_name_kind kind, const char *word, long *id,
		     const char **name)
{
	int code = cli_fetch_lookup(c, kinds[kind].job);
	if (code != CLI_OK)
		return code;
	return cli_resolve_fetched(c, kinds[kind].lookup, word, id, name);
}

int cli_resolve_agent(struct cli *c, const char *word, long *id, const char **name)
{
	if (strcasecmp(word, "me"))
		return cli_resolve_name(c, CLI_NAME_AGENT, word, id, name);
	int code = cli_fetch_lookup(c, JOB_AGENT_ME);
	*id = lookups_my_agent_id(&c->lookups);
	*name = "me";
	if (code == CLI_OK && *id == MODEL_UNSET)
		code = cli_fail(c, CLI_ERROR, "the server did not say who you are");
	return code;
}

int cli_resolve_fetched(struct cli *c, enum lookup_kind kind, const char *word, long *id,
			const char **name)
{
	struct lookup_match m;
	char err[512];
	if (!lookup_match(&c->lookups, kind, word, &m, err, sizeof(err)))
		return cli_fail(c, CLI_USAGE, "%s", err);
	*id = m.id;
	*name = m.name;
	return CLI_OK;
}
