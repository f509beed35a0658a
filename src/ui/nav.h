/* Navigation of a pane: a cursor over COUNT rows shown ROWS at a time, and the scroll offset
 * that follows it. Every pane moves the same way: one row, half a page, a page (the rows
 * shown at once), the first row, the last; a page move scrolls by the same step so the
 * cursor keeps its place on screen; at the ends the cursor stops on the first or last row. */
#ifndef HALOTUI_UI_NAV_H
#define HALOTUI_UI_NAV_H

#include <stdbool.h>

#include "ui/command.h"

/* A count not known yet (a lazy list before its first page): `last` waits for it. */
#define NAV_UNKNOWN (-1L)

struct nav {
	long cursor; /* the row under the cursor: 0 when there are no rows, -1 without a cursor */
	long top;    /* the first row shown */
	long count;  /* rows in all, or NAV_UNKNOWN */
	int rows;    /* rows shown at once: a page; at least 1 */
	bool has_cursor;      /* false: the keys only scroll (help, a text without items) */
	bool is_last_pending; /* `last` came before the count: it happens when the count comes */
	/* The rows the cursor may stop on (a document's items); NULL: every row. */
	bool (*is_stop)(const void *ctx, long row);
	const void *ctx; /* passed to is_stop; not owned */
};

/* An empty navigation with a cursor (HAS_CURSOR) or scrolling only; count 0, one row. */
void nav_init(struct nav *n, bool has_cursor);
/* True for the commands nav_handle moves by: move, half page, page, first, last. */
bool nav_is_command(enum command cmd);
/* Moves by CMD; true when the cursor or the scroll offset changed. Other commands, and
 * `last` while the count is unknown (it is remembered), change nothing and return false. */
bool nav_handle(struct nav *n, enum command cmd);
/* Takes a new COUNT (or NAV_UNKNOWN) and page of ROWS (at least 1 is used), then keeps the
 * cursor on a row, on a stop and on screen. A pending `last` happens once the count is
 * known. True when the cursor or the scroll offset changed. */
bool nav_resize(struct nav *n, long count, int rows);
/* Back to the first row (or stop), scrolled to the top: the pane shows other data. A `last`
 * still waiting for the count keeps waiting. */
void nav_reset(struct nav *n);
/* The last row shown plus one, at most the count: how far down the pane's end is shown. */
long nav_bottom(const struct nav *n);

#endif
