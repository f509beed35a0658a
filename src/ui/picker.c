/* The picker: choices narrowed as you type, one or several chosen, drawn as a short list. */
#include "config.h"

#include "ui/picker.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "text/utf8.h"
#include "ui/draw.h"
#include "ui/key.h"
#include "util/alloc.h"

void picker_init(struct picker *p, const char *title, bool is_multi)
{
	memset(p, 0, sizeof(*p));
	p->title = xstrdup(title ? title : "");
	p->is_multi = is_multi;
	strbuf_init(&p->filter);
	p->height = 1;
}

void picker_fini(struct picker *p)
{
	for (size_t i = 0; i < p->n_items; i++) {
		free(p->items[i].name);
		free(p->items[i].note);
	}
	free(p->items);
	free(p->shown);
	free(p->title);
	strbuf_fini(&p->filter);
	memset(p, 0, sizeof(*p));
}

/* The next code point of *S, folded to lower case; 0 at the end. */
static uint32_t next_folded(const char **s)
{
	if (!**s)
		return 0;
	uint32_t cp;
	*s += utf8_decode(*s, strlen(*s), &cp);
	return (uint32_t)towlower((wint_t)cp);
}

bool picker_matches(const char *name, const char *filter)
{
	if (!filter || !*filter)
		return true;
	for (const char *start = name ? name : ""; *start;) {
		const char *n = start, *f = filter;
		uint32_t fc;
		while ((fc = next_folded(&f)) != 0 && next_folded(&n) == fc)
			;
		if (fc == 0)
			return true;
		uint32_t skip;
		start += utf8_decode(start, strlen(start), &skip);
	}
	return false;
}

static void narrow(struct picker *p)
{
	const struct picker_item *keep = picker_current(p);
	long keep_id = keep ? keep->id : PICKER_NONE_ID - 1;
	p->shown = xreallocarray(p->shown, p->n_items ? p->n_items : 1, sizeof(*p->shown));
	p->n_shown = 0;
	p->cursor = 0;
	for (size_t i = 0; i < p->n_items; i++) {
		if (!picker_matches(p->items[i].name, p->filter.data))
			continue;
		if (p->items[i].id == keep_id && !p->filter.len)
			p->cursor = p->n_shown;
		p->shown[p->n_shown++] = i;
	}
	p->top = 0;
}

void picker_add(struct picker *p, long id, const char *name, const char *note)
{
	if (p->n_items == p->cap_items) {
		p->cap_items = p->cap_items ? p->cap_items * 2 : 16;
		p->items = xreallocarray(p->items, p->cap_items, sizeof(*p->items));
	}
	struct picker_item *it = &p->items[p->n_items++];
	it->id = id;
	it->name = xstrdup(name ? name : "");
	it->note = note && *note ? xstrdup(note) : NULL;
	it->is_chosen = false;
	narrow(p);
}

void picker_set_filter(struct picker *p, const char *text)
{
	strbuf_reset(&p->filter);
	strbuf_append_str(&p->filter, text ? text : "");
	narrow(p);
}

bool picker_point_at(struct picker *p, long id)
{
	picker_set_filter(p, "");
	for (size_t i = 0; i < p->n_shown; i++) {
		if (p->items[p->shown[i]].id == id) {
			p->cursor = i;
			return true;
		}
	}
	return false;
}

const struct picker_item *picker_current(const struct picker *p)
{
	return p->cursor < p->n_shown ? &p->items[p->shown[p->cursor]] : NULL;
}

void picker_set_chosen(struct picker *p, long id, bool is_chosen)
{
	for (size_t i = 0; i < p->n_items; i++)
		if (p->items[i].id == id)
			p->items[i].is_chosen = is_chosen;
}

size_t picker_chosen(const struct picker *p, long *ids, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < p->n_items; i++) {
		if (!p->items[i].is_chosen)
			continue;
		if (n < max)
			ids[n] = p->items[i].id;
		n++;
	}
	return n;
}

static void move_cursor(struct picker *p, long step)
{
	if (!p->n_shown)
		return;
	long c = (long)p->cursor + step;
	if (c < 0)
		c = 0;
	if (c >= (long)p->n_shown)
		c = (long)p->n_shown - 1;
	p->cursor = (size_t)c;
}

static void drop_last_filter_char(struct picker *p)
{
	size_t n = p->filter.len;
	while (n > 0 && ((unsigned char)p->filter.data[--n] & 0xC0) == 0x80)
		;
	strbuf_truncate(&p->filter, n);
	narrow(p);
}

