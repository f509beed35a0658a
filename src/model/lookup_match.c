/* Typed names and ids resolved against the lookups, refused with the candidates. */
#include "config.h"

#include "model/lookup_match.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/values.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* Halo's status type of closed statuses (0 open, 1 closed, 2 on hold). */
#define STATUS_TYPE_CLOSED 1
/* At most this many candidates are named in a refusal. */
#define SHOWN_CANDIDATES 8

struct candidate {
	int id;
	const char *name;
	bool is_active;
};

static const char *const nouns[LOOKUP_KIND_COUNT] = {
	[LOOKUP_STATUS] = "status",
	[LOOKUP_PRIORITY] = "priority",
	[LOOKUP_AGENT] = "agent",
	[LOOKUP_TEAM] = "team",
	[LOOKUP_TICKETTYPE] = "ticket type",
	[LOOKUP_CLIENT] = "client",
	[LOOKUP_SITE] = "site",
	[LOOKUP_USER] = "user",
};

const char *lookup_kind_noun(enum lookup_kind kind)
{
	return (unsigned)kind < LOOKUP_KIND_COUNT ? nouns[kind] : "value";
}

static bool has_id(const struct candidate *c, size_t n, int id)
{
	for (size_t i = 0; i < n; i++)
		if (c[i].id == id)
			return true;
	return false;
}

static void add(struct candidate *c, size_t *n, int id, const char *name, bool is_active)
{
	if (has_id(c, *n, id))
		return;
	c[*n].id = id;
	c[*n].name = name ? name : "";
	c[*n].is_active = is_active;
	(*n)++;
}

static void add_named(const struct named_list *nl, struct candidate *c, size_t *n)
{
	for (size_t i = 0; i < nl->count; i++)
		add(c, n, nl->items[i].id, nl->items[i].name, !nl->items[i].inactive);
}

/* The KIND lookup as candidates (caller frees); *N their number. */
static struct candidate *collect(const struct lookups *l, enum lookup_kind kind, size_t *n)
{
	size_t cap = l->statuses.count + l->priorities.count + l->agents.count + l->teams.count +
		     l->tickettypes.count + l->clients.count + l->sites.count + l->users.count + 1;
	struct candidate *c = xcalloc(cap, sizeof(*c));
	*n = 0;
	switch (kind) {
	case LOOKUP_STATUS:
		for (size_t i = 0; i < l->statuses.count; i++)
			add(c, n, l->statuses.items[i].id, l->statuses.items[i].name, true);
		break;
	case LOOKUP_PRIORITY:
		for (size_t i = 0; i < l->priorities.count; i++)
			add(c, n, l->priorities.items[i].priorityid, l->priorities.items[i].name,
			    true);
		break;
	case LOOKUP_AGENT:
		for (size_t i = 0; i < l->agents.count; i++)
			add(c, n, l->agents.items[i].id, l->agents.items[i].name,
			    !l->agents.items[i].isdisabled);
		break;
	case LOOKUP_TEAM:
		add_named(&l->teams, c, n);
		break;
	case LOOKUP_TICKETTYPE:
		add_named(&l->tickettypes, c, n);
		break;
	case LOOKUP_SITE:
		add_named(&l->sites, c, n);
		break;
	case LOOKUP_USER:
		add_named(&l->users, c, n);
		break;
	default:
		add_named(&l->clients, c, n);
		break;
	}
	return c;
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

static bool contains(const char *s, const char *part)
{
	size_t n = strlen(part);
	for (; *s; s++)
		if (!strncasecmp(s, part, n))
			return true;
	return false;
}

/* The candidates matching TEXT in the way HOW: 0 whole name, 1 prefix, 2 part. */
static size_t matches(const struct candidate *c, size_t n, const char *text, int how, size_t *hits)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!c[i].is_active)
			continue;
		bool is_hit = how == 0	 ? !strcasecmp(c[i].name, text)
			      : how == 1 ? starts_with(c[i].name, text)
					 : contains(c[i].name, text);
		if (is_hit)
			hits[k++] = i;
	}
	return k;
}

static void name_candidates(struct strbuf *sb, const struct candidate *c, const size_t *which,
			    size_t n)
{
	for (size_t i = 0; i < n && i < SHOWN_CANDIDATES; i++)
		strbuf_appendf(sb, "%s%s (%d)", i ? ", " : "", c[which[i]].name, c[which[i]].id);
	if (n > SHOWN_CANDIDATES)
		strbuf_appendf(sb, ", and %zu more", n - SHOWN_CANDIDATES);
}

