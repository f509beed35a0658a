/* GET, POST and DELETE /api/TicketApproval: approvals keyed by ticket and seq, and what a
 * decision does to its ticket. */
#include "config.h"

#include "mock/approvals.h"

#include <stdio.h>
#include <string.h>

#include "mock/auth.h"
#include "mock/item_cache.h"
#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

/* Where a ticket waiting for approval goes once decided (status ids of data.c). */
#define STATUS_AWAITING_APPROVAL 20
#define STATUS_AFTER_APPROVAL 2	 /* In Progress */
#define STATUS_AFTER_REJECTION 3 /* Action Required */

int mock_approvals_state(struct json_object *list)
{
	size_t n = json_object_array_length(list), approved = 0;
	if (!n)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int result = mock_json_int_or(json_object_array_get_idx(list, i), "result", 0);
		if (result == MOCK_APPROVAL_REJECTED)
			return MOCK_APPROVAL_REJECTED;
		approved += result == MOCK_APPROVAL_APPROVED;
	}
	return approved == n ? MOCK_APPROVAL_APPROVED : MOCK_APPROVAL_PENDING;
}

/* Writes the approvals of T that pass the filter (MINE: the token agent's, still pending:
 * the ones waiting for that agent's decision). */
static void write_approvals(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t,
			    bool mine)
{
	struct json_object *list = mock_ticket_records(d, t, MOCK_REC_APPROVALS);
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *a = json_object_array_get_idx(list, i);
		if (!mine ||
		    (mock_json_int_or(a, "agent_id", 0) == mock_request_agent(d->me_agent_id) &&
		     mock_json_int_or(a, "result", 0) == MOCK_APPROVAL_PENDING))
			mock_write_value(w, NULL, a);
	}
	json_object_put(list);
}

void route_approvals_list(struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	int ticket_id = (int)mock_query_long(q, "ticket_id", 0);
	bool mine = mock_query_bool(q, "mine", false);
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	if (ticket_id > 0) {
		const struct mock_ticket *t = mock_data_live_ticket(c->data, ticket_id);
		if (t)
			write_approvals(&w, c->data, t, mine);
	} else {
		for (size_t i = 0; i < c->data->n_tickets; i++) {
			const struct mock_ticket *t = c->data->tickets[i];
			if (!(t->flags & MOCK_T_DELETED) &&
			    (t->approvals || (t->flags & MOCK_T_APPROVALS)))
				write_approvals(&w, c->data, t, mine);
		}
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

void route_approvals_one(struct mock_ctx *c)
{
	pthread_rwlock_rdlock(&c->data->lock);
	const struct mock_ticket *t = mock_data_live_ticket(c->data, c->rq->ids[0]);
	struct json_object *list = t ? mock_ticket_records(c->data, t, MOCK_REC_APPROVALS) : NULL;
	struct json_object *pick = NULL;
	for (size_t i = 0; list && i < json_object_array_length(list); i++) {
		pick = json_object_array_get_idx(list, i);
		if (mock_json_int_or(pick, "result", 0) == MOCK_APPROVAL_PENDING)
			break;
	}
	if (pick) {
		/* The whole step; includedetails=true adds what Halo joins in: the approver's
		 * name as an agent, and how many steps the ticket has. */
		struct json_object *full = NULL;
		json_object_deep_copy(pick, &full, NULL);
		const struct mock_agent *ag =
			mock_data_agent(c->data, mock_json_int_or(pick, "agent_id", 0));
		if (mock_query_bool(&c->rq->query, "includedetails", false)) {
			if (ag)
				json_object_object_add(full, "agent_name",
						       json_object_new_string(ag->name));
			json_object_object_add(
				full, "total_count",
				json_object_new_int((int)json_object_array_length(list)));
		}
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		mock_write_value(&w, NULL, full);
		json_object_put(full);
	} else {
		mock_reply_raw(c, 404, "{\"Message\":\"No approval found for this ticket\"}");
	}
	json_object_put(list);
	pthread_rwlock_unlock(&c->data->lock);
}

static struct json_object *find_seq(struct json_object *list, int seq, size_t *index)
{
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *a = json_object_array_get_idx(list, i);
		if (mock_json_int_or(a, "seq", 0) == seq) {
			*index = i;
			return a;
		}
	}
	return NULL;
}

/* A `result` that is not a number is refused as ASP.NET's model binding refuses it. */
static bool validate_result(struct mock_ctx *c, size_t index, struct json_object *in)
{
	struct json_object *v;
	int result;
	if (!json_object_object_get_ex(in, "result", &v) || !v)
		return true;
	char msg[160];
	if (!mock_json_int(in, "result", &result) || json_object_is_type(v, json_type_boolean)) {
		snprintf(msg, sizeof(msg),
			 "{\"[%zu].result\":[\"The JSON value could not be converted to "
			 "System.Int32.\"]}",
			 index);
		mock_reply_raw(c, 400, msg);
		return false;
	}
	if (result < MOCK_APPROVAL_PENDING || result > MOCK_APPROVAL_REJECTED) {
		mock_reply_text(c, 400, "CODE:APP03/2 Please select a valid approval result");
		return false;
	}
	return true;
}

static bool check_approval(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)arg;
	char msg[200];
	int ticket_id = mock_json_int_or(in, "ticket_id", 0), seq = mock_json_int_or(in, "seq", 0);
	const struct mock_ticket *t = mock_data_live_ticket(c->data, ticket_id);
	if (!t) {
		snprintf(msg, sizeof(msg), "CODE:APP01/1 Ticket %d was not found", ticket_id);
		mock_reply_text(c, 400, msg);
		return false;
	}
	if (!validate_result(c, index, in))
		return false;
	struct json_object *list = mock_ticket_records(c->data, t, MOCK_REC_APPROVALS);
	size_t at;
	bool found = seq <= 0 || find_seq(list, seq, &at);
	json_object_put(list);
	if (!found) {
		snprintf(msg, sizeof(msg),
			 "{\"Message\":\"Approval %d of ticket %d does not exist\"}", seq,
			 ticket_id);
		mock_reply_raw(c, 400, msg);
	}
	return found;
}

