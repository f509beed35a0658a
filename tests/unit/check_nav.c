/* Tests of ui/nav: every move at the edges, pages, unknown counts, stops, resizes. */
#include "config.h"

#include <check.h>

#include "harness.h"
#include "ui/nav.h"

/* A cursor over COUNT rows shown ROWS at a time, at CURSOR with TOP first. */
static struct nav at(long count, int rows, long cursor, long top)
{
	struct nav n;
	nav_init(&n, true);
	nav_resize(&n, count, rows);
	n.cursor = cursor;
	n.top = top;
	return n;
}

#define ck_nav(n, c, t)                                                                            \
	do {                                                                                       \
		ck_assert_int_eq((n).cursor, (c));                                                 \
		ck_assert_int_eq((n).top, (t));                                                    \
	} while (0)

static const enum command every_move[] = {
	CMD_MOVE_DOWN, CMD_MOVE_UP, CMD_HALF_PAGE_DOWN, CMD_HALF_PAGE_UP,
	CMD_PAGE_DOWN, CMD_PAGE_UP, CMD_FIRST,		CMD_LAST,
};
#define N_MOVES (sizeof(every_move) / sizeof(every_move[0]))

START_TEST(only_the_moves_are_navigation)
{
	for (size_t i = 0; i < N_MOVES; i++)
		ck_assert(nav_is_command(every_move[i]));
	ck_assert(!nav_is_command(CMD_OPEN));
	ck_assert(!nav_is_command(CMD_NONE));
	struct nav n = at(100, 10, 5, 0);
	ck_assert(!nav_handle(&n, CMD_REFRESH));
	ck_nav(n, 5, 0);
}
END_TEST

START_TEST(in_an_empty_pane_nothing_moves)
{
	for (size_t i = 0; i < N_MOVES; i++) {
		struct nav n = at(0, 10, 0, 0);
		ck_assert(!nav_handle(&n, every_move[i]));
		ck_nav(n, 0, 0);
	}
}
END_TEST

START_TEST(with_one_row_the_cursor_stays_on_it)
{
	for (size_t i = 0; i < N_MOVES; i++) {
		struct nav n = at(1, 10, 0, 0);
		ck_assert(!nav_handle(&n, every_move[i]));
		ck_nav(n, 0, 0);
	}
}
END_TEST

START_TEST(a_row_move_scrolls_only_to_keep_the_cursor_on_screen)
{
	struct nav n = at(100, 10, 8, 0);
	ck_assert(nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, 9, 0);
	ck_assert(nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, 10, 1);
	n = at(100, 10, 11, 2);
	ck_assert(nav_handle(&n, CMD_MOVE_UP));
	ck_nav(n, 10, 2);
	n = at(100, 10, 2, 2);
	ck_assert(nav_handle(&n, CMD_MOVE_UP));
	ck_nav(n, 1, 1);
}
END_TEST

START_TEST(a_page_is_the_rows_shown_and_scrolls_with_the_cursor)
{
	struct nav n = at(100, 10, 3, 0);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 13, 10);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_DOWN));
	ck_nav(n, 18, 15);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_UP));
	ck_nav(n, 13, 10);
	ck_assert(nav_handle(&n, CMD_PAGE_UP));
	ck_nav(n, 3, 0);
}
END_TEST

START_TEST(paging_stops_on_the_first_and_last_rows)
{
	struct nav n = at(25, 10, 3, 0);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 13, 10);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 23, 15); /* the last page shows the last row at the bottom, no blank after */
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 24, 15);
	ck_assert(!nav_handle(&n, CMD_PAGE_DOWN));
	ck_assert(!nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, 24, 15);
	n = at(25, 10, 4, 2);
	ck_assert(nav_handle(&n, CMD_PAGE_UP));
	ck_nav(n, 0, 0);
	ck_assert(!nav_handle(&n, CMD_PAGE_UP));
	ck_assert(!nav_handle(&n, CMD_HALF_PAGE_UP));
	ck_assert(!nav_handle(&n, CMD_MOVE_UP));
	ck_nav(n, 0, 0);
}
END_TEST

