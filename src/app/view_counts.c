/* The tabs' counts (one one-row request per view per interval) and the rows new in a view. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/views.h"
#include "app/views_state.h"
#include "config/views_file.h"
#include "model/approval.h"
#include "model/seen_rows.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/log.h"

/* Requests a count round leaves in the budget for what the user asks meanwhile. */
#define VIEWS_BUDGET_SPARE 20
/* How long a count waits when the budget had no room for it. */
#define VIEWS_BUDGET_RETRY_MS 30000L

void app_views_forget_counts(struct app_views *v)
{
	for (size_t i = 0; i < v->n_asked_counts; i++)
		free(v->asked_counts[i].name);
	free(v->asked_counts);
	v->asked_counts = NULL;
	v->n_asked_counts = 0;
}

/* The job that counts VIEW: a one-row page of its tickets, or the approvals waiting for me. */
static struct job *count_job(const struct config_view *view, unsigned gen)
{
	if (views_file_pane(view))
		return api_approvals_list(0, true, gen);
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	for (size_t i = 0; i < view->n_params; i++)
		ticket_query_set(q, view->params[i].name, view->params[i].value, NULL);
	struct job *job = api_tickets_query(q, 1, 1, gen, NULL);
	ticket_query_free(q);
	return job;
}

/* Asks the count of VIEW; an older count of it still out is cancelled. */
static void ask_count(struct app *a, const struct config_view *view)
{
	struct app_views *v = app_views_state(a);
	unsigned gen = generations_next(&a->gens, GENERATION_VIEW_COUNT);
	struct job *job = count_job(view, gen);
	if (!job)
		return;
	job->priority = JOB_PRIORITY_PREFETCH;
	for (size_t i = 0; i < v->n_asked_counts; i++) {
		if (!strcmp(v->asked_counts[i].name, view->name)) {
			worker_cancel_generation(a->worker, v->asked_counts[i].generation);
			v->asked_counts[i].generation = gen;
			worker_submit(a->worker, job);
			return;
		}
	}
	v->asked_counts =
		xreallocarray(v->asked_counts, v->n_asked_counts + 1, sizeof(*v->asked_counts));
	v->asked_counts[v->n_asked_counts++] = (struct count_asked){ gen, xstrdup(view->name) };
	worker_submit(a->worker, job);
}

void app_views_count_if_due(struct app *a, long now_ms)
{
	long interval_s = config_get_int(&a->cfg, SETTING_VIEW_COUNT_INTERVAL);
	if (!a->worker || interval_s <= 0 || !a->cfg.n_views)
		return;
	struct app_views *v = app_views_state(a);
	/* The list the user waits for comes first. */
	if (!v->next_count_ms && !ticket_list_is_known(a->data.list))
		return;
	if (v->next_count_ms && now_ms < v->next_count_ms)
		return;
	if (worker_budget_remaining(a->worker) < (int)a->cfg.n_views + VIEWS_BUDGET_SPARE) {
		v->next_count_ms = now_ms + VIEWS_BUDGET_RETRY_MS;
		return;
	}
	v->next_count_ms = now_ms + interval_s * 1000;
	for (size_t i = 0; i < a->cfg.n_views; i++)
		ask_count(a, &a->cfg.views[i]);
}

long app_views_count_deadline(const struct app *a)
{
	const struct app_views *v = a->views;
	if (!v || !a->worker || !a->cfg.n_views ||
	    config_get_int(&a->cfg, SETTING_VIEW_COUNT_INTERVAL) <= 0)
		return 0;
	return v->next_count_ms;
}

static bool is_asked(const struct app_views *v, const char *name)
{
	for (size_t i = 0; i < v->n_asked_counts; i++)
		if (!strcmp(v->asked_counts[i].name, name))
			return true;
	return false;
}

void app_views_count_new_tabs(struct app *a)
{
	struct app_views *v = app_views_state(a);
	const struct view_tabs *t = &a->data.tabs;
	if (!a->worker || !v->next_count_ms ||
	    config_get_int(&a->cfg, SETTING_VIEW_COUNT_INTERVAL) <= 0)
		return;
	for (size_t i = 0; i < t->n && i < a->cfg.n_views; i++)
		if (!t->v[i].has_count && !is_asked(v, t->v[i].name))
			ask_count(a, &a->cfg.views[i]);
}

/* Puts COUNT on the tab NAME. */
static void set_count(struct app *a, const char *name, long count)
{
	struct view_tabs *t = &a->data.tabs;
	for (size_t i = 0; i < t->n; i++) {
		if (!strcmp(t->v[i].name, name)) {
			t->v[i].count = count;
			t->v[i].has_count = true;
		}
	}
	app_views_tabs_changed(a);
}

bool app_views_result(struct app *a, struct job_result *r)
{
	struct app_views *v = a->views;
	size_t i = 0;
	while (v && i < v->n_asked_counts && v->asked_counts[i].generation != r->generation)
		i++;
	if (!v || i == v->n_asked_counts || !r->generation)
		return false;
	/* A failed count leaves the last one: the tab is not worth an error of its own. */
	if (r->status == STATUS_OK && r->kind == JOB_TICKETS_LIST && r->data.page)
		set_count(a, v->asked_counts[i].name, r->data.page->record_count);
	else if (r->status == STATUS_OK && r->kind == JOB_APPROVALS_LIST && r->data.approvals)
		set_count(a, v->asked_counts[i].name, (long)r->data.approvals->count);
	free(v->asked_counts[i].name);
	v->asked_counts[i] = v->asked_counts[--v->n_asked_counts];
	return true;
}

void app_views_page(struct app *a, int page_no, const struct ticket_page *page)
{
	if (!a->data.view_name || !page)
		return;
	struct app_views *v = app_views_state(a);
	app_views_sync(a);
	struct seen_rows *seen = app_views_seen(a, a->data.view_name);
	size_t fresh = seen_rows_note(seen, page_no, page->rows, page->count);
	if (!fresh)
		return;
	bool is_first = v->fresh == 0;
	v->fresh += fresh;
	char msg[64];
	snprintf(msg, sizeof(msg), "%zu new", v->fresh);
	statusbar_set_message(&a->status, msg);
	if (is_first && config_get_bool(&a->cfg, SETTING_BELL_ON_NEW)) {
		ui_screen_bell(&a->screen);
		log_printf(a->log, LOG_INFO, "bell: %zu new %s in view \"%s\"", fresh,
			   fresh == 1 ? "row" : "rows", a->data.view_name);
	}
}

void app_views_list_asked(struct app *a)
{
	if (a->views)
		a->views->fresh = 0;
}

void app_views_opened(struct app *a, ticket_id_t id)
{
	if (!a->data.view_name)
		return;
	seen_rows_clear(app_views_seen(a, a->data.view_name), id);
	if (a->depth > 0)
		view_mark_dirty(a->stack[0]);
}

void app_views_own(struct app *a, ticket_id_t id)
{
	if (!a->views || !id)
		return;
	for (size_t i = 0; i < a->views->n_seen; i++)
		seen_rows_own(&a->views->seen[i]->rows, id);
}
