/* Tests of text/utf8: decoding with maximal-subpart recovery, encoding, validation. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "text/utf8.h"

static uint32_t decode(const char *s, size_t *used)
{
	uint32_t cp;
	*used = utf8_decode(s, strlen(s), &cp);
	return cp;
}

START_TEST(sequences_of_every_length_decode_to_their_code_points)
{
	size_t n;
	ck_assert_uint_eq(decode("A", &n), 0x41);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(decode("\xC3\xA9", &n), 0xE9);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(decode("\xE2\x82\xAC", &n), 0x20AC);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(decode("\xF0\x9F\x98\x80", &n), 0x1F600);
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(decode("\xF4\x8F\xBF\xBF", &n), 0x10FFFF);
}
END_TEST

START_TEST(overlong_encodings_are_replaced_byte_by_byte)
{
	size_t n;
	ck_assert_uint_eq(decode("\xC0\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(decode("\xC1\xBF", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(decode("\xE0\x80\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(decode("\xF0\x80\x80\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(surrogates_and_values_past_10ffff_are_invalid)
{
	size_t n;
	ck_assert_uint_eq(decode("\xED\xA0\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(decode("\xF4\x90\x80\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(decode("\xF5\x80\x80\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(decode("\xFF", &n), UTF8_REPLACEMENT);
}
END_TEST

START_TEST(a_truncated_sequence_consumes_only_its_valid_prefix)
{
	size_t n;
	ck_assert_uint_eq(decode("\xE2\x82"
				 "A",
				 &n),
			  UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(decode("\xF0\x9F\x98", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(decode("\x80", &n), UTF8_REPLACEMENT);
	ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(encoding_round_trips_through_decoding)
{
	const uint32_t cps[] = { 0x24, 0xA2, 0x939, 0x20AC, 0xFFFD, 0x10348, 0x10FFFF };
	for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		char buf[5] = { 0 };
		size_t n = utf8_encode(cps[i], buf);
		uint32_t back;
		ck_assert_uint_eq(utf8_decode(buf, n, &back), n);
		ck_assert_uint_eq(back, cps[i]);
	}
	char buf[4];
	ck_assert_uint_eq(utf8_encode(0xD800, buf), 3);
	ck_assert_mem_eq(buf, "\xEF\xBF\xBD", 3);
}
END_TEST

START_TEST(validation_accepts_a_real_replacement_character_and_rejects_bad_bytes)
{
	ck_assert(utf8_is_valid("a\xEF\xBF\xBD"
				"b",
				5));
	ck_assert(utf8_is_valid("", 0));
	ck_assert(!utf8_is_valid("a\xC3", 2));
	ck_assert(!utf8_is_valid("\xF0\x9F\x98"
				 "x",
				 4));
	ck_assert(!utf8_is_valid("\xED\xBF\xBF", 3));
}
END_TEST

HARNESS_MAIN("utf8", sequences_of_every_length_decode_to_their_code_points,
	     overlong_encodings_are_replaced_byte_by_byte,
	     surrogates_and_values_past_10ffff_are_invalid,
	     a_truncated_sequence_consumes_only_its_valid_prefix,
	     encoding_round_trips_through_decoding,
	     validation_accepts_a_real_replacement_character_and_rejects_bad_bytes)
