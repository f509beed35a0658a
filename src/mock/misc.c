/* Stored records without a ticket row of their own: forecasts, closure confirmations. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/routes.h"
#include "mock/ticket_edit.h"

static int int_field(struct json_object *obj, const char *key)
{
	int v = 0;
	mock_json_int(obj, key, &v);
	return v;
}

static struct json_object *find_id(struct json_object *list, int id, size_t *index)
{
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		if (int_field(json_object_array_get_idx(list, i), "id") == id) {
			if (index)
				*index = i;
			return json_object_array_get_idx(list, i);
		}
	}
	return NULL;
}

/* A list of records kept by id: NEXT_ID numbers new ones; REQUIRED (or NULL) names the
 * field that must hold an existing ticket's id. */
struct upsert_list {
	struct json_object *list;
	int *next_id;
	const char *required;
};

static bool check_ticket_ref(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	const struct upsert_list *u = arg;
	if (!u->required)
		return true;
	int tid = int_field(in, u->required);
	const struct mock_ticket *t = mock_data_ticket(c->data, tid);
	if (t && !(t->flags & MOCK_T_DELETED))
		return true;
	char msg[120];
	snprintf(msg, sizeof(msg), "{\"[%zu].%s\":[\"Ticket %d does not exist.\"]}", index,
		 u->required, tid);
	mock_reply_raw(c, 400, msg);
	return false;
}

/* Creates (no or unknown id) or updates (known id) a record. */
static struct json_object *store_record(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)c;
	const struct upsert_list *u = arg;
	int id = int_field(in, "id");
	struct json_object *o = id > 0 ? find_id(u->list, id, NULL) : NULL;
	if (!o) {
		o = json_object_new_object();
		json_object_object_add(o, "id", json_object_new_int((*u->next_id)++));
		json_object_array_add(u->list, o);
	}
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "id") != 0)
			json_object_object_add(o, key, json_object_get(value));
	}
	return o;
}

/* Writes the body array into LIST, answering the last record written. */
static void upsert(struct mock_ctx *c, struct json_object *list, int *next_id, const char *required)
{
	struct upsert_list u = { .list = list, .next_id = next_id, .required = required };
	struct mock_writer writer = {
		.validate = check_ticket_ref, .store = store_record, .status = 200, .arg = &u
	};
	struct json_object *items = mock_body_array(c);
	if (items)
		mock_write_items(c, items, &writer);
}

static void get_one(struct mock_ctx *c, struct json_object *list, const char *what)
{
	pthread_rwlock_rdlock(&c->data->lock);
	struct json_object *o = find_id(list, c->rq->ids[0], NULL);
	if (o) {
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		mock_write_value(&w, NULL, o);
	} else {
		char msg[100];
		snprintf(msg, sizeof(msg), "{\"Message\":\"%s %d not found\"}", what,
			 c->rq->ids[0]);
		mock_reply_raw(c, 404, msg);
	}
	pthread_rwlock_unlock(&c->data->lock);
}

/* GET /FaultsForecasting/{id}: the id is a ticket's (as with /TicketApproval/{id}); the
 * answer is that ticket's entries, an array. */
void route_forecast_get(struct mock_ctx *c)
{
	int ticket_id = c->rq->ids[0];
	pthread_rwlock_rdlock(&c->data->lock);
	if (!mock_data_live_ticket(c->data, ticket_id)) {
		char msg[100];
		snprintf(msg, sizeof(msg), "{\"Message\":\"Ticket %d not found\"}", ticket_id);
		mock_reply_raw(c, 404, msg);
	} else {
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		jsonw_array_open(&w, NULL);
		for (size_t i = 0; i < json_object_array_length(c->data->forecasts); i++) {
			struct json_object *o = json_object_array_get_idx(c->data->forecasts, i);
			if (int_field(o, "ticket_id") == ticket_id)
				mock_write_value(&w, NULL, o);
		}
		jsonw_array_close(&w);
	}
	pthread_rwlock_unlock(&c->data->lock);
}

/* An entry names an existing ticket and, when it names one, an existing agent. */
static bool check_forecast(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	if (!check_ticket_ref(c, index, in, arg))
		return false;
	struct json_object *v;
	if (!json_object_object_get_ex(in, "agent_id", &v) || !v)
		return true;
	int agent_id = int_field(in, "agent_id");
	if (mock_data_agent(c->data, agent_id))
		return true;
	char msg[120];
	snprintf(msg, sizeof(msg), "{\"[%zu].agent_id\":[\"Agent %d does not exist.\"]}", index,
		 agent_id);
	mock_reply_raw(c, 400, msg);
	return false;
}

void route_forecast_post(struct mock_ctx *c)
{
	struct upsert_list u = { .list = c->data->forecasts,
				 .next_id = &c->data->next_forecast_id,
				 .required = "ticket_id" };
	struct mock_writer writer = {
		.validate = check_forecast, .store = store_record, .status = 200, .arg = &u
	};
	struct json_object *items = mock_body_array(c);
	if (items)
		mock_write_items(c, items, &writer);
}

void route_closure_list(struct mock_ctx *c)
{
	int ticket_id = (int)mock_query_long(&c->rq->query, "ticket_id", 0);
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < json_object_array_length(c->data->closures); i++) {
		struct json_object *o = json_object_array_get_idx(c->data->closures, i);
		if (ticket_id <= 0 || int_field(o, "ticket_id") == ticket_id)
			mock_write_value(&w, NULL, o);
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

void route_closure_one(struct mock_ctx *c)
{
	get_one(c, c->data->closures, "Closure confirmation");
}

void route_closure_post(struct mock_ctx *c)
{
	upsert(c, c->data->closures, &c->data->next_closure_id, "ticket_id");
}

void route_closure_delete(struct mock_ctx *c)
{
	pthread_rwlock_wrlock(&c->data->lock);
	size_t index;
	if (find_id(c->data->closures, c->rq->ids[0], &index)) {
		json_object_array_del_idx(c->data->closures, index, 1);
		c->data->is_dirty = true;
		mock_reply_raw(c, 200, "{}");
	} else {
		mock_reply_raw(c, 404, "{\"Message\":\"Closure confirmation not found\"}");
	}
	pthread_rwlock_unlock(&c->data->lock);
}
