/* Layout: pane rectangles for a terminal size (side by side, stacked, one at a time). */
#include "config.h"

#include "ui/layout.h"

#include <string.h>

static struct rect make_rect(int y, int x, int rows, int cols)
{
	struct rect r = { y, x, rows, cols };
	return r;
}

void layout_compute(struct layout *l, int rows, int cols, bool has_secondary,
		    bool is_secondary_focused)
{
	memset(l, 0, sizeof(*l));
	if (rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS) {
		l->mode = LAYOUT_TOO_SMALL;
		return;
	}
	int body = rows - 1;
	l->status = make_rect(rows - 1, 0, 1, cols);
	if (!has_secondary) {
		l->mode = LAYOUT_SINGLE;
		l->primary = make_rect(0, 0, body, cols);
		return;
	}
	if (cols >= LAYOUT_SIDE_BY_SIDE_COLS) {
		/* The list gets a little more: its columns need it more than wrapped text. */
		int left = (cols - 1) * 11 / 20;
		l->mode = LAYOUT_SIDE_BY_SIDE;
		l->primary = make_rect(0, 0, body, left);
		l->divider = make_rect(0, left, body, 1);
		l->secondary = make_rect(0, left + 1, body, cols - left - 1);
		return;
	}
	if (rows >= LAYOUT_STACKED_ROWS) {
		int top = body * 2 / 5;
		l->mode = LAYOUT_STACKED;
		l->primary = make_rect(0, 0, top, cols);
		l->divider = make_rect(top, 0, 1, cols);
		l->secondary = make_rect(top + 1, 0, body - top - 1, cols);
		return;
	}
	l->mode = LAYOUT_SINGLE;
	if (is_secondary_focused)
		l->secondary = make_rect(0, 0, body, cols);
	else
		l->primary = make_rect(0, 0, body, cols);
}
