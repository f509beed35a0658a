/* Tests of text/width: cells of characters, cutting, padding and wrapping by cells. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text/width.h"

__attribute__((constructor)) static void use_utf8_locale(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

#define CJK_ZHONG "\xE4\xB8\xAD" /* U+4E2D, two cells */
#define CJK_WEN "\xE6\x96\x87"	 /* U+6587, two cells */
#define GRIN "\xF0\x9F\x98\x80"	 /* U+1F600, two cells */
#define ACUTE "\xCC\x81"	 /* U+0301 combining acute accent */
#define ZWSP "\xE2\x80\x8B"	 /* U+200B zero width space */
#define ELL TEXT_ELLIPSIS

static void expect_cut(const char *in, int cols, const char *ellipsis, const char *want)
{
	char *got = text_cut(in, cols, ellipsis);
	ck_assert_str_eq(got, want);
	ck_assert_int_le(text_width(got), cols < 0 ? 0 : cols);
	free(got);
}

START_TEST(ascii_counts_one_cell_per_character)
{
	ck_assert_int_eq(text_width("hello, world"), 12);
	ck_assert_int_eq(text_width(""), 0);
	ck_assert_int_eq(text_char_width('x'), 1);
}
END_TEST

START_TEST(cjk_and_emoji_count_two_cells)
{
	ck_assert_int_eq(text_width(CJK_ZHONG CJK_WEN), 4);
	ck_assert_int_eq(text_width(GRIN), 2);
	ck_assert_int_eq(text_width("a" CJK_ZHONG "b"), 4);
}
END_TEST

START_TEST(combining_marks_and_zero_width_characters_count_nothing)
{
	ck_assert_int_eq(text_width("e" ACUTE), 1);
	ck_assert_int_eq(text_width("a" ZWSP "b"), 2);
	ck_assert_int_eq(text_char_width(0x0301), 0);
}
END_TEST

START_TEST(controls_count_nothing_and_invalid_bytes_count_one)
{
	ck_assert_int_eq(text_width("a\x1B"
				    "b\x7F\t"),
			 2);
	ck_assert_int_eq(text_char_width(0x85), 0);
	ck_assert_int_eq(text_width("a\xFF"
				    "b"),
			 3);
	ck_assert_int_eq(text_width("\xE2\x82"), 1);
}
END_TEST

START_TEST(null_has_no_width_and_cuts_to_empty)
{
	ck_assert_int_eq(text_width(NULL), 0);
	expect_cut(NULL, 5, ELL, "");
}
END_TEST

START_TEST(fit_reports_the_bytes_and_cells_that_fit)
{
	int cols;
	const char *s = "ab" CJK_ZHONG "c";
	ck_assert_uint_eq(text_fit(s, strlen(s), 3, &cols), 2);
	ck_assert_int_eq(cols, 2);
	ck_assert_uint_eq(text_fit(s, strlen(s), 4, &cols), 5);
	ck_assert_int_eq(cols, 4);
	ck_assert_uint_eq(text_fit(s, strlen(s), 100, NULL), strlen(s));
}
END_TEST

START_TEST(cut_keeps_text_that_fits)
{
	expect_cut("short", 5, ELL, "short");
	expect_cut("short", 80, ELL, "short");
	expect_cut(CJK_ZHONG CJK_WEN, 4, ELL, CJK_ZHONG CJK_WEN);
}
END_TEST

START_TEST(cut_ends_with_the_ellipsis_within_the_limit)
{
	expect_cut("Printer jammed", 8, ELL, "Printer" ELL);
	expect_cut("Printer jammed", 8, TEXT_ELLIPSIS_ASCII, "Printer~");
	expect_cut("Printer jammed", 8, NULL, "Printer ");
	expect_cut("Printer jammed", 1, ELL, ELL);
}
END_TEST

START_TEST(cut_never_splits_a_wide_character_at_the_boundary)
{
	expect_cut("ab" CJK_ZHONG "c", 3, NULL, "ab");
	expect_cut("ab" CJK_ZHONG "cd", 4, ELL, "ab" ELL);
	expect_cut(CJK_ZHONG CJK_WEN CJK_ZHONG, 5, ELL, CJK_ZHONG CJK_WEN ELL);
	expect_cut(CJK_ZHONG CJK_WEN CJK_ZHONG, 4, ELL, CJK_ZHONG ELL);
	expect_cut(GRIN GRIN, 3, NULL, GRIN);
}
END_TEST