enum picker_result picker_key(struct picker *p, int key)
{
	long page = p->height > 1 ? p->height - 1 : 1;
	switch (key) {
	case UI_KEY_ESC:
		return PICKER_CANCELLED;
	case UI_KEY_ENTER:
	case '\n':
		/* Narrowed to an item and nothing ticked: Enter means that item, not none. */
		if (p->is_multi && picker_current(p) && p->filter.len && !picker_chosen(p, NULL, 0))
			p->items[p->shown[p->cursor]].is_chosen = true;
		return p->is_multi || picker_current(p) ? PICKER_CHOSEN : PICKER_OPEN;
	case UI_KEY_TAB:
		if (p->is_multi && picker_current(p)) {
			p->items[p->shown[p->cursor]].is_chosen ^= true;
			move_cursor(p, 1);
		}
		return PICKER_OPEN;
	case UI_KEY_UP:
	case UI_KEY_CTRL('p'):
		move_cursor(p, -1);
		return PICKER_OPEN;
	case UI_KEY_DOWN:
	case UI_KEY_CTRL('n'):
		move_cursor(p, 1);
		return PICKER_OPEN;
	case UI_KEY_PGUP:
		move_cursor(p, -page);
		return PICKER_OPEN;
	case UI_KEY_PGDN:
		move_cursor(p, page);
		return PICKER_OPEN;
	case UI_KEY_HOME:
		move_cursor(p, -(long)p->n_shown);
		return PICKER_OPEN;
	case UI_KEY_END:
		move_cursor(p, (long)p->n_shown);
		return PICKER_OPEN;
	case UI_KEY_BACKSPACE:
	case 0x7F:
	case UI_KEY_CTRL('h'):
		drop_last_filter_char(p);
		return PICKER_OPEN;
	case UI_KEY_CTRL('u'):
		picker_set_filter(p, "");
		return PICKER_OPEN;
	default:
		break;
	}
	if (key >= 0x20 && key != 0x7F && !(key >= 0x80 && key < 0xA0) && key < UI_KEY_NAMED) {
		char bytes[4];
		strbuf_append(&p->filter, bytes, utf8_encode((uint32_t)key, bytes));
		narrow(p);
	}
	return PICKER_OPEN;
}

void picker_layout(struct picker *p, int height)
{
	p->height = height < 1 ? 1 : height;
	if ((int)p->cursor < p->top)
		p->top = (int)p->cursor;
	if ((int)p->cursor >= p->top + p->height)
		p->top = (int)p->cursor - p->height + 1;
	int last_top = (int)p->n_shown - p->height;
	if (p->top > last_top)
		p->top = last_top > 0 ? last_top : 0;
}

static void draw_item(const struct picker *p, const struct ui_env *env, WINDOW *win, int y, int x,
		      int cols, size_t i)
{
	const struct picker_item *it = &p->items[p->shown[i]];
	bool is_cursor = i == p->cursor;
	attr_t attr = ui_env_attr(env, is_cursor ? ROLE_LIST_SELECTED : ROLE_LIST_ROW);
	char mark[8] = "";
	/* The cursor's mark shows without colour too (and in a screen's text). */
	if (p->is_multi)
		snprintf(mark, sizeof(mark), "%s%s ", is_cursor ? ">" : " ",
			 it->is_chosen ? "[x]" : "[ ]");
	else
		snprintf(mark, sizeof(mark), "%s", is_cursor ? "> " : "  ");
	int used = draw_text(win, y, x, cols, mark, attr);
	used += draw_text_ellipsis(env, win, y, x + used, cols - used, it->name, attr);
	(void)used;
	if (it->note) {
		int name_cols = draw_text_width(mark) + draw_text_width(it->name) + 2;
		if (name_cols < cols)
			draw_text_ellipsis(env, win, y, x + name_cols, cols - name_cols, it->note,
					   attr | A_DIM);
	}
}

void picker_draw(const struct picker *p, const struct ui_env *env, WINDOW *win, int y, int x,
		 int cols)
{
	char head[160];
	snprintf(head, sizeof(head), "%s: ", p->title);
	int used = draw_text(win, y, x, cols, head, ui_env_attr(env, ROLE_FORM_LABEL));
	draw_text(win, y, x + used, cols - used, p->filter.data ? p->filter.data : "",
		  ui_env_attr(env, ROLE_FORM_FIELD));
	if (!p->n_shown) {
		draw_text(win, y + 1, x, cols, p->n_items ? "no match" : "nothing to choose from",
			  ui_env_attr(env, ROLE_FORM_ERROR));
		return;
	}
	for (int row = 0; row < p->height; row++) {
		size_t i = (size_t)(p->top + row);
		if (i >= p->n_shown)
			break;
		draw_item(p, env, win, y + 1 + row, x, cols, i);
	}
}
