/* The outbox pane: one entry per write not yet accepted, the cursor on writes. */
#include "config.h"

#include "ui/outbox_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui/doc_view.h"
#include "ui/draw.h"
#include "ui/nav.h"
#include "ui/pane_data.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

struct outbox_state {
	struct doc doc;
	bool is_built;
	struct nav nav; /* the cursor stops on each write's first line */
};

static struct pane_data *data_of(const struct view *v)
{
	return v->data;
}

const char *outbox_view_age(time_t then, time_t now, char *buf, size_t size)
{
	long s = then > 0 && now > then ? (long)(now - then) : 0;
	if (s < 60)
		snprintf(buf, size, "just now");
	else if (s < 3600)
		snprintf(buf, size, "%ld min ago", s / 60);
	else if (s < 86400)
		snprintf(buf, size, "%ld h ago", s / 3600);
	else
		snprintf(buf, size, "%ld %s ago", s / 86400, plural(s / 86400, "day", "days"));
	return buf;
}

static enum role role_of(const struct outbox_item *it)
{
	return it->state == OUTBOX_ITEM_PENDING ? ROLE_DEFAULT : ROLE_STATUS_ERROR;
}

static void item_lines(struct doc *doc, const struct outbox_item *it, size_t index, time_t now)
{
	char age[32];
	doc_add(doc, role_of(it), it->words);
	doc_mark_entry(doc, index);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "  %s \xC2\xB7 %s \xC2\xB7 %s", it->route, outbox_item_state_name(it),
		       outbox_view_age(it->queued_at, now, age, sizeof(age)));
	if (it->state == OUTBOX_ITEM_UNKNOWN)
		strbuf_append_str(&sb, ": check the ticket, then resend or discard");
	doc_add(doc, ROLE_DETAIL_VALUE, sb.data);
	strbuf_reset(&sb);
	if (it->error && *it->error) {
		if (it->http_code)
			strbuf_appendf(&sb, "HTTP %ld: ", it->http_code);
		strbuf_append_str(&sb, it->error);
		doc_add_wrapped(doc, ROLE_STATUS_ERROR, sb.data, "  ");
	}
	strbuf_fini(&sb);
	doc_add_blank(doc);
}

void outbox_view_build(struct doc *doc, const struct outbox_items *items, time_t now)
{
	doc_clear(doc);
	char title[96];
	snprintf(title, sizeof(title), "Outbox: %zu unsent %s", items->count,
		 plural((long long)items->count, "change", "changes"));
	doc_add(doc, ROLE_TITLE, title);
	doc_add(doc, ROLE_DEFAULT, "");
	if (!items->count) {
		doc_add(doc, ROLE_DEFAULT, "Every change reached the server.");
		return;
	}
	for (size_t i = 0; i < items->count; i++)
		item_lines(doc, &items->items[i], i, now);
}

static bool is_entry(const void *ctx, long line)
{
	const struct doc *doc = ctx;
	return doc->lines[line].item > 0;
}

static void outbox_recalc(struct view *v)
{
	struct outbox_state *st = v->state;
	int width = v->cols > 1 ? v->cols - 1 : 1;
	if (!st->is_built || st->doc.width != width) {
		st->doc.width = width;
		outbox_view_build(&st->doc, &data_of(v)->outbox, time(NULL));
		st->is_built = true;
		st->nav.has_cursor = data_of(v)->outbox.count > 0;
	}
	nav_resize(&st->nav, (long)st->doc.count, v->rows);
}

static bool outbox_open(struct view *v)
{
	struct outbox_state *st = xcalloc(1, sizeof(*st));
	nav_init(&st->nav, false);
	st->nav.is_stop = is_entry;
	st->nav.ctx = &st->doc;
	v->state = st;
	return true;
}

static void outbox_free(struct view *v)
{
	struct outbox_state *st = v->state;
	if (st)
		doc_clear(&st->doc);
	free(st);
	v->state = NULL;
}

static void outbox_draw(const struct view *v, WINDOW *win)
{
	const struct outbox_state *st = v->state;
	int rows = getmaxy(win);
	for (int y = 0; y < rows; y++) {
		long i = st->nav.top + y;
		if (i >= (long)st->doc.count)
			break;
		doc_view_draw_line(v, win, y, &st->doc.lines[i],
				   i == st->nav.cursor && st->nav.has_cursor);
	}
}

static unsigned outbox_handle(struct view *v, enum command cmd)
{
	struct outbox_state *st = v->state;
	if (nav_is_command(cmd)) {
		view_recalc(v);
		return nav_handle(&st->nav, cmd) ? REACT_REDRAW : REACT_NONE;
	}
	return REACT_UNHANDLED;
}

/* The app refreshed data.outbox (a write ended, one was resent or discarded). */
static unsigned outbox_on_result(struct view *v, const struct view_update *u)
{
	(void)u;
	struct outbox_state *st = v->state;
	st->is_built = false;
	view_recalc(v);
	return REACT_REDRAW;
}

static void outbox_status(const struct view *v, char *buf, size_t size)
{
	size_t n = data_of(v)->outbox.count;
	snprintf(buf, size, "outbox: %zu unsent", n);
}

static ticket_id_t outbox_selected_ticket(const struct view *v)
{
	long i = outbox_view_selected(v);
	return i >= 0 ? data_of(v)->outbox.items[i].ticket_id : 0;
}

long outbox_view_selected(const struct view *v)
{
	const struct outbox_state *st = v->state;
	const struct outbox_items *items = &data_of(v)->outbox;
	if (!st || !st->is_built || st->nav.cursor < 0 || st->nav.cursor >= (long)st->doc.count)
		return -1;
	long i = (long)st->doc.lines[st->nav.cursor].item - 1;
	return i >= 0 && (size_t)i < items->count ? i : -1;
}

const struct view_ops outbox_view_ops = {
	.name = "outbox",
	.kind = VIEW_OUTBOX,
	.open = outbox_open,
	.recalc = outbox_recalc,
	.draw = outbox_draw,
	.handle = outbox_handle,
	.on_result = outbox_on_result,
	.free = outbox_free,
	.status = outbox_status,
	.selected_ticket = outbox_selected_ticket,
};
