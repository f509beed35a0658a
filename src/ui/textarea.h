/* A text area: UTF-8 text of several lines (or one), edited character by character and shown
 * wrapped by display cells. Forms use it for a text line and for long text; nothing typed or
 * pasted is ever cut off: what does not fit scrolls. */
#ifndef HALOTUI_UI_TEXTAREA_H
#define HALOTUI_UI_TEXTAREA_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

/* One screen row of the wrapped text: bytes [start, end) of the text. IS_LINE_END: the last
 * row of its line (the cursor may sit at END on it; on other rows END is the next row's). */
struct textarea_row {
	size_t start, end;
	bool is_line_end;
};

struct textarea {
	struct strbuf text;  /* valid UTF-8 without controls but '\n' */
	size_t cursor;	     /* byte offset, always at the start of a character */
	bool is_single_line; /* Enter is not taken; line breaks typed or pasted become blanks */
	int goal_col;	     /* the column Up and Down aim for; -1: the cursor's own */
	/* The layout of the last textarea_layout (derived; never read before one). */
	struct textarea_row *rows;
	size_t n_rows, cap_rows;
	int width_cols, height_rows;
	int top;       /* the first row shown */
	bool is_stale; /* the text changed since the layout */
};

/* An empty area; textarea_fini frees it. */
void textarea_init(struct textarea *ta, bool is_single_line);
void textarea_fini(struct textarea *ta);
/* Replaces the text with TEXT (cleaned: controls and escape sequences go, tabs become blanks,
 * invalid UTF-8 becomes U+FFFD); the cursor goes to its end. */
void textarea_set(struct textarea *ta, const char *text);
/* The text; valid until the next change. */
const char *textarea_text(const struct textarea *ta);
/* Inserts TEXT (a paste, cleaned as textarea_set does) at the cursor, which ends after it. */
void textarea_insert(struct textarea *ta, const char *text);
/* Feeds one key: a character is inserted, Backspace and Delete remove one character (a base
 * character with its combining marks), arrows, Home and End move, Enter breaks the line
 * (several lines only). False when the key means nothing here (the caller's then). */
bool textarea_key(struct textarea *ta, int key);
/* Wraps the text into rows of WIDTH_COLS cells and scrolls so that the cursor shows in
 * HEIGHT_ROWS rows. Called before drawing (and by the keys that move between rows). */
void textarea_layout(struct textarea *ta, int width_cols, int height_rows);
/* Where the cursor is drawn, relative to the first row shown, after textarea_layout. */
void textarea_cursor_cell(const struct textarea *ta, int *row, int *col);
/* How many rows the wrapped text takes (after textarea_layout). */
size_t textarea_row_count(const struct textarea *ta);
/* Draws the rows shown at Y,X of WIN with ATTR, each padded to the width, at most MAX_ROWS
 * of them (what is left of the window). */
void textarea_draw(const struct textarea *ta, WINDOW *win, int y, int x, int max_rows, attr_t attr);

#endif
