/* Results from the worker applied to the pane data, and jobs made for the panes' wants. */
#include "config.h"

#include "app/session.h"

#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* The list's query: the `sort` keys as order..order5, orderdesc..orderdesc5. */
static struct ticket_query *list_query(struct app *a)
{
	static const char *const order[] = { "order", "order2", "order3", "order4", "order5" };
	static const char *const desc[] = { "orderdesc", "orderdesc2", "orderdesc3", "orderdesc4",
					    "orderdesc5" };
	if (!a->query)
		a->query = ticket_query_new(ticket_query_list_table());
	const struct pane_sort *s = &a->data.sort;
	for (int i = 0; i < PANE_SORT_KEYS; i++) {
		ticket_query_unset(a->query, order[i], NULL);
		ticket_query_unset(a->query, desc[i], NULL);
		if (!s->field[i])
			continue;
		ticket_query_set(a->query, order[i], s->field[i], NULL);
		if (s->is_desc[i])
			ticket_query_set(a->query, desc[i], "true", NULL);
	}
	return a->query;
}

static void want_page(struct app *a, int page, bool is_prefetch)
{
	struct ticket_list *list = a->data.list;
	struct strbuf err;
	strbuf_init(&err);
	int size = (int)config_get_int(&a->cfg, SETTING_PAGE_SIZE);
	struct job *job =
		api_tickets_query(list_query(a), page, size, ticket_list_generation(list), &err);
	if (!job) {
		pane_state_fail(&a->data.list_state, err.data);
		statusbar_set_error(&a->status, err.data);
	} else {
		ticket_list_mark_in_flight(list, page);
		a->data.list_state.is_loading = true;
		if (is_prefetch)
			job->priority = JOB_PRIORITY_PREFETCH;
		worker_submit(a->worker, job);
	}
	strbuf_fini(&err);
}

/* Pages FIRST..LAST again in place; pages elsewhere are dropped and load again lazily,
 * since the rows may have moved between pages meanwhile. */
static void refresh_list(struct app *a, int first, int last)
{
	ticket_list_drop_pages_outside(a->data.list, first, last);
	for (int page = first; page <= last; page++)
		want_page(a, page, false);
}

static void reload_list(struct app *a)
{
	worker_cancel_generation(a->worker, ticket_list_generation(a->data.list));
	ticket_list_reset(a->data.list);
	want_page(a, 1, false);
}

#define DETAIL_GEN_BASE 0x40000000u

void app_session_focus(struct app *a, int ticket_id)
{
	if (a->data.ticket_id == ticket_id && a->detail_gen)
		return;
	if (a->detail_gen && a->worker)
		worker_cancel_generation(a->worker, a->detail_gen);
	/* Far from the list's generations (which count up from 0), so they never meet. */
	a->detail_gen = DETAIL_GEN_BASE + ++a->next_gen;
	pane_data_set_ticket(&a->data, ticket_id);
}

void app_session_want(struct app *a, const struct view_want *w)
{
	if (!a->worker)
		return;
	int id = (int)w->ticket_id;
	struct pane_data *d = &a->data;
	if (w->kind != WANT_LIST_PAGE && w->kind != WANT_LIST_RELOAD &&
	    w->kind != WANT_LIST_REFRESH && w->kind != WANT_MY_APPROVALS)
		app_session_focus(a, id);
	switch (w->kind) {
	case WANT_NOTHING:
		return;
	case WANT_LIST_PAGE:
		want_page(a, w->page, w->is_prefetch);
		return;
	case WANT_LIST_RELOAD:
		reload_list(a);
		return;
	case WANT_LIST_REFRESH:
		refresh_list(a, w->page, w->page_last);
		return;
	case WANT_TICKET:
		d->ticket_state.is_loading = true;
		worker_submit(a->worker, api_ticket_get(id, NULL, a->detail_gen));
		return;
	case WANT_ACTIONS:
		d->actions_state.is_loading = true;
		worker_submit(a->worker, api_actions_list(id, a->detail_gen));
		return;
	case WANT_APPROVALS:
		d->approvals_state.is_loading = true;
		worker_submit(a->worker, api_approvals_list(id, false, a->detail_gen));
		return;
	case WANT_TODOS:
		d->todos_state.is_loading = true;
		worker_submit(a->worker, api_todos_list(id, a->detail_gen));
		return;
	case WANT_MY_APPROVALS:
		d->my_approvals_state.is_loading = true;
		worker_submit(a->worker, api_approvals_list(0, true, 0));
		return;
	}
}

static void apply_page(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (r->generation != ticket_list_generation(d->list))
		return;
	if (error) {
		ticket_list_mark_failed(d->list, r->page_no);
		pane_state_fail(&d->list_state, error);
		return;
	}
	const char *refused = pane_data_store_list_page(d, r->generation, r->page_no, r->data.page);
	r->data.page = NULL;
	if (refused)
		statusbar_set_error(&a->status, refused);
	app_session_page_arrived(a);
}

