/* Job builders for approvals, forecasts, to-dos, closures, view log and actions. */
#include "config.h"

#include "model/request_json.h"
#include "net/api.h"

static struct job *api_record(enum job_kind kind, long id, unsigned generation)
{
	struct job *job = job_new(kind, generation);
	job->record_id = id;
	return job;
}

struct job *api_approvals_list(ticket_id_t ticket_id, bool mine, unsigned generation)
{
	struct job *job = api_get_for_ticket(JOB_APPROVALS_LIST, ticket_id, generation);
	if (mine)
		api_query_add(&job->query, "mine", "true");
	api_query_add(&job->query, "includeapprovaldetails", "true");
	return job;
}

struct job *api_approval_get(ticket_id_t ticket_id, unsigned generation)
{
	struct job *job = api_record(JOB_APPROVAL_GET, ticket_id, generation);
	api_query_add(&job->query, "includedetails", "true");
	return job;
}

struct job *api_approvals_save(const struct approval_decision *decisions, size_t n,
			       unsigned generation)
{
	return api_write(JOB_APPROVALS_SAVE, approval_decisions_to_json(decisions, n), false,
			 generation);
}

struct job *api_approval_add(const struct approval_step *step, unsigned generation)
{
	/* A replay would ask a second step: resent only once the user has checked. */
	return api_write(JOB_APPROVALS_SAVE, approval_steps_to_json(step, 1), true, generation);
}

struct job *api_approval_delete(ticket_id_t ticket_id, int seq, unsigned generation)
{
	struct job *job = api_record(JOB_APPROVAL_DELETE, ticket_id, generation);
	job->seq = seq;
	return job;
}

struct job *api_forecast_get(int id, unsigned generation)
{
	return api_record(JOB_FORECAST_GET, id, generation);
}

struct job *api_forecasts_save(const struct forecast *forecasts, size_t n, unsigned generation)
{
	bool is_create = false;
	for (size_t i = 0; i < n; i++)
		is_create |= forecasts[i].id == 0;
	return api_write(JOB_FORECASTS_SAVE, forecasts_to_json(forecasts, n), is_create,
			 generation);
}

struct job *api_todos_list(ticket_id_t ticket_id, unsigned generation)
{
	return api_get_for_ticket(JOB_TODOS_LIST, ticket_id, generation);
}

struct job *api_todos_save(const struct todo_update *updates, size_t n, unsigned generation)
{
	bool is_create = false;
	for (size_t i = 0; i < n; i++)
		is_create |= updates[i].id == 0;
	return api_write(JOB_TODOS_SAVE, todo_updates_to_json(updates, n), is_create, generation);
}

struct job *api_view_log_list(ticket_id_t ticket_id, unsigned generation)
{
	return api_get_for_ticket(JOB_VIEW_LOG_LIST, ticket_id, generation);
}

struct job *api_closures_list(ticket_id_t ticket_id, unsigned generation)
{
	return api_get_for_ticket(JOB_CLOSURES_LIST, ticket_id, generation);
}

struct job *api_closure_get(int id, unsigned generation)
{
	return api_record(JOB_CLOSURE_GET, id, generation);
}

struct job *api_closures_save(const struct closure *closures, size_t n, unsigned generation)
{
	bool is_create = false;
	for (size_t i = 0; i < n; i++)
		is_create |= closures[i].id == 0;
	return api_write(JOB_CLOSURES_SAVE, closures_to_json(closures, n), is_create, generation);
}

struct job *api_closure_delete(int id, unsigned generation)
{
	return api_record(JOB_CLOSURE_DELETE, id, generation);
}

struct job *api_actions_list(ticket_id_t ticket_id, unsigned generation)
{
	struct job *job = api_get_for_ticket(JOB_ACTIONS_LIST, ticket_id, generation);
	/* The history pane renders notes from their HTML: Halo sends note_html only when asked. */
	api_query_add(&job->query, "includehtmlnote", "true");
	return job;
}

struct job *api_actions_save(const struct action_create *actions, size_t n, unsigned generation)
{
	return api_write(JOB_ACTIONS_SAVE, action_creates_to_json(actions, n), true, generation);
}
