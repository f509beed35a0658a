/* The help pane: a scrollable table of keys and commands from the live keymap, in sections. */
#include "config.h"

#include "ui/help_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "ui/draw.h"
#include "ui/nav.h"
#include "util/alloc.h"

struct help_state {
	struct nav nav; /* scrolling only: the first line shown */
};

void help_data_clear(struct help_data *help)
{
	if (!help)
		return;
	for (size_t i = 0; i < help->count; i++)
		free(help->lines[i].keys);
	free(help->lines);
	help->lines = NULL;
	help->count = 0;
}

static bool help_open(struct view *v)
{
	struct help_state *st = xcalloc(1, sizeof(*st));
	nav_init(&st->nav, false);
	v->state = st;
	return true;
}

/* Lines under the title row. */
static int page_rows(const struct view *v)
{
	return v->rows > 1 ? v->rows - 1 : 1;
}

/* Fits the scrolling to the lines (the keymap may have changed) and the pane's height. */
static void help_recalc(struct view *v)
{
	struct help_state *st = v->state;
	const struct help_data *help = v->data;
	nav_resize(&st->nav, (long)help->count, page_rows(v));
}

static void help_free(struct view *v)
{
	free(v->state);
	v->state = NULL;
}

static void help_draw(const struct view *v, WINDOW *win)
{
	const struct help_state *st = v->state;
	const struct help_data *help = v->data;
	int rows = getmaxy(win), cols = getmaxx(win);
	int key_w = cols >= 70 ? 26 : 14, name_w = 16;
	draw_text(win, 0, 0, cols, " Keys (type :bind PANE KEY COMMAND to change them)",
		  ui_env_attr(v->env, ROLE_TITLE));
	for (int y = 1; y < rows; y++) {
		size_t i = (size_t)(st->nav.top + y - 1);
		if (i >= help->count)
			break;
		const struct help_line *l = &help->lines[i];
		if (l->kind == HELP_HEADING) {
			draw_text(win, y, 1, cols - 1, l->keys, ui_env_attr(v->env, ROLE_TITLE));
			continue;
		}
		/* A typed command spells its arguments where the keys and name would be. */
		int first_w = l->kind == HELP_TYPED ? key_w + name_w : key_w;
		draw_text(win, y, 1, first_w - 1, l->keys, ui_env_attr(v->env, ROLE_HELP_KEY));
		if (l->kind == HELP_KEYS)
			draw_text(win, y, 1 + key_w, name_w - 1, l->name, A_NORMAL);
		if (cols > 1 + key_w + name_w)
			draw_text_ellipsis(v->env, win, y, 1 + key_w + name_w,
					   cols - 1 - key_w - name_w, l->help, A_NORMAL);
	}
}

static unsigned help_handle(struct view *v, enum command cmd)
{
	struct help_state *st = v->state;
	if (nav_is_command(cmd)) {
		view_recalc(v);
		return nav_handle(&st->nav, cmd) ? REACT_REDRAW : REACT_NONE;
	}
	switch (cmd) {
	case CMD_BACK:
	case CMD_CLOSE:
	case CMD_HELP:
		return REACT_CLOSE;
	default:
		return REACT_UNHANDLED;
	}
}

/* Where the pane stands, as the other panes say it: how far down its end is shown. */
static void help_status(const struct view *v, char *buf, size_t size)
{
	const struct help_state *st = v->state;
	const struct help_data *help = v->data;
	int page = page_rows(v), count = (int)help->count;
	int last = st->nav.top + page < count ? (int)st->nav.top + page : count;
	snprintf(buf, size, "help %d%%", count ? 100 * last / count : 100);
}

const struct view_ops help_view_ops = {
	.name = "help",
	.kind = VIEW_HELP,
	.open = help_open,
	.recalc = help_recalc,
	.draw = help_draw,
	.handle = help_handle,
	.status = help_status,
	.free = help_free,
};
