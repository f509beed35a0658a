/* The text area: UTF-8 editing by character, wrapping by cells, scrolling to the cursor. */
#include "config.h"

#include "ui/textarea.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/safe_text.h"
#include "text/utf8.h"
#include "text/width.h"
#include "ui/draw.h"
#include "ui/key.h"
#include "util/alloc.h"

void textarea_init(struct textarea *ta, bool is_single_line)
{
	memset(ta, 0, sizeof(*ta));
	strbuf_init(&ta->text);
	ta->is_single_line = is_single_line;
	ta->goal_col = -1;
	ta->is_stale = true;
}

void textarea_fini(struct textarea *ta)
{
	strbuf_fini(&ta->text);
	free(ta->rows);
	ta->rows = NULL;
	ta->n_rows = ta->cap_rows = 0;
}

const char *textarea_text(const struct textarea *ta)
{
	return ta->text.data ? ta->text.data : "";
}

/* TEXT made fit for the area: terminal-safe, tabs as blanks, one line when it must be. */
static char *clean(const struct textarea *ta, const char *text)
{
	char *s = safe_text_clean(text ? text : "", SAFE_TEXT_KEEP_NEWLINE | SAFE_TEXT_EXPAND_TAB);
	if (ta->is_single_line)
		for (char *p = s; *p; p++)
			if (*p == '\n')
				*p = ' ';
	return s;
}

static void splice(struct textarea *ta, size_t at, size_t remove, const char *add, size_t add_len)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append(&sb, textarea_text(ta), at);
	strbuf_append(&sb, add, add_len);
	strbuf_append_str(&sb, textarea_text(ta) + at + remove);
	strbuf_fini(&ta->text);
	ta->text = sb;
	ta->cursor = at + add_len;
	ta->is_stale = true;
	ta->goal_col = -1;
}

void textarea_set(struct textarea *ta, const char *text)
{
	char *s = clean(ta, text);
	strbuf_reset(&ta->text);
	strbuf_append_str(&ta->text, s);
	free(s);
	ta->cursor = ta->text.len;
	ta->top = 0;
	ta->goal_col = -1;
	ta->is_stale = true;
}

void textarea_insert(struct textarea *ta, const char *text)
{
	char *s = clean(ta, text);
	splice(ta, ta->cursor, 0, s, strlen(s));
	free(s);
}

static uint32_t char_at(const char *s, size_t len, size_t off, size_t *next)
{
	uint32_t cp;
	*next = off + utf8_decode(s + off, len - off, &cp);
	return cp;
}

static bool is_mark(uint32_t cp)
{
	return cp != '\n' && text_char_width(cp) == 0;
}

/* The end of the character at OFF: its code point and the zero-width marks after it. */
static size_t next_char(const struct textarea *ta, size_t off)
{
	const char *s = textarea_text(ta);
	size_t len = ta->text.len, next;
	if (off >= len)
		return len;
	uint32_t cp = char_at(s, len, off, &next);
	if (cp == '\n')
		return next;
	while (next < len) {
		size_t after;
		if (!is_mark(char_at(s, len, next, &after)))
			break;
		next = after;
	}
	return next;
}

/* The start of the character before OFF, marks and all. */
static size_t prev_char(const struct textarea *ta, size_t off)
{
	const char *s = textarea_text(ta);
	while (off > 0) {
		size_t start = off - 1, next;
		while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
			start--;
		uint32_t cp = char_at(s, ta->text.len, start, &next);
		off = start;
		if (!is_mark(cp) || off == 0)
			break;
	}
	return off;
}

static int char_cols(const struct textarea *ta, size_t off, size_t end)
{
	return text_width_n(textarea_text(ta) + off, end - off);
}

static void push_row(struct textarea *ta, size_t start, size_t end, bool is_line_end)
{
	if (ta->n_rows == ta->cap_rows) {
		ta->cap_rows = ta->cap_rows ? ta->cap_rows * 2 : 16;
		ta->rows = xreallocarray(ta->rows, ta->cap_rows, sizeof(*ta->rows));
	}
	ta->rows[ta->n_rows++] = (struct textarea_row){ start, end, is_line_end };
}

/* Wraps the line [START, END): after the last blank that lets the row fit, else between
 * characters. A full last row gets an empty one after it, where the cursor can stand. */
static void wrap_line(struct textarea *ta, size_t start, size_t end, int width)
{
	const char *s = textarea_text(ta);
	size_t row = start, off = start, brk = start;
	int col = 0;
	while (off < end) {
		size_t next = next_char(ta, off);
		int w = char_cols(ta, off, next);
		if (col + w > width && off > row) {
			size_t cut = brk > row ? brk : off;
			push_row(ta, row, cut, false);
			row = cut;
			brk = row;
			col = char_cols(ta, row, off);
			continue;
		}
		if (s[off] == ' ')
			brk = next;
		col += w;
		off = next;
	}
	if (col >= width && end > row) {
		push_row(ta, row, end, false);
		row = end;
	}
	push_row(ta, row, end, true);
}

static void wrap(struct textarea *ta, int width)
{
	const char *s = textarea_text(ta);
	ta->n_rows = 0;
	size_t start = 0;
	for (;;) {
		const char *nl = memchr(s + start, '\n', ta->text.len - start);
		size_t end = nl ? (size_t)(nl - s) : ta->text.len;
		wrap_line(ta, start, end, width);
		if (!nl)
			break;
		start = end + 1;
	}
	ta->width_cols = width;
	ta->is_stale = false;
}

