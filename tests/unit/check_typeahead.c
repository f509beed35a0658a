/* Tests of the keys typed ahead of a pane's rows: kept in order up to a cap, said in words. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "harness.h"
#include "ui/typeahead.h"

START_TEST(keys_are_kept_in_order_and_counted_in_words)
{
	struct typeahead t = { 0 };
	struct strbuf sb;
	strbuf_init(&sb);
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "");
	ck_assert(typeahead_push(&t, CMD_MOVE_DOWN));
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "1 key typed ahead, kept for the rows");
	ck_assert(typeahead_push(&t, CMD_OPEN));
	ck_assert_int_eq(t.n, 2);
	ck_assert_int_eq(t.cmd[0], CMD_MOVE_DOWN);
	ck_assert_int_eq(t.cmd[1], CMD_OPEN);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(keys_past_the_cap_are_counted_as_not_kept)
{
	struct typeahead t = { 0 };
	for (int i = 0; i < TYPEAHEAD_MAX; i++)
		ck_assert(typeahead_push(&t, CMD_MOVE_DOWN));
	ck_assert(!typeahead_push(&t, CMD_MOVE_UP));
	ck_assert(!typeahead_push(&t, CMD_MOVE_UP));
	ck_assert_int_eq(t.n, TYPEAHEAD_MAX);
	struct strbuf sb;
	strbuf_init(&sb);
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "32 keys typed ahead, 2 not kept");
	strbuf_fini(&sb);
}
END_TEST

START_TEST(keys_given_up_are_said_until_the_next_one)
{
	struct typeahead t = { 0 };
	typeahead_push(&t, CMD_MOVE_DOWN);
	typeahead_push(&t, CMD_LAST);
	typeahead_drop(&t);
	ck_assert_int_eq(t.n, 0);
	struct strbuf sb;
	strbuf_init(&sb);
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "2 keys typed ahead not applied");
	strbuf_reset(&sb);
	typeahead_push(&t, CMD_MOVE_UP);
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "1 key typed ahead, kept for the rows");
	typeahead_clear(&t);
	strbuf_reset(&sb);
	typeahead_describe(&t, &sb);
	ck_assert_str_eq(sb.data, "");
	strbuf_fini(&sb);
}
END_TEST

HARNESS_MAIN("typeahead", keys_are_kept_in_order_and_counted_in_words,
	     keys_past_the_cap_are_counted_as_not_kept, keys_given_up_are_said_until_the_next_one)
