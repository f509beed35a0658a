/* The tabs line above the ticket list: laid out to fit, drawn with the current tab marked. */
#include "config.h"

#include "ui/tabs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/safe_text.h"
#include "text/width.h"
#include "ui/draw.h"
#include "ui/env.h"
#include "util/alloc.h"

void view_tabs_fini(struct view_tabs *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].name);
	free(t->v);
	*t = (struct view_tabs){ 0 };
}

/* One tab as laid out: its name (terminal-safe, owned), the cells the name may take. */
struct laid_tab {
	char *name;
	int name_cols;
	int extra_cols; /* "[N " and " COUNT]" around the name */
	char number[24], count[24];
};

static void lay_out(const struct view_tabs *t, struct laid_tab *lt)
{
	for (size_t i = 0; i < t->n; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		const char *name = t->v[i].name ? t->v[i].name : "";
		safe_text_append(&sb, name, strlen(name), 0);
		lt[i].name = strbuf_take(&sb);
		lt[i].name_cols = text_width(lt[i].name);
		lt[i].number[0] = lt[i].count[0] = '\0';
		if (i < 9)
			snprintf(lt[i].number, sizeof(lt[i].number), "%zu ", i + 1);
		if (t->v[i].has_count)
			snprintf(lt[i].count, sizeof(lt[i].count), " %ld", t->v[i].count);
		lt[i].extra_cols = 2 + (int)strlen(lt[i].number) + (int)strlen(lt[i].count);
	}
}

/* Cells of tabs LO..HI-1, with an ellipsis cell for each end where tabs are left out. */
static int total_cols(const struct laid_tab *lt, size_t n, size_t lo, size_t hi)
{
	int cols = (lo > 0) + (hi < n);
	for (size_t i = lo; i < hi; i++)
		cols += lt[i].name_cols + lt[i].extra_cols;
	return cols;
}

/* Cuts the longest name other than CURRENT's by one cell; false when none can be cut (a name
 * keeps at least one character and its ellipsis). */
static bool shorten_one(struct laid_tab *lt, size_t lo, size_t hi, size_t current)
{
	size_t longest = hi;
	for (size_t i = lo; i < hi; i++)
		if (i != current && lt[i].name_cols > 2 &&
		    (longest == hi || lt[i].name_cols > lt[longest].name_cols))
			longest = i;
	if (longest == hi)
		return false;
	lt[longest].name_cols--;
	return true;
}

/* Leaves out the tab farthest from CURRENT; false when only CURRENT is left. */
static bool drop_one(size_t *lo, size_t *hi, size_t current)
{
	if (*hi - *lo <= 1)
		return false;
	size_t cur = current < *hi ? current : *lo;
	if (*hi - 1 - cur >= cur - *lo)
		(*hi)--;
	else
		(*lo)++;
	return true;
}

static void append_tab(struct strbuf *out, const struct laid_tab *tab, bool is_current,
		       const char *ellipsis)
{
	char *name = text_cut(tab->name, tab->name_cols, ellipsis);
	strbuf_appendf(out, "%s%s%s%s%s", is_current ? "[" : " ", tab->number, name, tab->count,
		       is_current ? "]" : " ");
	free(name);
}

void tabs_format(const struct view_tabs *t, bool is_ascii, int width_cols, struct strbuf *out,
		 int *cur_x, int *cur_cols)
{
	const char *ellipsis = is_ascii ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS;
	struct laid_tab *lt = xcalloc(t->n + 1, sizeof(*lt));
	size_t lo = 0, hi = t->n;
	*cur_x = *cur_cols = 0;
	strbuf_reset(out);
	lay_out(t, lt);
	while (total_cols(lt, t->n, lo, hi) > width_cols) {
		if (!shorten_one(lt, lo, hi, t->current) && !drop_one(&lo, &hi, t->current))
			break;
	}
	if (lo > 0)
		strbuf_append_str(out, ellipsis);
	for (size_t i = lo; i < hi; i++) {
		if (i == t->current)
			*cur_x = text_width(out->data);
		append_tab(out, &lt[i], i == t->current, ellipsis);
		if (i == t->current)
			*cur_cols = text_width(out->data) - *cur_x;
	}
	if (hi < t->n)
		strbuf_append_str(out, ellipsis);
	for (size_t i = 0; i < t->n; i++)
		free(lt[i].name);
	free(lt);
}

void tabs_draw(const struct view_tabs *t, const struct ui_env *env, bool is_ascii, WINDOW *win,
	       int y, int width_cols)
{
	struct strbuf line;
	int x, cols, width = width_cols < getmaxx(win) ? width_cols : getmaxx(win);
	strbuf_init(&line);
	tabs_format(t, is_ascii, width, &line, &x, &cols);
	draw_text(win, y, 0, width, line.data, ui_env_attr(env, ROLE_TAB));
	if (cols > 0 && x < width) {
		size_t start = text_fit(line.data, line.len, x, NULL);
		size_t len = text_fit(line.data + start, line.len - start, cols, NULL);
		char *cur = xstrndup(line.data + start, len);
		draw_text(win, y, x, cols, cur, ui_env_attr(env, ROLE_TAB_CURRENT));
		free(cur);
	}
	strbuf_fini(&line);
}
