/* GET and POST /api/ToDo: a ticket's to-dos; done ones say who ticked them and when. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

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

static bool has_id(struct json_object *todo, int id)
{
	return mock_json_int_or(todo, "id", 0) == id;
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
				if (has_id(json_object_array_get_idx(d->tickets[i]->todos, k), id))
					t = d->tickets[i];
	if (!t)
		return NULL;
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_TODOS);
	for (size_t k = 0; k < json_object_array_length(list); k++)
		if (has_id(json_object_array_get_idx(list, k), id))
			return json_object_array_get_idx(list, k);
	return NULL;
}

static bool check_todo(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)index, (void)arg;
	int id = mock_json_int_or(in, "id", 0);
	if (id > 0) {
		if (find_todo(c->data, id))
			return true;
		char msg[100];
		snprintf(msg, sizeof(msg), "{\"error\":\"To-do %d not found\"}", id);
		mock_reply_raw(c, 400, msg);
		return false;
	}
	if (!mock_data_live_ticket(c->data, mock_json_int_or(in, "ticket_id", 0))) {
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
	struct mock_ticket *t = mock_data_ticket(d, mock_json_int_or(in, "ticket_id", 0));
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_TODOS);
	struct json_object *o = json_object_new_object();
	json_object_object_add(o, "id",
			       json_object_new_int(MOCK_TODO_FIRST_NEW + d->next_todo_id++));
	json_object_object_add(o, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(o, "done", json_object_new_boolean(false));
	json_object_object_add(o, "sequence",
			       json_object_new_int((int)json_object_array_length(list) + 1));
	json_object_object_add(o, "addedby", json_object_new_int(d->me_agent_id));
	json_object_array_add(list, o);
	return o;
}

/* Copies IN onto O. Ticking a to-do records the token agent and the time (done_by_id,
 * done_by_name, actual_end as Halo names them); unticking clears them. */
static void merge_todo(struct mock_data *d, struct json_object *o, struct json_object *in)
{
	bool was_done = false, done;
	mock_json_bool(o, "done", &was_done);
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "id") != 0 && strcmp(key, "ticket_id") != 0 &&
		    strcmp(key, "done_by_id") != 0 && strcmp(key, "done_by_name") != 0 &&
		    strcmp(key, "actual_end") != 0)
			json_object_object_add(o, key, json_object_get(value));
	}
	if (!mock_json_bool(in, "done", &done))
		return;
	json_object_object_add(o, "done", json_object_new_boolean(done));
	if (done && !was_done) {
		const struct mock_agent *me = mock_data_agent(d, d->me_agent_id);
		json_object_object_add(o, "done_by_id", json_object_new_int(me->id));
		json_object_object_add(o, "done_by_name", json_object_new_string(me->name));
		json_object_object_add(o, "actual_end", mock_json_date(mock_now()));
	} else if (!done) {
		json_object_object_del(o, "done_by_id");
		json_object_object_del(o, "done_by_name");
		json_object_object_del(o, "actual_end");
	}
}

static struct json_object *store_todo(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	int id = mock_json_int_or(in, "id", 0);
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
