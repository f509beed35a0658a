/* Filtering GET /api/Tickets as Halo does: integer lists, ids, flags, dates and text. */
#include "config.h"

#include "mock/ticket_filter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/ticket.h"
#include "mock/ticket_class.h"
#include "mock/tickets_params.h"
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

/* lastupdatefromdate/lastupdatetodate: the last action's date between them. */
static void parse_updated(struct ticket_filter *f, const struct mock_query *q)
{
	const char *from = mock_query_get(q, "lastupdatefromdate");
	const char *to = mock_query_get(q, "lastupdatetodate");
	if (from && !mock_parse_date(from, &f->updated_from))
		f->updated_from = 0;
	if (to && !mock_parse_date(to, &f->updated_to))
		f->updated_to = 0;
	if (to && strlen(to) == 10 && f->updated_to) /* a date alone means the whole day */
		f->updated_to += 86399;
}

/* The search_* parameters, each to the field it looks in. */
static void parse_searches(struct ticket_filter *f, const struct mock_query *q)
{
	static const struct {
		const char *name;
		enum search_field field;
	} searches[] = {
		{ "search_user_name", SEARCH_USER_NAME },
		{ "search_reportedby", SEARCH_USER_NAME },
		{ "search_oppcontactname", SEARCH_USER_NAME },
		{ "search_oppemailaddress", SEARCH_USER_EMAIL },
		{ "search_oppcompanyname", SEARCH_CLIENT_NAME },
		{ "search_inventory_number", SEARCH_NOTHING },
		{ "search_release1", SEARCH_NOTHING },
		{ "search_release2", SEARCH_NOTHING },
		{ "search_release3", SEARCH_NOTHING },
		{ "search_releasenote", SEARCH_NOTHING },
		{ "search_version", SEARCH_NOTHING },
		{ "search_supplier_reference", SEARCH_NOTHING },
	};
	for (size_t i = 0; i < sizeof(searches) / sizeof(searches[0]); i++) {
		const char *v = mock_query_get(q, searches[i].name);
		if (v && *v && !f->search_in[searches[i].field])
			f->search_in[searches[i].field] = v;
	}
}

/* The parameters of the emulator's second round: SLA and state flags, categories, area,
 * supplier, user name, links, attachments. */
static void parse_more(struct ticket_filter *f, const struct mock_query *q)
{
	static const char *const categories[] = { "category_1", "category_2", "category_3",
						  "category_4" };
	set_add(&f->slas, mock_query_get(q, "sla"));
	set_add(&f->breached, mock_query_get(q, "includebreached"));
	set_add(&f->hold, mock_query_get(q, "includehold"));
	set_add(&f->closed_state, mock_query_get(q, "includeclosed"));
	for (size_t i = 0; i < 4; i++)
		set_add(&f->categories[i], mock_query_get(q, categories[i]));
	f->area_id = (int)mock_query_long(q, "ticketarea_id", 0);
	f->supplier_id = (int)mock_query_long(q, "supplier_id", 0);
	f->unlinked_only = mock_query_bool(q, "unlinked_only", false);
	f->with_attachments = mock_query_bool(q, "withattachments", false);
	const char *user = mock_query_get(q, "username");
	f->username = user && *user ? user : NULL;
	parse_updated(f, q);
	parse_searches(f, q);
}

void ticket_filter_parse(struct ticket_filter *f, const struct mock_ctx *c)
{
	memset(f, 0, sizeof(*f));
	f->d = c->data;
	mock_query_init(&f->query);
	for (size_t i = 0; i < c->rq->query.n; i++)
		mock_query_add(&f->query, c->rq->query.items[i].key, c->rq->query.items[i].value);
	const struct mock_view_profile *profile =
		mock_view_profile((int)mock_query_long(&f->query, "view_id", 0));
	if (profile)
		mock_view_profile_apply(profile, &f->query);
	const struct mock_query *q = &f->query;
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
	bool needs_closed = f->open_only || f->closed_only || mock_query_get(q, "includeclosed");
	for (size_t i = 0; needs_closed && i < c->data->n_statuses; i++)
		if (c->data->statuses[i].type == MOCK_STATUS_CLOSED)
			set_add_id(&f->closed, c->data->statuses[i].id);
	f->with_deleted = mock_query_bool(q, "deleted", false);
	f->search = mock_query_get(q, "search");
	f->search_summary = mock_query_get(q, "search_summary");
	f->search_details = mock_query_get(q, "search_details");
	f->search_id = mock_query_get(q, "search_id");
	parse_dates(f, q);
	parse_more(f, q);
	f->n_order = ticket_order_parse(f->order, q);
}

