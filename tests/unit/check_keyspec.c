/* Tests of config/keyspec: the key names of bind lines. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "config/keyspec.h"
#include "harness.h"

static struct keyspec parse_ok(const char *spec)
{
	struct keyspec key;
	const char *error = NULL;
	ck_assert_msg(keyspec_parse(spec, &key, &error), "%s: %s", spec, error ? error : "");
	return key;
}

static void assert_bad(const char *spec)
{
	struct keyspec key;
	const char *error = NULL;
	ck_assert_msg(!keyspec_parse(spec, &key, &error), "%s parsed", spec);
	ck_assert_ptr_nonnull(error);
}

START_TEST(control_keys_written_either_way_are_the_same_key)
{
	struct keyspec a = parse_ok("<C-d>"), b = parse_ok("^D"), c = parse_ok("<c-D>");
	ck_assert_uint_eq(a.codepoint, 4);
	ck_assert(keyspec_equal(&a, &b));
	ck_assert(keyspec_equal(&a, &c));
	ck_assert(!a.is_meta);
}
END_TEST

START_TEST(named_keys_are_special_whatever_their_case)
{
	ck_assert_int_eq(parse_ok("<PgDn>").special, KEYSPEC_PGDN);
	ck_assert_int_eq(parse_ok("<pagedown>").special, KEYSPEC_PGDN);
	ck_assert_int_eq(parse_ok("<Enter>").special, KEYSPEC_ENTER);
	ck_assert_int_eq(parse_ok("<Esc>").special, KEYSPEC_ESC);
	ck_assert_int_eq(parse_ok("<Up>").special, KEYSPEC_UP);
	ck_assert_int_eq(parse_ok("<F1>").special, KEYSPEC_F1);
	ck_assert_int_eq(parse_ok("<F12>").special, KEYSPEC_F12);
	ck_assert_int_eq(parse_ok("<Home>").special, KEYSPEC_HOME);
}
END_TEST

START_TEST(tab_enter_and_escape_control_codes_become_their_named_keys)
{
	ck_assert_int_eq(parse_ok("<Tab>").special, KEYSPEC_TAB);
	ck_assert_int_eq(parse_ok("^I").special, KEYSPEC_TAB);
	ck_assert_int_eq(parse_ok("<C-m>").special, KEYSPEC_ENTER);
	ck_assert_int_eq(parse_ok("^[").special, KEYSPEC_ESC);
	ck_assert_int_eq(parse_ok("<S-Tab>").special, KEYSPEC_BACKTAB);
}
END_TEST

START_TEST(meta_marks_a_key_preceded_by_escape)
{
	struct keyspec k = parse_ok("<M-x>");
	ck_assert(k.is_meta);
	ck_assert_uint_eq(k.codepoint, 'x');
	k = parse_ok("<M-C-d>");
	ck_assert(k.is_meta);
	ck_assert_uint_eq(k.codepoint, 4);
	k = parse_ok("<M-Enter>");
	ck_assert(k.is_meta);
	ck_assert_int_eq(k.special, KEYSPEC_ENTER);
}
END_TEST

START_TEST(single_characters_including_utf8_are_keys)
{
	ck_assert_uint_eq(parse_ok("q").codepoint, 'q');
	ck_assert_uint_eq(parse_ok("<").codepoint, '<');
	ck_assert_uint_eq(parse_ok("^").codepoint, '^');
	ck_assert_uint_eq(parse_ok("é").codepoint, 0xe9);
	ck_assert_uint_eq(parse_ok("€").codepoint, 0x20ac);
	ck_assert_uint_eq(parse_ok("<lt>").codepoint, '<');
	ck_assert_uint_eq(parse_ok("<Space>").codepoint, ' ');
	ck_assert_int_eq(parse_ok("x").special, KEYSPEC_NONE);
}
END_TEST

START_TEST(unknown_names_and_several_characters_are_errors)
{
	assert_bad("");
	assert_bad("ab");
	assert_bad("<Nope>");
	assert_bad("<C-F1>");
	assert_bad("<S-1>");
	assert_bad("^1");
	assert_bad("\xff");
	assert_bad("\xc3");
	assert_bad("\xc0\xaf"); /* overlong '/' */
}
END_TEST

START_TEST(formatting_then_parsing_gives_the_same_key)
{
	const char *specs[] = { "<C-d>", "<PgDn>", "<M-x>",   "q",     "<S-Tab>", "<F7>",
				"é",	 "<lt>",   "<Space>", "<C-?>", "<M-C-a>", "<Esc>" };
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		char buf[32];
		struct keyspec a = parse_ok(specs[i]);
		keyspec_format(&a, buf, sizeof(buf));
		struct keyspec b = parse_ok(buf);
		ck_assert_msg(keyspec_equal(&a, &b), "%s -> %s", specs[i], buf);
	}
	char buf[32];
	struct keyspec k = parse_ok("^D");
	ck_assert_str_eq(keyspec_format(&k, buf, sizeof(buf)), "<C-d>");
}
END_TEST

HARNESS_MAIN("keyspec", control_keys_written_either_way_are_the_same_key,
	     named_keys_are_special_whatever_their_case,
	     tab_enter_and_escape_control_codes_become_their_named_keys,
	     meta_marks_a_key_preceded_by_escape, single_characters_including_utf8_are_keys,
	     unknown_names_and_several_characters_are_errors,
	     formatting_then_parsing_gives_the_same_key)
