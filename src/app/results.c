/* Results from the worker applied to the pane data, and jobs made for the panes' wants. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/form_pane.h"
#include "app/new_ticket.h"
#include "app/outbox_commands.h"
#include "app/session.h"
#include "app/tags.h"
#include "app/views.h"
#include "app/write_checks.h"
#include "app/writes.h"
#include "model/odd_fields.h"
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

/* The list's generation; its first query takes one from the allocator like any other. */
static unsigned list_generation(struct app *a)
{
	if (!generations_current(&a->gens, GENERATION_LIST))
		ticket_list_renew(a->data.list, generations_next(&a->gens, GENERATION_LIST));
	return ticket_list_generation(a->data.list);
}

static void want_page(struct app *a, int page, bool is_prefetch)
{
	struct ticket_list *list = a->data.list;
	struct strbuf err;
	strbuf_init(&err);
	int size = (int)config_get_int(&a->cfg, SETTING_PAGE_SIZE);
	struct job *job = api_tickets_query(list_query(a), page, size, list_generation(a), &err);
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
	app_views_list_asked(a);
	ticket_list_drop_pages_outside(a->data.list, first, last);
	for (int page = first; page <= last; page++)
		want_page(a, page, false);
}

/* A new generation for PURPOSE; the jobs of the one it replaces are cancelled. */
static unsigned renew(struct app *a, enum generation_purpose purpose)
{
	unsigned old = generations_current(&a->gens, purpose);
	if (old && a->worker)
		worker_cancel_generation(a->worker, old);
	return generations_next(&a->gens, purpose);
}

static void reload_list(struct app *a)
{
	app_views_list_asked(a);
	ticket_list_renew(a->data.list, renew(a, GENERATION_LIST));
	want_page(a, 1, false);
}

/* The raw pane's route again, under a new generation (an older answer is dropped). */
static void want_raw(struct app *a)
{
	struct raw_answer *raw = &a->data.raw;
	unsigned gen = renew(a, GENERATION_RAW);
	struct job *job = NULL;
	if (raw->record != RAW_RECORD_NONE) {
		raw->state.is_loading = true;
		worker_submit(a->worker, raw->record == RAW_RECORD_APPROVAL
						 ? api_approval_get(raw->ticket_id, gen)
						 : api_closure_get(raw->record_id, gen));
		return;
	}
	switch (raw->route) {
	case RAW_VIEW_LOG:
		job = api_view_log_list(raw->ticket_id, gen);
		break;
	case RAW_ZAPIER:
		job = api_tickets_zapier(gen);
		break;
	case RAW_SALES_MAILBOX:
		job = api_tickets_sales_mailbox(gen);
		break;
	case RAW_ROUTE_COUNT:
		return;
	}
	raw->state.is_loading = true;
	worker_submit(a->worker, job);
}

void app_session_focus(struct app *a, ticket_id_t ticket_id)
{
	unsigned gen = generations_current(&a->gens, GENERATION_DETAIL);
	if (a->data.ticket_id == ticket_id && gen)
		return;
	renew(a, GENERATION_DETAIL);
	pane_data_set_ticket(&a->data, ticket_id);
}

