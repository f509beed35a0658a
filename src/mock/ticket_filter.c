/* Filtering GET /api/Tickets as Halo does: integer lists, ids, flags, dates and text. */
#include "config.h"

#include "mock/ticket_filter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/ticket.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static void set_add(struct int_set *s, const char *value)
{
	if (!value || !*value)
		return;
	int *ids;
	size_t n;
	if (!strcasecmp(value, "true"))
		n = 1, ids = xmalloc(sizeof(int)), ids[0] = 1;
	else if (!strcasecmp(value, "false"))
		n = 1, ids = xmalloc(sizeof(int)), ids[0] = 0;
	else
		n = mock_parse_int_list(value, &ids);
	s->ids = xreallocarray(s->ids, s->n + n + 1, sizeof(int));
	memcpy(s->ids + s->n, ids, n * sizeof(int));
	s->n += n;
	s->is_set = true;
	for (size_t i = 0; i < n; i++)
		if (ids[i] >= 0 && ids[i] < SMALL_IDS)
			s->small[ids[i] / 64] |= (uint64_t)1 << (ids[i] % 64);
	free(ids);
}

static void set_add_id(struct int_set *s, int id)
{
	char text[16];
	snprintf(text, sizeof(text), "%d", id);
	set_add(s, text);
}

bool ticket_filter_set_has(const struct int_set *s, int v)
{
	if (!s->is_set)
		return true;
	if (v >= 0 && v < SMALL_IDS)
		return (s->small[v / 64] >> (v % 64)) & 1;
	for (size_t i = 0; i < s->n; i++)
		if (s->ids[i] == v)
			return true;
	return false;
}

static void parse_dates(struct ticket_filter *f, const struct mock_query *q)
{
	const char *start = mock_query_get(q, "startdate");
	const char *end = mock_query_get(q, "enddate");
	if (!start && !end)
		return;
	f->date_field = ticket_order_field(mock_query_get(q, "datesearch"));
	if (f->date_field == ORDER_NONE)
		f->date_field = ORDER_DATEOCCURRED;
	if (start && !mock_parse_date(start, &f->start))
		f->start = 0;
	if (end && !mock_parse_date(end, &f->end))
		f->end = 0;
	if (end && strlen(end) == 10 && f->end) /* a date alone means the whole day */
		f->end += 86399;
}

void ticket_filter_parse(struct ticket_filter *f, const struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	memset(f, 0, sizeof(*f));
	f->d = c->data;
	set_add(&f->agents, mock_query_get(q, "agent"));
	set_add(&f->agents, mock_query_get(q, "agent_id"));
	if (mock_query_bool(q, "mine", false)) {
		char me[16];
		snprintf(me, sizeof(me), "%d", mock_request_agent(c->data->me_agent_id));
		set_add(&f->agents, me);
	}
	set_add(&f->statuses, mock_query_get(q, "status"));
	set_add(&f->statuses, mock_query_get(q, "status_id"));
	set_add(&f->priorities, mock_query_get(q, "priority"));
	set_add(&f->teams, mock_query_get(q, "team"));
	set_add(&f->clients, mock_query_get(q, "client_id"));
	set_add(&f->clients, mock_query_get(q, "client_ids"));
	set_add(&f->types, mock_query_get(q, "requesttype"));
	set_add(&f->types, mock_query_get(q, "requesttype_id"));
	set_add(&f->ticketids, mock_query_get(q, "ticketids"));
	set_add(&f->exclude, mock_query_get(q, "excludethese"));
	set_add(&f->flagged, mock_query_get(q, "flagged"));
	set_add(&f->children, mock_query_get(q, "includechildren"));
	f->site_id = (int)mock_query_long(q, "site_id", 0);
	f->user_id = (int)mock_query_long(q, "user_id", 0);
	f->parent_id = (int)mock_query_long(q, "parent_id", 0);
	f->open_only = mock_query_bool(q, "open_only", false);
	f->closed_only = mock_query_bool(q, "closed_only", false);
	for (size_t i = 0; (f->open_only || f->closed_only) && i < c->data->n_statuses; i++)
		if (c->data->statuses[i].type == MOCK_STATUS_CLOSED)
			set_add_id(&f->closed, c->data->statuses[i].id);
	f->with_deleted = mock_query_bool(q, "deleted", false);
	f->search = mock_query_get(q, "search");
	f->search_summary = mock_query_get(q, "search_summary");
	f->search_details = mock_query_get(q, "search_details");
	f->search_id = mock_query_get(q, "search_id");
	parse_dates(f, q);
	f->n_order = ticket_order_parse(f->order, q);
}