static struct json_object *new_approval(struct mock_data *d, struct json_object *list,
					int ticket_id, struct json_object *in)
{
	int seq = 0;
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		int s = mock_json_int_or(json_object_array_get_idx(list, i), "seq", 0);
		seq = s > seq ? s : seq;
	}
	const struct mock_agent *me = mock_data_agent(d, mock_request_agent(d->me_agent_id));
	struct json_object *a = json_object_new_object();
	json_object_object_add(a, "ticket_id", json_object_new_int(ticket_id));
	json_object_object_add(a, "seq", json_object_new_int(seq + 1));
	json_object_object_add(a, "result", json_object_new_int(MOCK_APPROVAL_PENDING));
	/* The approver: the agent the request names, else the one asking. */
	const struct mock_agent *approver =
		mock_data_agent(d, mock_json_int_or(in, "agent_id", me->id));
	if (!approver)
		approver = me;
	json_object_object_add(a, "agent_id", json_object_new_int(approver->id));
	json_object_object_add(a, "name", json_object_new_string(approver->name));
	json_object_object_add(a, "requestor_agent_id", json_object_new_int(me->id));
	json_object_object_add(a, "requestor_name", json_object_new_string(me->name));
	json_object_object_add(a, "datetime", mock_json_date(mock_now()));
	json_object_array_add(list, a);
	return a;
}

/* Copies the fields of IN onto the approval A; a decision is dated and signed by the token
 * agent, who decided it. */
static void merge_approval(struct mock_data *d, struct json_object *a, struct json_object *in)
{
	int before = mock_json_int_or(a, "result", 0);
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "ticket_id") != 0 && strcmp(key, "seq") != 0)
			json_object_object_add(a, key, json_object_get(value));
	}
	int after = mock_json_int_or(a, "result", 0);
	json_object_object_add(a, "result", json_object_new_int(after));
	if (after == before)
		return;
	if (after == MOCK_APPROVAL_PENDING) {
		json_object_object_del(a, "dateapproved");
		return;
	}
	const struct mock_agent *me = mock_data_agent(d, mock_request_agent(d->me_agent_id));
	json_object_object_add(a, "dateapproved", mock_json_date(mock_now()));
	json_object_object_add(a, "approved_by_agent_id", json_object_new_int(me->id));
	json_object_object_add(a, "approved_by_agent_name", json_object_new_string(me->name));
}

/* A ticket waiting for approval moves on once every approval is given, or back to the
 * agents at the first rejection; its list item is rendered again either way. */
static void settle_ticket(struct mock_data *d, struct mock_ticket *t, struct json_object *list)
{
	mock_item_cache_forget(d, t);
	int state = mock_approvals_state(list);
	if (t->status_id != STATUS_AWAITING_APPROVAL || state == MOCK_APPROVAL_PENDING || state < 0)
		return;
	struct json_object *change = json_object_new_object();
	json_object_object_add(change, "id", json_object_new_int(t->id));
	json_object_object_add(change, "status_id",
			       json_object_new_int(state == MOCK_APPROVAL_APPROVED
							   ? STATUS_AFTER_APPROVAL
							   : STATUS_AFTER_REJECTION));
	bool created;
	mock_ticket_apply(d, change, &created);
	json_object_put(change);
}

static struct json_object *store_approval(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	struct mock_ticket *t = mock_data_ticket(c->data, mock_json_int_or(in, "ticket_id", 0));
	struct json_object *list = mock_ticket_records_mut(c->data, t, MOCK_REC_APPROVALS);
	size_t at;
	int seq = mock_json_int_or(in, "seq", 0);
	struct json_object *a =
		seq > 0 ? find_seq(list, seq, &at) : new_approval(c->data, list, t->id, in);
	merge_approval(c->data, a, in);
	settle_ticket(c->data, t, list);
	if (mock_json_int_or(in, "result", 0) != MOCK_APPROVAL_PENDING)
		mock_note_unimplemented(c, "result: no e-mail or webhook goes out for a decision");
	return a;
}

void route_approvals_post(struct mock_ctx *c)
{
	static const struct mock_writer writer = { .validate = check_approval,
						   .store = store_approval,
						   .status = 200 };
	struct json_object *items = mock_body_array(c);
	if (items)
		mock_write_items(c, items, &writer);
}

void route_approvals_delete(struct mock_ctx *c)
{
	pthread_rwlock_wrlock(&c->data->lock);
	struct mock_ticket *t = mock_data_live_ticket(c->data, c->rq->ids[0]);
	struct json_object *list =
		t ? mock_ticket_records_mut(c->data, t, MOCK_REC_APPROVALS) : NULL;
	size_t at;
	if (list && find_seq(list, c->rq->ids[1], &at)) {
		json_object_array_del_idx(list, at, 1);
		mock_item_cache_forget(c->data, t);
		c->data->is_dirty = true;
		mock_reply_raw(c, 200, "{}");
	} else {
		mock_reply_raw(c, 404, "{\"Message\":\"Approval not found\"}");
	}
	pthread_rwlock_unlock(&c->data->lock);
}
