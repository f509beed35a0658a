/* Tests of model/generations: one counter, a current generation per purpose, never 0. */
#include "config.h"

#include <check.h>

#include "harness.h"
#include "model/generations.h"

START_TEST(purposes_never_share_a_generation_and_zero_is_never_handed_out)
{
	struct generations g;
	generations_init(&g);
	unsigned list = generations_next(&g, GENERATION_LIST);
	unsigned detail = generations_next(&g, GENERATION_DETAIL);
	unsigned mine = generations_next(&g, GENERATION_MY_APPROVALS);
	ck_assert_uint_ne(list, 0);
	ck_assert_uint_ne(list, detail);
	ck_assert_uint_ne(detail, mine);
	ck_assert_uint_ne(list, mine);
	enum generation_purpose p;
	ck_assert(generations_purpose_of(&g, mine, &p));
	ck_assert_int_eq(p, GENERATION_MY_APPROVALS);
	ck_assert(!generations_purpose_of(&g, 0, &p));
}
END_TEST

START_TEST(a_superseded_generation_is_of_no_purpose)
{
	struct generations g;
	generations_init(&g);
	ck_assert_uint_eq(generations_current(&g, GENERATION_DETAIL), 0);
	unsigned old = generations_next(&g, GENERATION_DETAIL);
	unsigned now = generations_next(&g, GENERATION_DETAIL);
	enum generation_purpose p;
	ck_assert(!generations_purpose_of(&g, old, &p));
	ck_assert(generations_purpose_of(&g, now, &p));
	ck_assert_int_eq(p, GENERATION_DETAIL);
	ck_assert_uint_eq(generations_current(&g, GENERATION_DETAIL), now);
}
END_TEST

START_TEST(the_counter_skips_zero_when_it_wraps)
{
	struct generations g;
	generations_init(&g);
	g.last = ~0u;
	ck_assert_uint_eq(generations_next(&g, GENERATION_LIST), 1);
}
END_TEST

HARNESS_MAIN("generations", purposes_never_share_a_generation_and_zero_is_never_handed_out,
	     a_superseded_generation_is_of_no_purpose, the_counter_skips_zero_when_it_wraps)
