/* Reply bodies into model structs: one model reader per result member of job.def. */
#include "config.h"

#include "net/payload.h"

#include <stdlib.h>
#include <time.h>

#include "model/action_json.h"
#include "model/approval_json.h"
#include "model/auth_json.h"
#include "model/json_text_json.h"
#include "model/lookups_json.h"
#include "model/misc_json.h"
#include "model/ticket_json.h"
#include "model/todo_json.h"
#include "util/alloc.h"

/* The member each kind fills, from job.def. */
enum payload_member {
	PM_page,
	PM_ticket,
	PM_tickets,
	PM_approvals,
	PM_forecasts,
	PM_todos,
	PM_closures,
	PM_actions,
	PM_statuses,
	PM_priorities,
	PM_agents,
	PM_named,
	PM_text,
	PM_outcomes,
	PM_record,
};

static const enum payload_member member_of[JOB_KIND_COUNT] = {
#define X(kind, method, path, member, flags) [kind] = PM_##member,
#include "net/job.def"
#undef X
};

/* How one member is read and freed. Each reader fills a struct the result holds on the heap. */
struct payload_ops {
	enum status (*parse)(enum job_kind kind, const char *body, size_t len,
			     union job_payload *out, struct model_error *err);
	void (*free)(union job_payload *data);
};

/* A member whose reader fills a struct in place and whose fini empties it. */
#define HEAP_MEMBER(member, reader, fini)                                                          \
	static enum status parse_##member(enum job_kind kind, const char *body, size_t len,        \
					  union job_payload *out, struct model_error *err)         \
	{                                                                                          \
		(void)kind;                                                                        \
		out->member = xcalloc(1, sizeof(*out->member));                                    \
		return reader(body, len, out->member, err);                                        \
	}                                                                                          \
	static void free_##member(union job_payload *data)                                         \
	{                                                                                          \
		fini(data->member);                                                                \
		free(data->member);                                                                \
	}

HEAP_MEMBER(tickets, ticket_post_result_from_json, ticket_post_result_fini)
HEAP_MEMBER(forecasts, forecast_list_from_json, forecast_list_fini)
HEAP_MEMBER(approvals, approval_list_from_json, approval_list_fini)
HEAP_MEMBER(todos, todo_list_from_json, todo_list_fini)
HEAP_MEMBER(closures, closure_list_from_json, closure_list_fini)
HEAP_MEMBER(actions, action_list_from_json, action_list_fini)
HEAP_MEMBER(statuses, status_list_from_json, status_list_fini)
HEAP_MEMBER(priorities, priority_list_from_json, priority_list_fini)
HEAP_MEMBER(named, named_list_from_json, named_list_fini)
HEAP_MEMBER(text, json_text_from_json, json_text_fini)
HEAP_MEMBER(outcomes, outcome_list_from_json, outcome_list_fini)
HEAP_MEMBER(record, json_text_record_from_json, json_text_fini)
#undef HEAP_MEMBER

static enum status parse_page(enum job_kind kind, const char *body, size_t len,
			      union job_payload *out, struct model_error *err)
{
	(void)kind;
	return ticket_page_from_json(body, len, &out->page, err);
}

static void free_page(union job_payload *data)
{
	ticket_page_free(data->page);
}

static enum status parse_ticket(enum job_kind kind, const char *body, size_t len,
				union job_payload *out, struct model_error *err)
{
	(void)kind;
	return ticket_from_json(body, len, &out->ticket, err);
}

static void free_ticket(union job_payload *data)
{
	ticket_free(data->ticket);
}

/* /Agent/me answers one agent, /Agent a list: the same member either way. */
static enum status parse_agents(enum job_kind kind, const char *body, size_t len,
				union job_payload *out, struct model_error *err)
{
	out->agents = xcalloc(1, sizeof(*out->agents));
	if (kind == JOB_AGENT_ME)
		return agent_me_from_json(body, len, out->agents, err);
	return agent_list_from_json(body, len, out->agents, err);
}

static void free_agents(union job_payload *data)
{
	agent_list_fini(data->agents);
	free(data->agents);
}

static const struct payload_ops ops_of[] = {
#define M(member) [PM_##member] = { parse_##member, free_##member }
	M(page),   M(ticket),	M(tickets), M(approvals), M(forecasts),
	M(todos),  M(closures), M(actions), M(statuses),  M(priorities),
	M(agents), M(named),	M(text),    M(outcomes),  M(record),
#undef M
};

enum status payload_parse(enum job_kind kind, const char *body, size_t len, union job_payload *out,
			  struct odd_fields **odd, char **message)
{
	struct model_error *err = xcalloc(1, sizeof(*err));
	*message = NULL;
	*odd = NULL;
	if (kind >= JOB_KIND_COUNT) {
		free(err);
		return STATUS_INVALID;
	}
	enum status st = ops_of[member_of[kind]].parse(kind, body ? body : "", len, out, err);
	if (st != STATUS_OK) {
		payload_free(kind, out);
		*message = xstrdup(err->message[0] ? err->message : status_message(st));
	} else if (odd_fields_total(&err->odd) > 0) {
		*odd = xmalloc(sizeof(**odd));
		**odd = err->odd;
	}
	free(err);
	return st;
}

void payload_log_odd(struct log *log, const struct odd_fields *odd)
{
	char more[64];
	if (!odd)
		return;
	for (size_t i = 0; i < odd->n; i++)
		log_printf(log, LOG_WARN, "odd field: %s", odd->text[i]);
	if (odd_fields_more_line(odd, more, sizeof(more)))
		log_printf(log, LOG_WARN, "odd field: %s", more);
}

void payload_free(enum job_kind kind, union job_payload *data)
{
	if (kind >= JOB_KIND_COUNT)
		return;
	ops_of[member_of[kind]].free(data);
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
	*message = err.odd.n ? xstrdup(err.odd.text[0]) : NULL;
	token_fini(&t);
	return STATUS_OK;
}

enum status payload_parse_authinfo(const char *body, size_t len, char **auth_url, char **tenant_id,
				   char **message)
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
	if (tenant_id) {
		*tenant_id = a.tenant_id && *a.tenant_id ? a.tenant_id : NULL;
		if (*tenant_id)
			a.tenant_id = NULL;
	}
	authinfo_fini(&a);
	return STATUS_OK;
}
