/* The document panes: scrolling, item cursor, what to fetch, built lines kept per width. */
#include "config.h"

#include "ui/doc_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/width.h"
#include "ui/draw.h"
#include "ui/nav.h"
#include "ui/search.h"
#include "util/alloc.h"

struct doc_state {
	struct doc doc;
	bool is_built;
	ticket_id_t ticket_id; /* the ticket the pane was last pointed at */
	bool is_new_target;    /* pointed at another ticket: start from the top once built */
	bool is_placed;	       /* the cursor went to the start line once the pane had items */
	/* Lines shown; the cursor is on an item's line, -1 when the document has no items. */
	struct nav nav;
};

static struct pane_data *data_of(const struct view *v)
{
	return v->data;
}

/* The my-approvals pane of a tab, shown alone, keeps the tabs line on top: which tab is on
 * and the keys to the others stay in sight, as the list shows them. */
static int tab_lines(const struct view *v)
{
	return v->ops->kind == VIEW_MY_APPROVALS && v->is_alone && data_of(v)->tabs.n > 0 &&
			       v->rows >= TABS_MIN_ROWS
		       ? 1
		       : 0;
}

/* Rows of the pane that show the document. */
static int doc_rows(const struct view *v)
{
	int rows = v->rows - tab_lines(v);
	return rows > 0 ? rows : 0;
}

static bool is_item(const void *ctx, long line)
{
	const struct doc *doc = ctx;
	return doc->lines[line].ticket_id > 0 || doc->lines[line].item > 0;
}

static bool has_items(const struct doc *doc)
{
	for (size_t i = 0; i < doc->count; i++)
		if (doc->lines[i].ticket_id > 0 || doc->lines[i].item > 0)
			return true;
	return false;
}

/* Rebuilds the lines when the data or the width changed, and fits the navigation to them
 * and to the pane's height. */
static void doc_recalc(struct view *v)
{
	struct doc_state *st = v->state;
	int width = v->cols > 1 ? v->cols - 1 : 1;
	if (!st->is_built || st->doc.width != width) {
		st->doc.width = width;
		doc_build(v->ops->kind, &st->doc, data_of(v));
		st->is_built = true;
		st->nav.has_cursor = has_items(&st->doc);
	}
	nav_resize(&st->nav, (long)st->doc.count, doc_rows(v));
	if (st->is_new_target) {
		nav_reset(&st->nav);
		st->is_placed = false;
	}
	st->is_new_target = false;
	if (!st->is_placed && st->nav.has_cursor) {
		st->is_placed = true;
		for (size_t i = 0; i < st->doc.count; i++)
			if (st->doc.lines[i].is_start) {
				st->nav.cursor = (long)i;
				nav_resize(&st->nav, (long)st->doc.count, doc_rows(v));
				break;
			}
	}
}

static bool doc_open(struct view *v)
{
	struct doc_state *st = xcalloc(1, sizeof(*st));
	st->ticket_id = data_of(v)->ticket_id;
	nav_init(&st->nav, false);
	st->nav.is_stop = is_item;
	st->nav.ctx = &st->doc;
	v->state = st;
	return true;
}

static void doc_free(struct view *v)
{
	struct doc_state *st = v->state;
	if (st)
		doc_clear(&st->doc);
	free(st);
	v->state = NULL;
}

char **doc_view_search(struct view *v)
{
	struct pane_data *d = data_of(v);
	return v->ops->kind == VIEW_RAW ? &d->raw.search : &d->text_search;
}

/* The `/` search's text, or NULL when there is none. */
static const char *search_of(const struct view *v)
{
	const struct pane_data *d = data_of(v);
	const char *text = v->ops->kind == VIEW_RAW ? d->raw.search : d->text_search;
	return text && *text ? text : NULL;
}