static void apply_ticket(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		pane_state_fail(&d->ticket_state, error);
		return;
	}
	ticket_free(d->ticket);
	d->ticket = r->data.ticket;
	r->data.ticket = NULL;
	pane_state_ok(&d->ticket_state);
}

static void apply_actions(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		pane_state_fail(&d->actions_state, error);
		return;
	}
	action_list_fini(&d->actions);
	d->actions = *r->data.actions;
	memset(r->data.actions, 0, sizeof(*r->data.actions));
	pane_state_ok(&d->actions_state);
}

static void apply_approvals(struct app *a, struct job_result *r, const char *error, bool is_mine)
{
	struct pane_data *d = &a->data;
	struct approval_list *list = is_mine ? &d->my_approvals : &d->approvals;
	struct pane_state *st = is_mine ? &d->my_approvals_state : &d->approvals_state;
	if (error) {
		pane_state_fail(st, error);
		return;
	}
	approval_list_fini(list);
	*list = *r->data.approvals;
	memset(r->data.approvals, 0, sizeof(*r->data.approvals));
	pane_state_ok(st);
}

static void apply_todos(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		pane_state_fail(&d->todos_state, error);
		return;
	}
	todo_list_fini(&d->todos);
	d->todos = *r->data.todos;
	memset(r->data.todos, 0, sizeof(*r->data.todos));
	pane_state_ok(&d->todos_state);
}

static void apply_lookup(struct app *a, struct job_result *r)
{
	struct lookups *l = &a->data.lookups;
	switch (r->kind) {
	case JOB_STATUSES:
		lookups_set_statuses(l, r->data.statuses);
		break;
	case JOB_PRIORITIES:
		lookups_set_priorities(l, r->data.priorities);
		break;
	case JOB_AGENTS:
		lookups_set_agents(l, r->data.agents);
		break;
	case JOB_AGENT_ME:
		lookups_set_me(l, r->data.agents);
		break;
	case JOB_TEAMS:
		lookups_set_teams(l, r->data.named);
		break;
	case JOB_TICKET_TYPES:
		lookups_set_tickettypes(l, r->data.named);
		break;
	default:
		return;
	}
	app_session_lookup_arrived(a, r->kind);
}

/* Applies R; fills U with what changed. False when the result is stale and changes nothing. */
static bool apply_result(struct app *a, struct job_result *r, const char *error,
			 struct view_update *u)
{
	bool is_detail = r->generation != 0 && r->generation == a->detail_gen;
	u->ticket_id = r->record_id;
	u->page = r->page_no;
	switch (r->kind) {
	case JOB_TICKETS_LIST:
		u->kind = WANT_LIST_PAGE;
		apply_page(a, r, error);
		return true;
	case JOB_TICKET_GET:
		u->kind = WANT_TICKET;
		break;
	case JOB_ACTIONS_LIST:
		u->kind = WANT_ACTIONS;
		break;
	case JOB_TODOS_LIST:
		u->kind = WANT_TODOS;
		break;
	case JOB_APPROVALS_LIST:
		u->kind = r->generation == 0 ? WANT_MY_APPROVALS : WANT_APPROVALS;
		if (r->generation == 0) {
			apply_approvals(a, r, error, true);
			return true;
		}
		break;
	default:
		if (!error)
			apply_lookup(a, r);
		u->kind = WANT_NOTHING;
		return true;
	}
	if (!is_detail)
		return false;
	if (u->kind == WANT_TICKET)
		apply_ticket(a, r, error);
	else if (u->kind == WANT_ACTIONS)
		apply_actions(a, r, error);
	else if (u->kind == WANT_TODOS)
		apply_todos(a, r, error);
	else
		apply_approvals(a, r, error, false);
	return true;
}

/* Failures that say nothing about the request itself, only that the server was not
 * reachable or not well: the next answer shows they are over. */
static bool is_outage(enum status status)
{
	return status == STATUS_NETWORK || status == STATUS_TIMEOUT || status == STATUS_HTTP_5XX ||
	       status == STATUS_HTTP_429;
}

void app_session_apply_results(struct app *a)
{
	struct job_result *r;
	while (a->worker && (r = worker_take_result(a->worker)) != NULL) {
		if (r->status == STATUS_CANCELLED) {
			job_result_free(r);
			continue;
		}
		char *error = r->status == STATUS_OK ? NULL : api_error_describe(&r->error);
		struct view_update u = { .is_error = error != NULL, .message = error };
		if (error && is_outage(r->status))
			statusbar_set_outage_error(&a->status, error);
		else if (error)
			statusbar_set_error(&a->status, error);
		else
			statusbar_server_answered(&a->status);
		if (apply_result(a, r, error, &u))
			app_notify_views(a, &u);
		free(error);
		job_result_free(r);
	}
	if (a->worker)
		statusbar_set_budget(&a->status, worker_budget_remaining(a->worker));
	statusbar_set_loading(&a->status, (int)app_session_in_flight(a));
}
