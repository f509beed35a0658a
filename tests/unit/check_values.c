/* Tests of model/values and model/arena: Halo's dates and the string arena. */
#include "config.h"

#include <check.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "harness.h"
#include "model/arena.h"
#include "model/values.h"

static time_t parsed(const char *s)
{
	time_t t = 12345;
	ck_assert_msg(model_time_parse(s, &t), "did not parse %s", s);
	return t;
}

START_TEST(iso_dates_in_every_halo_spelling_parse_to_the_same_utc_second)
{
	ck_assert_int_eq(parsed("2025-03-04T09:15:00Z"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T09:15:00"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T09:15:00.1234567"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T09:15:00.714Z"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04 09:15:00"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T11:15:00+02:00"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T01:15:00-0800"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04T09:15"), 1741079700);
	ck_assert_int_eq(parsed("2025-03-04"), 1741046400);
	ck_assert_int_eq(parsed("2024-02-29T00:00:00Z"), 1709164800);
}
END_TEST

START_TEST(year_one_and_1900_placeholders_mean_no_time)
{
	ck_assert_int_eq(parsed("0001-01-01T00:00:00"), MODEL_NO_TIME);
	ck_assert_int_eq(parsed("1900-01-01T00:00:00Z"), MODEL_NO_TIME);
	ck_assert_int_eq(parsed("1901-01-01T00:00:00Z"), -2177452800LL);
}
END_TEST

START_TEST(malformed_dates_are_refused)
{
	static const char *const bad[] = { "",
					   "yesterday",
					   "2025-3-04",
					   "2025-13-01",
					   "2025-00-10",
					   "2025-01-32",
					   "2025-01-01T25:00:00",
					   "2025-01-01T10:61",
					   "2025-01-01T10:00:00.",
					   "2025-01-01T10:00:00 junk",
					   "2025-01-01T10:00:00+2",
					   "2025-01-01Tx" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		time_t t;
		ck_assert_msg(!model_time_parse(bad[i], &t), "accepted %s", bad[i]);
	}
}
END_TEST

START_TEST(formatting_gives_iso_utc_with_z_and_round_trips)
{
	char buf[MODEL_TIME_BUF];
	ck_assert_str_eq(model_time_format(1741079700, buf, sizeof(buf)), "2025-03-04T09:15:00Z");
	ck_assert_str_eq(model_time_format(0, buf, sizeof(buf)), "1970-01-01T00:00:00Z");
	ck_assert_str_eq(model_time_format(951782400, buf, sizeof(buf)), "2000-02-29T00:00:00Z");
	for (time_t t = 0; t < 4000000000LL; t += 86400 * 37 + 3607)
		ck_assert_int_eq(parsed(model_time_format(t, buf, sizeof(buf))), t);
}
END_TEST

START_TEST(arena_strings_are_copies_and_empty_for_null)
{
	struct arena a;
	arena_init(&a);
	char src[] = "hello";
	const char *s = arena_strdup(&a, src);
	src[0] = 'j';
	ck_assert_str_eq(s, "hello");
	ck_assert_str_eq(arena_strdup(&a, NULL), "");
	ck_assert_str_eq(arena_strndup(&a, "abcdef", 3), "abc");
	arena_fini(&a);
	arena_fini(&a);
}
END_TEST

START_TEST(arena_keeps_many_and_large_strings_valid)
{
	struct arena a;
	arena_init(&a);
	const char *first = arena_strdup(&a, "first");
	static char big[100000];
	memset(big, 'x', sizeof(big) - 1);
	const char *b = arena_strdup(&a, big);
	for (int i = 0; i < 20000; i++)
		arena_strdup(&a, "some text to fill blocks");
	ck_assert_str_eq(first, "first");
	ck_assert_uint_eq(strlen(b), sizeof(big) - 1);
	struct arena other;
	arena_init(&other);
	const char *o = arena_strdup(&other, "moved");
	arena_move(&a, &other);
	ck_assert_ptr_null(other.head);
	ck_assert_str_eq(o, "moved");
	arena_fini(&a);
}
END_TEST

START_TEST(arena_objects_are_aligned_after_odd_strings)
{
	struct arena a;
	arena_init(&a);
	for (int i = 0; i < 100; i++) {
		arena_strdup(&a, "odd");
		void *p = arena_alloc(&a, sizeof(double) * 3);
		ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
		ck_assert(((double *)p)[2] == 0.0);
	}
	arena_fini(&a);
}
END_TEST

HARNESS_MAIN("values", arena_objects_are_aligned_after_odd_strings,
	     iso_dates_in_every_halo_spelling_parse_to_the_same_utc_second,
	     year_one_and_1900_placeholders_mean_no_time, malformed_dates_are_refused,
	     formatting_gives_iso_utc_with_z_and_round_trips,
	     arena_strings_are_copies_and_empty_for_null, arena_keeps_many_and_large_strings_valid)
