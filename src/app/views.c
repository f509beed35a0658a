/* Saved views as tabs: the `view` commands, the tabs' counts and the rows new in each view. */
#include "config.h"

#include "app/views.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/approval_commands.h"
#include "app/filter.h"
#include "app/views_state.h"
#include "config/message.h"
#include "config/view.h"
#include "config/views_file.h"
#include "model/seen_rows.h"
#include "model/ticket_query.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static struct app_views *views_of(struct app *a)
{
	if (!a->views)
		a->views = xcalloc(1, sizeof(*a->views));
	return a->views;
}

struct app_views *app_views_state(struct app *a)
{
	return views_of(a);
}

void app_views_fini(struct app *a)
{
	struct app_views *v = a->views;
	if (!v)
		return;
	for (size_t i = 0; i < v->n_seen; i++) {
		free(v->seen[i]->name);
		seen_rows_fini(&v->seen[i]->rows);
		free(v->seen[i]);
	}
	free(v->seen);
	app_views_forget_counts(v);
	free(v);
	a->views = NULL;
	a->data.seen = NULL;
}

/* The rows seen in the view NAME, made on first use. */
struct seen_rows *app_views_seen(struct app *a, const char *name)
{
	struct app_views *v = views_of(a);
	for (size_t i = 0; i < v->n_seen; i++)
		if (!strcmp(v->seen[i]->name, name))
			return &v->seen[i]->rows;
	v->seen = xreallocarray(v->seen, v->n_seen + 1, sizeof(*v->seen));
	struct seen_entry *e = xcalloc(1, sizeof(*e));
	e->name = xstrdup(name);
	v->seen[v->n_seen++] = e;
	return &e->rows;
}

static size_t view_index(const struct config *cfg, const char *name)
{
	for (size_t i = 0; name && i < cfg->n_views; i++)
		if (!strcmp(cfg->views[i].name, name))
			return i;
	return cfg->n_views;
}

/* The tab shown: a my-approvals view while its pane is on top, else the list's view. */
static size_t current_tab(const struct app *a)
{
	const struct config *cfg = &a->cfg;
	if (a->depth > 1 && a->stack[a->depth - 1]->ops->kind == VIEW_MY_APPROVALS) {
		for (size_t i = 0; i < cfg->n_views; i++)
			if (views_file_pane(&cfg->views[i]))
				return i;
	}
	size_t i = view_index(cfg, a->data.view_name);
	return i < cfg->n_views && !views_file_pane(&cfg->views[i]) ? i : cfg->n_views;
}

static bool tabs_match(const struct view_tabs *t, const struct config *cfg)
{
	if (t->n != cfg->n_views)
		return false;
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->v[i].name, cfg->views[i].name))
			return false;
	return true;
}

/* New tabs for the views of CFG, keeping the counts of those of the same name. */
static void rebuild_tabs(struct view_tabs *t, const struct config *cfg)
{
	struct view_tabs fresh = { .v = xcalloc(cfg->n_views + 1, sizeof(*fresh.v)),
				   .n = cfg->n_views };
	for (size_t i = 0; i < cfg->n_views; i++) {
		fresh.v[i].name = xstrdup(cfg->views[i].name);
		for (size_t j = 0; j < t->n; j++) {
			if (!strcmp(t->v[j].name, cfg->views[i].name)) {
				fresh.v[i].count = t->v[j].count;
				fresh.v[i].has_count = t->v[j].has_count;
			}
		}
	}
	view_tabs_fini(t);
	*t = fresh;
}

void app_views_sync(struct app *a)
{
	struct pane_data *d = &a->data;
	bool is_changed = false;
	if (!tabs_match(&d->tabs, &a->cfg)) {
		bool had_tabs = d->tabs.n > 0;
		rebuild_tabs(&d->tabs, &a->cfg);
		/* The tabs line comes or goes: the list has another number of rows. */
		if (had_tabs != (d->tabs.n > 0))
			a->needs_relayout = true;
		is_changed = true;
		app_views_count_new_tabs(a);
	}
	size_t current = current_tab(a);
	if (d->tabs.current != current) {
		d->tabs.current = current;
		is_changed = true;
	}
	const struct seen_rows *seen = d->view_name ? app_views_seen(a, d->view_name) : NULL;
	if (d->seen != seen) {
		d->seen = seen;
		is_changed = true;
	}
	if (is_changed)
		app_views_tabs_changed(a);
}

void app_views_tabs_changed(struct app *a)
{
	if (a->depth > 0)
		view_mark_dirty(a->stack[0]);
	if (a->depth > 1 && a->stack[a->depth - 1]->ops->kind == VIEW_MY_APPROVALS)
		view_mark_dirty(a->stack[a->depth - 1]);
}

