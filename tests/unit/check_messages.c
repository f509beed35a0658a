/* Tests of model/messages: order, the bound, counts by kind, clearing one kind. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "model/messages.h"

START_TEST(messages_keep_order_and_count_by_kind)
{
	struct messages m;
	messages_init(&m);
	messages_add(&m, MESSAGE_CONFIG, "config:3: unknown setting 'x'");
	messages_add(&m, MESSAGE_ODD_FIELD, "ticket 12: flagged: expected a boolean, got 2");
	messages_add(&m, MESSAGE_CONFIG, "config:9: bad colour");
	ck_assert_uint_eq(m.n, 3);
	ck_assert_str_eq(m.items[0].text, "config:3: unknown setting 'x'");
	ck_assert_str_eq(m.items[2].text, "config:9: bad colour");
	ck_assert_uint_eq(messages_count(&m, MESSAGE_CONFIG), 2);
	ck_assert_uint_eq(messages_count(&m, MESSAGE_ODD_FIELD), 1);
	ck_assert_uint_eq(messages_count(&m, MESSAGE_ERROR), 0);
	ck_assert(messages_has(&m, MESSAGE_CONFIG, "config:9: bad colour"));
	ck_assert(!messages_has(&m, MESSAGE_ODD_FIELD, "config:9: bad colour"));
	ck_assert(!messages_has(&m, MESSAGE_CONFIG, "config:9: bad"));
	unsigned before = m.changes;
	messages_clear(&m, MESSAGE_CONFIG);
	ck_assert_uint_ne(m.changes, before);
	ck_assert_uint_eq(m.n, 1);
	ck_assert_int_eq(m.items[0].kind, MESSAGE_ODD_FIELD);
	ck_assert_uint_eq(messages_count(&m, MESSAGE_CONFIG), 0);
	messages_fini(&m);
}
END_TEST

START_TEST(messages_drop_the_oldest_past_the_bound_and_keep_counting)
{
	struct messages m;
	messages_init(&m);
	char text[32];
	for (int i = 0; i < MESSAGES_MAX + 5; i++) {
		snprintf(text, sizeof(text), "m%d", i);
		messages_add(&m, MESSAGE_INFO, text);
	}
	ck_assert_uint_eq(m.n, MESSAGES_MAX);
	ck_assert_str_eq(m.items[0].text, "m5");
	ck_assert_uint_eq(messages_count(&m, MESSAGE_INFO), MESSAGES_MAX + 5);
	messages_clear(&m, MESSAGE_KIND_COUNT);
	ck_assert_uint_eq(m.n, 0);
	ck_assert_uint_eq(messages_count(&m, MESSAGE_INFO), 0);
	messages_fini(&m);
}
END_TEST

HARNESS_MAIN("messages", messages_keep_order_and_count_by_kind,
	     messages_drop_the_oldest_past_the_bound_and_keep_counting)