static bool is_number(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

/* By id: the lookup must hold it (an empty lookup cannot say, so any id goes). */
static bool match_id(const struct candidate *c, size_t n, enum lookup_kind kind, const char *text,
		     struct lookup_match *out, char *err, size_t errlen)
{
	long id = strtol(text, NULL, 10);
	for (size_t i = 0; i < n; i++) {
		if (c[i].id == id) {
			out->id = c[i].id;
			out->name = c[i].name;
			return true;
		}
	}
	if (n == 0 && id > 0 && id < 1000000000) {
		out->id = (int)id;
		out->name = "";
		return true;
	}
	snprintf(err, errlen, "no %s has the id %s", lookup_kind_noun(kind), text);
	return false;
}

static bool match_me(const struct lookups *l, struct lookup_match *out, char *err, size_t errlen)
{
	int me = lookups_my_agent_id(l);
	if (me == MODEL_UNSET) {
		snprintf(err, errlen, "who \"me\" is is not known yet (GET /Agent/me)");
		return false;
	}
	const char *name = lookups_agent_name(l, me);
	out->id = me;
	out->name = name ? name : (l->me.count ? l->me.items[0].name : "");
	return true;
}

static bool match_name(const struct candidate *c, size_t n, enum lookup_kind kind, const char *text,
		       struct lookup_match *out, char *err, size_t errlen)
{
	size_t *hits = xcalloc(n + 1, sizeof(*hits));
	size_t k = 0;
	for (int how = 0; how < 3 && k == 0; how++)
		k = matches(c, n, text, how, hits);
	struct strbuf sb;
	strbuf_init(&sb);
	if (k == 1) {
		out->id = c[hits[0]].id;
		out->name = c[hits[0]].name;
	} else if (k > 1) {
		strbuf_appendf(&sb, "ambiguous %s \"%s\": ", lookup_kind_noun(kind), text);
		name_candidates(&sb, c, hits, k);
	} else {
		strbuf_appendf(&sb, "no %s is called \"%s\"", lookup_kind_noun(kind), text);
		size_t active = 0;
		for (size_t i = 0; i < n; i++)
			if (c[i].is_active)
				hits[active++] = i;
		if (active) {
			strbuf_append_str(&sb, "; one of: ");
			name_candidates(&sb, c, hits, active);
		} else {
			strbuf_append_str(&sb, " (the list has not arrived: give the id)");
		}
	}
	if (k != 1)
		snprintf(err, errlen, "%s", sb.data);
	strbuf_fini(&sb);
	free(hits);
	return k == 1;
}

bool lookup_match(const struct lookups *l, enum lookup_kind kind, const char *text,
		  struct lookup_match *out, char *err, size_t errlen)
{
	out->id = MODEL_UNSET;
	out->name = "";
	while (text && isspace((unsigned char)*text))
		text++;
	if (!text || !*text) {
		snprintf(err, errlen, "which %s?", lookup_kind_noun(kind));
		return false;
	}
	if (kind == LOOKUP_AGENT && !strcasecmp(text, "me"))
		return match_me(l, out, err, errlen);
	size_t n;
	struct candidate *c = collect(l, kind, &n);
	bool ok = is_number(text) ? match_id(c, n, kind, text, out, err, errlen)
				  : match_name(c, n, kind, text, out, err, errlen);
	free(c);
	return ok;
}

int lookup_closed_status(const struct lookups *l)
{
	const struct status_item *best = NULL;
	for (size_t i = 0; i < l->statuses.count; i++) {
		const struct status_item *it = &l->statuses.items[i];
		if (it->type != STATUS_TYPE_CLOSED)
			continue;
		if (!strcasecmp(it->name, "Closed"))
			return it->id;
		if (!best || it->sequence < best->sequence)
			best = it;
	}
	return best ? best->id : MODEL_UNSET;
}

/* The /Tickets parameters whose values are ids of a lookup: data, a new one is a line. */
static const struct {
	const char *param;
	enum lookup_kind kind;
} param_lookups[] = {
	{ "agent", LOOKUP_AGENT },
	{ "agent_id", LOOKUP_AGENT },
	{ "client_id", LOOKUP_CLIENT },
	{ "client_ids", LOOKUP_CLIENT },
	{ "priority", LOOKUP_PRIORITY },
	{ "requesttype", LOOKUP_TICKETTYPE },
	{ "requesttype_id", LOOKUP_TICKETTYPE },
	{ "status", LOOKUP_STATUS },
	{ "status_id", LOOKUP_STATUS },
	{ "team", LOOKUP_TEAM },
};

bool lookup_kind_of_param(const char *param, enum lookup_kind *kind)
{
	for (size_t i = 0; i < sizeof(param_lookups) / sizeof(param_lookups[0]); i++) {
		if (!strcmp(param_lookups[i].param, param)) {
			*kind = param_lookups[i].kind;
			return true;
		}
	}
	return false;
}
