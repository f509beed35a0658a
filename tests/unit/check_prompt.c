/* Tests of ui/prompt: typing, history, completion. */
#include "config.h"

#include <check.h>
#include <locale.h>

#include "harness.h"
#include "ui/key.h"
#include "ui/prompt.h"

static void type(struct prompt *p, const char *s)
{
	for (; *s; s++)
		prompt_key(p, (unsigned char)*s, NULL, 0);
}

START_TEST(typed_keys_build_the_line_and_enter_submits_it)
{
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "quit");
	ck_assert_str_eq(prompt_text(&p), "quit");
	ck_assert_int_eq(prompt_key(&p, UI_KEY_ENTER, NULL, 0), PROMPT_SUBMIT);
	prompt_close(&p, true);
	ck_assert(!p.is_active);
	prompt_fini(&p);
}
END_TEST

START_TEST(backspace_removes_a_whole_multibyte_character)
{
	setlocale(LC_ALL, "C.UTF-8");
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	prompt_key(&p, 'a', NULL, 0);
	prompt_key(&p, 0x00E9, NULL, 0); /* é, two bytes */
	ck_assert_str_eq(prompt_text(&p), "a\xC3\xA9");
	prompt_key(&p, UI_KEY_BACKSPACE, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "a");
	prompt_fini(&p);
}
END_TEST

START_TEST(backspace_on_an_empty_line_cancels)
{
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	ck_assert_int_eq(prompt_key(&p, UI_KEY_BACKSPACE, NULL, 0), PROMPT_CANCEL);
	ck_assert(!p.is_active);
	prompt_fini(&p);
}
END_TEST

START_TEST(up_recalls_submitted_lines_newest_first)
{
	struct prompt p;
	prompt_init(&p);
	const char *lines[] = { "one", "two" };
	for (int i = 0; i < 2; i++) {
		prompt_open(&p);
		type(&p, lines[i]);
		prompt_close(&p, true);
	}
	prompt_open(&p);
	prompt_key(&p, UI_KEY_UP, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "two");
	prompt_key(&p, UI_KEY_UP, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "one");
	prompt_key(&p, UI_KEY_DOWN, NULL, 0);
	prompt_key(&p, UI_KEY_DOWN, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "");
	prompt_fini(&p);
}
END_TEST

START_TEST(cancelled_lines_stay_out_of_the_history)
{
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "secret");
	prompt_key(&p, UI_KEY_ESC, NULL, 0);
	ck_assert_uint_eq(p.history_len, 0);
	prompt_fini(&p);
}
END_TEST

START_TEST(tab_completes_the_last_word_and_cycles_through_matches)
{
	static const struct prompt_choice half[] = { { "half-page-down", "Move down", ' ' },
						     { "half-page-up", "Move up", ' ' } };
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "bind list x half");
	prompt_key(&p, UI_KEY_TAB, half, 2);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-down");
	ck_assert(prompt_is_cycling(&p));
	ck_assert_uint_eq(p.n_choices, 2);
	ck_assert_int_eq(prompt_choice_rows(&p, 10), 2);
	ck_assert_int_eq(prompt_choice_rows(&p, 1), 1);
	prompt_key(&p, UI_KEY_TAB, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-up");
	ck_assert_uint_eq(p.choice_index, 1);
	prompt_key(&p, UI_KEY_TAB, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-down");
	/* Any other key puts the choices away. */
	prompt_key(&p, 'x', NULL, 0);
	ck_assert_int_eq(prompt_choice_rows(&p, 10), 0);
	ck_assert(!prompt_is_cycling(&p));
	prompt_fini(&p);
}
END_TEST

START_TEST(a_unique_choice_goes_in_with_its_suffix_and_shows_its_note)
{
	static const struct prompt_choice param[] = { { "status_id", NULL, '=' } };
	static const struct prompt_choice setting[] = { { "page-size", "Rows per page", ' ' } };
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "filter stat");
	prompt_key(&p, UI_KEY_TAB, param, 1);
	ck_assert_str_eq(prompt_text(&p), "filter status_id=");
	ck_assert(!prompt_is_cycling(&p));
	ck_assert_int_eq(prompt_choice_rows(&p, 10), 0); /* no note: nothing to show */
	prompt_open(&p);
	type(&p, "set page");
	prompt_key(&p, UI_KEY_TAB, setting, 1);
	ck_assert_str_eq(prompt_text(&p), "set page-size ");
	ck_assert_int_eq(prompt_choice_rows(&p, 10), 1);
	ck_assert_str_eq(p.choices[0].note, "Rows per page");
	prompt_fini(&p);
}
END_TEST

START_TEST(the_completed_word_starts_after_a_blank_an_equals_or_a_comma)
{
	ck_assert_uint_eq(prompt_word_start("fil"), 0);
	ck_assert_uint_eq(prompt_word_start("filter mine="), 12);
	ck_assert_uint_eq(prompt_word_start("filter status=1,in"), 16);
	ck_assert_uint_eq(prompt_word_start("set "), 4);
}
END_TEST

START_TEST(tab_with_no_match_leaves_the_line_alone)
{
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "zz");
	prompt_key(&p, UI_KEY_TAB, NULL, 0);
	ck_assert_str_eq(prompt_text(&p), "zz");
	ck_assert_int_eq(prompt_choice_rows(&p, 10), 0);
	prompt_fini(&p);
}
END_TEST

HARNESS_MAIN("prompt", typed_keys_build_the_line_and_enter_submits_it,
	     backspace_removes_a_whole_multibyte_character, backspace_on_an_empty_line_cancels,
	     up_recalls_submitted_lines_newest_first, cancelled_lines_stay_out_of_the_history,
	     tab_completes_the_last_word_and_cycles_through_matches,
	     a_unique_choice_goes_in_with_its_suffix_and_shows_its_note,
	     the_completed_word_starts_after_a_blank_an_equals_or_a_comma,
	     tab_with_no_match_leaves_the_line_alone)
