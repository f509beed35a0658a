/* Resolving typed names against the tenant's lookups, refusing ambiguity. */
#include "config.h"

#include "cli/names.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/strbuf.h"

struct candidate {
	long id;
	const char *name;
	bool is_disabled; /* matched by id only */
};

static const char *const kind_nouns[] = {
	[CLI_NAME_AGENT] = "agent",
	[CLI_NAME_STATUS] = "status",
	[CLI_NAME_PRIORITY] = "priority",
	[CLI_NAME_TEAM] = "team",
	[CLI_NAME_TICKETTYPE] = "ticket type",
};

static const enum job_kind kind_jobs[] = {
	[CLI_NAME_AGENT] = JOB_AGENTS,
	[CLI_NAME_STATUS] = JOB_STATUSES,
	[CLI_NAME_PRIORITY] = JOB_PRIORITIES,
	[CLI_NAME_TEAM] = JOB_TEAMS,
	[CLI_NAME_TICKETTYPE] = JOB_TICKET_TYPES,
};

/* The candidates of KIND from c->lookups (caller frees the array). */
static size_t candidates(const struct cli *c, enum cli_name_kind kind, struct candidate **out)
{
	const struct lookups *l = &c->lookups;
	size_t n = 0, cap = l->agents.count + l->statuses.count + l->priorities.count +
			    l->teams.count + l->tickettypes.count + 1;
	struct candidate *v = xcalloc(cap, sizeof(*v));
	if (kind == CLI_NAME_AGENT)
		for (size_t i = 0; i < l->agents.count; i++)
			v[n++] = (struct candidate){ .id = l->agents.items[i].id,
						     .name = l->agents.items[i].name,
						     .is_disabled = l->agents.items[i].isdisabled };
	if (kind == CLI_NAME_STATUS)
		for (size_t i = 0; i < l->statuses.count; i++)
			v[n++] = (struct candidate){ .id = l->statuses.items[i].id,
						     .name = l->statuses.items[i].name };
	if (kind == CLI_NAME_PRIORITY)
		for (size_t i = 0; i < l->priorities.count; i++) {
			/* One priority per SLA: the same number under the same name counts once. */
			const struct priority_item *p = &l->priorities.items[i];
			bool seen = false;
			for (size_t j = 0; j < n && !seen; j++)
				seen = v[j].id == p->priorityid && !strcasecmp(v[j].name, p->name);
			if (!seen)
				v[n++] = (struct candidate){ .id = p->priorityid, .name = p->name };
		}
	const struct named_list *named = kind == CLI_NAME_TEAM	       ? &l->teams
					 : kind == CLI_NAME_TICKETTYPE ? &l->tickettypes
								       : NULL;
	for (size_t i = 0; named && i < named->count; i++)
		v[n++] = (struct candidate){ named->items[i].id, named->items[i].name,
					     named->items[i].inactive };
	*out = v;
	return n;
}

/* How a name fits the typed word: 3 whole, 2 starts with it, 1 contains it, 0 not. */
static int fit(const char *name, const char *word)
{
	size_t n = strlen(word);
	if (!strcasecmp(name, word))
		return 3;
	if (!strncasecmp(name, word, n))
		return 2;
	for (; *name; name++)
		if (!strncasecmp(name, word, n))
			return 1;
	return 0;
}

static int ambiguous(struct cli *c, enum cli_name_kind kind, const char *word,
		     const struct candidate *v, const size_t *hits, size_t n_hits)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < n_hits; i++)
		strbuf_appendf(&sb, "%s%s (%ld)", i ? ", " : "", v[hits[i]].name, v[hits[i]].id);
	int code = cli_fail(c, CLI_USAGE, "'%s' names more than one %s: %s", word, kind_nouns[kind],
			    sb.data);
	strbuf_fini(&sb);
	return code;
}

int cli_resolve_name(struct cli *c, enum cli_name_kind kind, const char *word, long *id,
		     const char **name)
{
	int code = cli_fetch_lookup(c, kind_jobs[kind]);
	if (code != CLI_OK)
		return code;
	struct candidate *v = NULL;
	size_t n = candidates(c, kind, &v), n_hits = 0;
	size_t *hits = xcalloc(n ? n : 1, sizeof(*hits));
	long number = 0;
	bool is_number = cli_parse_id(word, &number);
	for (size_t i = 0; i < n && is_number; i++)
		if (v[i].id == number)
			hits[n_hits++] = i;
	/* The whole name, else the start of a name, else a part of one: the best tier wins. */
	for (int tier = 3; tier > 0 && !n_hits && !is_number; tier--)
		for (size_t i = 0; i < n; i++)
			if (!v[i].is_disabled && fit(v[i].name, word) == tier)
				hits[n_hits++] = i;
	if (n_hits == 1) {
		*id = v[hits[0]].id;
		*name = v[hits[0]].name;
	} else if (n_hits > 1) {
		code = ambiguous(c, kind, word, v, hits, n_hits);
	} else {
		code = cli_fail(c, CLI_USAGE, "no %s called '%s'", kind_nouns[kind], word);
	}
	free(hits);
	free(v);
	return code;
}
