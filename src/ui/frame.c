/* The frame: windows for the layout and ui_flush, the single drawing pass per loop. */
#include "config.h"

#include "ui/frame.h"

#include <stdio.h>
#include <string.h>

#include "ui/draw.h"

void ui_frame_init(struct ui_frame *f)
{
	memset(f, 0, sizeof(*f));
}

static void drop(WINDOW **w)
{
	if (*w)
		delwin(*w);
	*w = NULL;
}

void ui_frame_fini(struct ui_frame *f)
{
	drop(&f->primary);
	drop(&f->secondary);
	drop(&f->divider);
	drop(&f->status);
	drop(&f->choices);
	f->choice_rows = 0;
}

static WINDOW *make(const struct rect *r)
{
	if (r->rows <= 0 || r->cols <= 0)
		return NULL;
	WINDOW *w = newwin(r->rows, r->cols, r->y, r->x);
	/* Let curses scroll the terminal (insert/delete line) when a pane's lines shift, so a
	 * one-line scroll costs a few dozen bytes rather than a repaint. */
	if (w)
		idlok(w, TRUE);
	/* The cursor is hidden: leave it where the last change put it instead of moving it
	 * back to a window's cursor after every update (the prompt takes it back, below). */
	if (w)
		leaveok(w, TRUE);
	return w;
}

static void size_view(struct view *v, const struct rect *r, enum layout_mode mode)
{
	if (!v)
		return;
	v->rows = r->rows;
	v->cols = r->cols;
	v->is_beside = r->x + r->cols < COLS;
	v->is_alone = mode == LAYOUT_SINGLE;
	v->is_dirty = true;
	/* What the status bar says of the pane (its page, its percentage) holds for the new
	 * size before the next draw. */
	view_recalc(v);
}

void ui_frame_relayout(struct ui_frame *f, struct view *primary, struct view *secondary,
		       bool is_secondary_focused, struct statusbar *sb)
{
	ui_frame_fini(f);
	layout_compute(&f->layout, LINES, COLS, secondary != NULL, is_secondary_focused);
	f->primary = make(&f->layout.primary);
	f->secondary = make(&f->layout.secondary);
	f->divider = make(&f->layout.divider);
	f->status = make(&f->layout.status);
	size_view(primary, &f->layout.primary, f->layout.mode);
	size_view(secondary, &f->layout.secondary, f->layout.mode);
	f->is_divider_dirty = true;
	f->is_too_small_dirty = true;
	sb->is_dirty = true;
	/* The old windows' cells are stale: start from a blank screen. */
	werase(stdscr);
	wnoutrefresh(stdscr);
}

static void flush_view(struct ui_env *env, struct view *v, WINDOW *win)
{
	if (!v || !win || !v->is_dirty)
		return;
	/* Cells a pane leaves blank (its margin, the rows below its end) take the theme's
	 * background too, not the terminal's: a light theme must not show dark stripes. */
	wbkgdset(win, ' ' | (ui_env_attr(env, ROLE_DEFAULT) & A_COLOR));
	werase(win);
	view_recalc(v);
	v->ops->draw(v, win);
	wnoutrefresh(win);
	v->is_dirty = false;
}

static void draw_too_small(struct ui_frame *f)
{
	if (!f->is_too_small_dirty)
		return;
	char line[64];
	snprintf(line, sizeof(line), "%dx%d, need %dx%d", COLS, LINES, LAYOUT_MIN_COLS,
		 LAYOUT_MIN_ROWS);
	werase(stdscr);
	mvwaddnstr(stdscr, 0, 0, "terminal too small", COLS);
	if (LINES > 1)
		mvwaddnstr(stdscr, 1, 0, line, COLS);
	wnoutrefresh(stdscr);
	f->is_too_small_dirty = false;
}

static void draw_divider(struct ui_frame *f, const struct ui_env *env)
{
	if (!f->divider || !f->is_divider_dirty)
		return;
	if (f->layout.mode == LAYOUT_SIDE_BY_SIDE)
		draw_vline(env, f->divider, 0, 0, f->layout.divider.rows);
	else
		draw_hline(env, f->divider, 0, 0, f->layout.divider.cols);
	wnoutrefresh(f->divider);
	f->is_divider_dirty = false;
}

/* The panes' own cells again where the choices were: their windows still hold them. */
static void uncover(struct ui_frame *f)
{
	WINDOW *under[] = { f->primary, f->secondary, f->divider };
	for (size_t i = 0; i < sizeof(under) / sizeof(under[0]); i++) {
		if (under[i]) {
			touchwin(under[i]);
			wnoutrefresh(under[i]);
		}
	}
}

/* The prompt's choices sit on top of the panes, just above the status line: drawn after
 * the panes on every pass while they are shown, as a pane's redraw may cover them. */
static void flush_choices(struct ui_frame *f, const struct ui_env *env, const struct prompt *p)
{
	int rows = p ? prompt_choice_rows(p, f->layout.status.y / 2) : 0;
	if (rows != f->choice_rows) {
		drop(&f->choices);
		if (f->choice_rows > rows)
			uncover(f);
		f->choice_rows = rows;
		if (rows > 0)
			f->choices = newwin(rows, f->layout.status.cols, f->layout.status.y - rows,
					    f->layout.status.x);
	}
	if (!f->choices)
		return;
	werase(f->choices);
	prompt_draw_choices(p, env, f->choices);
	wnoutrefresh(f->choices);
}

void ui_flush(struct ui_frame *f, struct ui_env *env, struct view *primary, struct view *secondary,
	      struct statusbar *sb, const struct prompt *p, const struct confirm *c)
{
	if (f->layout.mode == LAYOUT_TOO_SMALL) {
		draw_too_small(f);
		curs_set(0);
		doupdate();
		return;
	}
	flush_view(env, primary, f->primary);
	flush_view(env, secondary, f->secondary);
	draw_divider(f, env);
	flush_choices(f, env, p);
	bool is_prompt = p && p->is_active, is_question = c && confirm_is_active(c);
	if (f->status)
		leaveok(f->status, !is_prompt);
	if (f->status && (sb->is_dirty || is_prompt || is_question)) {
		werase(f->status);
		if (is_question)
			confirm_draw(c, env, f->status);
		else
			statusbar_draw(sb, env, p, f->status);
		wnoutrefresh(f->status);
		sb->is_dirty = false;
	}
	curs_set(is_prompt ? 1 : 0);
	doupdate();
}

void ui_frame_force_repaint(struct ui_frame *f)
{
	(void)f;
	clearok(curscr, TRUE);
}
