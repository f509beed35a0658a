/* Tests of app/keymap and the command table: defaults, per-view bindings, help lines. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "app/keymap.h"
#include "harness.h"

START_TEST(every_command_has_a_name_and_help_and_is_found_by_its_name)
{
	for (int c = 1; c < CMD_COUNT; c++) {
		ck_assert_str_ne(command_name((enum command)c), "");
		ck_assert_str_ne(command_help((enum command)c), "");
		ck_assert_int_eq(command_by_name(command_name((enum command)c)), c);
	}
	ck_assert_int_eq(command_by_name("no-such-command"), CMD_NONE);
}
END_TEST

START_TEST(the_default_keys_include_arrows_and_vim_keys)
{
	struct keymap km;
	keymap_init(&km);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'j'), CMD_MOVE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_DOWN), CMD_MOVE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_CTRL('d')), CMD_HALF_PAGE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_PGDN), CMD_PAGE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'G'), CMD_LAST);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_ENTER), CMD_OPEN);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_ESC), CMD_CLOSE);
	ck_assert_int_eq(keymap_lookup(&km, "list", '?'), CMD_HELP);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'Z'), CMD_NONE);
	keymap_fini(&km);
}
END_TEST

START_TEST(a_view_binding_wins_over_the_generic_one_only_in_that_view)
{
	struct keymap km;
	keymap_init(&km);
	keymap_bind(&km, "detail", 'j', CMD_PAGE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "detail", 'j'), CMD_PAGE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'j'), CMD_MOVE_DOWN);
	keymap_fini(&km);
}
END_TEST

START_TEST(binding_a_key_again_replaces_the_old_binding)
{
	struct keymap km;
	keymap_init(&km);
	size_t before = km.count;
	keymap_bind(&km, "generic", 'j', CMD_LAST);
	ck_assert_uint_eq(km.count, before);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'j'), CMD_LAST);
	keymap_bind(&km, "generic", 'j', CMD_NONE);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'j'), CMD_NONE);
	keymap_fini(&km);
}
END_TEST

START_TEST(alt_keys_are_distinct_from_plain_ones)
{
	struct keymap km;
	keymap_init(&km);
	keymap_bind(&km, "generic", UI_KEY_ALT('j'), CMD_LAST);
	ck_assert_int_eq(keymap_lookup(&km, "list", 'j'), CMD_MOVE_DOWN);
	ck_assert_int_eq(keymap_lookup(&km, "list", UI_KEY_ALT('j')), CMD_LAST);
	keymap_fini(&km);
}
END_TEST

static const char *keys_of(const struct help_data *h, const char *name)
{
	for (size_t i = 0; i < h->count; i++)
		if (h->lines[i].name && !strcmp(h->lines[i].name, name))
			return h->lines[i].keys;
	return NULL;
}

START_TEST(the_help_shows_the_live_keys_of_the_view)
{
	struct keymap km;
	struct help_data h = { 0 };
	keymap_init(&km);
	keymap_bind(&km, "list", 'x', CMD_QUIT);
	keymap_bind(&km, "list", 'j', CMD_LAST);
	keymap_help(&km, "list", &h);
	ck_assert_str_eq(keys_of(&h, "quit"), "Q x");
	ck_assert_str_eq(keys_of(&h, "move-down"), "<Down>");
	ck_assert_str_eq(keys_of(&h, "last"), "j G <End>");
	keymap_help(&km, "detail", &h);
	ck_assert_str_eq(keys_of(&h, "quit"), "Q");
	help_data_clear(&h);
	keymap_fini(&km);
}
END_TEST

/* The index of the line naming CMD in H, or -1. */
static long line_of(const struct help_data *h, enum command cmd)
{
	for (size_t i = 0; i < h->count; i++)
		if (h->lines[i].name && !strcmp(h->lines[i].name, command_name(cmd)))
			return (long)i;
	return -1;
}

START_TEST(the_help_shows_the_pane_s_own_keys_first_then_generic_then_typed_commands)
{
	struct keymap km;
	struct help_data h = { 0 };
	keymap_init(&km);
	keymap_help(&km, "list", &h);
	ck_assert_int_eq(h.lines[0].kind, HELP_HEADING);
	ck_assert_str_eq(h.lines[0].keys, "Keys of the list pane");
	ck_assert_int_lt(line_of(&h, CMD_SORT_NEXT), line_of(&h, CMD_MOVE_DOWN));
	ck_assert_int_lt(line_of(&h, CMD_MOVE_DOWN), line_of(&h, CMD_TICKET));
	long ticket = line_of(&h, CMD_TICKET);
	ck_assert_int_eq(h.lines[ticket].kind, HELP_TYPED);
	ck_assert_str_eq(h.lines[ticket].keys, ":ticket ID");
	ck_assert_str_eq(h.lines[line_of(&h, CMD_SET)].keys, ":set NAME = VALUE");
	/* The detail pane has its own first section: no sorting there. */
	keymap_help(&km, "detail", &h);
	ck_assert_str_eq(h.lines[0].keys, "Keys of the detail pane");
	ck_assert_int_eq(line_of(&h, CMD_SORT_NEXT), -1);
	ck_assert_int_lt(line_of(&h, CMD_HISTORY), line_of(&h, CMD_MOVE_DOWN));
	/* A key bound in a pane makes its command that pane's own. */
	keymap_bind(&km, "detail", 'x', CMD_QUIT);
	keymap_help(&km, "detail", &h);
	ck_assert_int_lt(line_of(&h, CMD_QUIT), line_of(&h, CMD_MOVE_DOWN));
	/* Every command shows once, in one section or another: in the list's help, or else in
	 * the help of the first pane it belongs to (resend in the outbox's). */
	for (int c = 1; c < CMD_COUNT; c++) {
		char pane[32];
		snprintf(pane, sizeof(pane), "%s", command_panes((enum command)c));
		pane[strcspn(pane, " ")] = '\0';
		keymap_help(&km, "list", &h);
		if (line_of(&h, (enum command)c) < 0 && *pane)
			keymap_help(&km, pane, &h);
		ck_assert_int_ge(line_of(&h, (enum command)c), 0);
	}
	help_data_clear(&h);
	keymap_fini(&km);
}
END_TEST

