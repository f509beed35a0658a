/* Lookup routes: statuses, priorities, agents, teams, ticket types, clients. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "mock/routes.h"

void route_status(struct mock_ctx *c)
{
	struct mock_data *d = c->data;
	bool exclude_closed = mock_query_bool(&c->rq->query, "excludeclosed", false);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < d->n_statuses; i++) {
		const struct mock_status *s = &d->statuses[i];
		if (exclude_closed && s->type == MOCK_STATUS_CLOSED)
			continue;
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", s->id);
		jsonw_string(&w, "name", s->name);
		jsonw_string(&w, "shortname", s->shortname);
		jsonw_int(&w, "type", s->type);
		jsonw_int(&w, "sequence", s->sequence);
		jsonw_string(&w, "colour", s->colour);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
}

void route_priority(struct mock_ctx *c)
{
	struct mock_data *d = c->data;
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < d->n_priorities; i++) {
		const struct mock_priority *p = &d->priorities[i];
		jsonw_object_open(&w, NULL);
		jsonw_string(&w, "id", p->uuid);
		jsonw_id(&w, "slaid", p->slaid);
		jsonw_id(&w, "priorityid", p->priorityid);
		jsonw_string(&w, "name", p->name);
		jsonw_string(&w, "colour", p->colour);
		jsonw_int(&w, "responsetime", p->response_hours);
		jsonw_string(&w, "responseunits", "H");
		jsonw_int(&w, "fixtime", p->fix_hours);
		jsonw_string(&w, "fixunits", "H");
		jsonw_bool(&w, "ishidden", false);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
}

static void write_agent(struct mock_ctx *c, struct jsonw *w, const struct mock_agent *a)
{
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", a->id);
	jsonw_string(w, "name", a->name);
	jsonw_string(w, "email", a->email);
	jsonw_string(w, "team", mock_data_name(c->data->teams, c->data->n_teams, a->team_id));
	jsonw_id(w, "team_id", a->team_id);
	jsonw_bool(w, "isdisabled", a->is_disabled);
	jsonw_string(w, "initials", a->initials);
	jsonw_bool(w, "is_agent", true);
	jsonw_object_close(w);
}

void route_agents(struct mock_ctx *c)
{
	bool include_disabled = mock_query_bool(&c->rq->query, "includedisabled", true);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < c->data->n_agents; i++)
		if (include_disabled || !c->data->agents[i].is_disabled)
			write_agent(c, &w, &c->data->agents[i]);
	jsonw_array_close(&w);
}

void route_agent_me(struct mock_ctx *c)
{
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	write_agent(c, &w, mock_data_agent(c->data, mock_request_agent(c->data->me_agent_id)));
}

void route_agent_one(struct mock_ctx *c)
{
	const struct mock_agent *a = mock_data_agent(c->data, c->rq->ids[0]);
	if (!a) {
		mock_reply_raw(c, 404, "{\"Message\":\"Agent not found\"}");
		return;
	}
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	write_agent(c, &w, a);
}

static void write_named(struct mock_ctx *c, const struct mock_named *list, size_t n)
{
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < n; i++) {
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", list[i].id);
		jsonw_string(&w, "name", list[i].name);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
}

void route_teams(struct mock_ctx *c)
{
	write_named(c, c->data->teams, c->data->n_teams);
}

void route_tickettypes(struct mock_ctx *c)
{
	write_named(c, c->data->tickettypes, c->data->n_tickettypes);
}

void route_clients(struct mock_ctx *c)
{
	struct mock_data *d = c->data;
	const char *search = mock_query_get(&c->rq->query, "search");
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	size_t count = 0;
	for (size_t i = 0; i < d->n_clients; i++)
		count += !search || strcasestr(d->clients[i].name, search) != NULL;
	jsonw_object_open(&w, NULL);
	jsonw_int(&w, "record_count", (int64_t)count);
	jsonw_array_open(&w, "clients");
	for (size_t i = 0; i < d->n_clients; i++) {
		if (search && !strcasestr(d->clients[i].name, search))
			continue;
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", d->clients[i].id);
		jsonw_string(&w, "name", d->clients[i].name);
		jsonw_bool(&w, "inactive", false);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
}
