/* Tests of ui/layout: which panes show where for a terminal size. */
#include "config.h"

#include <check.h>

#include "harness.h"
#include "ui/layout.h"

START_TEST(a_terminal_below_40x10_is_too_small)
{
	struct layout l;
	layout_compute(&l, 9, 80, true, false);
	ck_assert_int_eq(l.mode, LAYOUT_TOO_SMALL);
	layout_compute(&l, 24, 39, false, false);
	ck_assert_int_eq(l.mode, LAYOUT_TOO_SMALL);
	ck_assert_int_eq(l.primary.rows, 0);
	layout_compute(&l, 10, 40, false, false);
	ck_assert_int_eq(l.mode, LAYOUT_SINGLE);
}
END_TEST

START_TEST(from_120_columns_list_and_detail_stand_side_by_side)
{
	struct layout l;
	layout_compute(&l, 30, 120, true, false);
	ck_assert_int_eq(l.mode, LAYOUT_SIDE_BY_SIDE);
	ck_assert_int_eq(l.primary.x, 0);
	ck_assert_int_eq(l.primary.cols + l.divider.cols + l.secondary.cols, 120);
	ck_assert_int_eq(l.secondary.x, l.primary.cols + 1);
	ck_assert_int_eq(l.primary.rows, 29);
	ck_assert_int_eq(l.status.y, 29);
}
END_TEST

START_TEST(a_tall_narrow_terminal_stacks_the_panes)
{
	struct layout l;
	layout_compute(&l, 50, 100, true, true);
	ck_assert_int_eq(l.mode, LAYOUT_STACKED);
	ck_assert_int_eq(l.primary.rows + l.divider.rows + l.secondary.rows, 49);
	ck_assert_int_eq(l.secondary.y, l.primary.rows + 1);
}
END_TEST

START_TEST(a_small_terminal_shows_only_the_focused_pane)
{
	struct layout l;
	layout_compute(&l, 24, 80, true, true);
	ck_assert_int_eq(l.mode, LAYOUT_SINGLE);
	ck_assert_int_eq(l.primary.rows, 0);
	ck_assert_int_eq(l.secondary.rows, 23);
	layout_compute(&l, 24, 80, true, false);
	ck_assert_int_eq(l.primary.rows, 23);
	ck_assert_int_eq(l.secondary.rows, 0);
}
END_TEST

START_TEST(one_pane_takes_the_whole_width_whatever_the_size)
{
	struct layout l;
	layout_compute(&l, 60, 200, false, false);
	ck_assert_int_eq(l.mode, LAYOUT_SINGLE);
	ck_assert_int_eq(l.primary.cols, 200);
	ck_assert_int_eq(l.secondary.rows, 0);
}
END_TEST

HARNESS_MAIN("layout", a_terminal_below_40x10_is_too_small,
	     from_120_columns_list_and_detail_stand_side_by_side,
	     a_tall_narrow_terminal_stacks_the_panes, a_small_terminal_shows_only_the_focused_pane,
	     one_pane_takes_the_whole_width_whatever_the_size)
