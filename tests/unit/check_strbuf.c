/* Tests of util/strbuf: growth, formatting, truncation, detaching. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util/strbuf.h"

START_TEST(appends_grow_the_buffer_and_keep_it_terminated)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (int i = 0; i < 1000; i++)
		strbuf_append_str(&sb, "ab");
	ck_assert_uint_eq(sb.len, 2000);
	ck_assert_uint_eq(strlen(sb.data), 2000);
	ck_assert_int_eq(sb.data[1999], 'b');
	strbuf_fini(&sb);
}
END_TEST

START_TEST(appendf_formats_past_the_current_capacity)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, "x=");
	strbuf_appendf(&sb, "%d %s", 42, "a fairly long string that will not fit in sixteen bytes");
	ck_assert_str_eq(sb.data, "x=42 a fairly long string that will not fit in sixteen bytes");
	strbuf_fini(&sb);
}
END_TEST

START_TEST(embedded_nul_bytes_are_kept_by_length)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append(&sb, "a\0b", 3);
	ck_assert_uint_eq(sb.len, 3);
	ck_assert_int_eq(memcmp(sb.data, "a\0b", 4), 0);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(truncate_and_reset_shorten_but_never_lengthen)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, "hello");
	strbuf_truncate(&sb, 10);
	ck_assert_str_eq(sb.data, "hello");
	strbuf_truncate(&sb, 2);
	ck_assert_str_eq(sb.data, "he");
	strbuf_reset(&sb);
	ck_assert_str_eq(sb.data, "");
	ck_assert_uint_eq(sb.len, 0);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(detach_hands_over_the_string_and_leaves_an_empty_buffer)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_char(&sb, 'z');
	char *s = strbuf_detach(&sb);
	ck_assert_str_eq(s, "z");
	ck_assert_str_eq(sb.data, "");
	ck_assert_uint_eq(sb.len, 0);
	free(s);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(take_hands_over_the_string_and_ends_the_buffer)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%d", 42);
	char *s = strbuf_take(&sb);
	ck_assert_str_eq(s, "42");
	ck_assert_ptr_null(sb.data);
	ck_assert_uint_eq(sb.cap, 0);
	strbuf_fini(&sb); /* harmless on an ended buffer */
	free(s);
}
END_TEST

START_TEST(a_detached_buffer_starts_a_new_string_on_the_next_append)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, "old");
	free(strbuf_detach(&sb));
	strbuf_appendf(&sb, "%s", "");
	ck_assert_str_eq(sb.data, "");
	strbuf_append_char(&sb, 'y');
	ck_assert_str_eq(sb.data, "y");
	strbuf_fini(&sb);
}
END_TEST

HARNESS_MAIN("strbuf", appends_grow_the_buffer_and_keep_it_terminated,
	     appendf_formats_past_the_current_capacity, embedded_nul_bytes_are_kept_by_length,
	     truncate_and_reset_shorten_but_never_lengthen,
	     detach_hands_over_the_string_and_leaves_an_empty_buffer,
	     a_detached_buffer_starts_a_new_string_on_the_next_append,
	     take_hands_over_the_string_and_ends_the_buffer)
