/* Per-ticket records over HTTP: approvals (keyed by ticket and seq), to-dos, actions. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

static const struct mock_ticket *live_ticket(const struct mock_data *d, int id)
{
	const struct mock_ticket *t = mock_data_ticket(d, id);
	return t && !(t->flags & MOCK_T_DELETED) ? t : NULL;
}

static int int_field(struct json_object *obj, const char *key)
{
	int v = 0;
	mock_json_int(obj, key, &v);
	return v;
}

/* Writes the approvals of T that pass the filter (MINE: the token's agent only). */
static void write_approvals(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t,
			    bool mine)
{
	struct json_object *list = mock_ticket_records(d, t, MOCK_REC_APPROVALS);
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *a = json_object_array_get_idx(list, i);
		if (!mine || int_field(a, "agent_id") == mock_request_agent(d->me_agent_id))
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
		const struct mock_ticket *t = live_ticket(c->data, ticket_id);
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
	const struct mock_ticket *t = live_ticket(c->data, c->rq->ids[0]);
	struct json_object *list = t ? mock_ticket_records(c->data, t, MOCK_REC_APPROVALS) : NULL;
	struct json_object *pick = NULL;
	for (size_t i = 0; list && i < json_object_array_length(list); i++) {
		pick = json_object_array_get_idx(list, i);
		if (int_field(pick, "result") == MOCK_APPROVAL_PENDING)
			break;
	}
	if (pick) {
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		mock_write_value(&w, NULL, pick);
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
		if (int_field(a, "seq") == seq) {
			*index = i;
			return a;
		}
	}
	return NULL;
}

static bool validate_approval(struct mock_ctx *c, struct json_object *in)
{
	char msg[200];
	int ticket_id = int_field(in, "ticket_id"), seq = int_field(in, "seq"), result;
	const struct mock_ticket *t = live_ticket(c->data, ticket_id);
	if (!t) {
		snprintf(msg, sizeof(msg), "CODE:APP01/1 Ticket %d was not found", ticket_id);
		mock_reply_text(c, 400, msg);
		return false;
	}
	if (mock_json_int(in, "result", &result) && (result < 0 || result > 2)) {
		mock_reply_text(c, 400, "CODE:APP03/2 Please select a valid approval result");
		return false;
	}
	struct json_object *list = mock_ticket_records(c->data, t, MOCK_REC_APPROVALS);
	size_t index;
	bool found = seq <= 0 || find_seq(list, seq, &index);
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
					int ticket_id)
{
	int seq = 0;
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		int s = int_field(json_object_array_get_idx(list, i), "seq");
		seq = s > seq ? s : seq;
	}
	const struct mock_agent *me = mock_data_agent(d, mock_request_agent(d->me_agent_id));
	struct json_object *a = json_object_new_object();
	json_object_object_add(a, "ticket_id", json_object_new_int(ticket_id));
	json_object_object_add(a, "seq", json_object_new_int(seq + 1));
	json_object_object_add(a, "result", json_object_new_int(MOCK_APPROVAL_PENDING));
	json_object_object_add(a, "agent_id", json_object_new_int(me->id));
	json_object_object_add(a, "name", json_object_new_string(me->name));
	json_object_object_add(a, "datetime", mock_json_date(mock_now()));
	json_object_array_add(list, a);
	return a;
}

/* Copies the fields of IN onto the approval A; a decision is dated. */
static void merge_approval(struct json_object *a, struct json_object *in)
{
	int before = int_field(a, "result");
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "ticket_id") != 0 && strcmp(key, "seq") != 0)
			json_object_object_add(a, key, json_object_get(value));
	}
	int after = int_field(a, "result");
	if (after != before && after != MOCK_APPROVAL_PENDING)
		json_object_object_add(a, "dateapproved", mock_json_date(mock_now()));
}

static bool check_approval(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)index, (void)arg;
	return validate_approval(c, in);
}

static struct json_object *store_approval(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	struct mock_ticket *t = mock_data_ticket(c->data, int_field(in, "ticket_id"));
	struct json_object *list = mock_ticket_records_mut(c->data, t, MOCK_REC_APPROVALS);
	size_t index;
	int seq = int_field(in, "seq");
	struct json_object *a =
		seq > 0 ? find_seq(list, seq, &index) : new_approval(c->data, list, t->id);
	merge_approval(a, in);
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
	struct mock_ticket *t = mock_data_ticket(c->data, c->rq->ids[0]);
	struct json_object *list = t && !(t->flags & MOCK_T_DELETED)
					   ? mock_ticket_records_mut(c->data, t, MOCK_REC_APPROVALS)
					   : NULL;
	size_t index;
	if (list && find_seq(list, c->rq->ids[1], &index)) {
		json_object_array_del_idx(list, index, 1);
		c->data->is_dirty = true;
		mock_reply_raw(c, 200, "{}");
	} else {
		mock_reply_raw(c, 404, "{\"Message\":\"Approval not found\"}");
	}
	pthread_rwlock_unlock(&c->data->lock);
}