void app_session_want(struct app *a, const struct view_want *w)
{
	if (!a->worker)
		return;
	ticket_id_t id = w->ticket_id;
	struct pane_data *d = &a->data;
	if (w->kind != WANT_LIST_PAGE && w->kind != WANT_LIST_RELOAD &&
	    w->kind != WANT_LIST_REFRESH && w->kind != WANT_MY_APPROVALS && w->kind != WANT_RAW)
		app_session_focus(a, id);
	unsigned detail = generations_current(&a->gens, GENERATION_DETAIL);
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
		worker_submit(a->worker, api_ticket_get(id, NULL, detail));
		return;
	case WANT_ACTIONS:
		d->actions_state.is_loading = true;
		worker_submit(a->worker, api_actions_list(id, detail));
		return;
	case WANT_APPROVALS:
		d->approvals_state.is_loading = true;
		worker_submit(a->worker, api_approvals_list(id, false, detail));
		return;
	case WANT_TODOS:
		d->todos_state.is_loading = true;
		worker_submit(a->worker, api_todos_list(id, detail));
		return;
	case WANT_MY_APPROVALS:
		d->my_approvals_state.is_loading = true;
		/* `my-approvals all`: every approval, mine picked by agent here, since the
		 * server's mine=true holds those waiting only. */
		worker_submit(a->worker, api_approvals_list(0, !d->is_my_approvals_all,
							    renew(a, GENERATION_MY_APPROVALS)));
		return;
	case WANT_RAW:
		want_raw(a);
		return;
	case WANT_CLOSURES:
		d->closures_state.is_loading = true;
		worker_submit(a->worker, api_closures_list(id, detail));
		return;
	case WANT_FORECAST:
		d->forecasts_state.is_loading = true;
		worker_submit(a->worker, api_forecast_get(id, detail));
		return;
	}
}

static void apply_page(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		/* A reply refused for size would be as large again: only a new query asks. */
		if (r->status == STATUS_TOO_LARGE)
			ticket_list_mark_refused(d->list, r->page_no);
		else
			ticket_list_mark_failed(d->list, r->page_no);
		pane_state_fail(&d->list_state, error);
		return;
	}
	app_views_page(a, r->page_no, r->data.page);
	const char *refused = pane_data_store_list_page(d, r->generation, r->page_no, r->data.page);
	r->data.page = NULL;
	if (refused)
		statusbar_set_error(&a->status, refused);
	app_session_page_arrived(a);
	app_tags_list_changed(a);
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

static void store_approvals(struct approval_list *list, struct pane_state *st, struct job_result *r,
			    const char *error)
{
	if (error) {
		pane_state_fail(st, error);
		return;
	}
	approval_list_fini(list);
	*list = *r->data.approvals;
	memset(r->data.approvals, 0, sizeof(*r->data.approvals));
	pane_state_ok(st);
}

static void apply_approvals(struct app *a, struct job_result *r, const char *error)
{
	store_approvals(&a->data.approvals, &a->data.approvals_state, r, error);
}

static void apply_my_approvals(struct app *a, struct job_result *r, const char *error)
{
	store_approvals(&a->data.my_approvals, &a->data.my_approvals_state, r, error);
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

/* Lookups: kept as they came (and cached on disk); on failure the cached ones stay and the
 * lookup is asked again later. An open picker takes them at once. */
#define APPLY_LOOKUP(name, member, setter)                                                         \
	static void apply_##name(struct app *a, struct job_result *r, const char *error)           \
	{                                                                                          \
		if (error) {                                                                       \
			app_session_lookup_failed(a, r->kind);                                     \
			return;                                                                    \
		}                                                                                  \
		setter(&a->data.lookups, r->data.member);                                          \
		app_session_lookup_arrived(a, r->kind);                                            \
		app_form_pane_lookups_changed(a);                                                  \
	}
APPLY_LOOKUP(statuses, statuses, lookups_set_statuses)
APPLY_LOOKUP(priorities, priorities, lookups_set_priorities)
APPLY_LOOKUP(agents, agents, lookups_set_agents)
APPLY_LOOKUP(me, agents, lookups_set_me)
APPLY_LOOKUP(teams, named, lookups_set_teams)
APPLY_LOOKUP(tickettypes, named, lookups_set_tickettypes)
APPLY_LOOKUP(outcomes, outcomes, lookups_set_outcomes)
#undef APPLY_LOOKUP

static void apply_closures(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		pane_state_fail(&d->closures_state, error);
		return;
	}
	closure_list_fini(&d->closures);
	d->closures = *r->data.closures;
	memset(r->data.closures, 0, sizeof(*r->data.closures));
	pane_state_ok(&d->closures_state);
}