/* The index of the line of KIND naming CMD in H, or -1. */
static long line_of_kind(const struct help_data *h, enum command cmd, enum help_line_kind kind)
{
	for (size_t i = 0; i < h->count; i++)
		if (h->lines[i].kind == kind && h->lines[i].name &&
		    !strcmp(h->lines[i].name, command_name(cmd)))
			return (long)i;
	return -1;
}

/* A command that takes words and has a key shows twice: with its key among the pane's keys,
 * and with its words among the commands typed at `:`. */
START_TEST(a_command_with_words_and_a_key_shows_its_key_too)
{
	struct keymap km;
	struct help_data h = { 0 };
	keymap_init(&km);
	keymap_help(&km, "list", &h);
	long key = line_of_kind(&h, CMD_NOTE, HELP_KEYS);
	long typed = line_of_kind(&h, CMD_NOTE, HELP_TYPED);
	ck_assert_int_ge(key, 0);
	ck_assert_str_eq(h.lines[key].keys, "m");
	ck_assert_int_gt(typed, key);
	ck_assert_str_eq(h.lines[typed].keys, ":note [TEXT]");
	/* One without a key shows only as typed. */
	ck_assert_int_eq(line_of_kind(&h, CMD_TICKET, HELP_KEYS), -1);
	help_data_clear(&h);
	keymap_fini(&km);
}
END_TEST

/* Default keys are bound for every pane alike: one key for two commands would leave one of
 * them without its key (D was both delete and the outbox's discard). */
START_TEST(no_two_commands_share_a_default_key)
{
	for (int c = 1; c < CMD_COUNT; c++)
		for (const int *k = command_default_keys((enum command)c); *k; k++)
			for (int o = c + 1; o < CMD_COUNT; o++)
				for (const int *l = command_default_keys((enum command)o); *l; l++)
					ck_assert_msg(*k != *l, "%s and %s share a key",
						      command_name((enum command)c),
						      command_name((enum command)o));
}
END_TEST

START_TEST(every_command_says_what_it_takes)
{
	ck_assert_int_eq(command_arg(CMD_MOVE_DOWN), ARG_NONE);
	ck_assert_str_eq(command_usage(CMD_MOVE_DOWN), "");
	ck_assert_int_eq(command_arg(CMD_TICKET), ARG_NUMBER);
	ck_assert_int_eq(command_arg(CMD_FILTER), ARG_QUERY);
	for (int c = 1; c < CMD_COUNT; c++)
		ck_assert_int_eq(command_arg((enum command)c) == ARG_NONE,
				 !*command_usage((enum command)c));
	ck_assert(command_is_pane_own(CMD_SORT_NEXT, "list"));
	ck_assert(!command_is_pane_own(CMD_SORT_NEXT, "detail"));
	ck_assert(!command_is_pane_own(CMD_SORT_NEXT, "lis"));
}
END_TEST

START_TEST(key_names_round_trip)
{
	const int keys[] = { 'j',	 UI_KEY_CTRL('d'), UI_KEY_PGDN,	  UI_KEY_ENTER, UI_KEY_ESC,
			     UI_KEY_TAB, UI_KEY_ALT('x'),  UI_KEY_F1 + 4, ' ',		'<' };
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		char name[32];
		int back = 0;
		ui_key_name(keys[i], name, sizeof(name));
		ck_assert_msg(ui_key_from_name(name, &back), "%s", name);
		ck_assert_int_eq(back, keys[i]);
	}
	int k;
	ck_assert(!ui_key_from_name("<NoSuchKey>", &k));
}
END_TEST

HARNESS_MAIN("keymap", the_help_shows_the_pane_s_own_keys_first_then_generic_then_typed_commands,
	     a_command_with_words_and_a_key_shows_its_key_too, no_two_commands_share_a_default_key,
	     every_command_says_what_it_takes,
	     every_command_has_a_name_and_help_and_is_found_by_its_name,
	     the_default_keys_include_arrows_and_vim_keys,
	     a_view_binding_wins_over_the_generic_one_only_in_that_view,
	     binding_a_key_again_replaces_the_old_binding, alt_keys_are_distinct_from_plain_ones,
	     the_help_shows_the_live_keys_of_the_view, key_names_round_trip)
