/* Filtering the ticket list through the /Tickets parameter table. */
#include "config.h"

#include "app/filter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "config/views_file.h"
#include "model/ticket_query.h"
#include "ui/list_columns.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* The pairs of a filter: names and values side by side. */
struct filter_pairs {
	const char *const *names;
	const char *const *values;
	size_t n;
};

/* Fills S from SPEC in the form of the `sort` setting ("lastactiondate:desc,id"). */
static void sort_from_spec(struct pane_sort *s, const char *spec)
{
	free(s->owned);
	s->owned = xstrdup(spec);
	for (int k = 0; k < PANE_SORT_KEYS; k++) {
		s->field[k] = NULL;
		s->is_desc[k] = false;
	}
	char *save = NULL;
	int k = 0;
	for (char *key = strtok_r(s->owned, ", ", &save); key && k < PANE_SORT_KEYS;
	     key = strtok_r(NULL, ", ", &save)) {
		char *colon = strchr(key, ':');
		if (colon)
			*colon = '\0';
		s->is_desc[k] = colon && !strcmp(colon + 1, "desc");
		s->field[k++] = key;
	}
}

/* Builds the list's query from P into *OUT (caller frees) and its order into SORT; false with
 * the reason in ERR. */
static bool build(const struct filter_pairs *p, struct ticket_query **out, struct strbuf *sort,
		  struct strbuf *err)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	for (size_t i = 0; i < p->n; i++)
		if (ticket_query_set_once(q, p->names[i], p->values[i], err) != STATUS_OK)
			goto fail;
	if (ticket_query_check_list(q, err) != STATUS_OK)
		goto fail;
	if (ticket_query_take_order(q, sort)) {
		char why[512];
		if (!list_sort_check(sort->data, why, sizeof(why))) {
			strbuf_reset(err);
			strbuf_appendf(err, "order: %s", why);
			goto fail;
		}
	}
	*out = q;
	return true;
fail:
	ticket_query_free(q);
	return false;
}

/* Replaces the list's query with FRESH (taken), sorted by SORT (empty: the `sort` setting),
 * shown under VIEW_NAME (NULL: none), and starts the list again. */
static void install(struct app *a, struct ticket_query *fresh, const char *sort,
		    const char *view_name)
{
	ticket_query_free(a->query);
	a->query = fresh;
	a->data.query = fresh;
	free(a->data.view_name);
	a->data.view_name = view_name ? xstrdup(view_name) : NULL;
	sort_from_spec(&a->data.sort, *sort ? sort : config_get_string(&a->cfg, SETTING_SORT));
	struct view_want w = { .kind = WANT_LIST_RELOAD };
	app_session_want(a, &w);
	/* Another set of tickets: the list starts again at its top. */
	struct view_update u = { .kind = WANT_LIST_RELOAD };
	app_notify_views(a, &u);
}

/* Builds and installs P; false with "WHAT: reason" in ERR. */
static bool apply(struct app *a, const struct filter_pairs *p, const char *what,
		  const char *view_name, char *err, size_t err_size)
{
	struct strbuf sort, why;
	strbuf_init(&sort);
	strbuf_init(&why);
	struct ticket_query *q = NULL;
	bool ok = build(p, &q, &sort, &why);
	if (ok)
		install(a, q, sort.data, view_name);
	else
		snprintf(err, err_size, "%s: %s", what, why.len ? why.data : "bad parameter");
	strbuf_fini(&sort);
	strbuf_fini(&why);
	return ok;
}

bool app_filter_words(struct app *a, char **words, int n, char *err, size_t err_size)
{
	const char **names = xcalloc((size_t)n + 1, sizeof(*names));
	const char **values = xcalloc((size_t)n + 1, sizeof(*values));
	bool ok = true;
	for (int i = 0; ok && i < n; i++) {
		char *eq = strchr(words[i], '=');
		if (!eq) {
			snprintf(err, err_size, "filter: '%s' is not NAME=VALUE", words[i]);
			ok = false;
			break;
		}
		*eq = '\0';
		names[i] = words[i];
		values[i] = eq + 1;
	}
	struct filter_pairs p = { names, values, (size_t)n };
	if (ok)
		ok = apply(a, &p, "filter", NULL, err, err_size);
	free(names);
	free(values);
	return ok;
}

bool app_filter_view(struct app *a, const char *name, char *err, size_t err_size)
{
	const struct config_view *view = config_find_view(&a->cfg, name);
	if (!view) {
		snprintf(err, err_size, "no saved view called '%s'", name);
		return false;
	}
	const char **names = xcalloc(view->n_params + 1, sizeof(*names));
	const char **values = xcalloc(view->n_params + 1, sizeof(*values));
	for (size_t i = 0; i < view->n_params; i++) {
		names[i] = view->params[i].name;
		values[i] = view->params[i].value;
	}
	struct filter_pairs p = { names, values, view->n_params };
	char what[160];
	snprintf(what, sizeof(what), "view \"%s\"", view->name);
	bool ok = apply(a, &p, what, view->name, err, err_size);
	free(names);
	free(values);
	return ok;
}

/* A new user's saved views: `view` lines, added only when the config has none of its own. */
static const char *const default_views[] = {
	"view \"My open\" mine=true open_only=true",
	"view \"Unassigned\" agent_id=1 open_only=true",
	"view \"All open\" open_only=true",
	"view \"SLA breached\" open_only=true includebreached=1",
	"view \"Waiting for me\" pane=my-approvals",
};

void app_filter_default_views(struct app *a)
{
	if (a->cfg.n_views)
		return;
	for (size_t i = 0; i < sizeof(default_views) / sizeof(default_views[0]); i++)
		config_run_line(&a->cfg, default_views[i], VIEWS_FILE_DEFAULTS, (unsigned)i + 1);
}
