/* Names typed on the command line resolved against the lookups: agents, statuses, ... */
#ifndef HALOTUI_CLI_NAMES_H
#define HALOTUI_CLI_NAMES_H

#include "cli/context.h"
#include "model/lookup_match.h"

/* What a name can stand for; each fetches its lookup when first needed. */
enum cli_name_kind {
	CLI_NAME_AGENT,
	CLI_NAME_STATUS,
	CLI_NAME_PRIORITY,
	CLI_NAME_TEAM,
	CLI_NAME_TICKETTYPE,
	CLI_NAME_CLIENT,
};

/* Resolves WORD among the lookup of KIND as the console does (model/lookup_match.h: an id
 * the lookup holds, else the one whole name, the one name that starts with WORD, the one
 * that contains it, in any case; disabled agents and inactive teams or types by id only).
 * CLI_OK with *ID and *NAME (owned by c->lookups), else the exit code after cli_fail said
 * why: no such name or id, or ambiguous (exit 2, with the candidates). */
int cli_resolve_name(struct cli *c, enum cli_name_kind kind, const char *word, long *id,
		     const char **name);
/* An agent as cli_resolve_name finds one, or "me" (any case): the signed-in agent, from
 * GET /Agent/me (exit 1 when the server does not say). */
int cli_resolve_agent(struct cli *c, const char *word, long *id, const char **name);

/* Resolves WORD among the lookup KIND of c->lookups as the caller fetched it (a client's
 * sites, a site's users), as cli_resolve_name does. */
int cli_resolve_fetched(struct cli *c, enum lookup_kind kind, const char *word, long *id,
			const char **name);

#endif
