/* Tickets as JSON (id-only, list item, full object) with the wire variants applied. */
#include "config.h"

#include "mock/ticket.h"

#include <string.h>

#include "mock/approvals.h"
#include "mock/auth.h"
#include "mock/server.h"
#include "mock/text.h"
#include "mock/ticket_class.h"

const char *mock_ticket_details(const struct mock_data *d, const struct mock_ticket *t,
				struct strbuf *scratch)
{
	if (t->details)
		return t->details;
	strbuf_reset(scratch);
	mock_text_details(scratch, d->seed, t->id, (unsigned)(t->id - d->first_id), t->summary);
	return scratch->data;
}

static void write_ids(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t)
{
	jsonw_id(w, "id", t->id);
	jsonw_id(w, "sla_id", t->sla_id);
	jsonw_id(w, "status_id", t->status_id);
	jsonw_id(w, "client_id", t->client_id);
	jsonw_string(w, "client_name", mock_data_client_name(d, t->client_id));
	jsonw_date(w, "lastincomingemail", t->lastactiondate);
}

/* Fields of odd types, as tickets carried over from old Halo versions and imports hold them. */
static void write_odd(struct jsonw *w)
{
	jsonw_int(w, "flagged", 2);
	jsonw_string(w, "onhold", "yes");
	jsonw_object_open(w, "category_1");
	jsonw_int(w, "id", 3);
	jsonw_string(w, "value", "Hardware>Printer");
	jsonw_object_close(w);
}

void mock_ticket_write_votes(struct jsonw *w, const struct mock_ticket *t)
{
	int notuseful = 0;
	if (t->voters) {
		json_object_object_foreach(t->voters, agent, vote)
		{
			(void)agent;
			int v = 0;
			mock_json_int(vote, "your_vote", &v);
			notuseful += v < 0;
		}
	}
	jsonw_int(w, "useful_count", t->votes);
	jsonw_int(w, "notuseful_count", notuseful);
}

void mock_ticket_write_my_vote(struct jsonw *w, const struct mock_data *d,
			       const struct mock_ticket *t)
{
	struct json_object *mine = NULL, *v = NULL, *comment = NULL;
	char key[16];
	snprintf(key, sizeof(key), "%d", mock_request_agent(d->me_agent_id));
	if (t->voters)
		json_object_object_get_ex(t->voters, key, &mine);
	if (mine && json_object_object_get_ex(mine, "your_vote", &v))
		jsonw_int(w, "your_vote", json_object_get_int(v));
	else
		jsonw_null(w, "your_vote");
	if (mine && json_object_object_get_ex(mine, "your_vote_comment", &comment))
		jsonw_string(w, "your_vote_comment", json_object_get_string(comment));
	else
		jsonw_null(w, "your_vote_comment");
}

/* Categories and supplier (ticket_class.h); written ones come again from the extras. */
static void write_class(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t)
{
	static const char *const keys[] = { "categoryid_1", "categoryid_2", "categoryid_3",
					    "categoryid_4" };
	int ignored;
	for (int level = 1; level <= 4; level++)
		if (!(t->extra && mock_json_int(t->extra, keys[level - 1], &ignored)))
			jsonw_int(w, keys[level - 1], mock_ticket_category(d, t, level));
	if (!(t->extra && mock_json_int(t->extra, "supplier_id", &ignored)))
		jsonw_id(w, "supplier_id", mock_ticket_supplier(d, t));
}

static void write_core(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t)
{
	const struct mock_site *site = mock_data_site(d, t->site_id);
	const struct mock_user *user = mock_data_user(d, t->user_id);
	const struct mock_agent *agent = mock_data_agent(d, t->agent_id);
	jsonw_id(w, "id", t->id);
	jsonw_date(w, "dateoccurred", t->dateoccurred);
	jsonw_string(w, "summary", t->summary);
	jsonw_id(w, "status_id", t->status_id);
	jsonw_id(w, "tickettype_id", t->tickettype_id);
	jsonw_id(w, "sla_id", t->sla_id);
	jsonw_id(w, "priority_id", t->priority_id);
	jsonw_id(w, "client_id", t->client_id);
	jsonw_string(w, "client_name", mock_data_client_name(d, t->client_id));
	jsonw_id(w, "site_id", t->site_id);
	jsonw_string(w, "site_name", site ? site->name : NULL);
	jsonw_id(w, "user_id", t->user_id);
	jsonw_string(w, "user_name", user ? user->name : NULL);
	jsonw_string(w, "user_email", user ? user->email : NULL);
	jsonw_string(w, "team", mock_data_name(d->teams, d->n_teams, t->team_id));
	jsonw_id(w, "agent_id", t->agent_id ? t->agent_id : 1);
	jsonw_string(w, "agent_name", agent ? agent->name : "Unassigned");
	jsonw_id(w, "parent_id", t->parent_id);
	jsonw_int(w, "child_count", t->child_count);
	jsonw_int(w, "attachment_count", t->attachment_count);
	write_class(w, d, t);
	if (w->odd_fields && t->id % 25 == 0) {
		write_odd(w);
	} else {
		jsonw_bool(w, "flagged", t->flags & MOCK_T_FLAGGED);
		jsonw_bool(w, "onhold", t->flags & MOCK_T_ONHOLD);
	}
	jsonw_bool(w, "read", t->flags & MOCK_T_READ);
	jsonw_bool(w, "excludefromsla", t->flags & MOCK_T_EXCLUDESLA);
	jsonw_date(w, "respondbydate", t->respondbydate);
	jsonw_date(w, "fixbydate", t->fixbydate);
	if (w->odd_fields && t->id % 25 == 0)
		jsonw_int(w, "deadlinedate", t->deadlinedate);
	else
		jsonw_date(w, "deadlinedate", t->deadlinedate);
	jsonw_date(w, "dateclosed", t->dateclosed);
	jsonw_date(w, "lastactiondate", t->lastactiondate);
	jsonw_date(w, "last_update", t->lastactiondate);
	jsonw_string(w, "slaresponsestate", mock_ticket_sla_state(d, t));
	mock_ticket_write_votes(w, t);
	if (t->flags & MOCK_T_DELETED) {
		jsonw_bool(w, "deleted", true);
		jsonw_string(w, "deleted_reason", t->delete_reason);
	}
}