bool app_views_show(struct app *a, const char *name, char *err, size_t err_size)
{
	const struct config_view *view = config_find_view(&a->cfg, name);
	if (!view) {
		snprintf(err, err_size, "no saved view called '%s'", name);
		return false;
	}
	if (views_file_pane(view)) {
		app_my_approvals_line(a, NULL, 1);
		return true;
	}
	/* The list's view is the tab: a my-approvals pane on top would hide which. */
	if (a->depth > 1 && a->stack[a->depth - 1]->ops->kind == VIEW_MY_APPROVALS)
		app_pop_view(a);
	return app_filter_view(a, name, err, err_size);
}

/* Says ERR in the status bar (and fails a script's line). */
static void refuse(struct app *a, const char *err)
{
	statusbar_set_error(&a->status, err);
	if (a->is_script_line) {
		fprintf(stderr, "halotui: %s\n", err);
		a->script.has_failed = true;
	}
}

void app_views_number(struct app *a, long n)
{
	char err[256];
	if (n < 1 || (size_t)n > a->cfg.n_views) {
		snprintf(err, sizeof(err), "no tab %ld: there %s %zu", n,
			 a->cfg.n_views == 1 ? "is" : "are", a->cfg.n_views);
		refuse(a, err);
		return;
	}
	if (!app_views_show(a, a->cfg.views[n - 1].name, err, sizeof(err)))
		refuse(a, err);
	else
		statusbar_set_error(&a->status, NULL);
}

/* A view of the user's own config is theirs to change: the console does not rewrite it. */
static bool refuse_not_owned(struct app *a, const struct config_view *view, const char *path)
{
	if (views_file_owns(view, path))
		return false;
	char *shown = config_shown_path(view->file);
	char *msg = message_format("view \"%s\" is defined in %s:%u: change it there", view->name,
				   shown, view->line);
	refuse(a, msg);
	free(msg);
	free(shown);
	return true;
}

/* Writes the views file; false (said in the status bar) when it could not be. */
static bool write_file(struct app *a, const char *path)
{
	char *error = NULL;
	if (!path) {
		refuse(a, "no place for the views file: set HOME or XDG_CONFIG_HOME");
		return false;
	}
	if (views_file_write(&a->cfg, path, &error))
		return true;
	refuse(a, error);
	free(error);
	return false;
}

static void add_param(struct config_view *view, const char *name, const char *value)
{
	view->params = xreallocarray(view->params, view->n_params + 1, sizeof(*view->params));
	view->params[view->n_params++] =
		(struct config_view_param){ xstrdup(name), xstrdup(value) };
}

/* The list's query and sort as a view line: `view "NAME" PARAM=VALUE ... order=...`. */
static void format_current(const struct app *a, const char *name, struct strbuf *out)
{
	static const char *const order[] = { "order", "order2", "order3", "order4", "order5" };
	static const char *const desc[] = { "orderdesc", "orderdesc2", "orderdesc3", "orderdesc4",
					    "orderdesc5" };
	struct config_view view = { .name = xstrdup(name) };
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	/* The order keys the query holds are the last request's: the sort says them now. */
	while (a->query && ticket_query_next(a->query, &pos, &p, &value))
		if (strncmp(p->name, "order", 5))
			add_param(&view, p->name, value);
	const struct pane_sort *s = &a->data.sort;
	for (int k = 0; k < PANE_SORT_KEYS && s->field[k]; k++) {
		add_param(&view, order[k], s->field[k]);
		if (s->is_desc[k])
			add_param(&view, desc[k], "true");
	}
	views_file_format(&view, out);
	view_fini(&view);
}

/* The last error the config added, as the status bar's words; the diagnostics are cleared. */
static void refuse_config(struct app *a, const char *fallback)
{
	const struct config *cfg = &a->cfg;
	refuse(a, cfg->n_diags ? cfg->diags[cfg->n_diags - 1].message : fallback);
	config_clear_diags(&a->cfg);
}

static void save(struct app *a, const char *name)
{
	char *path = views_file_path();
	const struct config_view *old = config_find_view(&a->cfg, name);
	struct strbuf line;
	strbuf_init(&line);
	if (!path || !old || !refuse_not_owned(a, old, path)) {
		format_current(a, name, &line);
		size_t errors = config_error_count(&a->cfg);
		config_run_line(&a->cfg, line.data, path ? path : VIEWS_FILE_DEFAULTS, 0);
		if (config_error_count(&a->cfg) > errors) {
			refuse_config(a, "the list's query cannot be saved");
		} else if (write_file(a, path)) {
			free(a->data.view_name);
			a->data.view_name = xstrdup(name);
			char *msg = message_format("view \"%s\" %s: tab %zu", name,
						   old ? "saved again" : "saved",
						   view_index(&a->cfg, name) + 1);
			statusbar_set_message(&a->status, msg);
			free(msg);
			/* Saved again, the tab's count was another query's: it is asked again. */
			for (size_t t = 0; t < a->data.tabs.n; t++)
				if (!strcmp(a->data.tabs.v[t].name, name))
					a->data.tabs.v[t].has_count = false;
			app_views_sync(a);
			app_views_count_new_tabs(a);
		}
	}
	strbuf_fini(&line);
	free(path);
}

