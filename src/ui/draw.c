/* Drawing helpers: text cut by display cells, lines in box characters or ASCII. */
#include "config.h"

#include "ui/draw.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "util/alloc.h"

/* Decodes TEXT into at most WIDTH_COLS cells of wide characters (zero-width marks kept with
 * their base); returns the cells used. OUT has room for strlen(text) + 1 characters. */
static int decode_cut(const char *text, int width_cols, wchar_t *out)
{
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t len = strlen(text), n = 0;
	int used = 0;
	while (len > 0) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, text, len, &st);
		if (k == (size_t)-1 || k == (size_t)-2) {
			memset(&st, 0, sizeof(st));
			wc = 0xFFFD;
			k = 1;
		} else if (k == 0) {
			break;
		}
		int w = wcwidth(wc);
		if (w < 0)
			w = 0;
		if (used + w > width_cols)
			break;
		out[n++] = wc;
		used += w;
		text += k;
		len -= k;
	}
	out[n] = 0;
	return used;
}

int draw_text_width(const char *text)
{
	wchar_t *buf = xcalloc(strlen(text) + 1, sizeof(wchar_t));
	int w = decode_cut(text, 1 << 30, buf);
	free(buf);
	return w;
}

static int put_cut(WINDOW *win, int y, int x, int width_cols, const char *text, attr_t attr,
		   bool is_right)
{
	if (width_cols <= 0)
		return 0;
	wchar_t *buf = xcalloc(strlen(text) + 1, sizeof(wchar_t));
	int used = decode_cut(text, width_cols, buf);
	int pad = width_cols - used;
	wattrset(win, attr);
	wmove(win, y, x);
	if (is_right)
		for (int i = 0; i < pad; i++)
			waddch(win, ' ');
	waddwstr(win, buf);
	if (!is_right)
		for (int i = 0; i < pad; i++)
			waddch(win, ' ');
	wattrset(win, A_NORMAL);
	free(buf);
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
	wattrset(win, ui_env_attr(env, UI_ROLE_DIVIDER));
	if (env->is_ascii_lines)
		mvwhline(win, y, x, '-', n);
	else
		mvwhline_set(win, y, x, WACS_HLINE, n);
	wattrset(win, A_NORMAL);
}

void draw_vline(const struct ui_env *env, WINDOW *win, int y, int x, int n)
{
	wattrset(win, ui_env_attr(env, UI_ROLE_DIVIDER));
	if (env->is_ascii_lines)
		mvwvline(win, y, x, '|', n);
	else
		mvwvline_set(win, y, x, WACS_VLINE, n);
	wattrset(win, A_NORMAL);
}