START_TEST(cut_keeps_combining_marks_with_their_base)
{
	expect_cut("e" ACUTE "e" ACUTE "e" ACUTE, 2, NULL, "e" ACUTE "e" ACUTE);
	expect_cut("e" ACUTE "e" ACUTE "e" ACUTE, 2, ELL, "e" ACUTE ELL);
}
END_TEST

START_TEST(cut_without_room_for_the_ellipsis_cuts_plainly)
{
	expect_cut("abcdef", 2, "...", "ab");
	expect_cut("abcdef", 0, ELL, "");
	expect_cut("abcdef", -3, ELL, "");
}
END_TEST

START_TEST(pad_gives_exactly_the_width_on_the_asked_side)
{
	char *s = text_pad("ab", 5, TEXT_ALIGN_LEFT, ELL);
	ck_assert_str_eq(s, "ab   ");
	free(s);
	s = text_pad("ab", 5, TEXT_ALIGN_RIGHT, ELL);
	ck_assert_str_eq(s, "   ab");
	free(s);
	s = text_pad("ab", 5, TEXT_ALIGN_CENTER, ELL);
	ck_assert_str_eq(s, " ab  ");
	free(s);
	s = text_pad(CJK_ZHONG, 3, TEXT_ALIGN_LEFT, ELL);
	ck_assert_str_eq(s, CJK_ZHONG " ");
	free(s);
}
END_TEST

START_TEST(pad_cuts_text_wider_than_the_width)
{
	char *s = text_pad("abcdef", 4, TEXT_ALIGN_LEFT, ELL);
	ck_assert_str_eq(s, "abc" ELL);
	free(s);
	/* the wide character does not fit beside the ellipsis, a space makes up the cell */
	s = text_pad("a" CJK_ZHONG CJK_WEN, 4, TEXT_ALIGN_LEFT, ELL);
	ck_assert_str_eq(s, "a" CJK_ZHONG ELL);
	free(s);
	s = text_pad("ab" CJK_ZHONG "cd", 3, TEXT_ALIGN_RIGHT, NULL);
	ck_assert_str_eq(s, " ab");
	free(s);
}
END_TEST

/* Wraps IN at WIDTH and asserts the lines are WANT (NULL-terminated). */
static void expect_wrap(const char *in, int width, const char *const *want)
{
	struct text_lines lines;
	text_wrap(&lines, in, width);
	size_t n = 0;
	while (want[n])
		n++;
	for (size_t i = 0; i < lines.count && i < n; i++)
		ck_assert_str_eq(lines.lines[i], want[i]);
	ck_assert_uint_eq(lines.count, n);
	text_lines_fini(&lines);
}

START_TEST(wrap_breaks_at_spaces_within_the_width)
{
	const char *const want[] = { "the quick", "brown fox", "jumps", NULL };
	expect_wrap("the quick brown fox jumps", 10, want);
	const char *const exact[] = { "abc def", NULL };
	expect_wrap("abc def", 7, exact);
}
END_TEST

START_TEST(wrap_breaks_words_longer_than_a_line)
{
	const char *const want[] = { "see", "https://ex", "ample.com/", "a", NULL };
	expect_wrap("see https://example.com/a", 10, want);
}
END_TEST

START_TEST(wrap_counts_wide_characters_as_two_cells)
{
	const char *const want[] = { CJK_ZHONG CJK_WEN, CJK_ZHONG CJK_WEN, CJK_ZHONG, NULL };
	expect_wrap(CJK_ZHONG CJK_WEN CJK_ZHONG CJK_WEN CJK_ZHONG, 5, want);
	const char *const one[] = { CJK_ZHONG, CJK_WEN, NULL };
	expect_wrap(CJK_ZHONG CJK_WEN, 1, one);
}
END_TEST

START_TEST(wrap_keeps_line_breaks_and_indentation)
{
	const char *const want[] = { "1. first", "", "  - nested", "    item", NULL };
	expect_wrap("1. first\n\n  - nested item", 10, want);
	const char *const numbered[] = { "12. one", "    two", "plain", "text", NULL };
	expect_wrap("12. one two\nplain text", 8, numbered);
}
END_TEST