START_TEST(first_and_last_go_to_the_ends)
{
	struct nav n = at(1000, 22, 40, 30);
	ck_assert(nav_handle(&n, CMD_LAST));
	ck_nav(n, 999, 978);
	ck_assert(!nav_handle(&n, CMD_LAST));
	ck_assert(nav_handle(&n, CMD_FIRST));
	ck_nav(n, 0, 0);
	ck_assert(!nav_handle(&n, CMD_FIRST));
}
END_TEST

START_TEST(a_page_larger_than_the_count_never_scrolls)
{
	struct nav n = at(5, 10, 0, 0);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 4, 0);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_UP));
	ck_nav(n, 0, 0);
	ck_assert(nav_handle(&n, CMD_LAST));
	ck_nav(n, 4, 0);
}
END_TEST

START_TEST(half_a_page_of_one_row_is_still_a_row)
{
	struct nav n = at(10, 1, 0, 0);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_DOWN));
	ck_nav(n, 1, 1);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 2, 2);
}
END_TEST

START_TEST(last_before_the_count_is_known_waits_for_it)
{
	struct nav n;
	nav_init(&n, true);
	nav_resize(&n, NAV_UNKNOWN, 22);
	ck_assert(!nav_handle(&n, CMD_LAST));
	ck_assert(n.is_last_pending);
	ck_nav(n, 0, 0);
	ck_assert(!nav_resize(&n, NAV_UNKNOWN, 20)); /* still unknown: still waiting */
	ck_assert(n.is_last_pending);
	ck_assert(nav_resize(&n, 1000, 22));
	ck_nav(n, 999, 978);
	ck_assert(!n.is_last_pending);
	/* Once only: the count coming again moves nothing. */
	ck_assert(nav_handle(&n, CMD_FIRST));
	ck_assert(!nav_resize(&n, 1000, 22));
	ck_nav(n, 0, 0);
}
END_TEST

START_TEST(another_move_cancels_a_waiting_last)
{
	struct nav n;
	nav_init(&n, true);
	nav_resize(&n, NAV_UNKNOWN, 22);
	nav_handle(&n, CMD_LAST);
	ck_assert(!nav_handle(&n, CMD_MOVE_DOWN));
	ck_assert(!n.is_last_pending);
	ck_assert(!nav_resize(&n, 1000, 22));
	ck_nav(n, 0, 0);
}
END_TEST

START_TEST(a_shrinking_page_keeps_the_cursor_on_screen)
{
	struct nav n = at(100, 20, 18, 0);
	ck_assert(nav_resize(&n, 100, 10));
	ck_nav(n, 18, 9);
	ck_assert(!nav_resize(&n, 100, 10));
	/* Growing back shows more rows below; it scrolls only past the last page. */
	ck_assert(!nav_resize(&n, 100, 20));
	ck_nav(n, 18, 9);
	n = at(100, 10, 95, 90);
	ck_assert(nav_resize(&n, 100, 20));
	ck_nav(n, 95, 80);
}
END_TEST

START_TEST(fewer_rows_bring_the_cursor_back_onto_the_last)
{
	struct nav n = at(100, 10, 95, 90);
	ck_assert(nav_resize(&n, 50, 10));
	ck_nav(n, 49, 40);
	ck_assert(nav_resize(&n, 0, 10));
	ck_nav(n, 0, 0);
}
END_TEST

START_TEST(without_a_cursor_the_keys_scroll)
{
	struct nav n;
	nav_init(&n, false);
	nav_resize(&n, 25, 10);
	ck_nav(n, -1, 0);
	ck_assert(nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, -1, 1);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, -1, 11);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, -1, 15);
	ck_assert(!nav_handle(&n, CMD_MOVE_DOWN));
	ck_assert(!nav_handle(&n, CMD_LAST));
	ck_assert_int_eq(nav_bottom(&n), 25);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_UP));
	ck_nav(n, -1, 10);
	ck_assert(nav_handle(&n, CMD_FIRST));
	ck_nav(n, -1, 0);
	ck_assert(!nav_handle(&n, CMD_MOVE_UP));
	ck_assert_int_eq(nav_bottom(&n), 10);
	/* A text shorter than the pane does not scroll at all. */
	nav_resize(&n, 4, 10);
	for (size_t i = 0; i < N_MOVES; i++)
		ck_assert(!nav_handle(&n, every_move[i]));
	ck_assert_int_eq(nav_bottom(&n), 4);
}
END_TEST

