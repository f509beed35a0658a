/* Layout: where the panes and the status bar go for a terminal size. Pure arithmetic. */
#ifndef HALOTUI_UI_LAYOUT_H
#define HALOTUI_UI_LAYOUT_H

#include <stdbool.h>

/* Below this the console shows one "terminal too small" line and nothing else. */
#define LAYOUT_MIN_ROWS 10
#define LAYOUT_MIN_COLS 40
/* From this width the list and the detail stand side by side. */
#define LAYOUT_SIDE_BY_SIDE_COLS 120
/* Below 120 columns, from this height they stand one above the other. */
#define LAYOUT_STACKED_ROWS 40

enum layout_mode {
	LAYOUT_TOO_SMALL,
	LAYOUT_SINGLE,	/* one pane at a time: the focused one */
	LAYOUT_STACKED, /* primary above secondary */
	LAYOUT_SIDE_BY_SIDE,
};

struct rect {
	int y, x, rows, cols; /* rows == 0: not shown */
};

struct layout {
	enum layout_mode mode;
	struct rect primary;   /* the list (or the only pane) */
	struct rect secondary; /* the detail beside or below it */
	struct rect divider;   /* the line between the two, when both show */
	struct rect status;    /* the bottom line */
};

/* Computes the layout of a ROWS x COLS terminal. HAS_SECONDARY: a second pane is open;
 * IS_SECONDARY_FOCUSED: in single mode, it is the one shown. */
void layout_compute(struct layout *l, int rows, int cols, bool has_secondary,
		    bool is_secondary_focused);

#endif
