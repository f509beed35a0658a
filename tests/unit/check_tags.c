/* Tests of the tag set (tags by ticket id) and of the bulk plan (preview, answers, report). */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/bulk_plan.h"
#include "model/tag_set.h"

START_TEST(tags_toggle_add_remove_and_keep_ids_in_order)
{
	struct tag_set s;
	tag_set_init(&s);
	ck_assert(tag_set_toggle(&s, 30));
	ck_assert(tag_set_toggle(&s, 10));
	ck_assert(tag_set_add(&s, 20));
	ck_assert(!tag_set_add(&s, 20));
	ck_assert(!tag_set_add(&s, 0));
	ck_assert_uint_eq(s.count, 3);
	ck_assert_int_eq(s.ids[0], 10);
	ck_assert_int_eq(s.ids[1], 20);
	ck_assert_int_eq(s.ids[2], 30);
	ck_assert(!tag_set_toggle(&s, 20));
	ck_assert(!tag_set_has(&s, 20));
	ck_assert(tag_set_has(&s, 30));
	ck_assert(!tag_set_remove(&s, 20));
	ck_assert(tag_set_remove(&s, 10));
	ck_assert_uint_eq(s.count, 1);
	ck_assert_uint_eq(tag_set_clear(&s), 1);
	ck_assert(!tag_set_has(&s, 30));
	tag_set_fini(&s);
}
END_TEST

START_TEST(many_tags_grow_and_stay_found)
{
	struct tag_set s;
	tag_set_init(&s);
	for (int i = 500; i > 0; i--)
		tag_set_add(&s, i * 3);
	ck_assert_uint_eq(s.count, 500);
	for (int i = 1; i <= 500; i++) {
		ck_assert(tag_set_has(&s, i * 3));
		ck_assert(!tag_set_has(&s, i * 3 + 1));
	}
	tag_set_fini(&s);
}
END_TEST

static bool is_odd(void *ctx, ticket_id_t id)
{
	(void)ctx;
	return id % 2;
}

START_TEST(prune_drops_only_the_gone)
{
	struct tag_set s;
	tag_set_init(&s);
	for (int i = 1; i <= 6; i++)
		tag_set_add(&s, i);
	ck_assert_uint_eq(tag_set_prune(&s, is_odd, NULL), 3);
	ck_assert_uint_eq(s.count, 3);
	ck_assert(tag_set_has(&s, 2) && tag_set_has(&s, 4) && tag_set_has(&s, 6));
	tag_set_fini(&s);
}
END_TEST

static const char *text_of(void (*fn)(const struct bulk_plan *, struct strbuf *),
			   const struct bulk_plan *p, struct strbuf *sb)
{
	strbuf_reset(sb);
	fn(p, sb);
	return sb->data;
}

