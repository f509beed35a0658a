/* Drawing helpers: text cut by display cells, lines in box characters or ASCII. */
#include "config.h"

#include "ui/draw.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text/width.h"

int draw_text_width(const char *text)
{
	return text_width(text);
}

static void pad(WINDOW *win, int n)
{
	for (int i = 0; i < n; i++)
		waddch(win, ' ');
}

static int put_cut(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr,
		   bool is_right)
{
	if (width_cols <= 0)
		return 0;
	int used = 0;
	size_t len = text_fit(text, strlen(text), width_cols, &used);
	wattrset(win, attr);
	wmove(win, y, x);
	if (is_right)
		pad(win, width_cols - used);
	waddnstr(win, text, (int)len);
	if (!is_right)
		pad(win, width_cols - used);
	wattrset(win, A_NORMAL);
	return used;
}

int draw_text_ellipsis(const struct ui_env *env, WINDOW *win, int y, int x, int width_cols,
		       const char *text, attr_t attr)
{
	if (width_cols <= 0)
		return 0;
	char *cut = text_cut(text, width_cols,
			     env->is_ascii_lines ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS);
	int used = put_cut(win, y, x, width_cols, cut, attr, false);
	free(cut);
	return used;
}

int draw_text(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr)
{
	return put_cut(win, y, x, width_cols, text ? text : "", attr, false);
}

int draw_text_right(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr)
{
	return put_cut(win, y, x, width_cols, text ? text : "", attr, true);
}

void draw_hline(const struct ui_env *env, WINDOW *win, int y, int x, int n)
{
	wattrset(win, ui_env_attr(env, ROLE_BORDER));
	if (env->is_ascii_lines)
		mvwhline(win, y, x, '-', n);
	else
		mvwhline_set(win, y, x, WACS_HLINE, n);
	wattrset(win, A_NORMAL);
}

void draw_vline(const struct ui_env *env, WINDOW *win, int y, int x, int n)
{
	wattrset(win, ui_env_attr(env, ROLE_BORDER));
	if (env->is_ascii_lines)
		mvwvline(win, y, x, '|', n);
	else
		mvwvline_set(win, y, x, WACS_VLINE, n);
	wattrset(win, A_NORMAL);
}
