/* The route table, the auth gate in front of /api, and the reply helpers every route uses. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/routes.h"
#include "mock/server.h"

/* A path pattern after the prefix: literal text, '#' matches an integer (captured). */
struct route {
	const char *method;
	const char *pattern;
	bool is_public; /* no token needed */
	void (*handler)(struct mock_ctx *c);
};

static const struct route routes[] = {
	{ "POST", "/auth/token", true, route_token },
	{ "GET", "/api/authinfo", true, route_authinfo },
	{ "GET", "/api/Tickets", false, route_tickets_list },
	{ "POST", "/api/Tickets", false, route_tickets_post },
	{ "GET", "/api/Tickets/zapier", false, route_tickets_zapier },
	{ "GET", "/api/Tickets/salesmailbox", false, route_tickets_salesmailbox },
	{ "POST", "/api/Tickets/Object", false, route_tickets_object },
	{ "POST", "/api/Tickets/vote", false, route_tickets_vote },
	{ "POST", "/api/Tickets/View", false, route_tickets_view },
	{ "POST", "/api/Tickets/processchildren", false, route_tickets_processchildren },
	{ "POST", "/api/Tickets/SetBillableProject", false, route_tickets_billableproject },
	{ "GET", "/api/Tickets/#", false, route_ticket_get },
	{ "DELETE", "/api/Tickets/#", false, route_ticket_delete },
	{ "POST", "/api/Draft", false, route_draft_post },
	{ "GET", "/api/TicketApproval", false, route_approvals_list },
	{ "POST", "/api/TicketApproval", false, route_approvals_post },
	{ "GET", "/api/TicketApproval/#", false, route_approvals_one },
	{ "DELETE", "/api/TicketApproval/#&#", false, route_approvals_delete },
	{ "GET", "/api/FaultsForecasting/#", false, route_forecast_get },
	{ "POST", "/api/FaultsForecasting", false, route_forecast_post },
	{ "GET", "/api/ToDo", false, route_todo_list },
	{ "POST", "/api/ToDo", false, route_todo_post },
	{ "GET", "/api/FaultViewLog", false, route_viewlog },
	{ "GET", "/api/ConfirmClosure", false, route_closure_list },
	{ "POST", "/api/ConfirmClosure", false, route_closure_post },
	{ "GET", "/api/ConfirmClosure/#", false, route_closure_one },
	{ "DELETE", "/api/ConfirmClosure/#", false, route_closure_delete },
	{ "GET", "/api/Actions", false, route_actions_list },
	{ "POST", "/api/Actions", false, route_actions_post },
	{ "GET", "/api/Status", false, route_status },
	{ "GET", "/api/Priority", false, route_priority },
	{ "GET", "/api/Agent", false, route_agents },
	{ "GET", "/api/Agent/me", false, route_agent_me },
	{ "GET", "/api/Agent/#", false, route_agent_one },
	{ "GET", "/api/Team", false, route_teams },
	{ "GET", "/api/TicketType", false, route_tickettypes },
	{ "GET", "/api/RequestType", false, route_tickettypes },
	{ "GET", "/api/Client", false, route_clients },
	{ "GET", "/api/Outcome", false, route_outcomes },
	{ "GET", "/api/Outcome/#", false, route_outcome_one },
	{ "GET", "/auth/authorize", true, route_authorize_get },
	{ "POST", "/auth/authorize", true, route_authorize_post },
	{ "POST", "/auth/revoke", true, route_revoke },
	{ "GET", "/api/Draft", false, route_draft_list },
	{ "GET", "/api/Draft/#", false, route_draft_one },
	{ "GET", "/api/Site", false, route_sites },
	{ "GET", "/api/Users", false, route_users },
};

/* Matches PATH against PATTERN (case-insensitive, a trailing '/' ignored), capturing ints. */
static bool match(const char *pattern, const char *path, int ids[2])
{
	int n = 0;
	while (*pattern) {
		if (*pattern == '#') {
			char *end;
			errno = 0;
			long v = strtol(path, &end, 10);
			if (end == path || errno || v < -2147483647L || v > 2147483647L ||
			    (*path != '-' && (*path < '0' || *path > '9')))
				return false;
			if (n < 2)
				ids[n++] = (int)v;
			path = end;
			pattern++;
			continue;
		}
		if (tolower((unsigned char)*pattern) != tolower((unsigned char)*path))
			return false;
		pattern++;
		path++;
	}
	return *path == '\0' || (path[0] == '/' && path[1] == '\0');
}

void mock_dispatch(struct mock_server *server, const struct mock_request *rq,
		   struct mock_response *rs)
{
	struct mock_request local = *rq;
	struct mock_ctx c = { .server = server, .data = server->data, .rq = &local, .rs = rs };
	bool path_known = false;
	for (size_t i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
		int ids[2] = { 0, 0 };
		if (!match(routes[i].pattern, rq->path, ids))
			continue;
		path_known = true;
		if (strcmp(routes[i].method, rq->method) != 0)
			continue;
		struct mock_grant grant = { 0 };
		if (!routes[i].is_public &&
		    !mock_auth_lookup(server->auth, rq->authorization, &grant)) {
			rs->www_authenticate = true;
			mock_reply_raw(&c, 401,
				       "{\"error\":\"invalid_token\",\"error_description\":"
				       "\"The access token is missing, invalid or expired\"}");
			return;
		}
		if (!routes[i].is_public && server->opts.read_only_app &&
		    strcmp(rq->method, "GET") != 0) {
			mock_reply_raw(
				&c, 403,
				"{\"Message\":\"The API application does not have permission "
				"to make this change (it may only read).\"}");
			return;
		}
		/* A token whose scope only reads: Halo refuses the write with 403. */
		if (grant.is_read_only && strcmp(rq->method, "GET") != 0) {
			mock_reply_raw(&c, 403,
				       "{\"ClassName\":\"System.UnauthorizedAccessException\","
				       "\"Message\":\"You do not have permission to perform this "
				       "action: the token's scope allows reading only\"}");
			return;
		}
		memcpy(local.ids, ids, sizeof(ids));
		mock_request_agent_set(grant.agent_id);
		routes[i].handler(&c);
		mock_request_agent_set(0);
		return;
	}
	if (path_known)
		mock_reply_raw(&c, 405,
			       "{\"Message\":\"The requested resource does not support "
			       "this HTTP method.\"}");
	else
		mock_reply_raw(&c, 404,
			       "{\"Message\":\"No HTTP resource was found that matches "
			       "the request URI.\"}");
}

