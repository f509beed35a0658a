/* A query in words for the list's title: lookup names for ids, the usual filters by name. */
#include "config.h"

#include "model/ticket_query_describe.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/ticket_query_value.h"
#include "model/values.h"

/* The parameters that name one kind of lookup, and the word shown before their names. */
enum id_kind { IDS_STATUS, IDS_AGENT, IDS_TEAM, IDS_PRIORITY, IDS_CLIENT, IDS_TYPE };

static const struct {
	const char *name;
	const char *word;
	enum id_kind kind;
} id_params[] = {
	{ "status", "status", IDS_STATUS },    { "status_id", "status", IDS_STATUS },
	{ "agent", "agent", IDS_AGENT },       { "agent_id", "agent", IDS_AGENT },
	{ "team", "team", IDS_TEAM },	       { "priority", "priority", IDS_PRIORITY },
	{ "client_id", "client", IDS_CLIENT }, { "client_ids", "client", IDS_CLIENT },
	{ "requesttype", "type", IDS_TYPE },   { "requesttype_id", "type", IDS_TYPE },
};

/* Said by the lead words rather than one by one. */
static bool is_lead_param(const char *name)
{
	return !strcmp(name, "mine") || !strcmp(name, "open_only") || !strcmp(name, "closed_only");
}

static const char *id_name(const struct lookups *lk, enum id_kind kind, int id)
{
	switch (kind) {
	case IDS_STATUS:
		return lookups_status_name(lk, id);
	case IDS_AGENT:
		/* Halo's agent 1 is the "Unassigned" placeholder, absent from /Agent. */
		return lookups_agent_name(lk, id) ? lookups_agent_name(lk, id)
		       : id == 1		  ? "Unassigned"
						  : NULL;
	case IDS_TEAM:
		return lookups_team_name(lk, id);
	case IDS_PRIORITY:
		return lookups_priority_name(lk, id, MODEL_UNSET);
	case IDS_CLIENT:
		return lookups_client_name(lk, id);
	case IDS_TYPE:
		return lookups_tickettype_name(lk, id);
	}
	return NULL;
}

/* "status New, In Progress": each id of the list VALUE by its name, or its number. */
static void append_ids(struct strbuf *out, const struct lookups *lk, const char *word,
		       enum id_kind kind, const char *value)
{
	strbuf_appendf(out, "%s ", word);
	const char *p = value;
	while (*p) {
		char *end;
		long id = strtol(p, &end, 10);
		const char *name = end != p ? id_name(lk, kind, (int)id) : NULL;
		size_t len = end != p ? (size_t)(end - p) : strcspn(p, ",");
		if (name)
			strbuf_append_str(out, name);
		else
			strbuf_append(out, p, len);
		p += len;
		while (*p == ',' || *p == ' ')
			p++;
		if (*p)
			strbuf_append_str(out, ", ");
	}
}

/* One parameter in words. */
static void append_param(struct strbuf *out, const struct lookups *lk, const struct query_param *p,
			 const char *value)
{
	for (size_t i = 0; i < sizeof(id_params) / sizeof(id_params[0]); i++) {
		if (!strcmp(id_params[i].name, p->name)) {
			append_ids(out, lk, id_params[i].word, id_params[i].kind, value);
			return;
		}
	}
	if (p->type == QP_BOOL && !strcmp(value, "true")) {
		strbuf_append_str(out, p->name);
	} else if (p->type == QP_STRING) {
		strbuf_appendf(out, "%s ", p->name);
		query_value_quote(out, value);
	} else {
		strbuf_appendf(out, "%s=%s", p->name, value);
	}
}

const char *ticket_query_lead(const struct ticket_query *q)
{
	const char *mine = q ? ticket_query_get(q, "mine") : NULL;
	const char *open = q ? ticket_query_get(q, "open_only") : NULL;
	const char *closed = q ? ticket_query_get(q, "closed_only") : NULL;
	bool is_mine = mine && !strcmp(mine, "true");
	bool is_open = open && !strcmp(open, "true");
	bool is_closed = closed && !strcmp(closed, "true");
	if (is_open)
		return is_mine ? "My open" : "Open";
	if (is_closed)
		return is_mine ? "My closed" : "Closed";
	return is_mine ? "Mine" : "All tickets";
}

void ticket_query_describe(const struct ticket_query *q, const struct lookups *lk,
			   const char *view_name, struct strbuf *out)
{
	const char *lead = ticket_query_lead(q);
	if (view_name) {
		strbuf_append_str(out, view_name);
		/* "Urgent · Open · ...", but not "My open · My open". */
		if (strcasecmp(view_name, lead) && strcmp(lead, "All tickets"))
			strbuf_appendf(out, " \xC2\xB7 %s", lead);
	} else {
		strbuf_append_str(out, lead);
	}
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	while (q && ticket_query_next(q, &pos, &p, &value)) {
		bool is_said = is_lead_param(p->name) && !strcmp(value, "true");
		if (p->group == QG_ORDER || p->group == QG_PAGING || is_said)
			continue;
		strbuf_append_str(out, " \xC2\xB7 ");
		append_param(out, lk, p, value);
	}
}
