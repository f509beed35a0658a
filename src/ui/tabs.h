/* The tabs line above the ticket list: one tab per saved view, with its count. */
#ifndef HALOTUI_UI_TABS_H
#define HALOTUI_UI_TABS_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

struct ui_env;

/* One tab: the view's name (owned) and its count, when one arrived. */
struct view_tab {
	char *name;
	long count;
	bool has_count;
};

/* The tabs, in the order of the views; CURRENT is the one shown (N: none, a filter is). */
struct view_tabs {
	struct view_tab *v;
	size_t n;
	size_t current;
};

/* A pane shows the tabs line from this many rows: the list, and the my-approvals pane of a
 * tab when it is shown alone (the list and its tabs hidden). */
#define TABS_MIN_ROWS 8

/* Frees the tabs and their names; leaves T empty. NULL-safe. */
void view_tabs_fini(struct view_tabs *t);

/* The tabs line for WIDTH_COLS cells into OUT: " 1 My open 37 [2 Unassigned 4] 3 All open ",
 * the current tab in brackets, the first nine numbered as their keys. When it is too wide, the
 * longest names of the other tabs are cut with an ellipsis, then tabs far from the current one
 * are left out (an ellipsis says where); the current tab always shows. *CUR_X and *CUR_COLS say
 * where the current tab is (cols 0 when there is none). IS_ASCII: "~" for the ellipsis. */
void tabs_format(const struct view_tabs *t, bool is_ascii, int width_cols, struct strbuf *out,
		 int *cur_x, int *cur_cols);

/* Draws the tabs line on row Y of WIN in WIDTH_COLS cells, the current tab in the role
 * tab.current. */
void tabs_draw(const struct view_tabs *t, const struct ui_env *env, bool is_ascii, WINDOW *win,
	       int y, int width_cols);

#endif
