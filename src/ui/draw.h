/* Drawing helpers every view shares: text cut to a width in cells, lines, fills. */
#ifndef HALOTUI_UI_DRAW_H
#define HALOTUI_UI_DRAW_H

#include <curses.h>

#include "ui/env.h"

/* Draws UTF-8 TEXT at Y,X in at most WIDTH_COLS cells with ATTR, padding the rest of the
 * width with blanks. Text wider than the width is cut on a cell boundary, never mid-character.
 * TEXT must already be terminal-safe (text/safe_text.h). Returns the cells the text used. */
int draw_text(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr);
/* Draws TEXT like draw_text but right-aligned within WIDTH_COLS. */
int draw_text_right(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr);
/* Draws TEXT like draw_text, but text wider than WIDTH_COLS ends in an ellipsis ("…", or "~"
 * with ASCII line graphics) within the width. */
int draw_text_ellipsis(const struct ui_env *env, WINDOW *win, int y, int x, int width_cols,
		       const char *text, attr_t attr);
/* Display width of UTF-8 TEXT in cells. */
int draw_text_width(const char *text);
/* A horizontal line of N cells at Y,X (box character or '-'). */
void draw_hline(const struct ui_env *env, WINDOW *win, int y, int x, int n);
/* A vertical line of N cells at Y,X (box character or '|'). */
void draw_vline(const struct ui_env *env, WINDOW *win, int y, int x, int n);

#endif