void ticket_filter_fini(struct ticket_filter *f)
{
	struct int_set *sets[] = { &f->agents,	&f->statuses, &f->priorities, &f->teams,
				   &f->clients, &f->types,    &f->ticketids,  &f->exclude,
				   &f->flagged, &f->children, &f->closed };
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		free(sets[i]->ids);
}

static bool details_contain(const struct ticket_filter *f, const struct mock_ticket *t,
			    const char *s)
{
	struct strbuf scratch;
	strbuf_init(&scratch);
	bool found = strcasestr(mock_ticket_details(f->d, t, &scratch), s) != NULL;
	strbuf_fini(&scratch);
	return found;
}

static bool text_matches(const struct ticket_filter *f, const struct mock_ticket *t)
{
	if (f->search_id && *f->search_id && atoi(f->search_id) != t->id)
		return false;
	if (f->search_summary && *f->search_summary && !strcasestr(t->summary, f->search_summary))
		return false;
	if (f->search_details && *f->search_details && !details_contain(f, t, f->search_details))
		return false;
	if (f->search && *f->search && atoi(f->search) != t->id &&
	    !strcasestr(t->summary, f->search) && !details_contain(f, t, f->search))
		return false;
	return true;
}

bool ticket_filter_matches(const struct ticket_filter *f, const struct mock_ticket *t)
{
	if ((t->flags & MOCK_T_DELETED) && !f->with_deleted)
		return false;
	/* the status first: the usual filter, and the one that turns most rows away */
	if (!ticket_filter_set_has(&f->statuses, t->status_id) ||
	    !ticket_filter_set_has(&f->agents, t->agent_id ? t->agent_id : 1) ||
	    !ticket_filter_set_has(&f->priorities, t->priority_id) ||
	    !ticket_filter_set_has(&f->teams, t->team_id) ||
	    !ticket_filter_set_has(&f->clients, t->client_id) ||
	    !ticket_filter_set_has(&f->types, t->tickettype_id) ||
	    !ticket_filter_set_has(&f->ticketids, t->id) ||
	    (f->exclude.is_set && ticket_filter_set_has(&f->exclude, t->id)) ||
	    !ticket_filter_set_has(&f->flagged, (t->flags & MOCK_T_FLAGGED) ? 1 : 0) ||
	    (f->children.is_set && !ticket_filter_set_has(&f->children, t->parent_id	 ? 2
									: t->child_count ? 1
											 : 0)))
		return false;
	if ((f->site_id && t->site_id != f->site_id) || (f->user_id && t->user_id != f->user_id) ||
	    (f->parent_id && t->parent_id != f->parent_id))
		return false;
	if (f->open_only || f->closed_only) {
		bool closed = f->closed.is_set && ticket_filter_set_has(&f->closed, t->status_id);
		if ((f->open_only && closed) || (f->closed_only && !closed))
			return false;
	}
	if (f->date_field != ORDER_NONE) {
		int64_t v = ticket_order_date(t, f->date_field);
		if (!v || (f->start && v < f->start) || (f->end && v > f->end))
			return false;
	}
	return text_matches(f, t);
}

bool ticket_filter_is_trivial(const struct ticket_filter *f)
{
	const struct int_set *sets[] = { &f->agents,  &f->statuses, &f->priorities, &f->teams,
					 &f->clients, &f->types,    &f->ticketids,  &f->exclude,
					 &f->flagged, &f->children };
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		if (sets[i]->is_set)
			return false;
	bool no_text = !(f->search && *f->search) && !(f->search_summary && *f->search_summary) &&
		       !(f->search_details && *f->search_details) &&
		       !(f->search_id && *f->search_id);
	return no_text && !f->site_id && !f->user_id && !f->parent_id && !f->open_only &&
	       !f->closed_only && f->date_field == ORDER_NONE && f->n_order == 0 &&
	       (f->d->n_deleted == 0 || f->with_deleted);
}
