/* Tests of util/status: every code has a message and a name; HTTP codes map right. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util/status.h"

START_TEST(every_status_has_a_message_and_its_own_name)
{
	for (int i = 0; i < STATUS_COUNT; i++) {
		ck_assert_ptr_nonnull(status_message(i));
		ck_assert_uint_gt(strlen(status_message(i)), 0);
		ck_assert(strncmp(status_name(i), "STATUS_", 7) == 0);
	}
	ck_assert_str_eq(status_name(STATUS_HTTP_404), "STATUS_HTTP_404");
	ck_assert_str_eq(status_message(STATUS_COUNT + 3), "unknown error");
}
END_TEST

START_TEST(http_codes_map_to_their_statuses)
{
	ck_assert_int_eq(status_from_http(200), STATUS_OK);
	ck_assert_int_eq(status_from_http(201), STATUS_OK);
	ck_assert_int_eq(status_from_http(400), STATUS_HTTP_400);
	ck_assert_int_eq(status_from_http(401), STATUS_HTTP_401);
	ck_assert_int_eq(status_from_http(403), STATUS_HTTP_403);
	ck_assert_int_eq(status_from_http(404), STATUS_HTTP_404);
	ck_assert_int_eq(status_from_http(409), STATUS_HTTP_4XX);
	ck_assert_int_eq(status_from_http(429), STATUS_HTTP_429);
	ck_assert_int_eq(status_from_http(503), STATUS_HTTP_5XX);
	ck_assert_int_eq(status_from_http(302), STATUS_HTTP_OTHER);
	ck_assert_int_eq(status_from_http(0), STATUS_HTTP_OTHER);
}
END_TEST

HARNESS_MAIN("status", every_status_has_a_message_and_its_own_name,
	     http_codes_map_to_their_statuses)
