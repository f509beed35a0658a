/* The document panes: scrolling, item cursor, what to fetch, built lines cached per width. */
#include "config.h"

#include "ui/doc_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui/draw.h"
#include "util/alloc.h"

struct doc_state {
	struct doc doc;
	bool is_built;
	int top;    /* first line shown */
	int cursor; /* line of the selected item; -1 when the document has no items */
};

static struct pane_data *data_of(const struct view *v)
{
	return v->data;
}

/* Rebuilds the lines when the data or the width changed: a cache, so draw may call it. */
static struct doc_state *built(const struct view *v)
{
	struct doc_state *st = v->state;
	int width = v->cols > 1 ? v->cols - 1 : 1;
	if (!st->is_built || st->doc.width != width) {
		st->doc.width = width;
		doc_build(v->ops->kind, &st->doc, data_of(v));
		st->is_built = true;
		if (st->cursor >= (int)st->doc.count || st->cursor < 0)
			st->cursor = -1;
		for (size_t i = 0; st->cursor < 0 && i < st->doc.count; i++)
			if (st->doc.lines[i].ticket_id > 0)
				st->cursor = (int)i;
	}
	return st;
}

static bool doc_open(struct view *v)
{
	struct doc_state *st = xcalloc(1, sizeof(*st));
	st->cursor = -1;
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

static void doc_draw(const struct view *v, WINDOW *win)
{
	const struct doc_state *st = built(v);
	int rows = getmaxy(win), cols = getmaxx(win);
	for (int y = 0; y < rows; y++) {
		size_t i = (size_t)(st->top + y);
		if (i >= st->doc.count)
			break;
		const struct doc_line *l = &st->doc.lines[i];
		attr_t attr = ui_env_attr(v->env, l->role);
		if ((int)i == st->cursor && !v->env->is_low_bandwidth)
			attr = v->is_focused ? ui_env_attr(v->env, ROLE_LIST_SELECTED)
					     : attr | ui_env_unfocused_cursor(v->env);
		if ((int)i == st->cursor && v->env->is_low_bandwidth)
			draw_text(win, y, 0, 1, ">", A_BOLD);
		draw_text(win, y, 1, cols - 1, l->text, attr);
		if (l->label_cols && (int)i != st->cursor)
			mvwchgat(win, y, 1, l->label_cols,
				 ui_env_attr(v->env, ROLE_DETAIL_LABEL) & ~A_COLOR,
				 (short)PAIR_NUMBER(ui_env_attr(v->env, ROLE_DETAIL_LABEL)), NULL);
	}
}

static int clamp(int value, int low, int high)
{
	if (value > high)
		value = high;
	return value < low ? low : value;
}

static void scroll_to(struct view *v, int top)
{
	struct doc_state *st = built(v);
	st->top = clamp(top, 0, (int)st->doc.count - v->rows);
}

/* Moves the item cursor by STEP items (wrapping never); keeps it on screen. */
static void move_item(struct view *v, int step)
{
	struct doc_state *st = built(v);
	int i = st->cursor;
	while (step != 0) {
		int next = i + (step > 0 ? 1 : -1);
		while (next >= 0 && next < (int)st->doc.count && st->doc.lines[next].ticket_id <= 0)
			next += step > 0 ? 1 : -1;
		if (next < 0 || next >= (int)st->doc.count)
			break;
		i = next;
		step += step > 0 ? -1 : 1;
	}
	st->cursor = i;
	if (st->cursor < st->top)
		scroll_to(v, st->cursor);
	else if (st->cursor >= st->top + v->rows)
		scroll_to(v, st->cursor - v->rows + 1);
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
	default:
		return &d->my_approvals_state;
	}
}

static unsigned fetch(struct view *v)
{
	return view_want(v, want_of(v->ops->kind), data_of(v)->ticket_id, 0);
}

static unsigned doc_start(struct view *v)
{
	const struct pane_state *ps = state_of(v);
	return ps->is_loaded || ps->is_loading ? REACT_NONE : fetch(v);
}

static unsigned open_item(struct view *v)
{
	struct doc_state *st = built(v);
	if (st->cursor < 0)
		return REACT_NONE;
	v->open.kind = VIEW_DETAIL;
	v->open.ticket_id = st->doc.lines[st->cursor].ticket_id;
	return REACT_OPEN_VIEW;
}

static unsigned scroll_or_move(struct view *v, int lines)
{
	struct doc_state *st = built(v);
	if (st->cursor >= 0)
		move_item(v, lines);
	else
		scroll_to(v, st->top + lines);
	return REACT_REDRAW;
}

static unsigned doc_handle(struct view *v, enum command cmd)
{
	int page = v->rows > 1 ? v->rows - 1 : 1, all = 1 << 20;
	switch (cmd) {
	case CMD_MOVE_DOWN:
		return scroll_or_move(v, 1);
	case CMD_MOVE_UP:
		return scroll_or_move(v, -1);
	case CMD_PAGE_DOWN:
		return scroll_or_move(v, page);
	case CMD_PAGE_UP:
		return scroll_or_move(v, -page);
	case CMD_HALF_PAGE_DOWN:
		return scroll_or_move(v, page / 2);
	case CMD_HALF_PAGE_UP:
		return scroll_or_move(v, -page / 2);
	case CMD_FIRST:
		return scroll_or_move(v, -all);
	case CMD_LAST:
		return scroll_or_move(v, all);
	case CMD_REFRESH:
		return fetch(v) | REACT_REDRAW;
	case CMD_OPEN:
		return open_item(v);
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
	built(v);
	scroll_to(v, st->top);
	return REACT_REDRAW;
}

static void doc_status(const struct view *v, char *buf, size_t size)
{
	const struct doc_state *st = built(v);
	const struct pane_state *ps = state_of(v);
	int shown = (int)st->doc.count - st->top;
	int pct = st->doc.count ? 100 * (st->top + (shown < v->rows ? shown : v->rows)) /
					  (int)st->doc.count
				: 100;
	snprintf(buf, size, "%s %d%%%s", v->ops->name, pct, ps->is_stale ? " (stale)" : "");
}

static int doc_selected_ticket(const struct view *v)
{
	const struct doc_state *st = built(v);
	if (st->cursor >= 0)
		return st->doc.lines[st->cursor].ticket_id;
	return data_of(v)->ticket_id;
}

#define DOC_VIEW_OPS(kind_, name_)                                                                 \
	{                                                                                          \
		.name = name_, .kind = kind_, .open = doc_open, .draw = doc_draw,                  \
		.handle = doc_handle, .on_result = doc_on_result, .free = doc_free,                \
		.status = doc_status, .selected_ticket = doc_selected_ticket, .start = doc_start,  \
	}

const struct view_ops detail_view_ops = DOC_VIEW_OPS(VIEW_DETAIL, "detail");
const struct view_ops history_view_ops = DOC_VIEW_OPS(VIEW_HISTORY, "history");
const struct view_ops approvals_view_ops = DOC_VIEW_OPS(VIEW_APPROVALS, "approvals");
const struct view_ops todos_view_ops = DOC_VIEW_OPS(VIEW_TODOS, "todos");
const struct view_ops my_approvals_view_ops = DOC_VIEW_OPS(VIEW_MY_APPROVALS, "my-approvals");