void ticket_filter_fini(struct ticket_filter *f)
{
	struct int_set *sets[] = { &f->agents,	      &f->statuses,	 &f->priorities,
				   &f->teams,	      &f->clients,	 &f->types,
				   &f->ticketids,     &f->exclude,	 &f->flagged,
				   &f->children,      &f->closed,	 &f->slas,
				   &f->breached,      &f->hold,		 &f->closed_state,
				   &f->categories[0], &f->categories[1], &f->categories[2],
				   &f->categories[3] };
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		free(sets[i]->ids);
	mock_query_fini(&f->query);
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

/* True when TEXT (NULL: empty) holds NEEDLE, in any case. */
static bool holds(const char *text, const char *needle)
{
	return text && strcasestr(text, needle);
}

/* username and the search_* parameters of the user, the client and the absent fields. */
static bool more_text_matches(const struct ticket_filter *f, const struct mock_ticket *t)
{
	const struct mock_user *user = mock_data_user(f->d, t->user_id);
	if (f->username && !(user && user->name && !strcasecmp(user->name, f->username)))
		return false;
	if (f->search_in[SEARCH_USER_NAME] &&
	    !holds(user ? user->name : NULL, f->search_in[SEARCH_USER_NAME]))
		return false;
	if (f->search_in[SEARCH_USER_EMAIL] &&
	    !holds(user ? user->email : NULL, f->search_in[SEARCH_USER_EMAIL]))
		return false;
	if (f->search_in[SEARCH_CLIENT_NAME] &&
	    !holds(mock_data_client_name(f->d, t->client_id), f->search_in[SEARCH_CLIENT_NAME]))
		return false;
	return !f->search_in[SEARCH_NOTHING];
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
	return more_text_matches(f, t);
}

/* The filters of parse_more. */
static bool more_matches(const struct ticket_filter *f, const struct mock_ticket *t)
{
	const struct mock_data *d = f->d;
	if (!ticket_filter_set_has(&f->slas, t->sla_id) ||
	    !ticket_filter_set_has(&f->hold, (t->flags & MOCK_T_ONHOLD) ? 1 : 0) ||
	    (f->breached.is_set &&
	     !ticket_filter_set_has(&f->breached, !strcmp(mock_ticket_sla_state(d, t), "O"))) ||
	    (f->closed_state.is_set &&
	     !ticket_filter_set_has(&f->closed_state,
				    f->closed.is_set &&
					    ticket_filter_set_has(&f->closed, t->status_id))))
		return false;
	for (int level = 0; level < 4; level++)
		if (f->categories[level].is_set &&
		    !ticket_filter_set_has(&f->categories[level],
					   mock_ticket_category(d, t, level + 1)))
			return false;
	if ((f->area_id && mock_ticket_area(d, t) != f->area_id) ||
	    (f->supplier_id && mock_ticket_supplier(d, t) != f->supplier_id) ||
	    (f->unlinked_only && (t->parent_id || t->child_count)) ||
	    (f->with_attachments && t->attachment_count < 1))
		return false;
	if (f->updated_from || f->updated_to) {
		if (!t->lastactiondate ||
		    (f->updated_from && t->lastactiondate < f->updated_from) ||
		    (f->updated_to && t->lastactiondate > f->updated_to))
			return false;
	}
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
	if (!more_matches(f, t))
		return false;
	if (f->date_field != ORDER_NONE) {
		int64_t v = ticket_order_date(t, f->date_field);
		if (!v || (f->start && v < f->start) || (f->end && v > f->end))
			return false;
	}
	return text_matches(f, t);
}

bool ticket_filter_is_trivial(const struct ticket_filter *f)
{
	const struct int_set *sets[] = {
		&f->agents,	   &f->statuses,      &f->priorities,	 &f->teams,
		&f->clients,	   &f->types,	      &f->ticketids,	 &f->exclude,
		&f->flagged,	   &f->children,      &f->slas,		 &f->breached,
		&f->hold,	   &f->closed_state,  &f->categories[0], &f->categories[1],
		&f->categories[2], &f->categories[3],
	};
	for (size_t i = 0; i < SEARCH_FIELD_COUNT; i++)
		if (f->search_in[i])
			return false;
	if (f->area_id || f->supplier_id || f->unlinked_only || f->with_attachments ||
	    f->username || f->updated_from || f->updated_to)
		return false;
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