void mock_reply_json(struct mock_ctx *c, unsigned status, struct jsonw *w)
{
	c->rs->status = status;
	c->rs->content_type = "application/json; charset=utf-8";
	strbuf_reset(&c->rs->body);
	jsonw_init(w, &c->rs->body, c->server->opts.date_format, c->server->opts.loose_ids);
	w->odd_fields = c->server->opts.odd_fields;
}

void mock_reply_text(struct mock_ctx *c, unsigned status, const char *text)
{
	c->rs->status = status;
	c->rs->content_type = "text/plain; charset=utf-8";
	strbuf_reset(&c->rs->body);
	strbuf_append_str(&c->rs->body, text);
}

void mock_reply_raw(struct mock_ctx *c, unsigned status, const char *json)
{
	c->rs->status = status;
	c->rs->content_type = "application/json; charset=utf-8";
	strbuf_reset(&c->rs->body);
	strbuf_append_str(&c->rs->body, json);
}

void mock_note_unimplemented(struct mock_ctx *c, const char *what)
{
	char *notes = c->rs->unimplemented;
	size_t used = strlen(notes), room = sizeof(c->rs->unimplemented) - used;
	if (strstr(notes, what))
		return; /* each once, however many items ask for it */
	int n = snprintf(notes + used, room, "%s%s", used ? "; " : "", what);
	if (n < 0 || (size_t)n >= room)
		snprintf(notes + sizeof(c->rs->unimplemented) - 5, 5, "...");
}

struct json_object *mock_body_json(struct mock_ctx *c)
{
	struct json_tokener *tok = json_tokener_new();
	struct json_object *v = json_tokener_parse_ex(tok, c->rq->body, (int)c->rq->body_len);
	bool ok = v && json_tokener_get_error(tok) == json_tokener_success;
	for (size_t i = ok ? json_tokener_get_parse_end(tok) : 0; ok && i < c->rq->body_len; i++)
		ok = isspace((unsigned char)c->rq->body[i]);
	json_tokener_free(tok);
	if (!ok) {
		json_object_put(v);
		mock_reply_raw(c, 400, "{\"\":[\"The input was not valid JSON.\"]}");
		return NULL;
	}
	return v;
}

struct json_object *mock_body_listed(struct mock_ctx *c)
{
	struct json_object *body = mock_body_json(c);
	if (body && json_object_is_type(body, json_type_object)) {
		struct json_object *wrap = json_object_new_array();
		json_object_array_add(wrap, body);
		body = wrap;
	}
	return body;
}

void mock_write_items(struct mock_ctx *c, struct json_object *items,
		      const struct mock_writer *writer)
{
	size_t n = json_object_array_length(items);
	pthread_rwlock_wrlock(&c->data->lock);
	for (size_t i = 0; i < n; i++)
		if (writer->validate &&
		    !writer->validate(c, i, json_object_array_get_idx(items, i), writer->arg))
			goto out;
	struct json_object *last = NULL;
	for (size_t i = 0; i < n; i++)
		last = writer->store(c, json_object_array_get_idx(items, i), writer->arg);
	c->data->is_dirty = true;
	struct jsonw w;
	mock_reply_json(c, writer->status, &w);
	if (last)
		mock_write_value(&w, NULL, last);
	else
		jsonw_array_open(&w, NULL), jsonw_array_close(&w);
out:
	pthread_rwlock_unlock(&c->data->lock);
	json_object_put(items);
}

bool mock_refuse_ticket_write(struct mock_ctx *c, struct json_object *items, const char *key)
{
	int refused = c->server->opts.write_fault_ticket, id;
	if (refused <= 0 || !json_object_is_type(items, json_type_array))
		return false;
	for (size_t i = 0; i < json_object_array_length(items); i++) {
		struct json_object *item = json_object_array_get_idx(items, i);
		if (json_object_is_type(item, json_type_object) && mock_json_int(item, key, &id) &&
		    id == refused) {
			char msg[160];
			snprintf(msg, sizeof(msg),
				 "You do not have permission to edit ticket %d (simulated)", id);
			mock_reply_text(c, 403, msg);
			return true;
		}
	}
	return false;
}

struct json_object *mock_body_array(struct mock_ctx *c)
{
	struct json_object *v = mock_body_json(c);
	if (!v)
		return NULL;
	bool ok = json_object_is_type(v, json_type_array);
	for (size_t i = 0; ok && i < json_object_array_length(v); i++)
		ok = json_object_is_type(json_object_array_get_idx(v, i), json_type_object);
	if (!ok) {
		json_object_put(v);
		mock_reply_raw(c, 400,
			       "{\"[0]\":[\"The JSON value could not be converted: an "
			       "array of objects is expected.\"]}");
		return NULL;
	}
	return v;
}