static void apply_forecasts(struct app *a, struct job_result *r, const char *error)
{
	struct pane_data *d = &a->data;
	if (error) {
		pane_state_fail(&d->forecasts_state, error);
		return;
	}
	forecast_list_fini(&d->forecasts);
	d->forecasts = *r->data.forecasts;
	memset(r->data.forecasts, 0, sizeof(*r->data.forecasts));
	pane_state_ok(&d->forecasts_state);
}

static void apply_raw(struct app *a, struct job_result *r, const char *error)
{
	struct raw_answer *raw = &a->data.raw;
	if (error) {
		pane_state_fail(&raw->state, error);
		return;
	}
	json_text_fini(&raw->text);
	raw->text = *r->data.text;
	memset(r->data.text, 0, sizeof(*r->data.text));
	pane_state_ok(&raw->state);
}

static void apply_record(struct app *a, struct job_result *r, const char *error)
{
	struct raw_answer *raw = &a->data.raw;
	if (error) {
		pane_state_fail(&raw->state, error);
		return;
	}
	json_text_fini(&raw->text);
	raw->text = *r->data.record;
	memset(r->data.record, 0, sizeof(*r->data.record));
	pane_state_ok(&raw->state);
}

/* How a result of one kind reaches the panes: for which generation purpose (any: lookups,
 * generation 0), which view update it makes, and what applies it. Kinds without a row are
 * not asked for by the panes and change nothing. */
struct result_rule {
	void (*apply)(struct app *a, struct job_result *r, const char *error);
	enum want_kind update;
	bool is_any_generation;
	enum generation_purpose purpose;
};

#define FOR(purpose_, update_, fn)                                                                 \
	{                                                                                          \
		fn, update_, false, purpose_                                                       \
	}
#define ANY(fn)                                                                                    \
	{                                                                                          \
		fn, WANT_NOTHING, true, GENERATION_PURPOSE_COUNT                                   \
	}
static const struct result_rule rules[JOB_KIND_COUNT] = {
	[JOB_TICKETS_LIST] = FOR(GENERATION_LIST, WANT_LIST_PAGE, apply_page),
	[JOB_TICKET_GET] = FOR(GENERATION_DETAIL, WANT_TICKET, apply_ticket),
	[JOB_ACTIONS_LIST] = FOR(GENERATION_DETAIL, WANT_ACTIONS, apply_actions),
	[JOB_TODOS_LIST] = FOR(GENERATION_DETAIL, WANT_TODOS, apply_todos),
	[JOB_STATUSES] = ANY(apply_statuses),
	[JOB_PRIORITIES] = ANY(apply_priorities),
	[JOB_AGENTS] = ANY(apply_agents),
	[JOB_AGENT_ME] = ANY(apply_me),
	[JOB_TEAMS] = ANY(apply_teams),
	[JOB_TICKET_TYPES] = ANY(apply_tickettypes),
	[JOB_VIEW_LOG_LIST] = FOR(GENERATION_RAW, WANT_RAW, apply_raw),
	[JOB_CLOSURES_LIST] = FOR(GENERATION_DETAIL, WANT_CLOSURES, apply_closures),
	[JOB_TICKETS_ZAPIER] = FOR(GENERATION_RAW, WANT_RAW, apply_raw),
	[JOB_TICKETS_SALES_MAILBOX] = FOR(GENERATION_RAW, WANT_RAW, apply_raw),
	[JOB_OUTCOMES] = ANY(apply_outcomes),
	[JOB_APPROVAL_GET] = FOR(GENERATION_RAW, WANT_RAW, apply_record),
	[JOB_CLOSURE_GET] = FOR(GENERATION_RAW, WANT_RAW, apply_record),
	[JOB_FORECAST_GET] = FOR(GENERATION_DETAIL, WANT_FORECAST, apply_forecasts),
};
#undef FOR
#undef ANY

/* The approvals route serves two purposes: its generation says which. */
static const struct result_rule approvals_rules[GENERATION_PURPOSE_COUNT] = {
	[GENERATION_DETAIL] = { apply_approvals, WANT_APPROVALS, false, GENERATION_DETAIL },
	[GENERATION_MY_APPROVALS] = { apply_my_approvals, WANT_MY_APPROVALS, false,
				      GENERATION_MY_APPROVALS },
};