START_TEST(a_plan_counts_progress_and_reports_failures)
{
	struct bulk_plan p;
	struct strbuf sb;
	strbuf_init(&sb);
	bulk_plan_init(&p);
	bulk_plan_start(&p, "status", "In Progress");
	bulk_plan_add(&p, 1201, "#1201 status: New \xE2\x86\x92 In Progress");
	bulk_plan_add(&p, 1202, "#1202 status: New \xE2\x86\x92 In Progress");
	bulk_plan_add(&p, 1203, "#1203 status: Hold \xE2\x86\x92 In Progress");
	ck_assert(!bulk_plan_is_done(&p));
	p.is_sent = true;
	for (size_t i = 0; i < p.count; i++)
		bulk_plan_sent(&p, &p.items[i]);
	ck_assert_str_eq(text_of(bulk_plan_progress, &p, &sb), "bulk status: 0 of 3");
	bulk_plan_settle(&p, bulk_plan_find(&p, 1202), true, 0, NULL);
	ck_assert_str_eq(text_of(bulk_plan_progress, &p, &sb), "bulk status: 1 of 3");
	ck_assert(!bulk_plan_is_done(&p));
	bulk_plan_settle(&p, bulk_plan_find(&p, 1201), false, 403, "You may not");
	bulk_plan_settle(&p, bulk_plan_find(&p, 1203), false, 0, "not connected");
	ck_assert(bulk_plan_is_done(&p));
	ck_assert_str_eq(text_of(bulk_plan_report, &p, &sb),
			 "1 of 3 changed; 2 failed: #1201 403 \"You may not\", #1203 \"not "
			 "connected\"");
	strbuf_reset(&sb);
	bulk_item_result(bulk_plan_find(&p, 1201), &sb);
	ck_assert_str_eq(sb.data, "failed: 403 \"You may not\"");
	strbuf_reset(&sb);
	bulk_item_result(bulk_plan_find(&p, 1202), &sb);
	ck_assert_str_eq(sb.data, "changed");
	ck_assert_ptr_null(bulk_plan_find(&p, 9));
	bulk_plan_fini(&p);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(a_new_plan_forgets_the_old_and_all_changed_says_so)
{
	struct bulk_plan p;
	struct strbuf sb;
	strbuf_init(&sb);
	bulk_plan_init(&p);
	bulk_plan_start(&p, "note", "call back");
	bulk_plan_add(&p, 7, "#7 note: call back");
	unsigned before = p.changes;
	bulk_plan_start(&p, "close", NULL);
	ck_assert_uint_gt(p.changes, before);
	ck_assert_uint_eq(p.count, 0);
	ck_assert_str_eq(p.arg, "");
	bulk_plan_add(&p, 8, "#8 status: New \xE2\x86\x92 Closed");
	p.is_sent = true;
	bulk_plan_settle(&p, &p.items[0], true, 0, NULL);
	ck_assert_str_eq(text_of(bulk_plan_report, &p, &sb), "1 of 1 changed");
	/* Emptied under its own name, as a cancelled preview is. */
	bulk_plan_start(&p, p.command, p.arg);
	ck_assert_str_eq(p.command, "close");
	ck_assert_uint_eq(p.count, 0);
	bulk_plan_fini(&p);
	strbuf_fini(&sb);
}
END_TEST

START_TEST(skipped_items_are_not_writes_and_the_report_counts_them)
{
	struct bulk_plan p;
	struct strbuf sb;
	strbuf_init(&sb);
	bulk_plan_init(&p);
	bulk_plan_start(&p, "priority", "low");
	bulk_plan_skip(&p, 1, "#1 priority: already Low, skipped", "Low");
	bulk_plan_add(&p, 2, "#2 priority: High \xE2\x86\x92 Low");
	bulk_plan_skip(&p, 3, "#3 priority: already Low, skipped", "Low");
	ck_assert_uint_eq(bulk_plan_writes(&p), 1);
	ck_assert_str_eq(text_of(bulk_plan_skipped, &p, &sb), "2 already Low, skipped");
	p.is_sent = true;
	bulk_plan_sent(&p, &p.items[1]);
	ck_assert_str_eq(text_of(bulk_plan_progress, &p, &sb), "bulk priority: 0 of 1");
	ck_assert(!bulk_plan_is_done(&p));
	bulk_plan_settle(&p, &p.items[1], true, 0, NULL);
	ck_assert(bulk_plan_is_done(&p));
	ck_assert_str_eq(text_of(bulk_plan_report, &p, &sb),
			 "1 of 1 changed; 2 already Low, skipped");
	strbuf_reset(&sb);
	bulk_item_result(&p.items[0], &sb);
	ck_assert_str_eq(sb.data, "");
	bulk_plan_start(&p, p.command, NULL);
	ck_assert_ptr_null(p.already);
	bulk_plan_fini(&p);
	strbuf_fini(&sb);
}
END_TEST

HARNESS_MAIN("tags", tags_toggle_add_remove_and_keep_ids_in_order, many_tags_grow_and_stay_found,
	     prune_drops_only_the_gone, a_plan_counts_progress_and_reports_failures,
	     a_new_plan_forgets_the_old_and_all_changed_says_so,
	     skipped_items_are_not_writes_and_the_report_counts_them)
