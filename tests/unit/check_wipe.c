/* Tests of util/wipe: bytes and strings set to zero, with explicit_bzero or without it
 * (check_wipe_fallback builds the same tests on the volatile-pointer path). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "util/wipe.h"

START_TEST(wipe_bytes_zeroes_exactly_the_range)
{
	char buf[16];
	memset(buf, 'x', sizeof(buf));
	wipe_bytes(buf + 2, 10);
	for (size_t i = 0; i < sizeof(buf); i++)
		ck_assert_int_eq(buf[i], i >= 2 && i < 12 ? 0 : 'x');
}
END_TEST

START_TEST(wipe_string_zeroes_the_characters_and_takes_null)
{
	char *secret = strdup("client-secret");
	size_t n = strlen(secret);
	wipe_string(secret);
	for (size_t i = 0; i <= n; i++)
		ck_assert_int_eq(secret[i], 0);
	free(secret);
	wipe_string(NULL);
}
END_TEST

HARNESS_MAIN("wipe", wipe_bytes_zeroes_exactly_the_range,
	     wipe_string_zeroes_the_characters_and_takes_null)
