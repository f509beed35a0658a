/* The frame: the curses windows of the current layout, and ui_flush, the one place that
 * draws: dirty views with wnoutrefresh, then a single doupdate per loop pass. */
#ifndef HALOTUI_UI_FRAME_H
#define HALOTUI_UI_FRAME_H

#include <curses.h>
#include <stdbool.h>

#include "ui/confirm.h"
#include "ui/env.h"
#include "ui/layout.h"
#include "ui/prompt.h"
#include "ui/statusbar.h"
#include "ui/view.h"

struct ui_frame {
	struct layout layout;
	WINDOW *primary, *secondary, *divider, *status; /* NULL when not shown */
	WINDOW *choices; /* the prompt's Tab choices over the panes' bottom rows, or NULL */
	int choice_rows; /* its height; 0 when it is not there */
	bool is_divider_dirty;
	bool is_too_small_dirty;
};

void ui_frame_init(struct ui_frame *f);
/* Deletes the windows. */
void ui_frame_fini(struct ui_frame *f);
/* Computes the layout for the screen's size and makes the windows again; every shown view
 * and the status bar become dirty. SECONDARY may be NULL. */
void ui_frame_relayout(struct ui_frame *f, struct view *primary, struct view *secondary,
		       bool is_secondary_focused, struct statusbar *sb);
/* Draws what is dirty and updates the terminal once. PRIMARY and SECONDARY are the views
 * the last relayout was given. The status line shows C's question while one is asked (C and
 * P may be NULL), else P's line while the prompt is open, else the status bar. */
void ui_flush(struct ui_frame *f, struct ui_env *env, struct view *primary, struct view *secondary,
	      struct statusbar *sb, const struct prompt *p, const struct confirm *c);
/* Makes the next flush repaint the whole terminal (Ctrl-L). */
void ui_frame_force_repaint(struct ui_frame *f);

#endif
