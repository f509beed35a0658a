/* Tests of halo-mock's stable radix sort of keyed items. */
#include "config.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"
#include "mock/keysort.h"

#define N 5000

static struct mock_keyed items[N], scratch[N];
static int order[N]; /* items point here: the original position of each entry */

START_TEST(keys_come_out_ascending_with_negative_keys_first)
{
	static const int64_t keys[] = { 5, -3, INT64_MAX, 0, INT64_MIN + 1, -1, 1795683600, 256 };
	size_t n = sizeof(keys) / sizeof(keys[0]);
	for (size_t i = 0; i < n; i++)
		items[i] = (struct mock_keyed){ keys[i], &order[i] };
	mock_keysort(items, scratch, n);
	ck_assert(items[0].key == INT64_MIN + 1);
	for (size_t i = 1; i < n; i++)
		ck_assert(items[i - 1].key <= items[i].key);
	ck_assert(items[n - 1].key == INT64_MAX);
}
END_TEST

START_TEST(equal_keys_keep_the_order_they_came_in)
{
	srand(7);
	for (int i = 0; i < N; i++) {
		order[i] = i;
		int64_t date = 1700000000 + (rand() % 50) * 86400; /* many ties, like dates */
		items[i] = (struct mock_keyed){ i % 3 ? date : -date, &order[i] };
	}
	mock_keysort(items, scratch, N);
	for (int i = 1; i < N; i++) {
		ck_assert(items[i - 1].key <= items[i].key);
		if (items[i - 1].key == items[i].key)
			ck_assert_int_lt(*(int *)items[i - 1].item, *(int *)items[i].item);
	}
}
END_TEST

START_TEST(one_entry_and_identical_keys_are_left_as_they_are)
{
	for (int i = 0; i < 10; i++) {
		order[i] = i;
		items[i] = (struct mock_keyed){ 42, &order[i] };
	}
	mock_keysort(items, scratch, 1);
	mock_keysort(items, scratch, 10);
	for (int i = 0; i < 10; i++)
		ck_assert_ptr_eq(items[i].item, &order[i]);
}
END_TEST

HARNESS_MAIN("mock_keysort", keys_come_out_ascending_with_negative_keys_first,
	     equal_keys_keep_the_order_they_came_in,
	     one_entry_and_identical_keys_are_left_as_they_are)