START_TEST(wrap_of_null_gives_no_lines)
{
	struct text_lines lines;
	text_wrap(&lines, NULL, 10);
	ck_assert_uint_eq(lines.count, 0);
	text_lines_fini(&lines);
	text_lines_fini(NULL);
}
END_TEST

START_TEST(wrapped_lines_never_exceed_the_width)
{
	const char *text = "Lorem " CJK_ZHONG CJK_WEN " ipsum e" ACUTE "dolor " GRIN GRIN GRIN
			   " sitametconsecteturadipiscing elit\n\tsed " CJK_ZHONG "do";
	for (int width = 2; width < 30; width++) {
		struct text_lines lines;
		text_wrap(&lines, text, width);
		ck_assert_uint_gt(lines.count, 0);
		for (size_t i = 0; i < lines.count; i++)
			ck_assert_int_le(text_width(lines.lines[i]), width);
		text_lines_fini(&lines);
	}
}
END_TEST

static void expect_cut_words(const char *in, int cols, const char *want)
{
	char *got = text_cut_words(in, cols, ELL);
	ck_assert_str_eq(got, want);
	ck_assert_int_le(text_width(got), cols < 0 ? 0 : cols);
	free(got);
}

START_TEST(cut_words_ends_between_words)
{
	expect_cut_words("unknown sort key 'bogus' (keys: id)", 22, "unknown sort key" ELL);
	expect_cut_words("unknown sort key 'bogus' (keys: id)", 26, "unknown sort key 'bogus'" ELL);
	expect_cut_words("unknown sort key 'bogus' (keys: id, summary)", 34,
			 "unknown sort key 'bogus' (keys" ELL);
	expect_cut_words("copied URL", 10, "copied URL");
}
END_TEST

START_TEST(cut_words_leaves_no_separator_before_the_ellipsis)
{
	expect_cut_words("keys: id, summary, status", 20, "keys: id, summary" ELL);
	expect_cut_words("one, two", 6, "one" ELL);
	expect_cut_words("ab (cd", 5, "ab" ELL);
}
END_TEST

START_TEST(cut_words_cuts_a_first_word_too_long_between_characters)
{
	expect_cut_words("Exchange-Online-is-down now", 10, "Exchange-" ELL);
	expect_cut_words(CJK_ZHONG CJK_WEN CJK_ZHONG " x", 5, CJK_ZHONG CJK_WEN ELL);
}
END_TEST

START_TEST(cut_words_counts_wide_characters_and_marks)
{
	expect_cut_words(CJK_ZHONG " " CJK_WEN CJK_WEN " x", 7, CJK_ZHONG ELL);
	expect_cut_words("Franc" ACUTE "ois Schmidt-Lang", 14, "Franc" ACUTE "ois" ELL);
}
END_TEST

HARNESS_MAIN("width", ascii_counts_one_cell_per_character, cjk_and_emoji_count_two_cells,
	     combining_marks_and_zero_width_characters_count_nothing,
	     controls_count_nothing_and_invalid_bytes_count_one,
	     null_has_no_width_and_cuts_to_empty, fit_reports_the_bytes_and_cells_that_fit,
	     cut_keeps_text_that_fits, cut_ends_with_the_ellipsis_within_the_limit,
	     cut_never_splits_a_wide_character_at_the_boundary,
	     cut_keeps_combining_marks_with_their_base,
	     cut_without_room_for_the_ellipsis_cuts_plainly,
	     pad_gives_exactly_the_width_on_the_asked_side, pad_cuts_text_wider_than_the_width,
	     wrap_breaks_at_spaces_within_the_width, wrap_breaks_words_longer_than_a_line,
	     wrap_counts_wide_characters_as_two_cells, wrap_keeps_line_breaks_and_indentation,
	     wrap_of_null_gives_no_lines, wrapped_lines_never_exceed_the_width,
	     cut_words_ends_between_words, cut_words_leaves_no_separator_before_the_ellipsis,
	     cut_words_cuts_a_first_word_too_long_between_characters,
	     cut_words_counts_wide_characters_and_marks)
