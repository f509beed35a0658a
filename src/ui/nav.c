/* Navigation: the one way every pane moves its cursor and scrolls, by rows and pages. */
#include "config.h"

#include "ui/nav.h"

#include <stddef.h>

enum nav_unit {
	UNIT_ROW,  /* one row */
	UNIT_HALF, /* half a page, at least a row */
	UNIT_PAGE, /* the rows shown at once */
	UNIT_END,  /* to the first or the last row */
};

static const struct nav_move {
	enum command cmd;
	int sign;
	enum nav_unit unit;
} moves[] = {
	{ CMD_MOVE_DOWN, 1, UNIT_ROW },
	{ CMD_MOVE_UP, -1, UNIT_ROW },
	{ CMD_HALF_PAGE_DOWN, 1, UNIT_HALF },
	{ CMD_HALF_PAGE_UP, -1, UNIT_HALF },
	{ CMD_PAGE_DOWN, 1, UNIT_PAGE },
	{ CMD_PAGE_UP, -1, UNIT_PAGE },
	{ CMD_LAST, 1, UNIT_END },
	{ CMD_FIRST, -1, UNIT_END },
};

static const struct nav_move *move_of(enum command cmd)
{
	for (size_t i = 0; i < sizeof(moves) / sizeof(moves[0]); i++)
		if (moves[i].cmd == cmd)
			return &moves[i];
	return NULL;
}

static long known_count(const struct nav *n)
{
	return n->count > 0 ? n->count : 0;
}

static long max_top(const struct nav *n)
{
	long m = known_count(n) - n->rows;
	return m > 0 ? m : 0;
}

static bool is_stop(const struct nav *n, long row)
{
	return !n->is_stop || n->is_stop(n->ctx, row);
}

/* The row the cursor goes to from FROM on its way to TARGET: the furthest stop up to TARGET,
 * else the first stop past it; FROM when there is none that way. */
static long stop_towards(const struct nav *n, long from, long target)
{
	long count = known_count(n);
	if (target > count - 1)
		target = count - 1;
	if (target < 0)
		target = 0;
	if (target == from)
		return from;
	long dir = target > from ? 1 : -1;
	for (long r = target; r != from; r -= dir)
		if (is_stop(n, r))
			return r;
	for (long r = target + dir; r >= 0 && r < count; r += dir)
		if (is_stop(n, r))
			return r;
	return from;
}

/* The stop nearest ROW, looking down first. */
static long snap(const struct nav *n, long row)
{
	for (long r = row; r < known_count(n); r++)
		if (is_stop(n, r))
			return r;
	for (long r = row - 1; r >= 0; r--)
		if (is_stop(n, r))
			return r;
	return row;
}

/* Scrolls as little as keeps the cursor on screen, and no further than the last page. */
static void follow(struct nav *n)
{
	if (n->has_cursor) {
		if (n->top > n->cursor)
			n->top = n->cursor;
		if (n->top < n->cursor - n->rows + 1)
			n->top = n->cursor - n->rows + 1;
	}
	if (n->top > max_top(n))
		n->top = max_top(n);
	if (n->top < 0)
		n->top = 0;
}

/* Puts the cursor back on a row and a stop, and the scroll offset around it. */
static void settle(struct nav *n)
{
	long count = known_count(n);
	if (n->rows < 1)
		n->rows = 1;
	if (!n->has_cursor) {
		n->cursor = -1;
	} else if (count == 0) {
		n->cursor = 0;
	} else {
		if (n->cursor > count - 1)
			n->cursor = count - 1;
		if (n->cursor < 0)
			n->cursor = 0;
		n->cursor = snap(n, n->cursor);
	}
	follow(n);
}

void nav_init(struct nav *n, bool has_cursor)
{
	*n = (struct nav){ .rows = 1, .has_cursor = has_cursor };
	settle(n);
}

bool nav_is_command(enum command cmd)
{
	return move_of(cmd) != NULL;
}

static long step_of(const struct nav *n, enum nav_unit unit)
{
	switch (unit) {
	case UNIT_ROW:
		return 1;
	case UNIT_HALF:
		return n->rows / 2 > 0 ? n->rows / 2 : 1;
	default:
		return n->rows;
	}
}

/* Moves by M: the cursor (when there is one) and the scroll offset by the same step. */
static void apply(struct nav *n, const struct nav_move *m)
{
	long step = m->sign * step_of(n, m->unit);
	bool is_end = m->unit == UNIT_END;
	if (n->has_cursor && known_count(n) > 0) {
		long target = is_end ? (m->sign > 0 ? known_count(n) - 1 : 0) : n->cursor + step;
		n->cursor = stop_towards(n, n->cursor, target);
	}
	if (is_end)
		n->top = m->sign > 0 ? max_top(n) : 0;
	else if (m->unit != UNIT_ROW || !n->has_cursor)
		n->top += step;
	follow(n);
}

bool nav_handle(struct nav *n, enum command cmd)
{
	const struct nav_move *m = move_of(cmd);
	if (!m)
		return false;
	if (cmd == CMD_LAST && n->count == NAV_UNKNOWN) {
		n->is_last_pending = true;
		return false;
	}
	long cursor = n->cursor, top = n->top;
	n->is_last_pending = false;
	settle(n);
	apply(n, m);
	return n->cursor != cursor || n->top != top;
}

bool nav_resize(struct nav *n, long count, int rows)
{
	long cursor = n->cursor, top = n->top;
	n->count = count;
	n->rows = rows > 0 ? rows : 1;
	settle(n);
	if (n->is_last_pending && count != NAV_UNKNOWN)
		nav_handle(n, CMD_LAST);
	return n->cursor != cursor || n->top != top;
}

void nav_reset(struct nav *n)
{
	n->cursor = n->has_cursor ? 0 : -1;
	n->top = 0;
	settle(n);
}

long nav_bottom(const struct nav *n)
{
	long bottom = n->top + n->rows;
	return bottom < known_count(n) ? bottom : known_count(n);
}
