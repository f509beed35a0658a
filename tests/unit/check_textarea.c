/* Tests of ui/textarea: UTF-8 editing by character, wrapping by cells, scrolling. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "ui/key.h"
#include "ui/textarea.h"

static void type(struct textarea *ta, const int *keys)
{
	for (; *keys; keys++)
		textarea_key(ta, *keys);
}

static void type_ascii(struct textarea *ta, const char *s)
{
	for (; *s; s++)
		textarea_key(ta, (unsigned char)*s);
}

START_TEST(typed_characters_are_stored_as_utf8)
{
	struct textarea ta;
	textarea_init(&ta, false);
	const int keys[] = { 'a', 0x00E9, 0x4E16, 0x1F600, 0 };
	type(&ta, keys);
	ck_assert_str_eq(textarea_text(&ta), "a\xC3\xA9\xE4\xB8\x96\xF0\x9F\x98\x80");
	ck_assert_uint_eq(ta.cursor, strlen(textarea_text(&ta)));
	textarea_fini(&ta);
}
END_TEST

START_TEST(backspace_and_delete_remove_a_whole_character_with_its_marks)
{
	struct textarea ta;
	textarea_init(&ta, false);
	/* e + combining acute, then a wide character. */
	textarea_set(&ta, "xe\xCC\x81\xE4\xB8\x96");
	textarea_key(&ta, UI_KEY_BACKSPACE);
	ck_assert_str_eq(textarea_text(&ta), "xe\xCC\x81");
	textarea_key(&ta, UI_KEY_BACKSPACE);
	ck_assert_str_eq(textarea_text(&ta), "x");
	textarea_set(&ta, "e\xCC\x81y");
	textarea_key(&ta, UI_KEY_HOME);
	textarea_key(&ta, UI_KEY_DELETE);
	ck_assert_str_eq(textarea_text(&ta), "y");
	textarea_key(&ta, UI_KEY_BACKSPACE); /* at the start: nothing to remove */
	ck_assert_str_eq(textarea_text(&ta), "y");
	textarea_fini(&ta);
}
END_TEST

START_TEST(left_and_right_step_over_characters_not_bytes)
{
	struct textarea ta;
	textarea_init(&ta, false);
	textarea_set(&ta, "\xC3\xA9\xE4\xB8\x96z");
	textarea_key(&ta, UI_KEY_LEFT);
	textarea_key(&ta, UI_KEY_LEFT);
	ck_assert_uint_eq(ta.cursor, 2);
	textarea_key(&ta, 'Q');
	ck_assert_str_eq(textarea_text(&ta), "\xC3\xA9Q\xE4\xB8\x96z");
	textarea_key(&ta, UI_KEY_RIGHT);
	ck_assert_uint_eq(ta.cursor, 6);
	textarea_fini(&ta);
}
END_TEST

START_TEST(enter_breaks_lines_but_not_in_a_single_line)
{
	struct textarea ta;
	textarea_init(&ta, false);
	type_ascii(&ta, "ab");
	textarea_key(&ta, UI_KEY_ENTER);
	type_ascii(&ta, "cd");
	ck_assert_str_eq(textarea_text(&ta), "ab\ncd");
	textarea_fini(&ta);
	textarea_init(&ta, true);
	type_ascii(&ta, "ab");
	ck_assert(!textarea_key(&ta, UI_KEY_ENTER));
	textarea_insert(&ta, "c\nd");
	ck_assert_str_eq(textarea_text(&ta), "abc d");
	textarea_fini(&ta);
}
END_TEST

