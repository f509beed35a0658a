/* Tests of model/reply: the scanner keeps each value as the server wrote it, and declines
 * to the json-c reader what it does not read itself, with the same records either way. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/reply.h"

static const char page[] =
	"{\"record_count\": 3, \"page_no\": 1, \"tickets\": [\n"
	"  {\"id\": 7, \"summary\": \"Printer \\\"3\\\" \\u00e9\", \"user_name\": null,\n"
	"   \"tags\": [ 1, {\"a\": \"x y\"} ], \"sla\": 1.50, \"flag\": true},\n"
	"  42,\n"
	"  {\"id\": 8}\n"
	"]}";

START_TEST(a_page_is_read_without_a_tree_values_as_written)
{
	struct reply r;
	ck_assert(reply_scan(page, strlen(page), "tickets", &r));
	ck_assert_int_eq(r.count, 2);
	ck_assert_int_eq(r.record_count, 3);
	const struct reply_record *rec = &r.records[0];
	ck_assert_int_eq(rec->n_fields, 6);
	ck_assert_str_eq(rec->fields[0].key, "id");
	ck_assert_str_eq(rec->fields[0].json, "7");
	ck_assert_str_eq(rec->fields[1].json, "\"Printer \\\"3\\\" \\u00e9\"");
	ck_assert_str_eq(rec->fields[1].text, "Printer \"3\" \xc3\xa9");
	ck_assert(rec->fields[1].is_string);
	ck_assert_str_eq(reply_record_field(rec, "USER_NAME")->json, "null");
	ck_assert_str_eq(reply_record_field(rec, "user_name")->text, "");
	ck_assert_str_eq(reply_record_field(rec, "tags")->json, "[1,{\"a\":\"x y\"}]");
	ck_assert_str_eq(reply_record_field(rec, "sla")->text, "1.50");
	ck_assert_str_eq(reply_record_field(rec, "flag")->json, "true");
	ck_assert_str_eq(r.records[1].fields[0].json, "8");
	reply_fini(&r);
}
END_TEST

START_TEST(bare_arrays_and_single_objects_are_records_too)
{
	struct reply r;
	ck_assert(reply_scan("[{\"id\":1},{\"id\":2}]", 19, NULL, &r));
	ck_assert_int_eq(r.count, 2);
	ck_assert_int_eq(r.record_count, -1);
	reply_fini(&r);
	ck_assert(reply_scan(" {\"id\":5} ", 10, NULL, &r));
	ck_assert_int_eq(r.count, 1);
	ck_assert_str_eq(r.records[0].fields[0].json, "5");
	reply_fini(&r);
	ck_assert(reply_scan("{\"tickets\":[]}", 14, "tickets", &r));
	ck_assert_int_eq(r.count, 0);
	reply_fini(&r);
}
END_TEST

START_TEST(what_the_scanner_declines_the_full_reader_still_reads)
{
	static const char *const declined[] = {
		"{\"tickets\":[{\"id\":1e3}]}",
		"{\"tickets\":[{\"id\":12345678901234567890}]}",
		"{\"record_count\":\"3\",\"tickets\":[{\"id\":1}]}",
	};
	for (size_t i = 0; i < sizeof(declined) / sizeof(declined[0]); i++) {
		struct reply r;
		ck_assert(!reply_scan(declined[i], strlen(declined[i]), "tickets", &r));
		ck_assert_ptr_null(r.records);
		ck_assert_int_eq(reply_parse(declined[i], strlen(declined[i]), "tickets", &r),
				 STATUS_OK);
		ck_assert_int_eq(r.count, 1);
		reply_fini(&r);
	}
}
END_TEST

START_TEST(records_are_read_as_their_own_text_too)
{
	struct reply r;
	ck_assert(reply_scan_texts(page, strlen(page), "tickets", &r));
	ck_assert_int_eq(r.count, 2);
	ck_assert_int_eq(r.record_count, 3);
	ck_assert_int_eq(r.records[0].n_fields, 0);
	static const char first[] = "{\"id\":7,\"summary\":\"Printer \\\"3\\\" \\u00e9\","
				    "\"user_name\":null,\"tags\":[1,{\"a\":\"x y\"}],\"sla\":1.50,"
				    "\"flag\":true}";
	ck_assert_uint_eq(r.records[0].json_len, strlen(first));
	ck_assert(!memcmp(r.records[0].json, first, strlen(first)));
	ck_assert_uint_eq(r.records[1].json_len, 8);
	ck_assert(!memcmp(r.records[1].json, "{\"id\":8}", 8));
	reply_fini(&r);
	/* Compact already: the text is the body's own bytes, not a copy. */
	static const char compact[] = "{\"tickets\":[{\"id\":1,\"s\":\"a b\"},{\"id\":2}]}";
	ck_assert(reply_scan_texts(compact, strlen(compact), "tickets", &r));
	ck_assert_ptr_eq(r.records[0].json, compact + 12);
	ck_assert_uint_eq(r.records[0].json_len, 18);
	ck_assert_ptr_eq(r.records[1].json, compact + 31);
	reply_fini(&r);
	ck_assert(reply_scan_texts(" {\"id\":5} ", 10, NULL, &r));
	ck_assert_int_eq(r.count, 1);
	ck_assert_uint_eq(r.records[0].json_len, 8);
	reply_fini(&r);
}
END_TEST

START_TEST(not_a_list_is_refused_by_both)
{
	static const char *const bad[] = { "{\"tickets\":[{\"id\":1}", "{\"other\":[]}", "\"x\"" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct reply r;
		ck_assert(!reply_scan(bad[i], strlen(bad[i]), "tickets", &r));
		ck_assert(!reply_scan_texts(bad[i], strlen(bad[i]), "tickets", &r));
		ck_assert_ptr_null(r.records);
		ck_assert_int_eq(reply_parse(bad[i], strlen(bad[i]), "tickets", &r), STATUS_PARSE);
		reply_fini(&r);
	}
}
END_TEST

HARNESS_MAIN("reply", a_page_is_read_without_a_tree_values_as_written,
	     bare_arrays_and_single_objects_are_records_too,
	     what_the_scanner_declines_the_full_reader_still_reads,
	     records_are_read_as_their_own_text_too, not_a_list_is_refused_by_both)
