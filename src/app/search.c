/* The `/` search from the app's side: the line, the list's matches, the server's search=. */
#include "config.h"

#include "app/search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/filter.h"
#include "ui/doc_view.h"
#include "ui/list_view.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* The list pane when it has the keys, else NULL. */
static struct view *focused_list(struct app *a)
{
	struct view *v = app_focused_view(a);
	return v && v->ops->kind == VIEW_LIST ? v : NULL;
}

/* Acts on the list's reaction R: marked for drawing when it says so, as view_handle does. */
static void react(struct app *a, struct view *v, unsigned r)
{
	if (r & REACT_REDRAW)
		view_mark_dirty(v);
	app_react(a, v, r);
}

/* The detail, history or raw pane when it has the keys, else NULL. */
static struct view *focused_text(struct app *a)
{
	struct view *v = app_focused_view(a);
	return v && (v->ops->kind == VIEW_DETAIL || v->ops->kind == VIEW_HISTORY ||
		     v->ops->kind == VIEW_RAW)
		       ? v
		       : NULL;
}

/* Runs the line's text as the search and lets the pane follow it. */
static void search_now(struct app *a)
{
	struct pane_data *d = &a->data;
	struct view *v = focused_list(a);
	if (v) {
		list_search_set(&d->search, d->list, &d->lookups, prompt_text(&a->prompt));
		react(a, v, list_view_search_changed(v));
	} else if ((v = focused_text(a))) {
		char **search = doc_view_search(v);
		free(*search);
		*search = xstrdup(prompt_text(&a->prompt));
		react(a, v, doc_view_search_changed(v));
	}
}

/* Ends the search of the focused pane. */
static void search_end(struct app *a)
{
	struct view *v = focused_list(a);
	if (v) {
		list_search_clear(&a->data.search);
		react(a, v, REACT_REDRAW);
	} else if ((v = focused_text(a))) {
		char **search = doc_view_search(v);
		free(*search);
		*search = NULL;
		react(a, v, REACT_REDRAW);
	}
}

void app_search_open(struct app *a)
{
	if (!focused_list(a) && !focused_text(a)) {
		statusbar_set_message(
			&a->status,
			"/ searches the list's rows and the detail, history and raw text");
		return;
	}
	prompt_open_search(&a->prompt);
	a->data.search.load_limit = config_get_int(&a->cfg, SETTING_SEARCH_LOAD_LIMIT);
	search_now(a);
	a->status.is_dirty = true;
}

void app_search_key(struct app *a, int key)
{
	enum prompt_result pr = prompt_key(&a->prompt, key, NULL, 0);
	a->status.is_dirty = true;
	if (pr == PROMPT_CANCEL) {
		/* Esc leaves the search: nothing is marked any more. */
		prompt_close(&a->prompt, false);
		search_end(a);
		return;
	}
	if (pr == PROMPT_SUBMIT) {
		bool is_empty = !*prompt_text(&a->prompt);
		prompt_close(&a->prompt, false);
		if (is_empty)
			search_end(a);
		return;
	}
	search_now(a);
}

bool app_search_server(struct app *a, const char *text, char *err, size_t err_size)
{
	struct strbuf word;
	strbuf_init(&word);
	/* The other filters stay: the words of the query in force, search= replaced. */
	size_t n = 0, pos = 0, cap = 8;
	char **words = xcalloc(cap, sizeof(*words));
	const struct query_param *p;
	const char *value;
	while (a->query && ticket_query_next(a->query, &pos, &p, &value)) {
		if (!strcmp(p->name, "search") || p->group == QG_ORDER)
			continue;
		if (n + 2 >= cap)
			words = xreallocarray(words, cap *= 2, sizeof(*words));
		size_t len = strlen(p->name) + strlen(value) + 2;
		words[n] = xmalloc(len);
		snprintf(words[n++], len, "%s=%s", p->name, value);
	}
	/* The sort in force stays too. */
	const struct pane_sort *sort = &a->data.sort;
	for (int k = 0; k < PANE_SORT_KEYS && sort->field[k]; k++) {
		if (n + 3 >= cap)
			words = xreallocarray(words, cap *= 2, sizeof(*words));
		strbuf_reset(&word);
		strbuf_appendf(&word, "order%.0d=%s", k ? k + 1 : 0, sort->field[k]);
		words[n++] = xstrdup(word.data);
		if (sort->is_desc[k]) {
			strbuf_reset(&word);
			strbuf_appendf(&word, "orderdesc%.0d=true", k ? k + 1 : 0);
			words[n++] = xstrdup(word.data);
		}
	}
	strbuf_reset(&word);
	strbuf_appendf(&word, "search=%s", text);
	words[n++] = xstrdup(word.data);
	bool ok = app_filter_words(a, words, (int)n, err, err_size);
	for (size_t i = 0; i < n; i++)
		free(words[i]);
	free(words);
	strbuf_fini(&word);
	return ok;
}