START_TEST(pasted_text_is_cleaned_and_nothing_is_lost)
{
	struct textarea ta;
	textarea_init(&ta, false);
	textarea_set(&ta, "one two");
	textarea_key(&ta, UI_KEY_HOME);
	textarea_insert(&ta, "\x1b[31mred\x1b[0m\tx\n");
	ck_assert_str_eq(textarea_text(&ta), "red     x\none two");
	/* A long paste keeps every byte. */
	char big[5000];
	memset(big, 'w', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	textarea_insert(&ta, big);
	ck_assert_uint_eq(strlen(textarea_text(&ta)), strlen("red     x\none two") + 4999);
	textarea_fini(&ta);
}
END_TEST

START_TEST(wrapping_counts_cells_wide_characters_take_two)
{
	struct textarea ta;
	textarea_init(&ta, false);
	/* Five wide characters: ten cells; rows of five cells hold two each. */
	textarea_set(&ta, "\xE4\xB8\x80\xE4\xB8\x81\xE4\xB8\x82\xE4\xB8\x83\xE4\xB8\x84");
	textarea_layout(&ta, 5, 10);
	ck_assert_uint_eq(textarea_row_count(&ta), 3);
	ck_assert_uint_eq(ta.rows[0].end - ta.rows[0].start, 6);
	ck_assert_uint_eq(ta.rows[2].end - ta.rows[2].start, 3);
	int row, col;
	textarea_cursor_cell(&ta, &row, &col);
	ck_assert_int_eq(row, 2);
	ck_assert_int_eq(col, 2);
	textarea_fini(&ta);
}
END_TEST

START_TEST(wrapping_breaks_after_a_blank_and_a_full_row_gets_one_after_it)
{
	struct textarea ta;
	textarea_init(&ta, false);
	textarea_set(&ta, "hello world");
	textarea_layout(&ta, 8, 10);
	ck_assert_uint_eq(textarea_row_count(&ta), 2);
	ck_assert_uint_eq(ta.rows[1].start, 6); /* "world" starts the second row */
	textarea_set(&ta, "abcd");
	textarea_layout(&ta, 4, 10);
	ck_assert_uint_eq(textarea_row_count(&ta), 2);
	int row, col;
	textarea_cursor_cell(&ta, &row, &col);
	ck_assert_int_eq(row, 1);
	ck_assert_int_eq(col, 0);
	textarea_fini(&ta);
}
END_TEST

START_TEST(up_and_down_keep_the_column_across_rows)
{
	struct textarea ta;
	textarea_init(&ta, false);
	textarea_set(&ta, "abcdef\nxy\n\xE4\xB8\x80\xE4\xB8\x81\xE4\xB8\x82");
	textarea_layout(&ta, 20, 10);
	textarea_key(&ta, UI_KEY_UP);
	textarea_key(&ta, UI_KEY_UP);
	textarea_key(&ta, UI_KEY_HOME);
	textarea_key(&ta, UI_KEY_RIGHT);
	textarea_key(&ta, UI_KEY_RIGHT);
	textarea_key(&ta, UI_KEY_RIGHT);
	textarea_key(&ta, UI_KEY_RIGHT); /* column 4 of "abcdef" */
	textarea_key(&ta, UI_KEY_DOWN);	 /* "xy" is shorter: its end */
	ck_assert_uint_eq(ta.cursor, 9);
	textarea_key(&ta, UI_KEY_DOWN); /* column 4 again: after two wide characters */
	ck_assert_uint_eq(ta.cursor, 10 + 6);
	textarea_fini(&ta);
}
END_TEST

START_TEST(the_view_scrolls_to_the_cursor)
{
	struct textarea ta;
	textarea_init(&ta, false);
	textarea_set(&ta, "1\n2\n3\n4\n5\n6");
	textarea_layout(&ta, 10, 2);
	ck_assert_int_eq(ta.top, 4);
	for (int i = 0; i < 5; i++)
		textarea_key(&ta, UI_KEY_UP);
	textarea_layout(&ta, 10, 2);
	ck_assert_int_eq(ta.top, 0);
	textarea_fini(&ta);
}
END_TEST

HARNESS_MAIN("textarea", typed_characters_are_stored_as_utf8,
	     backspace_and_delete_remove_a_whole_character_with_its_marks,
	     left_and_right_step_over_characters_not_bytes,
	     enter_breaks_lines_but_not_in_a_single_line,
	     pasted_text_is_cleaned_and_nothing_is_lost,
	     wrapping_counts_cells_wide_characters_take_two,
	     wrapping_breaks_after_a_blank_and_a_full_row_gets_one_after_it,
	     up_and_down_keep_the_column_across_rows, the_view_scrolls_to_the_cursor)