static void write_extras(struct jsonw *w, const struct mock_ticket *t)
{
	if (!t->extra)
		return;
	json_object_object_foreach(t->extra, key, value)
	{
		mock_write_value(w, key, value);
	}
}

static void write_priority(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t)
{
	const struct mock_priority *p = mock_data_priority(d, t->sla_id, t->priority_id);
	if (!p) {
		jsonw_null(w, "priority");
		return;
	}
	jsonw_object_open(w, "priority");
	jsonw_string(w, "id", p->uuid);
	jsonw_id(w, "slaid", p->slaid);
	jsonw_id(w, "priorityid", p->priorityid);
	jsonw_string(w, "name", p->name);
	jsonw_string(w, "colour", p->colour);
	jsonw_object_close(w);
}

/* Where the ticket's approvals stand: approval_status 0 pending, 1 approved (all), 2 rejected
 * (any); faultapprovalexists and faultapprovalfailed as Halo's flags. */
static void write_approval_state(struct jsonw *w, const struct mock_data *d,
				 const struct mock_ticket *t)
{
	int state = -1;
	if (t->approvals || (t->flags & MOCK_T_APPROVALS)) {
		struct json_object *list = mock_ticket_records(d, t, MOCK_REC_APPROVALS);
		state = mock_approvals_state(list);
		json_object_put(list);
	}
	jsonw_bool(w, "faultapprovalexists", state >= 0);
	jsonw_bool(w, "faultapprovalfailed", state == MOCK_APPROVAL_REJECTED);
	if (state >= 0)
		jsonw_int(w, "approval_status", state);
	else
		jsonw_null(w, "approval_status");
}

static void write_full(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t,
		       unsigned with)
{
	struct strbuf scratch;
	strbuf_init(&scratch);
	jsonw_string(w, "details", mock_ticket_details(d, t, &scratch));
	strbuf_fini(&scratch);
	const struct mock_status *s = mock_data_status(d, t->status_id);
	jsonw_string(w, "status_name", s ? s->name : NULL);
	jsonw_string(w, "tickettype_name",
		     mock_data_name(d->tickettypes, d->n_tickettypes, t->tickettype_id));
	jsonw_string(w, "sla_name", mock_data_name(d->slas, d->n_slas, t->sla_id));
	jsonw_bool(w, "isbillable", t->flags & MOCK_T_BILLABLE);
	mock_ticket_write_my_vote(w, d, t);
	write_approval_state(w, d, t);
	if (with & MOCK_WITH_DETAILS)
		write_priority(w, d, t);
	if (with & MOCK_WITH_CHILDIDS) {
		jsonw_array_open(w, "child_ticket_ids");
		for (size_t i = 0; t->child_count && i < d->n_tickets; i++)
			if (d->tickets[i]->parent_id == t->id)
				jsonw_id(w, NULL, d->tickets[i]->id);
		jsonw_array_close(w);
	}
	if (with & MOCK_WITH_LASTACTION) {
		struct json_object *actions = mock_ticket_records(d, t, MOCK_REC_ACTIONS);
		size_t n = json_object_array_length(actions);
		if (n)
			mock_write_value(w, "lastaction",
					 json_object_array_get_idx(actions, n - 1));
		else
			jsonw_null(w, "lastaction");
		json_object_put(actions);
	}
}

void mock_ticket_write(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t,
		       enum mock_ticket_view view, unsigned with)
{
	jsonw_object_open(w, NULL);
	if (view == MOCK_VIEW_ID_ONLY) {
		write_ids(w, d, t);
		jsonw_object_close(w);
		return;
	}
	write_core(w, d, t);
	mock_ticket_write_customs(w, d, t);
	if (view == MOCK_VIEW_FULL) {
		write_full(w, d, t, with);
	} else if (with & MOCK_WITH_HTML) {
		struct strbuf scratch;
		strbuf_init(&scratch);
		jsonw_string(w, "details", mock_ticket_details(d, t, &scratch));
		strbuf_fini(&scratch);
	}
	write_extras(w, t);
	jsonw_object_close(w);
}