/* Marks each place TEXT, drawn on line Y, holds the search's text. */
static void mark_matches(const struct view *v, WINDOW *win, int y, const char *text)
{
	const char *needle = search_of(v);
	size_t at, from = 0;
	attr_t attr = ui_env_attr(v->env, ROLE_SEARCH_MATCH);
	while (needle && search_text_find(text, from, needle, &at)) {
		int x = 1 + text_width_n(text, at), n = text_width_n(text + at, strlen(needle));
		if (x < getmaxx(win))
			mvwchgat(win, y, x, n, attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
		from = at + strlen(needle);
	}
}

/* The next line after FROM (DIR 1) or before it (DIR -1) that holds the search's text,
 * wrapping round; -1 when none does. FROM itself is tried last. */
static long next_match(const struct view *v, long from, int dir)
{
	const struct doc_state *st = v->state;
	const char *needle = search_of(v);
	long n = (long)st->doc.count;
	size_t at;
	for (long step = 1; needle && step <= n; step++) {
		long i = ((from + dir * step) % n + n) % n;
		if (search_text_find(st->doc.lines[i].text, 0, needle, &at))
			return i;
	}
	return -1;
}

/* Lines that hold the search's text. */
static long count_matches(const struct view *v)
{
	const struct doc_state *st = v->state;
	const char *needle = search_of(v);
	long n = 0;
	size_t at;
	for (size_t i = 0; needle && i < st->doc.count; i++)
		n += search_text_find(st->doc.lines[i].text, 0, needle, &at);
	return n;
}

/* Scrolls so that line I is the top one (or as near as the end allows). */
static unsigned scroll_to(struct view *v, long i)
{
	struct doc_state *st = v->state;
	if (i < 0)
		return REACT_NONE;
	st->nav.top = i;
	if (st->nav.has_cursor)
		st->nav.cursor = i;
	nav_resize(&st->nav, (long)st->doc.count, doc_rows(v));
	return REACT_REDRAW;
}

unsigned doc_view_search_changed(struct view *v)
{
	struct doc_state *st = v->state;
	view_recalc(v);
	size_t at;
	const char *needle = search_of(v);
	if (!needle || (st->nav.top < (long)st->doc.count &&
			search_text_find(st->doc.lines[st->nav.top].text, 0, needle, &at)))
		return REACT_REDRAW;
	long i = next_match(v, st->nav.top, 1);
	return scroll_to(v, i) | REACT_REDRAW;
}

void doc_view_draw_line(const struct view *v, WINDOW *win, int y, const struct doc_line *l,
			bool is_cursor)
{
	attr_t attr = ui_env_attr(v->env, l->role);
	if (is_cursor && !v->env->is_low_bandwidth)
		attr = v->is_focused ? ui_env_attr(v->env, ROLE_LIST_SELECTED)
				     : attr | ui_env_unfocused_cursor(v->env);
	if (is_cursor && v->env->is_low_bandwidth)
		draw_text(win, y, 0, 1, ">", A_BOLD);
	draw_text(win, y, 1, getmaxx(win) - 1, l->text, attr);
	if (l->label_cols && !is_cursor)
		mvwchgat(win, y, 1, l->label_cols,
			 ui_env_attr(v->env, ROLE_DETAIL_LABEL) & ~A_COLOR,
			 (short)PAIR_NUMBER(ui_env_attr(v->env, ROLE_DETAIL_LABEL)), NULL);
}

static void doc_draw(const struct view *v, WINDOW *win)
{
	const struct doc_state *st = v->state;
	int rows = getmaxy(win), top = tab_lines(v);
	if (top)
		tabs_draw(&data_of(v)->tabs, v->env, data_of(v)->is_ascii, win, 0, getmaxx(win));
	for (int y = top; y < rows; y++) {
		long i = st->nav.top + y - top;
		if (i >= (long)st->doc.count)
			break;
		const struct doc_line *l = &st->doc.lines[i];
		doc_view_draw_line(v, win, y, l, i == st->nav.cursor);
		mark_matches(v, win, y, l->text);
	}
}

/* What each kind shows, and the state of that data. */
static enum want_kind want_of(enum view_kind kind)
{
	switch (kind) {
	case VIEW_DETAIL:
		return WANT_TICKET;
	case VIEW_HISTORY:
		return WANT_ACTIONS;
	case VIEW_APPROVALS:
		return WANT_APPROVALS;
	case VIEW_TODOS:
		return WANT_TODOS;
	case VIEW_MY_APPROVALS:
		return WANT_MY_APPROVALS;
	case VIEW_RAW:
		return WANT_RAW;
	case VIEW_CLOSURES:
		return WANT_CLOSURES;
	case VIEW_FORECAST:
		return WANT_FORECAST;
	default:
		return WANT_NOTHING;
	}
}

static const struct pane_state *state_of(const struct view *v)
{
	const struct pane_data *d = data_of(v);
	switch (v->ops->kind) {
	case VIEW_DETAIL:
		return &d->ticket_state;
	case VIEW_HISTORY:
		return &d->actions_state;
	case VIEW_APPROVALS:
		return &d->approvals_state;
	case VIEW_TODOS:
		return &d->todos_state;
	case VIEW_RAW:
		return &d->raw.state;
	case VIEW_CLOSURES:
		return &d->closures_state;
	case VIEW_FORECAST:
		return &d->forecasts_state;
	default:
		return &d->my_approvals_state;
	}
}

static unsigned fetch(struct view *v)
{
	const struct pane_data *d = data_of(v);
	ticket_id_t id = v->ops->kind == VIEW_RAW ? d->raw.ticket_id : d->ticket_id;
	return view_want(v, want_of(v->ops->kind), id, 0);
}

static unsigned doc_start(struct view *v)
{
	const struct pane_state *ps = state_of(v);
	return ps->is_loaded || ps->is_loading ? REACT_NONE : fetch(v);
}

/* Panes whose entries are records the app opens (an approval step, a closure confirmation). */
static bool opens_records(const struct view *v)
{
	enum view_kind k = v->ops->kind;
	return k == VIEW_APPROVALS || k == VIEW_MY_APPROVALS || k == VIEW_CLOSURES;
}

static unsigned open_item(struct view *v)
{
	struct doc_state *st = v->state;
	view_recalc(v);
	if (st->nav.cursor >= 0 && opens_records(v) && st->doc.lines[st->nav.cursor].item > 0)
		return REACT_UNHANDLED; /* the app opens the record under the cursor */
	if (st->nav.cursor < 0 || st->doc.lines[st->nav.cursor].ticket_id <= 0)
		return REACT_NONE;
	v->open.kind = VIEW_DETAIL;
	v->open.ticket_id = st->doc.lines[st->nav.cursor].ticket_id;
	return REACT_OPEN_VIEW;
}

static unsigned doc_handle(struct view *v, enum command cmd)
{
	struct doc_state *st = v->state;
	if (nav_is_command(cmd)) {
		view_recalc(v);
		return nav_handle(&st->nav, cmd) ? REACT_REDRAW : REACT_NONE;
	}
	switch (cmd) {
	case CMD_REFRESH:
		return fetch(v) | REACT_REDRAW;
	case CMD_OPEN:
		return open_item(v);
	case CMD_SEARCH_NEXT:
	case CMD_SEARCH_PREV:
		view_recalc(v);
		return scroll_to(v, next_match(v, st->nav.top, cmd == CMD_SEARCH_NEXT ? 1 : -1));
	default:
		return REACT_UNHANDLED;
	}
}

static unsigned doc_on_result(struct view *v, const struct view_update *u)
{
	struct doc_state *st = v->state;
	if (u->kind != want_of(v->ops->kind) && u->kind != WANT_NOTHING)
		return REACT_NONE;
	st->is_built = false;
	view_recalc(v);
	return REACT_REDRAW;
}

/* Another ticket starts from its top; the same one (a pane opened again) keeps its place,
 * as does "my approvals", which is about no one ticket. Built now, or when next shown. */
static unsigned doc_retarget(struct view *v, ticket_id_t ticket_id)
{
	struct doc_state *st = v->state;
	if (v->ops->kind != VIEW_MY_APPROVALS && v->ops->kind != VIEW_RAW &&
	    ticket_id != st->ticket_id)
		st->is_new_target = true;
	st->ticket_id = ticket_id;
	st->is_built = false;
	view_recalc(v);
	return REACT_REDRAW;
}

/* "3 waiting" (of every one, with `my-approvals all`): what my approvals asks of me. */
static void my_approvals_status(const struct pane_data *d, char *buf, size_t size)
{
	size_t waiting = 0, mine = 0;
	for (size_t i = 0; i < d->my_approvals.count; i++) {
		const struct approval *ap = &d->my_approvals.items[i];
		if (!doc_is_my_approval(d, ap))
			continue;
		mine++;
		waiting += ap->result == APPROVAL_PENDING;
	}
	if (d->is_my_approvals_all)
		snprintf(buf, size, "my-approvals: %zu waiting, %zu in all%s", waiting, mine,
			 d->my_approvals_state.is_stale ? " (stale)" : "");
	else
		snprintf(buf, size, "my-approvals: %zu waiting%s", waiting,
			 d->my_approvals_state.is_stale ? " (stale)" : "");
}

static void doc_status(const struct view *v, char *buf, size_t size)
{
	const struct doc_state *st = v->state;
	const struct pane_state *ps = state_of(v);
	long pct = st->doc.count ? 100 * nav_bottom(&st->nav) / (long)st->doc.count : 100;
	if (search_of(v)) {
		long n = count_matches(v);
		snprintf(buf, size, "%ld matching %s \xC2\xB7 %s %ld%%%s", n,
			 n == 1 ? "line" : "lines", v->ops->name, pct,
			 ps->is_stale ? " (stale)" : "");
		return;
	}
	if (v->ops->kind == VIEW_MY_APPROVALS && ps->is_loaded) {
		my_approvals_status(data_of(v), buf, size);
		return;
	}
	snprintf(buf, size, "%s %ld%%%s", v->ops->name, pct, ps->is_stale ? " (stale)" : "");
}

static ticket_id_t doc_selected_ticket(const struct view *v)
{
	const struct doc_state *st = v->state;
	/* An entry of the pane's own list (a step, a confirmation) is about the pane's ticket. */
	if (st->nav.cursor >= 0 && st->nav.cursor < (long)st->doc.count &&
	    st->doc.lines[st->nav.cursor].ticket_id > 0)
		return st->doc.lines[st->nav.cursor].ticket_id;
	return data_of(v)->ticket_id;
}

#define DOC_VIEW_OPS(kind_, name_)                                                                 \
	{                                                                                          \
		.name = name_, .kind = kind_, .open = doc_open, .recalc = doc_recalc,              \
		.draw = doc_draw, .handle = doc_handle, .on_result = doc_on_result,                \
		.free = doc_free, .status = doc_status, .selected_ticket = doc_selected_ticket,    \
		.start = doc_start, .retarget = doc_retarget,                                      \
	}

const struct view_ops detail_view_ops = DOC_VIEW_OPS(VIEW_DETAIL, "detail");
const struct view_ops history_view_ops = DOC_VIEW_OPS(VIEW_HISTORY, "history");
const struct view_ops approvals_view_ops = DOC_VIEW_OPS(VIEW_APPROVALS, "approvals");
const struct view_ops todos_view_ops = DOC_VIEW_OPS(VIEW_TODOS, "todos");
const struct view_ops my_approvals_view_ops = DOC_VIEW_OPS(VIEW_MY_APPROVALS, "my-approvals");
const struct view_ops raw_view_ops = DOC_VIEW_OPS(VIEW_RAW, "raw");
const struct view_ops closures_view_ops = DOC_VIEW_OPS(VIEW_CLOSURES, "closures");
const struct view_ops forecast_view_ops = DOC_VIEW_OPS(VIEW_FORECAST, "forecast");

long doc_view_selected_entry(const struct view *v)
{
	const struct doc_state *st = v->state;
	if (!st || !st->is_built || st->nav.cursor < 0 || st->nav.cursor >= (long)st->doc.count)
		return -1;
	return (long)st->doc.lines[st->nav.cursor].item - 1;
}
