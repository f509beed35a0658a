/* Reply bodies into model structs: one model reader per result member of job.def. */
#include "config.h"

#include "net/payload.h"

#include "model/action_json.h"
#include "model/approval_json.h"
#include "model/auth_json.h"
#include "model/json_text_json.h"
#include "model/lookups_json.h"
#include "model/misc_json.h"
#include "model/ticket_json.h"
#include "model/todo_json.h"
#include "util/alloc.h"

#include <stdlib.h>
#include <time.h>

/* The member each kind fills, from job.def. */
enum payload_member {
	PM_page,
	PM_ticket,
	PM_tickets,
	PM_approvals,
	PM_forecast,
	PM_todos,
	PM_closures,
	PM_actions,
	PM_statuses,
	PM_priorities,
	PM_agents,
	PM_named,
	PM_text,
};

static const enum payload_member member_of[JOB_KIND_COUNT] = {
#define X(kind, method, path, member, flags) [kind] = PM_##member,
#include "net/job.def"
#undef X
};

/* List-shaped members: the model fills a struct in place; we hold it on the heap. */
static enum status parse_list(enum job_kind kind, const char *body, size_t len,
			      union job_payload *out, struct model_error *err)
{
	enum status st = STATUS_INVALID;
	switch (member_of[kind]) {
	case PM_approvals:
		out->approvals = xcalloc(1, sizeof(*out->approvals));
		return approval_list_from_json(body, len, out->approvals, err);
	case PM_todos:
		out->todos = xcalloc(1, sizeof(*out->todos));
		return todo_list_from_json(body, len, out->todos, err);
	case PM_closures:
		out->closures = xcalloc(1, sizeof(*out->closures));
		return closure_list_from_json(body, len, out->closures, err);
	case PM_actions:
		out->actions = xcalloc(1, sizeof(*out->actions));
		return action_list_from_json(body, len, out->actions, err);
	case PM_statuses:
		out->statuses = xcalloc(1, sizeof(*out->statuses));
		return status_list_from_json(body, len, out->statuses, err);
	case PM_priorities:
		out->priorities = xcalloc(1, sizeof(*out->priorities));
		return priority_list_from_json(body, len, out->priorities, err);
	case PM_agents:
		out->agents = xcalloc(1, sizeof(*out->agents));
		if (kind == JOB_AGENT_ME)
			return agent_me_from_json(body, len, out->agents, err);
		return agent_list_from_json(body, len, out->agents, err);
	case PM_named:
		out->named = xcalloc(1, sizeof(*out->named));
		return named_list_from_json(body, len, out->named, err);
	default:
		return st;
	}
}

static enum status parse_member(enum job_kind kind, const char *body, size_t len,
				union job_payload *out, struct model_error *err)
{
	switch (member_of[kind]) {
	case PM_page:
		return ticket_page_from_json(body, len, &out->page, err);
	case PM_ticket:
		return ticket_from_json(body, len, &out->ticket, err);
	case PM_tickets:
		out->tickets = xcalloc(1, sizeof(*out->tickets));
		return ticket_post_result_from_json(body, len, out->tickets, err);
	case PM_forecast:
		out->forecast = xcalloc(1, sizeof(*out->forecast));
		return forecast_from_json(body, len, out->forecast, err);
	case PM_text:
		out->text = xcalloc(1, sizeof(*out->text));
		return json_text_from_json(body, len, out->text, err);
	default:
		return parse_list(kind, body, len, out, err);
	}
}

enum status payload_parse(enum job_kind kind, const char *body, size_t len, union job_payload *out,
			  char **message)
{
	struct model_error err;
	model_error_clear(&err);
	*message = NULL;
	if (kind >= JOB_KIND_COUNT)
		return STATUS_INVALID;
	enum status st = parse_member(kind, body ? body : "", len, out, &err);
	if (st != STATUS_OK) {
		payload_free(kind, out);
		*message = xstrdup(err.message[0] ? err.message : status_message(st));
	}
	return st;
}

void payload_free(enum job_kind kind, union job_payload *data)
{
	if (kind >= JOB_KIND_COUNT)
		return;
	switch (member_of[kind]) {
	case PM_page:
		ticket_page_free(data->page);
		break;
	case PM_ticket:
		ticket_free(data->ticket);
		break;
	case PM_tickets:
		ticket_post_result_fini(data->tickets);
		free(data->tickets);
		break;
	case PM_forecast:
		free(data->forecast);
		break;
	case PM_approvals:
		approval_list_fini(data->approvals);
		free(data->approvals);
		break;
	case PM_todos:
		todo_list_fini(data->todos);
		free(data->todos);
		break;
	case PM_closures:
		closure_list_fini(data->closures);
		free(data->closures);
		break;
	case PM_actions:
		action_list_fini(data->actions);
		free(data->actions);
		break;
	case PM_statuses:
		status_list_fini(data->statuses);
		free(data->statuses);
		break;
	case PM_priorities:
		priority_list_fini(data->priorities);
		free(data->priorities);
		break;
	case PM_agents:
		agent_list_fini(data->agents);
		free(data->agents);
		break;
	case PM_named:
		named_list_fini(data->named);
		free(data->named);
		break;
	case PM_text:
		json_text_fini(data->text);
		free(data->text);
		break;
	}
	*data = (union job_payload){ 0 };
}

enum status payload_parse_token(const char *body, size_t len, char **access_token,
				long *expires_in_s, char **message)
{
	struct token t = { 0 };
	struct model_error err;
	model_error_clear(&err);
	enum status st = token_from_json(body ? body : "", len, time(NULL), &t, &err);
	if (st != STATUS_OK) {
		*message = xstrdup(err.message[0] ? err.message : status_message(st));
		return st;
	}
	*access_token = t.access_token;
	t.access_token = NULL;
	*expires_in_s = t.expires_in_s > 0 ? t.expires_in_s : TOKEN_DEFAULT_EXPIRES_S;
	token_fini(&t);
	return STATUS_OK;
}

enum status payload_parse_authinfo(const char *body, size_t len, char **auth_url, char **message)
{
	struct authinfo a = { 0 };
	struct model_error err;
	model_error_clear(&err);
	enum status st = authinfo_from_json(body ? body : "", len, &a, &err);
	if (st == STATUS_OK && !a.auth_url) {
		model_error_set(&err, "auth_url: missing");
		st = STATUS_PARSE;
	}
	if (st != STATUS_OK) {
		*message = xstrdup(err.message[0] ? err.message : status_message(st));
		authinfo_fini(&a);
		return st;
	}
	*auth_url = a.auth_url;
	a.auth_url = NULL;
	authinfo_fini(&a);
	return STATUS_OK;
}