/* The row the cursor is on. */
static size_t cursor_row(const struct textarea *ta)
{
	for (size_t i = 0; i < ta->n_rows; i++) {
		const struct textarea_row *r = &ta->rows[i];
		if (ta->cursor >= r->start &&
		    (ta->cursor < r->end || (ta->cursor == r->end && r->is_line_end)))
			return i;
	}
	return ta->n_rows ? ta->n_rows - 1 : 0;
}

void textarea_layout(struct textarea *ta, int width_cols, int height_rows)
{
	if (width_cols < 1)
		width_cols = 1;
	if (height_rows < 1)
		height_rows = 1;
	if (ta->is_stale || width_cols != ta->width_cols)
		wrap(ta, width_cols);
	ta->height_rows = height_rows;
	int row = (int)cursor_row(ta);
	if (row < ta->top)
		ta->top = row;
	if (row >= ta->top + height_rows)
		ta->top = row - height_rows + 1;
	int last_top = (int)ta->n_rows - height_rows;
	if (ta->top > last_top)
		ta->top = last_top > 0 ? last_top : 0;
}

void textarea_cursor_cell(const struct textarea *ta, int *row, int *col)
{
	size_t r = cursor_row(ta);
	*row = (int)r - ta->top;
	*col = ta->n_rows ? char_cols(ta, ta->rows[r].start, ta->cursor) : 0;
}

size_t textarea_row_count(const struct textarea *ta)
{
	return ta->n_rows;
}

/* The offset in row R nearest to column GOAL, never past a row's end that is the next's. */
static size_t offset_at_col(const struct textarea *ta, size_t r, int goal)
{
	const struct textarea_row *row = &ta->rows[r];
	size_t off = row->start;
	int col = 0;
	while (off < row->end) {
		size_t next = next_char(ta, off);
		int w = char_cols(ta, off, next);
		if (col + w > goal || (next == row->end && !row->is_line_end))
			break;
		col += w;
		off = next;
	}
	return off;
}

static bool move_rows(struct textarea *ta, int step)
{
	if (ta->is_single_line)
		return false;
	if (ta->is_stale)
		wrap(ta, ta->width_cols > 0 ? ta->width_cols : 80);
	size_t r = cursor_row(ta);
	int goal = ta->goal_col;
	if (goal < 0)
		goal = char_cols(ta, ta->rows[r].start, ta->cursor);
	if ((step < 0 && r == 0) || (step > 0 && r + 1 >= ta->n_rows))
		return true;
	ta->cursor = offset_at_col(ta, step < 0 ? r - 1 : r + 1, goal);
	ta->goal_col = goal;
	return true;
}

static size_t line_start(const struct textarea *ta, size_t off)
{
	const char *s = textarea_text(ta);
	while (off > 0 && s[off - 1] != '\n')
		off--;
	return off;
}

static size_t line_end(const struct textarea *ta, size_t off)
{
	const char *s = textarea_text(ta);
	while (off < ta->text.len && s[off] != '\n')
		off++;
	return off;
}

static void set_cursor(struct textarea *ta, size_t off)
{
	ta->cursor = off;
	ta->goal_col = -1;
}

static bool is_typed_char(int key)
{
	return key >= 0x20 && key != 0x7F && !(key >= 0x80 && key < 0xA0) && key < UI_KEY_NAMED;
}

bool textarea_key(struct textarea *ta, int key)
{
	if (is_typed_char(key)) {
		char bytes[4];
		splice(ta, ta->cursor, 0, bytes, utf8_encode((uint32_t)key, bytes));
		return true;
	}
	switch (key) {
	case UI_KEY_ENTER:
	case '\n':
		if (ta->is_single_line)
			return false;
		splice(ta, ta->cursor, 0, "\n", 1);
		return true;
	case UI_KEY_BACKSPACE:
	case 0x7F:
	case UI_KEY_CTRL('h'): {
		size_t from = prev_char(ta, ta->cursor);
		splice(ta, from, ta->cursor - from, "", 0);
		return true;
	}
	case UI_KEY_DELETE:
		splice(ta, ta->cursor, next_char(ta, ta->cursor) - ta->cursor, "", 0);
		return true;
	case UI_KEY_LEFT:
		set_cursor(ta, prev_char(ta, ta->cursor));
		return true;
	case UI_KEY_RIGHT:
		set_cursor(ta, next_char(ta, ta->cursor));
		return true;
	case UI_KEY_HOME:
		set_cursor(ta, line_start(ta, ta->cursor));
		return true;
	case UI_KEY_END:
		set_cursor(ta, line_end(ta, ta->cursor));
		return true;
	case UI_KEY_UP:
		return move_rows(ta, -1);
	case UI_KEY_DOWN:
		return move_rows(ta, 1);
	default:
		return false;
	}
}

void textarea_draw(const struct textarea *ta, WINDOW *win, int y, int x, int max_rows, attr_t attr)
{
	for (int i = 0; i < ta->height_rows && i < max_rows; i++) {
		size_t r = (size_t)(ta->top + i);
		char *text = NULL;
		if (r < ta->n_rows)
			text = xstrndup(textarea_text(ta) + ta->rows[r].start,
					ta->rows[r].end - ta->rows[r].start);
		draw_text(win, y + i, x, ta->width_cols, text ? text : "", attr);
		free(text);
	}
}
