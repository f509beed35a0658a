/* Tests of halo-mock's query decoding and value parsers (no HTTP). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "mock/jsonw.h"
#include "mock/query.h"

START_TEST(form_bodies_decode_plus_and_percent_escapes)
{
	struct mock_query q;
	mock_query_init(&q);
	const char *s = "client_id=a%2Bb&client_secret=x+y%3Dz&scope=all&flag&bad=%zz%4";
	mock_query_parse(&q, s, strlen(s));
	ck_assert_str_eq(mock_query_get(&q, "client_id"), "a+b");
	ck_assert_str_eq(mock_query_get(&q, "client_secret"), "x y=z");
	ck_assert_str_eq(mock_query_get(&q, "SCOPE"), "all");
	ck_assert_str_eq(mock_query_get(&q, "flag"), "");
	ck_assert_str_eq(mock_query_get(&q, "bad"), "%zz%4");
	ck_assert_ptr_null(mock_query_get(&q, "missing"));
	mock_query_fini(&q);
}
END_TEST

START_TEST(booleans_and_numbers_fall_back_to_their_defaults)
{
	struct mock_query q;
	mock_query_init(&q);
	const char *s = "a=true&b=FALSE&c=1&d=&e=12&f=1e3&g=abc&h=99999999999";
	mock_query_parse(&q, s, strlen(s));
	ck_assert(mock_query_bool(&q, "a", false));
	ck_assert(!mock_query_bool(&q, "b", true));
	ck_assert(mock_query_bool(&q, "c", false));
	ck_assert(mock_query_bool(&q, "d", true));
	ck_assert_int_eq(mock_query_long(&q, "e", 0), 12);
	ck_assert_int_eq(mock_query_long(&q, "f", 0), 1000);
	ck_assert_int_eq(mock_query_long(&q, "g", 7), 7);
	ck_assert_int_eq(mock_query_long(&q, "h", 7), 7);
	mock_query_fini(&q);
}
END_TEST

START_TEST(integer_lists_keep_the_numbers_that_parse)
{
	int *ids;
	size_t n = mock_parse_int_list("1, 2,,x,-3,4y,99999999999,5", &ids);
	ck_assert_uint_eq(n, 5);
	ck_assert_int_eq(ids[0], 1);
	ck_assert_int_eq(ids[1], 2);
	ck_assert_int_eq(ids[2], -3);
	ck_assert_int_eq(ids[3], 4);
	ck_assert_int_eq(ids[4], 5);
	free(ids);
	ck_assert_uint_eq(mock_parse_int_list("", &ids), 0);
	free(ids);
}
END_TEST

START_TEST(dates_parse_with_or_without_z_fraction_or_offset)
{
	int64_t t;
	ck_assert(mock_parse_date("2026-11-26T09:00:00Z", &t));
	ck_assert_int_eq(t, 1795683600);
	ck_assert(mock_parse_date("2026-11-26T09:00:00", &t));
	ck_assert_int_eq(t, 1795683600);
	ck_assert(mock_parse_date("2026-11-26T09:00:00.1234567Z", &t));
	ck_assert_int_eq(t, 1795683600);
	ck_assert(mock_parse_date("2026-11-26T10:00:00+01:00", &t));
	ck_assert_int_eq(t, 1795683600);
	ck_assert(mock_parse_date("2026-11-26", &t));
	ck_assert_int_eq(t, 1795651200);
	ck_assert(!mock_parse_date("2026-13-01", &t));
	ck_assert(!mock_parse_date("26-11-2026", &t));
	ck_assert(!mock_parse_date("2026-11-26T09:00:00Zjunk", &t));
	ck_assert(!mock_parse_date("", &t));
}
END_TEST

START_TEST(dates_are_written_in_each_format_and_read_back)
{
	char buf[48];
	jsonw_format_date(buf, sizeof(buf), 1795683600, MOCK_DATE_Z);
	ck_assert_str_eq(buf, "2026-11-26T09:00:00Z");
	jsonw_format_date(buf, sizeof(buf), 1795683600, MOCK_DATE_NOZ);
	ck_assert_str_eq(buf, "2026-11-26T09:00:00");
	jsonw_format_date(buf, sizeof(buf), 951782400, MOCK_DATE_Z); /* a leap day */
	ck_assert_str_eq(buf, "2000-02-29T00:00:00Z");
	jsonw_format_date(buf, sizeof(buf), 1795683600, MOCK_DATE_FRAC);
	ck_assert_int_eq(buf[19], '.');
	int64_t t;
	ck_assert(mock_parse_date(buf, &t));
	ck_assert_int_eq(t, 1795683600);
}
END_TEST

START_TEST(the_writer_escapes_controls_and_quotes_and_separates_items)
{
	struct strbuf sb;
	strbuf_init(&sb);
	struct jsonw w;
	jsonw_init(&w, &sb, MOCK_DATE_Z, MOCK_IDS_STRING);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "s", "a\"b\\c\n\x1b[0m\x7f");
	jsonw_id(&w, "id", 42);
	jsonw_array_open(&w, "l");
	jsonw_int(&w, NULL, -7);
	jsonw_null(&w, NULL);
	jsonw_array_close(&w);
	jsonw_object_close(&w);
	ck_assert_str_eq(sb.data,
			 "{\"s\":\"a\\\"b\\\\c\\n\\u001b[0m\x7f\",\"id\":\"42\",\"l\":[-7,null]}");
	strbuf_fini(&sb);
}
END_TEST

HARNESS_MAIN("mock_query", form_bodies_decode_plus_and_percent_escapes,
	     booleans_and_numbers_fall_back_to_their_defaults,
	     integer_lists_keep_the_numbers_that_parse,
	     dates_parse_with_or_without_z_fraction_or_offset,
	     dates_are_written_in_each_format_and_read_back,
	     the_writer_escapes_controls_and_quotes_and_separates_items)
