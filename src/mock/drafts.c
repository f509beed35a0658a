/* Drafts of new tickets: POST /api/Draft keeps them per agent, GET /api/Draft reads them back. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/auth.h"
#include "mock/routes.h"

/* The agent the request acts as: an application token writes as the API's own agent. */
static int requesting_agent(const struct mock_ctx *c)
{
	return mock_request_agent(c->data->me_agent_id);
}

static struct json_object *find_draft(struct json_object *list, int id, int agent_id)
{
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *o = json_object_array_get_idx(list, i);
		if (mock_json_int_or(o, "id", 0) == id &&
		    mock_json_int_or(o, "agent_id", 0) == agent_id)
			return o;
	}
	return NULL;
}

/* A draft is anything with a json_content; an id that is not the agent's own is
 * refused as Halo refuses an unknown record. */
static bool check_draft(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)arg;
	int id = mock_json_int_or(in, "id", 0);
	char msg[160];
	if (id > 0 && !find_draft(c->data->drafts, id, requesting_agent(c)))
		snprintf(msg, sizeof(msg), "{\"[%zu].id\":[\"Draft %d does not exist.\"]}", index,
			 id);
	else if (!json_object_object_get_ex(in, "json_content", NULL))
		snprintf(msg, sizeof(msg),
			 "{\"[%zu].json_content\":[\"The json_content field is required.\"]}",
			 index);
	else
		return true;
	mock_reply_raw(c, 400, msg);
	return false;
}

static struct json_object *store_draft(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	int agent_id = requesting_agent(c);
	int id = mock_json_int_or(in, "id", 0);
	struct json_object *o = id > 0 ? find_draft(c->data->drafts, id, agent_id) : NULL;
	if (!o) {
		o = json_object_new_object();
		json_object_object_add(o, "id", json_object_new_int(c->data->next_draft_id++));
		json_object_array_add(c->data->drafts, o);
	}
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "id") != 0 && strcmp(key, "agent_id") != 0)
			json_object_object_add(o, key, json_object_get(value));
	}
	json_object_object_add(o, "agent_id", json_object_new_int(agent_id));
	return o;
}

static void reply_no_route(struct mock_ctx *c)
{
	mock_reply_raw(c, 404,
		       "{\"Message\":\"No HTTP resource was found that matches "
		       "the request URI.\"}");
}

void route_draft_post(struct mock_ctx *c)
{
	if (!c->server->opts.drafts) {
		reply_no_route(c);
		return;
	}
	struct mock_writer writer = { .validate = check_draft,
				      .store = store_draft,
				      .status = 200 };
	struct json_object *items = mock_body_array(c);
	if (items)
		mock_write_items(c, items, &writer);
}

void route_draft_list(struct mock_ctx *c)
{
	if (!c->server->opts.drafts) {
		reply_no_route(c);
		return;
	}
	int agent_id = requesting_agent(c);
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < json_object_array_length(c->data->drafts); i++) {
		struct json_object *o = json_object_array_get_idx(c->data->drafts, i);
		if (mock_json_int_or(o, "agent_id", 0) == agent_id)
			mock_write_value(&w, NULL, o);
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

void route_draft_one(struct mock_ctx *c)
{
	if (!c->server->opts.drafts) {
		reply_no_route(c);
		return;
	}
	pthread_rwlock_rdlock(&c->data->lock);
	struct json_object *o = find_draft(c->data->drafts, c->rq->ids[0], requesting_agent(c));
	if (o) {
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		mock_write_value(&w, NULL, o);
	} else {
		char msg[100];
		snprintf(msg, sizeof(msg), "{\"Message\":\"Draft %d not found\"}", c->rq->ids[0]);
		mock_reply_raw(c, 404, msg);
	}
	pthread_rwlock_unlock(&c->data->lock);
}
