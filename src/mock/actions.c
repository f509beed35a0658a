/* GET and POST /api/Actions: a ticket's history and the notes added to it. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

/* A copy of action A without note_html: Halo sends it only with includehtmlnote=true. */
static struct json_object *without_html_note(struct json_object *a)
{
	struct json_object *copy = json_object_new_object();
	json_object_object_foreach(a, key, value)
	{
		if (strcmp(key, "note_html"))
			json_object_object_add(copy, key, json_object_get(value));
	}
	return copy;
}

void route_actions_list(struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	int ticket_id = (int)mock_query_long(q, "ticket_id", 0);
	long count = mock_query_long(q, "count", 0);
	bool agent_only = mock_query_bool(q, "agentonly", false);
	bool with_html = mock_query_bool(q, "includehtmlnote", false);
	pthread_rwlock_rdlock(&c->data->lock);
	const struct mock_ticket *t = mock_data_ticket(c->data, ticket_id);
	struct json_object *list = t && !(t->flags & MOCK_T_DELETED)
					   ? mock_ticket_records(c->data, t, MOCK_REC_ACTIONS)
					   : json_object_new_array();
	size_t n = json_object_array_length(list), shown = 0;
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	if (t)
		jsonw_id(&w, "ticket_id", t->id);
	jsonw_int(&w, "record_count", (int64_t)n);
	jsonw_array_open(&w, "actions");
	for (size_t i = 0; i < n && (count <= 0 || shown < (size_t)count); i++) {
		struct json_object *a = json_object_array_get_idx(list, i);
		int who_type = 1;
		mock_json_int(a, "who_type", &who_type);
		if (agent_only && who_type != 1)
			continue;
		if (with_html) {
			mock_write_value(&w, NULL, a);
		} else {
			struct json_object *plain = without_html_note(a);
			mock_write_value(&w, NULL, plain);
			json_object_put(plain);
		}
		shown++;
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
	json_object_put(list);
	pthread_rwlock_unlock(&c->data->lock);
}

static bool validate_action(struct mock_ctx *c, struct json_object *in)
{
	int ticket_id = 0, status;
	const char *msg = NULL;
	int code = 0;
	const struct mock_ticket *t = NULL;
	if (!mock_json_int(in, "ticket_id", &ticket_id))
		code = 1, msg = "ticket_id is required";
	else if (!(t = mock_data_ticket(c->data, ticket_id)) || (t->flags & MOCK_T_DELETED))
		code = 3, msg = "The ticket does not exist";
	else if (!mock_json_str(in, "outcome") && !mock_json_int(in, "outcome_id", &status))
		code = 2, msg = "Please select an outcome";
	else if (mock_json_int(in, "new_status", &status) && status > 0 &&
		 !mock_data_status(c->data, status))
		code = 4, msg = "The new status does not exist";
	if (!msg)
		return true;
	struct jsonw w;
	mock_reply_json(c, 400, &w);
	jsonw_object_open(&w, NULL);
	jsonw_int(&w, "resultCode", code);
	jsonw_string(&w, "errorMessage", msg);
	jsonw_object_close(&w);
	return false;
}

static struct json_object *add_action(struct mock_data *d, struct json_object *in)
{
	int ticket_id = 0, status = 0;
	mock_json_int(in, "ticket_id", &ticket_id);
	struct mock_ticket *t = mock_data_ticket(d, ticket_id);
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_ACTIONS);
	int next = 0;
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		int id = 0;
		mock_json_int(json_object_array_get_idx(list, i), "id", &id);
		next = id > next ? id : next;
	}
	const struct mock_agent *me = mock_data_agent(d, mock_request_agent(d->me_agent_id));
	struct json_object *a = json_object_new_object();
	json_object_object_foreach(in, key, value)
	{
		json_object_object_add(a, key, json_object_get(value));
	}
	json_object_object_add(a, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(a, "id", json_object_new_int(next + 1));
	if (!mock_json_str(a, "outcome"))
		json_object_object_add(a, "outcome", json_object_new_string("Note"));
	json_object_object_add(a, "who", json_object_new_string(me->name));
	json_object_object_add(a, "who_type", json_object_new_int(1));
	json_object_object_add(a, "who_agentid", json_object_new_int(me->id));
	json_object_object_add(a, "datetime", mock_json_date(mock_now()));
	const char *html = mock_json_str(in, "note_html");
	if (html && !mock_json_str(in, "note"))
		json_object_object_add(a, "note", json_object_new_string(html));
	if (mock_json_int(in, "new_status", &status) && status > 0) {
		json_object_object_add(a, "new_status", json_object_new_int(status));
		const struct mock_status *st = mock_data_status(d, status);
		json_object_object_add(a, "new_status_name",
				       json_object_new_string(st ? st->name : ""));
		struct json_object *change = json_object_new_object();
		json_object_object_add(change, "id", json_object_new_int(t->id));
		json_object_object_add(change, "status_id", json_object_new_int(status));
		bool created;
		mock_ticket_apply(d, change, &created);
		json_object_put(change);
	}
	json_object_array_add(list, a);
	t->lastactiondate = mock_now();
	d->is_dirty = true;
	return a;
}

static bool check_action(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)index, (void)arg;
	if (!json_object_is_type(in, json_type_object)) {
		mock_reply_raw(c, 400, "{\"[0]\":[\"An object is expected.\"]}");
		return false;
	}
	return validate_action(c, in);
}

static struct json_object *store_action(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	return add_action(c->data, in);
}

void route_actions_post(struct mock_ctx *c)
{
	struct json_object *body = mock_body_listed(c);
	if (!body)
		return;
	if (!json_object_is_type(body, json_type_array)) {
		mock_reply_raw(c, 400, "{\"\":[\"An array of actions is expected.\"]}");
		json_object_put(body);
		return;
	}
	static const struct mock_writer writer = { .validate = check_action,
						   .store = store_action,
						   .status = 201 };
	mock_write_items(c, body, &writer);
}
