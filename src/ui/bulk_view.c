/* The bulk pane: the preview of a bulk change, its question, then its answers row by row. */
#include "config.h"

#include "ui/bulk_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui/draw.h"
#include "ui/key.h"
#include "ui/nav.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

struct bulk_state {
	struct bulk_host host;
	struct nav nav; /* scrolls the writes, no cursor */
};

/* Lines above the writes: the title and where the change stands. */
#define BULK_TOP_LINES 2

static const struct bulk_plan *plan_of(const struct view *v)
{
	return v->data;
}

static int visible_lines(const struct view *v)
{
	return v->rows > BULK_TOP_LINES ? v->rows - BULK_TOP_LINES : 1;
}

static bool bulk_open(struct view *v)
{
	struct bulk_state *st = xcalloc(1, sizeof(*st));
	nav_init(&st->nav, false);
	v->state = st;
	return true;
}

static void bulk_free(struct view *v)
{
	free(v->state);
	v->state = NULL;
}

struct view *bulk_view_new(struct ui_env *env, struct bulk_plan *plan, const struct bulk_host *host)
{
	struct view *v = view_new(&bulk_view_ops, env, plan);
	if (v) {
		struct bulk_state *st = v->state;
		st->host = *host;
	}
	return v;
}

static void bulk_recalc(struct view *v)
{
	struct bulk_state *st = v->state;
	nav_resize(&st->nav, (long)plan_of(v)->count, visible_lines(v));
}

/* The title says what goes to whom, once: "status In Progress on 3 tagged tickets". */
static void title_of(const struct bulk_plan *p, struct strbuf *out)
{
	strbuf_appendf(out, "%s%s%s on %zu tagged %s", p->command ? p->command : "",
		       p->arg && *p->arg ? " " : "", p->arg ? p->arg : "", p->count,
		       plural((long long)p->count, "ticket", "tickets"));
}

/* The line under it, where it stands: the question before sending (first, so that a narrow
 * pane cuts what was skipped, never the keys), the progress while out, the report after. */
static void stage_of(const struct bulk_plan *p, struct strbuf *out)
{
	size_t n = bulk_plan_writes(p);
	if (!p->is_sent) {
		strbuf_appendf(out, "y sends %s, n or Esc cancels",
			       n == 1 ? "this write" : "these writes");
		if (n < p->count) {
			strbuf_append_str(out, " (");
			bulk_plan_skipped(p, out);
			strbuf_append_str(out, ")");
		}
	} else if (!bulk_plan_is_done(p)) {
		size_t answered = bulk_plan_count(p, BULK_ITEM_CHANGED) +
				  bulk_plan_count(p, BULK_ITEM_FAILED);
		strbuf_appendf(out, "%zu of %zu answered", answered, n);
	} else {
		bulk_plan_report(p, out);
	}
}

static void bulk_draw(const struct view *v, WINDOW *win)
{
	const struct bulk_state *st = v->state;
	const struct bulk_plan *p = plan_of(v);
	int cols = getmaxx(win);
	struct strbuf sb;
	strbuf_init(&sb);
	title_of(p, &sb);
	draw_text(win, 0, 0, cols, "", ui_env_attr(v->env, ROLE_TITLE));
	draw_text_ellipsis(v->env, win, 0, 1, cols - 1, sb.data, ui_env_attr(v->env, ROLE_TITLE));
	strbuf_reset(&sb);
	stage_of(p, &sb);
	draw_text_ellipsis(v->env, win, 1, 1, cols - 1, sb.data, ui_env_attr(v->env, ROLE_DEFAULT));
	for (int y = BULK_TOP_LINES; y < getmaxy(win); y++) {
		size_t i = (size_t)(st->nav.top + y - BULK_TOP_LINES);
		if (i >= p->count)
			break;
		const struct bulk_item *item = &p->items[i];
		strbuf_reset(&sb);
		strbuf_append_str(&sb, item->line);
		if (item->state != BULK_ITEM_WAITING && item->state != BULK_ITEM_SKIPPED)
			strbuf_append_str(&sb, "  ");
		bulk_item_result(item, &sb);
		enum role role = item->state == BULK_ITEM_FAILED ? ROLE_STATUS_ERROR : ROLE_DEFAULT;
		/* A line cut short says so: the server's words may go on. */
		draw_text_ellipsis(v->env, win, y, 1, cols - 1, sb.data, ui_env_attr(v->env, role));
	}
	strbuf_fini(&sb);
}

static unsigned bulk_handle(struct view *v, enum command cmd)
{
	struct bulk_state *st = v->state;
	if (cmd == CMD_REFRESH)
		return REACT_REDRAW;
	if (!nav_is_command(cmd))
		return REACT_UNHANDLED;
	nav_resize(&st->nav, (long)plan_of(v)->count, visible_lines(v));
	nav_handle(&st->nav, cmd);
	return REACT_REDRAW;
}

/* Before sending, y, n and Esc answer the question; every other key is the keymap's. */
static unsigned bulk_key(struct view *v, int key)
{
	struct bulk_state *st = v->state;
	if (plan_of(v)->is_sent)
		return REACT_UNHANDLED;
	if (key == 'y' || key == 'Y') {
		st->host.send(st->host.ctx);
		return REACT_REDRAW;
	}
	if (key == 'n' || key == 'N' || key == UI_KEY_ESC) {
		st->host.cancel(st->host.ctx);
		return REACT_CLOSE;
	}
	return REACT_UNHANDLED;
}

/* Each answer changes the plan: the pane shows it. */
static unsigned bulk_on_result(struct view *v, const struct view_update *u)
{
	(void)u;
	(void)v;
	return REACT_REDRAW;
}

static void bulk_status(const struct view *v, char *buf, size_t size)
{
	const struct bulk_plan *p = plan_of(v);
	size_t n = bulk_plan_writes(p);
	snprintf(buf, size, "%zu %s", n, plural((long long)n, "write", "writes"));
}

const struct view_ops bulk_view_ops = {
	.name = "bulk",
	.kind = VIEW_FORM,
	.open = bulk_open,
	.recalc = bulk_recalc,
	.draw = bulk_draw,
	.handle = bulk_handle,
	.on_result = bulk_on_result,
	.free = bulk_free,
	.status = bulk_status,
	.key = bulk_key,
};