void route_todo_list(struct mock_ctx *c)
{
	int ticket_id = (int)mock_query_long(&c->rq->query, "ticket_id", 0);
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < c->data->n_tickets; i++) {
		const struct mock_ticket *t = c->data->tickets[i];
		if ((ticket_id > 0 && t->id != ticket_id) || (t->flags & MOCK_T_DELETED) ||
		    (!t->todos && !(t->flags & MOCK_T_TODOS)))
			continue;
		struct json_object *list = mock_ticket_records(c->data, t, MOCK_REC_TODOS);
		for (size_t k = 0; k < json_object_array_length(list); k++)
			mock_write_value(&w, NULL, json_object_array_get_idx(list, k));
		json_object_put(list);
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

/* The to-do with ID wherever it lives, made writable; NULL when there is none. */
static struct json_object *find_todo(struct mock_data *d, int id)
{
	struct mock_ticket *t = NULL;
	if (id < MOCK_TODO_FIRST_NEW)
		t = mock_data_ticket(d, id / 16);
	for (size_t i = 0; !t && i < d->n_tickets; i++)
		if (d->tickets[i]->todos)
			for (size_t k = 0; k < json_object_array_length(d->tickets[i]->todos); k++)
				if (int_field(json_object_array_get_idx(d->tickets[i]->todos, k),
					      "id") == id)
					t = d->tickets[i];
	if (!t)
		return NULL;
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_TODOS);
	for (size_t k = 0; k < json_object_array_length(list); k++)
		if (int_field(json_object_array_get_idx(list, k), "id") == id)
			return json_object_array_get_idx(list, k);
	return NULL;
}

static bool validate_todo(struct mock_ctx *c, struct json_object *in)
{
	int id = int_field(in, "id");
	if (id > 0) {
		if (find_todo(c->data, id))
			return true;
		char msg[100];
		snprintf(msg, sizeof(msg), "{\"error\":\"To-do %d not found\"}", id);
		mock_reply_raw(c, 400, msg);
		return false;
	}
	if (!live_ticket(c->data, int_field(in, "ticket_id"))) {
		mock_reply_text(c, 400, "CODE:TODO01/1 Please select a valid ticket");
		return false;
	}
	const char *text = mock_json_str(in, "text");
	if (!text || !*text) {
		mock_reply_text(c, 400, "CODE:TODO02/1 Please enter the text of the to-do");
		return false;
	}
	return true;
}

static struct json_object *new_todo(struct mock_data *d, struct json_object *in)
{
	struct mock_ticket *t = mock_data_ticket(d, int_field(in, "ticket_id"));
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_TODOS);
	struct json_object *o = json_object_new_object();
	json_object_object_add(o, "id",
			       json_object_new_int(MOCK_TODO_FIRST_NEW + d->next_todo_id++));
	json_object_object_add(o, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(o, "done", json_object_new_boolean(false));
	json_object_object_add(o, "sequence",
			       json_object_new_int((int)json_object_array_length(list) + 1));
	json_object_object_add(o, "addedby",
			       json_object_new_int(mock_request_agent(d->me_agent_id)));
	json_object_array_add(list, o);
	return o;
}

static void merge_todo(struct mock_data *d, struct json_object *o, struct json_object *in)
{
	bool was_done = false, done;
	mock_json_bool(o, "done", &was_done);
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "id") != 0 && strcmp(key, "ticket_id") != 0)
			json_object_object_add(o, key, json_object_get(value));
	}
	if (mock_json_bool(in, "done", &done) && done && !was_done) {
		const struct mock_agent *me =
			mock_data_agent(d, mock_request_agent(d->me_agent_id));
		json_object_object_add(o, "done", json_object_new_boolean(true));
		json_object_object_add(o, "done_by_id", json_object_new_int(me->id));
		json_object_object_add(o, "done_by_name", json_object_new_string(me->name));
		json_object_object_add(o, "actual_end", mock_json_date(mock_now()));
	}
}

static bool check_todo(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)index, (void)arg;
	return validate_todo(c, in);
}

static struct json_object *store_todo(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	int id = int_field(in, "id");
	struct json_object *o = id > 0 ? find_todo(c->data, id) : new_todo(c->data, in);
	merge_todo(c->data, o, in);
	return o;
}

void route_todo_post(struct mock_ctx *c)
{
	static const struct mock_writer writer = { .validate = check_todo,
						   .store = store_todo,
						   .status = 200 };
	struct json_object *items = mock_body_array(c);
	if (items)
		mock_write_items(c, items, &writer);
}
