/* Tests of query values by type: what is accepted, what it becomes, and the messages. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_query_value.h"

/* A value for a parameter of the /Tickets table and what it becomes (NULL: refused). */
struct value_case {
	const char *param;
	const char *input;
	const char *normal;
};

static void run_cases(const struct value_case *cases, size_t n)
{
	struct strbuf err;
	strbuf_init(&err);
	for (size_t i = 0; i < n; i++) {
		const struct value_case *c = &cases[i];
		const struct query_param *p = ticket_query_param_find(c->param);
		ck_assert_msg(p != NULL, "no parameter %s", c->param);
		char *out = NULL;
		strbuf_reset(&err);
		enum status st = query_value_normalise(p, c->input, &out, &err);
		if (c->normal) {
			ck_assert_msg(st == STATUS_OK, "%s=\"%s\" refused: %s", c->param, c->input,
				      err.data);
			ck_assert_msg(strcmp(out, c->normal) == 0,
				      "%s=\"%s\" gave \"%s\", not \"%s\"", c->param, c->input, out,
				      c->normal);
			free(out);
		} else {
			ck_assert_msg(st == STATUS_INVALID, "%s=\"%s\" accepted as \"%s\"",
				      c->param, c->input, out ? out : "");
			ck_assert_ptr_null(out);
			ck_assert_msg(strncmp(err.data, c->param, strlen(c->param)) == 0 &&
					      err.data[strlen(c->param)] == ':',
				      "message does not start with the name: %s", err.data);
		}
	}
	strbuf_fini(&err);
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof cases[0])