static void rename_view(struct app *a, const char *from, const char *to)
{
	char *path = views_file_path();
	size_t i = view_index(&a->cfg, from);
	char err[256];
	if (i == a->cfg.n_views) {
		snprintf(err, sizeof(err), "no saved view called '%s'", from);
		refuse(a, err);
	} else if (!refuse_not_owned(a, &a->cfg.views[i], path)) {
		if (!*to || config_find_view(&a->cfg, to)) {
			snprintf(err, sizeof(err), "%s: choose another name",
				 *to ? "a view of that name exists" : "a view needs a name");
			refuse(a, err);
		} else {
			struct config_view *view = &a->cfg.views[i];
			free(view->name);
			view->name = xstrdup(to);
			for (size_t t = 0; t < a->data.tabs.n; t++) {
				if (!strcmp(a->data.tabs.v[t].name, from)) {
					free(a->data.tabs.v[t].name);
					a->data.tabs.v[t].name = xstrdup(to);
				}
			}
			struct app_views *v = views_of(a);
			for (size_t s = 0; s < v->n_seen; s++) {
				if (!strcmp(v->seen[s]->name, from)) {
					free(v->seen[s]->name);
					v->seen[s]->name = xstrdup(to);
				}
			}
			if (a->data.view_name && !strcmp(a->data.view_name, from)) {
				free(a->data.view_name);
				a->data.view_name = xstrdup(to);
			}
			if (write_file(a, path)) {
				char *msg = message_format("view \"%s\" is now \"%s\"", from, to);
				statusbar_set_message(&a->status, msg);
				free(msg);
			}
			app_views_sync(a);
		}
	}
	free(path);
}

/* y to view-delete's question. */
static void delete_asked(void *ctx)
{
	const struct confirm_about *asked = ctx;
	struct app *a = asked->owner;
	size_t i = view_index(&a->cfg, asked->name);
	if (i == a->cfg.n_views)
		return;
	view_fini(&a->cfg.views[i]);
	memmove(&a->cfg.views[i], &a->cfg.views[i + 1],
		(a->cfg.n_views - i - 1) * sizeof(*a->cfg.views));
	a->cfg.n_views--;
	/* The list keeps its tickets; it is no longer a saved view's. */
	if (a->data.view_name && !strcmp(a->data.view_name, asked->name)) {
		free(a->data.view_name);
		a->data.view_name = NULL;
	}
	char *path = views_file_path();
	if (write_file(a, path)) {
		char *msg = message_format("view \"%s\" deleted", asked->name);
		statusbar_set_message(&a->status, msg);
		free(msg);
	}
	free(path);
	app_views_sync(a);
}

static void delete_view(struct app *a, const char *name)
{
	char *path = views_file_path();
	size_t i = view_index(&a->cfg, name);
	if (i == a->cfg.n_views) {
		char err[256];
		snprintf(err, sizeof(err), "no saved view called '%s'", name);
		refuse(a, err);
	} else if (!refuse_not_owned(a, &a->cfg.views[i], path)) {
		char *question = message_format("delete view \"%s\"?", name);
		confirm_ask_about(&a->confirm, question, delete_asked, a, name);
		a->status.is_dirty = true;
		free(question);
	}
	free(path);
}

void app_views_line(struct app *a, char **w, int n)
{
	enum command cmd = command_by_name(w[0]);
	char err[256], *end = NULL;
	int want = cmd == CMD_VIEW_RENAME ? 3 : 2;
	if (n != want) {
		snprintf(err, sizeof(err), "usage: %s %s (quote a name with blanks)",
			 command_name(cmd), cmd == CMD_VIEW ? "NAME" : command_usage(cmd));
		refuse(a, err);
		return;
	}
	switch (cmd) {
	case CMD_VIEW:
		if (!app_views_show(a, w[1], err, sizeof(err)))
			refuse(a, err);
		else
			statusbar_set_error(&a->status, NULL);
		return;
	case CMD_VIEW_NUMBER: {
		long number = strtol(w[1], &end, 10);
		app_views_number(a, *end || end == w[1] ? 0 : number);
		return;
	}
	case CMD_VIEW_SAVE:
		save(a, w[1]);
		return;
	case CMD_VIEW_RENAME:
		rename_view(a, w[1], w[2]);
		return;
	case CMD_VIEW_DELETE:
		delete_view(a, w[1]);
		return;
	default:
		return;
	}
}
