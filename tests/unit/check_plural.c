/* Tests of util/plural: one noun for one thing, the plural for none and for many. */
#include "config.h"

#include <check.h>

#include "harness.h"
#include "util/plural.h"

START_TEST(one_takes_the_singular_and_every_other_count_the_plural)
{
	ck_assert_str_eq(plural(1, "link", "links"), "link");
	ck_assert_str_eq(plural(0, "link", "links"), "links");
	ck_assert_str_eq(plural(2, "link", "links"), "links");
	ck_assert_str_eq(plural(-1, "day", "days"), "day");
	ck_assert_str_eq(plural(11, "entry", "entries"), "entries");
	ck_assert_str_eq(plural(1LL << 40, "byte", "bytes"), "bytes");
}
END_TEST

HARNESS_MAIN("plural", one_takes_the_singular_and_every_other_count_the_plural)