/* Items every fifth row from row 2 (2, 7, 12, ...), as a document's items. */
static bool every_fifth(const void *ctx, long row)
{
	(void)ctx;
	return row % 5 == 2;
}

static struct nav items(long count, int rows)
{
	struct nav n;
	nav_init(&n, true);
	n.is_stop = every_fifth;
	nav_resize(&n, count, rows);
	return n;
}

START_TEST(with_stops_the_cursor_moves_from_item_to_item)
{
	struct nav n = items(30, 10);
	ck_nav(n, 2, 0);
	ck_assert(nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, 7, 0);
	ck_assert(nav_handle(&n, CMD_MOVE_DOWN));
	ck_nav(n, 12, 3);
	ck_assert(nav_handle(&n, CMD_MOVE_UP));
	ck_nav(n, 7, 3);
	ck_assert(nav_handle(&n, CMD_LAST));
	ck_nav(n, 27, 20);
	ck_assert(!nav_handle(&n, CMD_MOVE_DOWN));
	ck_assert(!nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 27, 20);
	ck_assert(nav_handle(&n, CMD_FIRST));
	ck_nav(n, 2, 0);
	ck_assert(!nav_handle(&n, CMD_MOVE_UP));
}
END_TEST

START_TEST(with_stops_a_page_lands_on_the_last_item_within_it)
{
	struct nav n = items(60, 10);
	ck_assert(nav_handle(&n, CMD_PAGE_DOWN));
	ck_nav(n, 12, 10);
	ck_assert(nav_handle(&n, CMD_HALF_PAGE_DOWN));
	ck_nav(n, 17, 15);
	ck_assert(nav_handle(&n, CMD_PAGE_UP));
	ck_nav(n, 7, 5);
}
END_TEST

START_TEST(with_stops_a_resize_puts_the_cursor_back_on_an_item)
{
	struct nav n = items(30, 10);
	n.cursor = 9;
	nav_resize(&n, 30, 10);
	ck_assert_int_eq(n.cursor, 12);
	n.cursor = 29;
	nav_resize(&n, 30, 10);
	ck_assert_int_eq(n.cursor, 27);
}
END_TEST

START_TEST(reset_goes_back_to_the_first_item)
{
	struct nav n = items(30, 10);
	nav_handle(&n, CMD_LAST);
	nav_reset(&n);
	ck_nav(n, 2, 0);
	nav_init(&n, false);
	nav_resize(&n, 30, 10);
	nav_handle(&n, CMD_LAST);
	nav_reset(&n);
	ck_nav(n, -1, 0);
}
END_TEST

HARNESS_MAIN("nav", only_the_moves_are_navigation, in_an_empty_pane_nothing_moves,
	     with_one_row_the_cursor_stays_on_it,
	     a_row_move_scrolls_only_to_keep_the_cursor_on_screen,
	     a_page_is_the_rows_shown_and_scrolls_with_the_cursor,
	     paging_stops_on_the_first_and_last_rows, first_and_last_go_to_the_ends,
	     a_page_larger_than_the_count_never_scrolls, half_a_page_of_one_row_is_still_a_row,
	     last_before_the_count_is_known_waits_for_it, another_move_cancels_a_waiting_last,
	     a_shrinking_page_keeps_the_cursor_on_screen,
	     fewer_rows_bring_the_cursor_back_onto_the_last, without_a_cursor_the_keys_scroll,
	     with_stops_the_cursor_moves_from_item_to_item,
	     with_stops_a_page_lands_on_the_last_item_within_it,
	     with_stops_a_resize_puts_the_cursor_back_on_an_item, reset_goes_back_to_the_first_item)
