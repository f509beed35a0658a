/* Tests of text/safe_text: controls, escape sequences, C1, bidi and bad UTF-8 removed. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text/safe_text.h"
#include "text/utf8.h"

__attribute__((constructor)) static void use_utf8_locale(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

/* Asserts that cleaning IN with FLAGS gives WANT. */
static void expect(const char *in, unsigned flags, const char *want)
{
	char *got = safe_text_clean(in, flags);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(printable_text_passes_through_unchanged)
{
	expect("Printer on floor 3 is jammed", 0, "Printer on floor 3 is jammed");
	expect("Z\xC3\xBCrich \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80", 0,
	       "Z\xC3\xBCrich \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80");
}
END_TEST

START_TEST(c0_controls_and_del_are_removed)
{
	expect("a\x01\x02\x07\x08"
	       "b\x0B\x0C\x7F"
	       "c\x1F"
	       "d",
	       0, "abcd");
}
END_TEST

START_TEST(line_breaks_become_spaces_unless_kept)
{
	expect("one\ntwo", 0, "one two");
	expect("one\ntwo", SAFE_TEXT_KEEP_NEWLINE, "one\ntwo");
	expect("one\r\ntwo\rthree", SAFE_TEXT_KEEP_NEWLINE, "one\ntwo\nthree");
	expect("one\r\ntwo", 0, "one two");
	expect("a\xE2\x80\xA8"
	       "b\xE2\x80\xA9"
	       "c",
	       SAFE_TEXT_KEEP_NEWLINE, "a\nb\nc");
}
END_TEST

START_TEST(tabs_are_kept_expanded_or_made_spaces_as_asked)
{
	expect("a\tb", 0, "a b");
	expect("a\tb", SAFE_TEXT_KEEP_TAB, "a\tb");
	expect("ab\tc", SAFE_TEXT_EXPAND_TAB, "ab      c");
	expect("x\n\ty", SAFE_TEXT_EXPAND_TAB | SAFE_TEXT_KEEP_NEWLINE, "x\n        y");
	/* a wide character takes two cells towards the tab stop */
	expect("\xE4\xB8\xAD\tx", SAFE_TEXT_EXPAND_TAB, "\xE4\xB8\xAD      x");
}
END_TEST

START_TEST(csi_sequences_are_removed_whole)
{
	expect("a\x1B[1;31mred\x1B[0m b", 0, "ared b");
	expect("\x1B[?25l\x1B[2J\x1B[H"
	       "x",
	       0, "x");
	expect("\x1B[38;2;255;0;0mz", 0, "z");
	/* a byte that cannot be part of it ends the sequence and stays text */
	expect("\x1B[12\xC3\xA9", 0, "\xC3\xA9");
}
END_TEST

START_TEST(osc_strings_end_at_bel_or_st)
{
	expect("\x1B]0;owned title\x07"
	       "after",
	       0, "after");
	expect("\x1B]8;;https://evil.example\x1B\\link\x1B]8;;\x1B\\!", 0, "link!");
	expect("\x1B]52;c;ZXZpbA==\xC2\x9C"
	       "clip",
	       0, "clip");
}
END_TEST

START_TEST(dcs_sos_pm_and_apc_strings_are_removed_up_to_st)
{
	expect("a\x1BPq#0;2;0;0;0\x1B\\b", 0, "ab");
	expect("a\x1BXsos text\x1B\\b", 0, "ab");
	expect("a\x1B^pm text\x1B\\b", 0, "ab");
	expect("a\x1B_apc text\x1B\\b", 0, "ab");
}
END_TEST

START_TEST(two_byte_escape_sequences_are_removed)
{
	expect("a\x1B"
	       "cb",
	       0, "ab");
	expect("a\x1B(Bb\x1B"
	       "7c\x1B"
	       "8",
	       0, "abc");
	expect("a\x1B#8b", 0, "ab");
}
END_TEST

START_TEST(an_escape_cut_off_by_the_end_of_input_is_dropped)
{
	expect("tail\x1B", 0, "tail");
	expect("tail\x1B[", 0, "tail");
	expect("tail\x1B[31", 0, "tail");
	expect("tail\x1B]0;unterminated", 0, "tail");
}
END_TEST

START_TEST(a_string_sequence_cannot_swallow_the_next_line)
{
	expect("a\x1B]0;title\nsecond line", SAFE_TEXT_KEEP_NEWLINE, "a\nsecond line");
	expect("a\x1B]0;x\x1B[31mb", 0, "ab");
	expect("a\x1BPdata\x18"
	       "b",
	       0, "ab");
}
END_TEST

START_TEST(eight_bit_csi_and_c1_controls_are_removed)
{
	expect("a\xC2\x9B"
	       "31mb",
	       0, "ab");
	expect("a\xC2\x9D"
	       "0;title\xC2\x9C"
	       "b",
	       0, "ab");
	expect("a\xC2\x90"
	       "dcs\xC2\x9C"
	       "b",
	       0, "ab");
	expect("a\xC2\x85"
	       "b\xC2\x80\xC2\x81"
	       "c",
	       0, "abc");
}
END_TEST

START_TEST(raw_c1_bytes_are_invalid_utf8_and_become_replacements)
{
	expect("\x9B"
	       "31m",
	       0,
	       "\xEF\xBF\xBD"
	       "31m");
}
END_TEST

START_TEST(every_bidi_control_is_removed)
{
	const char *bidi[] = { "\xD8\x9C",     "\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x80\xAA",
			       "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",
			       "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9" };
	for (size_t i = 0; i < sizeof(bidi) / sizeof(bidi[0]); i++) {
		char in[32];
		strcpy(in, "ab");
		strcat(in, bidi[i]);
		strcat(in, "cd");
		expect(in, 0, "abcd");
	}
	/* neighbours of the bidi ranges stay */
	expect("\xE2\x80\x8D\xE2\x81\xA0", 0, "\xE2\x80\x8D\xE2\x81\xA0");
}
END_TEST

START_TEST(invalid_utf8_becomes_one_replacement_per_maximal_subpart)
{
	expect("a\xC0\x80"
	       "b",
	       0,
	       "a\xEF\xBF\xBD\xEF\xBF\xBD"
	       "b");
	expect("a\xED\xA0\x80"
	       "b",
	       0,
	       "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
	       "b");
	expect("a\xF4\x90\x80\x80"
	       "b",
	       0,
	       "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
	       "b");
	expect("a\xE2\x82"
	       "b",
	       0,
	       "a\xEF\xBF\xBD"
	       "b");
	expect("end\xF0\x9F\x98", 0, "end\xEF\xBF\xBD");
}
END_TEST

START_TEST(nul_bytes_inside_the_length_are_removed)
{
	char *got = safe_text_clean_n("a\0b\0", 4, 0);
	ck_assert_str_eq(got, "ab");
	free(got);
}
END_TEST

START_TEST(null_gives_null_and_empty_gives_empty)
{
	ck_assert_ptr_null(safe_text_clean(NULL, 0));
	expect("", 0, "");
	char *got = safe_text_clean_n(NULL, 0, 0);
	ck_assert_str_eq(got, "");
	free(got);
}
END_TEST

START_TEST(every_byte_value_in_any_order_gives_safe_utf8)
{
	unsigned seed = 12345;
	char in[4096];
	for (int round = 0; round < 200; round++) {
		for (size_t i = 0; i < sizeof(in); i++) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) & 0xFF;
			/* favour the bytes that start trouble */
			static const unsigned char hot[] = {
				0x1B, '[', ']', 0xC2, 0x9B, 0x07, '\\'
			};
			in[i] = (char)((r & 1) ? hot[(r >> 1) % sizeof(hot)] : r);
		}
		char *got = safe_text_clean_n(in, sizeof(in), SAFE_TEXT_KEEP_NEWLINE);
		size_t len = strlen(got);
		ck_assert(utf8_is_valid(got, len));
		size_t bad = 0; /* counted, not asserted per byte: Check makes each assert costly */
		for (size_t i = 0; i < len; i++) {
			unsigned char b = (unsigned char)got[i];
			unsigned char next = (unsigned char)got[i + 1];
			bad += (b < 0x20 && b != '\n') || b == 0x7F ||
			       (b == 0xC2 && next >= 0x80 && next <= 0x9F);
		}
		ck_assert_uint_eq(bad, 0);
		free(got);
	}
}
END_TEST

HARNESS_MAIN("safe_text", printable_text_passes_through_unchanged, c0_controls_and_del_are_removed,
	     line_breaks_become_spaces_unless_kept, tabs_are_kept_expanded_or_made_spaces_as_asked,
	     csi_sequences_are_removed_whole, osc_strings_end_at_bel_or_st,
	     dcs_sos_pm_and_apc_strings_are_removed_up_to_st, two_byte_escape_sequences_are_removed,
	     an_escape_cut_off_by_the_end_of_input_is_dropped,
	     a_string_sequence_cannot_swallow_the_next_line,
	     eight_bit_csi_and_c1_controls_are_removed,
	     raw_c1_bytes_are_invalid_utf8_and_become_replacements, every_bidi_control_is_removed,
	     invalid_utf8_becomes_one_replacement_per_maximal_subpart,
	     nul_bytes_inside_the_length_are_removed, null_gives_null_and_empty_gives_empty,
	     every_byte_value_in_any_order_gives_safe_utf8)
