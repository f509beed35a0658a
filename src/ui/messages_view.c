/* The messages pane: the session's messages as a wrapped document, newest last. */
#include "config.h"

#include "ui/messages_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "text/safe_text.h"
#include "text/width.h"
#include "ui/draw.h"
#include "ui/pane_data.h"
#include "util/alloc.h"
#include "util/strbuf.h"

struct messages_state {
	struct doc doc;
	unsigned built_changes; /* messages.changes the lines were built from */
	bool is_built;
	bool is_at_end; /* follow new messages: the last line stays in view */
	int top;	/* first line shown */
};

static enum role role_of(enum message_kind kind)
{
	return kind == MESSAGE_CONFIG || kind == MESSAGE_ERROR ? ROLE_STATUS_ERROR
	       : kind == MESSAGE_ODD_FIELD		       ? ROLE_SLA_WARNING
							       : ROLE_DEFAULT;
}

/* Cells before a message's text: its kind, padded. */
#define KIND_COLS 10

/* One message: its kind, then its text (cleaned: it may quote a server) wrapped under itself. */
static void add_message(struct doc *doc, const struct message *msg)
{
	char *clean = safe_text_clean(msg->text, 0);
	struct text_lines lines = { 0 };
	text_wrap(&lines, clean, doc->width > KIND_COLS + 8 ? doc->width - KIND_COLS : 8);
	for (size_t i = 0; i < lines.count; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%-*s%s", KIND_COLS, i ? "" : message_kind_name(msg->kind),
			       lines.lines[i]);
		doc_add(doc, role_of(msg->kind), sb.data);
		strbuf_fini(&sb);
	}
	text_lines_fini(&lines);
	free(clean);
}

void messages_view_build(struct doc *doc, const struct messages *m)
{
	doc_clear(doc);
	doc_add(doc, ROLE_TITLE, "Messages");
	doc_add(doc, ROLE_DEFAULT, "");
	if (m->n == 0)
		doc_add(doc, ROLE_DEFAULT, "No messages.");
	for (size_t i = 0; i < m->n; i++)
		add_message(doc, &m->items[i]);
}

static int clamp(int value, int low, int high)
{
	if (value > high)
		value = high;
	return value < low ? low : value;
}

static int last_top(const struct view *v, const struct messages_state *st)
{
	int top = (int)st->doc.count - (v->rows > 0 ? v->rows : 1);
	return top > 0 ? top : 0;
}

/* Rebuilds the lines when the messages or the width changed: a cache, so draw may call it. */
static struct messages_state *built(const struct view *v)
{
	struct messages_state *st = v->state;
	const struct messages *m = &((const struct pane_data *)v->data)->messages;
	int width = v->cols > 1 ? v->cols - 1 : 1;
	if (!st->is_built || st->doc.width != width || st->built_changes != m->changes) {
		st->doc.width = width;
		messages_view_build(&st->doc, m);
		st->is_built = true;
		st->built_changes = m->changes;
		st->top = st->is_at_end ? last_top(v, st) : clamp(st->top, 0, last_top(v, st));
	}
	return st;
}

static bool messages_open(struct view *v)
{
	struct messages_state *st = xcalloc(1, sizeof(*st));
	st->is_at_end = true; /* the newest messages are the ones to read */
	v->state = st;
	return true;
}

static void messages_free(struct view *v)
{
	struct messages_state *st = v->state;
	if (st)
		doc_clear(&st->doc);
	free(st);
	v->state = NULL;
}

static void messages_draw(const struct view *v, WINDOW *win)
{
	const struct messages_state *st = built(v);
	int rows = getmaxy(win), cols = getmaxx(win);
	for (int y = 0; y < rows; y++) {
		size_t i = (size_t)(st->top + y);
		if (i >= st->doc.count)
			break;
		const struct doc_line *l = &st->doc.lines[i];
		draw_text(win, y, 1, cols - 1, l->text, ui_env_attr(v->env, l->role));
	}
}

static unsigned scroll_by(struct view *v, int lines)
{
	struct messages_state *st = built(v);
	st->top = clamp(st->top + lines, 0, last_top(v, st));
	st->is_at_end = st->top == last_top(v, st);
	return REACT_REDRAW;
}

static unsigned messages_handle(struct view *v, enum command cmd)
{
	int page = v->rows > 1 ? v->rows - 1 : 1, all = 1 << 20;
	switch (cmd) {
	case CMD_MOVE_DOWN:
		return scroll_by(v, 1);
	case CMD_MOVE_UP:
		return scroll_by(v, -1);
	case CMD_PAGE_DOWN:
		return scroll_by(v, page);
	case CMD_PAGE_UP:
		return scroll_by(v, -page);
	case CMD_HALF_PAGE_DOWN:
		return scroll_by(v, page / 2);
	case CMD_HALF_PAGE_UP:
		return scroll_by(v, -page / 2);
	case CMD_FIRST:
		return scroll_by(v, -all);
	case CMD_LAST:
		return scroll_by(v, all);
	case CMD_REFRESH:
		return REACT_REDRAW;
	default:
		return REACT_UNHANDLED;
	}
}

/* Any result may have added messages: the pane looks again. */
static unsigned messages_on_result(struct view *v, const struct view_update *u)
{
	(void)u;
	struct messages_state *st = v->state;
	const struct messages *m = &((const struct pane_data *)v->data)->messages;
	if (st->is_built && st->built_changes == m->changes)
		return REACT_NONE;
	built(v);
	return REACT_REDRAW;
}

static void messages_status(const struct view *v, char *buf, size_t size)
{
	const struct pane_data *d = v->data;
	size_t n = d->messages.n;
	snprintf(buf, size, "%zu message%s", n, n == 1 ? "" : "s");
}

const struct view_ops messages_view_ops = {
	.name = "messages",
	.kind = VIEW_MESSAGES,
	.open = messages_open,
	.draw = messages_draw,
	.handle = messages_handle,
	.on_result = messages_on_result,
	.free = messages_free,
	.status = messages_status,
};