START_TEST(whole_numbers_are_decimal_int64_with_an_optional_minus)
{
	static const struct value_case cases[] = {
		{ "agent_id", "42", "42" },
		{ "agent_id", "-1", "-1" },
		{ "agent_id", " 7\t", "7" },
		{ "agent_id", "007", "7" },
		{ "agent_id", "-0", "0" },
		{ "agent_id", "9223372036854775807", "9223372036854775807" },
		{ "agent_id", "-9223372036854775808", "-9223372036854775808" },
		{ "agent_id", "9223372036854775808", NULL },
		{ "agent_id", "-9223372036854775809", NULL },
		{ "agent_id", "99999999999999999999999", NULL },
		{ "agent_id", "", NULL },
		{ "agent_id", "-", NULL },
		{ "agent_id", "+5", NULL },
		{ "agent_id", "5x", NULL },
		{ "agent_id", "1 2", NULL },
		{ "agent_id", "0x10", NULL },
		{ "agent_id", "1.0", NULL },
		{ "page_size", "--1", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(id_lists_are_normalised_to_bare_commas)
{
	static const struct value_case cases[] = {
		{ "status", "1,2,3", "1,2,3" },
		{ "status", " 1 , 2,\t3 ", "1,2,3" },
		{ "status", "5", "5" },
		{ "status", "-1,02", "-1,2" },
		{ "status", "1,,2", NULL },
		{ "status", "1,2,", NULL },
		{ "status", ",1", NULL },
		{ "status", "", NULL },
		{ "status", " , ", NULL },
		{ "status", "1;2", NULL },
		{ "status", "1 2", NULL },
		{ "team", "1,x", NULL },
		{ "team", "1,99999999999999999999", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(booleans_become_lowercase_true_or_false)
{
	static const struct value_case cases[] = {
		{ "open_only", "true", "true" },     { "open_only", "TRUE", "true" },
		{ "open_only", "Yes", "true" },	     { "open_only", "1", "true" },
		{ "open_only", " false ", "false" }, { "open_only", "No", "false" },
		{ "open_only", "0", "false" },	     { "open_only", "", NULL },
		{ "open_only", "maybe", NULL },	     { "open_only", "truex", NULL },
		{ "open_only", "2", NULL },	     { "open_only", "t", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(decimals_use_a_dot_whatever_the_locale_and_lose_redundant_zeros)
{
	static const struct value_case cases[] = {
		{ "utcoffset", "480", "480" },	{ "utcoffset", "-60", "-60" },
		{ "utcoffset", "5.5", "5.5" },	{ "utcoffset", "+05.50", "5.5" },
		{ "utcoffset", ".5", "0.5" },	{ "utcoffset", "3.", "3" },
		{ "utcoffset", "-0.0", "0" },	{ "utcoffset", "000", "0" },
		{ "utcoffset", "5,5", NULL },	{ "utcoffset", "1e3", NULL },
		{ "utcoffset", ".", NULL },	{ "utcoffset", "-", NULL },
		{ "utcoffset", "", NULL },	{ "utcoffset", "nan", NULL },
		{ "utcoffset", "1.2.3", NULL }, { "utcoffset", "inf", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(dates_are_checked_and_written_in_utc)
{
	static const struct value_case cases[] = {
		{ "startdate", "2026-02-28", "2026-02-28" },
		{ "startdate", " 2024-02-29 ", "2024-02-29" },
		{ "startdate", "2026-03-01T10:15", "2026-03-01T10:15:00Z" },
		{ "startdate", "2026-03-01t10:15:30z", "2026-03-01T10:15:30Z" },
		{ "startdate", "2026-03-01 10:15:30", "2026-03-01T10:15:30Z" },
		{ "startdate", "2026-03-01T10:15:30.5Z", "2026-03-01T10:15:30.500Z" },
		{ "startdate", "2026-03-01T10:15:30.123456789Z", "2026-03-01T10:15:30.123Z" },
		{ "startdate", "2026-03-01T10:15:30.000Z", "2026-03-01T10:15:30Z" },
		{ "enddate", "2026-03-01T10:15:30+02:00", "2026-03-01T08:15:30Z" },
		{ "enddate", "2026-03-01T10:15-0530", "2026-03-01T15:45:00Z" },
		{ "enddate", "2026-03-01T01:00+05", "2026-02-28T20:00:00Z" },
		{ "enddate", "2024-03-01T01:00+05:00", "2024-02-29T20:00:00Z" },
		{ "enddate", "2026-12-31T23:30-01:00", "2027-01-01T00:30:00Z" },
		{ "enddate", "2026-01-01T00:00+00:01", "2025-12-31T23:59:00Z" },
		{ "calendar_startdate", "0001-01-01T00:00Z", "0001-01-01T00:00:00Z" },
		{ "calendar_startdate", "0001-01-01T00:00+01:00", NULL },
		{ "calendar_enddate", "9999-12-31T23:59-00:01", NULL },
		{ "lastupdatefromdate", "2026-13-01", NULL },
		{ "lastupdatefromdate", "2026-02-29", NULL },
		{ "lastupdatefromdate", "1900-02-29", NULL },
		{ "lastupdatefromdate", "2000-02-29", "2000-02-29" },
		{ "lastupdatefromdate", "2026-04-31", NULL },
		{ "lastupdatefromdate", "0000-01-01", NULL },
		{ "lastupdatetodate", "2026-1-01", NULL },
		{ "lastupdatetodate", "26-01-01", NULL },
		{ "lastupdatetodate", "2026/01/01", NULL },
		{ "lastupdatetodate", "2026-01-01T24:00", NULL },
		{ "lastupdatetodate", "2026-01-01T10:60", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00:60", NULL },
		{ "lastupdatetodate", "2026-01-01T10", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00:00.", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00:00.1234567890", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00+24:00", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00+02:", NULL },
		{ "lastupdatetodate", "2026-01-01T10:00Zx", NULL },
		{ "lastupdatetodate", "2026-01-01T", NULL },
		{ "billing_date", "yesterday", NULL },
		{ "billing_date", "", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(text_is_kept_as_given_unless_it_has_control_characters_or_bad_utf8)
{
	static const struct value_case cases[] = {
		{ "search", "printer on fire", "printer on fire" },
		{ "search", "  spaced  ", "  spaced  " },
		{ "search", "", "" },
		{ "search", "a&b=c+d#e%f?g/h", "a&b=c+d#e%f?g/h" },
		{ "search", "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x94\xa5",
		  "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x94\xa5" },
		{ "search", "tab\there", NULL },
		{ "search", "line\nbreak", NULL },
		{ "search", "esc\x1b[31m", NULL },
		{ "search", "del\x7f", NULL },
		{ "search", "c1\xc2\x85", NULL },
		{ "search", "bad\xff", NULL },
		{ "search", "cut\xc3", NULL },
		{ "search", "overlong\xc0\xaf", NULL },
		{ "search", "surrogate\xed\xa0\x80", NULL },
		{ "search", "too big\xf4\x90\x80\x80", NULL },
	};
	RUN(cases);
}
END_TEST

START_TEST(messages_name_the_parameter_what_was_expected_and_the_value)
{
	struct strbuf err;
	strbuf_init(&err);
	char *out = NULL;
	const struct query_param *status = ticket_query_param_find("status");
	ck_assert_int_eq(query_value_normalise(status, "1,,x", &out, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "status: expected a comma-separated list of ids, got \"1,,x\"");
	const struct query_param *open_only = ticket_query_param_find("open_only");
	ck_assert_int_eq(query_value_normalise(open_only, "maybe", &out, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data,
			 "open_only: expected true or false (or yes/no, 1/0), got \"maybe\"");
	const struct query_param *page_no = ticket_query_param_find("page_no");
	ck_assert_int_eq(query_value_normalise(page_no, "two", &out, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "page_no: expected a whole number, got \"two\"");
	const struct query_param *startdate = ticket_query_param_find("startdate");
	ck_assert_int_eq(query_value_normalise(startdate, "1/2/2026", &out, &err), STATUS_INVALID);
	ck_assert_ptr_nonnull(strstr(err.data, "startdate: expected an ISO-8601 date YYYY-MM-DD"));
	ck_assert_ptr_null(out);
	strbuf_fini(&err);
}
END_TEST

START_TEST(values_in_messages_are_escaped_and_cut)
{
	struct strbuf err;
	strbuf_init(&err);
	char *out = NULL;
	const struct query_param *search = ticket_query_param_find("search");
	ck_assert_int_eq(query_value_normalise(search, "say \"hi\"\\\x01\xff", &out, &err),
			 STATUS_INVALID);
	ck_assert_ptr_nonnull(strstr(err.data, "got \"say \\\"hi\\\"\\\\\\x01\\xff\""));
	char long_value[200];
	memset(long_value, 'x', sizeof long_value - 2);
	long_value[sizeof long_value - 2] = '\n';
	long_value[sizeof long_value - 1] = '\0';
	ck_assert_int_eq(query_value_normalise(search, long_value, &out, &err), STATUS_INVALID);
	ck_assert_ptr_nonnull(strstr(err.data, "xxx...\""));
	ck_assert_uint_lt(err.len, 120);
	strbuf_fini(&err);
}
END_TEST

START_TEST(values_past_the_size_limit_are_refused_with_their_size)
{
	size_t n = QUERY_VALUE_MAX_BYTES + 1;
	char *big = malloc(n + 1);
	memset(big, 'a', n);
	big[n] = '\0';
	struct strbuf err;
	strbuf_init(&err);
	char *out = NULL;
	const struct query_param *search = ticket_query_param_find("search");
	ck_assert_int_eq(query_value_normalise(search, big, &out, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "search: expected at most 2048 bytes, got 2049");
	big[n - 1] = '\0';
	ck_assert_int_eq(query_value_normalise(search, big, &out, NULL), STATUS_OK);
	ck_assert_uint_eq(strlen(out), QUERY_VALUE_MAX_BYTES);
	free(out);
	free(big);
	strbuf_fini(&err);
}
END_TEST

START_TEST(normalised_values_are_accepted_unchanged)
{
	static const char *const inputs[][2] = {
		{ "status", " 3 ,04" },	  { "open_only", "YES" },
		{ "utcoffset", "+0.50" }, { "startdate", "2026-03-01T10:15:30.25-01:30" },
		{ "agent_id", "-007" },	  { "startdate", "2026-03-01" },
	};
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		const struct query_param *p = ticket_query_param_find(inputs[i][0]);
		char *once = NULL, *twice = NULL;
		ck_assert_int_eq(query_value_normalise(p, inputs[i][1], &once, NULL), STATUS_OK);
		ck_assert_int_eq(query_value_normalise(p, once, &twice, NULL), STATUS_OK);
		ck_assert_str_eq(once, twice);
		free(once);
		free(twice);
	}
}
END_TEST

HARNESS_MAIN("ticket_query_value", whole_numbers_are_decimal_int64_with_an_optional_minus,
	     id_lists_are_normalised_to_bare_commas, booleans_become_lowercase_true_or_false,
	     decimals_use_a_dot_whatever_the_locale_and_lose_redundant_zeros,
	     dates_are_checked_and_written_in_utc,
	     text_is_kept_as_given_unless_it_has_control_characters_or_bad_utf8,
	     messages_name_the_parameter_what_was_expected_and_the_value,
	     values_in_messages_are_escaped_and_cut,
	     values_past_the_size_limit_are_refused_with_their_size,
	     normalised_values_are_accepted_unchanged)