/* The rule for R, or NULL when nothing applies it (no rule, or a stale generation). */
static const struct result_rule *rule_for(const struct app *a, const struct job_result *r)
{
	if (r->kind >= JOB_KIND_COUNT)
		return NULL;
	enum generation_purpose purpose;
	bool is_current = generations_purpose_of(&a->gens, r->generation, &purpose);
	if (r->kind == JOB_APPROVALS_LIST)
		return is_current && approvals_rules[purpose].apply ? &approvals_rules[purpose]
								    : NULL;
	const struct result_rule *rule = &rules[r->kind];
	if (!rule->apply)
		return NULL;
	if (rule->is_any_generation || (is_current && purpose == rule->purpose))
		return rule;
	return NULL;
}

/* The notes on fields the readers left unset, into the messages pane, each once: a refreshed
 * page notes the same fields again, and the pane should not fill with copies. */
static void note_odd_fields(struct app *a, const struct job_result *r)
{
	const struct odd_fields *odd = r->odd;
	struct messages *m = &a->data.messages;
	char more[64];
	bool is_changed = false;
	for (size_t i = 0; odd && i < odd->n; i++) {
		if (!messages_has(m, MESSAGE_ODD_FIELD, odd->text[i])) {
			messages_add(m, MESSAGE_ODD_FIELD, odd->text[i]);
			is_changed = true;
		}
	}
	if (odd_fields_more_line(odd, more, sizeof(more)) &&
	    !messages_has(m, MESSAGE_ODD_FIELD, more)) {
		messages_add(m, MESSAGE_ODD_FIELD, more);
		is_changed = true;
	}
	if (is_changed)
		app_messages_changed(a);
}

/* Applies R; fills U with what changed. False when the result is stale and changes nothing. */
static bool apply_result(struct app *a, struct job_result *r, const char *error,
			 struct view_update *u)
{
	note_odd_fields(a, r);
	u->ticket_id = r->record_id;
	u->page = r->page_no;
	if (r->kind < JOB_KIND_COUNT && r->kind != JOB_APPROVALS_LIST && !rules[r->kind].apply) {
		u->kind =
			WANT_NOTHING; /* a write's answer: nothing to store, views may still act */
		return true;
	}
	const struct result_rule *rule = rule_for(a, r);
	if (!rule)
		return false; /* stale */
	u->kind = rule->update;
	rule->apply(a, r, error);
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
		if (r->status == STATUS_CANCELLED || app_views_result(a, r)) {
			job_result_free(r);
			continue;
		}
		char *error = r->status == STATUS_OK ? NULL : api_error_describe(&r->error);
		if (app_new_ticket_result(a, r, error)) {
			free(error);
			job_result_free(r);
			continue;
		}
		if (app_write_check_result(a, r)) {
			free(error);
			job_result_free(r);
			continue;
		}
		if (app_writes_result(a, r, error)) {
			app_work_result(a, r, error);
			free(error);
			job_result_free(r);
			continue;
		}
		struct view_update u = { .is_error = error != NULL, .message = error };
		if (error && is_outage(r->status))
			statusbar_set_outage_error(&a->status, error);
		else if (error)
			statusbar_set_error(&a->status, error);
		else
			statusbar_server_answered(&a->status);
		if (apply_result(a, r, error, &u)) {
			/* Fresh rows from the server: the writes still out lie over them again. */
			if (!error && (r->kind == JOB_TICKETS_LIST || r->kind == JOB_TICKET_GET))
				app_writes_overlay(a);
			app_notify_views(a, &u);
		}
		app_work_result(a, r, error);
		free(error);
		job_result_free(r);
	}
	if (a->worker)
		statusbar_set_budget(&a->status, worker_budget_remaining(a->worker));
	statusbar_set_loading(&a->status, (int)app_session_in_flight(a));
}
