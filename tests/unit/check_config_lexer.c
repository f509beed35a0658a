/* Tests of config/lexer: words, quoting, escapes, comments, spans, errors. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "config/lexer.h"
#include "harness.h"

static struct lexer_words split_ok(const char *line)
{
	struct lexer_words w;
	const char *error = "unset";
	ck_assert_msg(lexer_split(line, &w, &error), "%s: %s", line, error ? error : "");
	ck_assert_ptr_null(error);
	return w;
}

static const char *split_error(const char *line)
{
	struct lexer_words w;
	const char *error = NULL;
	ck_assert(!lexer_split(line, &w, &error));
	ck_assert_uint_eq(w.n, 0);
	ck_assert_ptr_nonnull(error);
	return error;
}

START_TEST(blanks_separate_words_and_trailing_whitespace_is_ignored)
{
	struct lexer_words w = split_ok("  set\tpage-size   =  50 \t\r\n");
	ck_assert_uint_eq(w.n, 4);
	ck_assert_str_eq(w.v[0].text, "set");
	ck_assert_str_eq(w.v[1].text, "page-size");
	ck_assert_str_eq(w.v[2].text, "=");
	ck_assert_str_eq(w.v[3].text, "50");
	lexer_words_fini(&w);
}
END_TEST

START_TEST(double_quotes_keep_spaces_and_resolve_escapes)
{
	struct lexer_words w = split_ok("x \"a b\\\"c\\\\d\\ne\\tf\"");
	ck_assert_uint_eq(w.n, 2);
	ck_assert_str_eq(w.v[1].text, "a b\"c\\d\ne\tf");
	ck_assert(w.v[1].is_quoted);
	ck_assert(!w.v[0].is_quoted);
	lexer_words_fini(&w);
}
END_TEST

START_TEST(single_quotes_are_literal)
{
	struct lexer_words w = split_ok("printf 'abc\\nsecond \"x\"'");
	ck_assert_uint_eq(w.n, 2);
	ck_assert_str_eq(w.v[1].text, "abc\\nsecond \"x\"");
	lexer_words_fini(&w);
}
END_TEST

START_TEST(quoted_and_bare_parts_join_into_one_word)
{
	struct lexer_words w = split_ok("search=\"two words\"'!'x");
	ck_assert_uint_eq(w.n, 1);
	ck_assert_str_eq(w.v[0].text, "search=two words!x");
	lexer_words_fini(&w);
}
END_TEST

START_TEST(a_hash_at_a_word_start_begins_a_comment)
{
	struct lexer_words w = split_ok("set theme = light # the bright one \"unterminated");
	ck_assert_uint_eq(w.n, 4);
	ck_assert_str_eq(w.v[3].text, "light");
	lexer_words_fini(&w);
	w = split_ok("   # only a comment");
	ck_assert_uint_eq(w.n, 0);
	lexer_words_fini(&w);
}
END_TEST

START_TEST(a_hash_inside_quotes_or_a_word_is_text)
{
	struct lexer_words w = split_ok("a \"#not\" b#c '#'");
	ck_assert_uint_eq(w.n, 4);
	ck_assert_str_eq(w.v[1].text, "#not");
	ck_assert_str_eq(w.v[2].text, "b#c");
	ck_assert_str_eq(w.v[3].text, "#");
	lexer_words_fini(&w);
}
END_TEST

START_TEST(a_hex_colour_is_a_word_not_a_comment)
{
	struct lexer_words w = split_ok("color title #FF8800 #00aa00 # comment");
	ck_assert_uint_eq(w.n, 4);
	ck_assert_str_eq(w.v[2].text, "#FF8800");
	ck_assert_str_eq(w.v[3].text, "#00aa00");
	lexer_words_fini(&w);
	w = split_ok("x #abcdefg");
	ck_assert_uint_eq(w.n, 1);
	lexer_words_fini(&w);
}
END_TEST

START_TEST(blank_lines_give_no_words)
{
	struct lexer_words w = split_ok("");
	ck_assert_uint_eq(w.n, 0);
	lexer_words_fini(&w);
	w = split_ok(" \t \r\n");
	ck_assert_uint_eq(w.n, 0);
	lexer_words_fini(&w);
}
END_TEST

START_TEST(word_offsets_point_at_the_text_as_written)
{
	const char *line = "bind list x  open 'a b'  # c";
	struct lexer_words w = split_ok(line);
	ck_assert_uint_eq(w.n, 5);
	ck_assert_uint_eq(w.v[3].start, 13);
	ck_assert_uint_eq(w.v[4].end, 23);
	ck_assert_int_eq(strncmp(line + w.v[3].start, "open 'a b'", w.v[4].end - w.v[3].start), 0);
	lexer_words_fini(&w);
}
END_TEST

START_TEST(unterminated_quotes_and_unknown_escapes_are_errors)
{
	ck_assert(strstr(split_error("set a = \"open"), "double quote"));
	ck_assert(strstr(split_error("set a = 'open"), "single quote"));
	ck_assert(strstr(split_error("set a = \"x\\q\""), "escape"));
	ck_assert(strstr(split_error("set a = \"x\\"), "double quote"));
}
END_TEST

START_TEST(argv_copies_every_word_and_ends_with_null)
{
	struct lexer_words w = split_ok("pass show 'halo/client secret'");
	char **argv = lexer_words_argv(&w);
	ck_assert_str_eq(argv[0], "pass");
	ck_assert_str_eq(argv[2], "halo/client secret");
	ck_assert_ptr_null(argv[3]);
	lexer_argv_free(argv);
	lexer_words_fini(&w);
}
END_TEST

HARNESS_MAIN("config_lexer", blanks_separate_words_and_trailing_whitespace_is_ignored,
	     double_quotes_keep_spaces_and_resolve_escapes, single_quotes_are_literal,
	     quoted_and_bare_parts_join_into_one_word, a_hash_at_a_word_start_begins_a_comment,
	     a_hash_inside_quotes_or_a_word_is_text, a_hex_colour_is_a_word_not_a_comment,
	     blank_lines_give_no_words, word_offsets_point_at_the_text_as_written,
	     unterminated_quotes_and_unknown_escapes_are_errors,
	     argv_copies_every_word_and_ends_with_null)
