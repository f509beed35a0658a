/* Tests of ui/prompt: typing, history, completion. */
#include "config.h"

#include "ui/prompt.h"

#include "ui/key.h"

#include "harness.h"

#include <check.h>
#include <locale.h>

static void type(struct prompt *p, const char *s)
{
	for (; *s; s++)
		prompt_key(p, (unsigned char)*s, NULL, 0);
}

static const char *const words[] = { "half-page-down", "half-page-up", "help", "history" };

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
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "bind list x half");
	prompt_key(&p, UI_KEY_TAB, words, 4);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-down");
	prompt_key(&p, UI_KEY_TAB, words, 4);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-up");
	prompt_key(&p, UI_KEY_TAB, words, 4);
	ck_assert_str_eq(prompt_text(&p), "bind list x half-page-down");
	prompt_fini(&p);
}
END_TEST

START_TEST(tab_with_no_match_leaves_the_line_alone)
{
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	type(&p, "zz");
	prompt_key(&p, UI_KEY_TAB, words, 4);
	ck_assert_str_eq(prompt_text(&p), "zz");
	prompt_fini(&p);
}
END_TEST

HARNESS_MAIN("prompt", typed_keys_build_the_line_and_enter_submits_it,
	     backspace_removes_a_whole_multibyte_character, backspace_on_an_empty_line_cancels,
	     up_recalls_submitted_lines_newest_first, cancelled_lines_stay_out_of_the_history,
	     tab_completes_the_last_word_and_cycles_through_matches,
	     tab_with_no_match_leaves_the_line_alone)
