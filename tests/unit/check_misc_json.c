/* Tests of model/misc_json and json_text_json: forecasts, closures, unknown answers. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/field_json.h"
#include "model/json_text_json.h"
#include "model/misc_json.h"
#include "model_fixture.h"

START_TEST(a_forecast_object_parses)
{
	size_t len;
	char *b = fixture_read("forecast.json", &len);
	struct forecast f;
	static struct model_error err;
	ck_assert_int_eq(forecast_from_json(b, len, &f, &err), STATUS_OK);
	ck_assert_int_eq(f.id, 7);
	ck_assert_int_eq(f.ticket_id, 2818);
	ck_assert(f.hours == 2.5);
	ck_assert_int_eq(f.date, 1756771200);
	ck_assert_int_eq(forecast_from_json("{\"id\":3,\"hours\":\"lots\"}", 23, &f, &err),
			 STATUS_OK);
	ck_assert_str_eq(err.odd.text[0], "forecast 3: hours: expected a number, got \"lots\"");
	free(b);
}
END_TEST

START_TEST(closure_confirmations_parse_with_and_without_result)
{
	size_t len;
	char *b = fixture_read("closures.json", &len);
	struct closure_list l;
	static struct model_error err;
	ck_assert_int_eq(closure_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert(l.items[0].has_result && l.items[0].result);
	ck_assert_str_eq(l.items[0].comment, "all good");
	ck_assert(!l.items[1].has_result);
	ck_assert_ptr_null(l.items[1].key);
	closure_list_fini(&l);
	const char *bad = "[{\"id\":1,\"key\":\"k\"},{\"id\":2,\"key\":\"k2\",\"date\":5}]";
	ck_assert_int_eq(closure_list_from_json(bad, strlen(bad), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_str_eq(l.items[1].key, "k2");
	ck_assert_str_eq(err.odd.text[0], "closure 2: date: expected a date, got 5");
	closure_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(unknown_json_answers_become_pretty_lines)
{
	size_t len;
	char *b = fixture_read("any-object.json", &len);
	struct json_text t;
	static struct model_error err;
	ck_assert_int_eq(json_text_from_json(b, len, &t, &err), STATUS_OK);
	ck_assert(t.is_json);
	ck_assert_uint_gt(t.count, 3);
	ck_assert_str_eq(t.lines[0], "{");
	ck_assert_str_eq(t.lines[t.count - 1], "}");
	for (size_t i = 0; i < t.count; i++) {
		ck_assert_ptr_null(strchr(t.lines[i], '\n'));
		ck_assert_ptr_null(strchr(t.lines[i], '\x01'));
	}
	json_text_fini(&t);
	free(b);
}
END_TEST

START_TEST(non_json_and_empty_answers_are_shown_as_they_came)
{
	struct json_text t;
	static struct model_error err;
	ck_assert_int_eq(json_text_from_json("line one\r\nline two\n", 19, &t, &err), STATUS_OK);
	ck_assert(!t.is_json);
	ck_assert_uint_eq(t.count, 2);
	ck_assert_str_eq(t.lines[1], "line two");
	json_text_fini(&t);
	ck_assert_int_eq(json_text_from_json("  \n", 3, &t, &err), STATUS_OK);
	ck_assert_uint_eq(t.count, 0);
	json_text_fini(&t);
	ck_assert_int_eq(json_text_from_json("true", 4, &t, &err), STATUS_OK);
	ck_assert(t.is_json);
	ck_assert_str_eq(t.lines[0], "true");
	json_text_fini(&t);
}
END_TEST

START_TEST(a_closure_that_is_not_an_object_is_skipped_and_odd_fields_noted)
{
	size_t len;
	char *b = fixture_read("closures-odd.json", &len);
	static struct model_error err;
	struct closure_list l;
	ck_assert_int_eq(closure_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_str_eq(l.items[1].key, "k2");
	ck_assert(l.items[1].withfeedback);
	ck_assert(l.items[0].has_result && !l.items[0].result);
	ck_assert_uint_eq(err.odd.n, 3);
	ck_assert_str_eq(err.odd.text[0], "closure 1: result: expected a boolean, got \"sure\"");
	ck_assert_str_eq(err.odd.text[1], "[1]: expected an object, got 7; skipped");
	ck_assert_str_eq(err.odd.text[2], "closure 2: date: expected a date, got 1740819600");
	closure_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(a_tickets_forecast_is_read_from_an_array_or_one_object)
{
	const char *arr = "[{\"id\":1,\"agent_id\":\"3\",\"ticket_id\":1001,"
			  "\"date\":\"2026-12-01T00:00:00Z\",\"hours\":2.5},7,"
			  "{\"id\":2,\"agent_id\":4,\"ticket_id\":1001,\"hours\":1.0}]";
	struct forecast_list l;
	static struct model_error err;
	ck_assert_int_eq(forecast_list_from_json(arr, strlen(arr), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_int_eq(l.items[0].agent_id, 3);
	ck_assert_int_eq(l.items[0].date, 1796083200);
	ck_assert_int_eq(l.items[1].id, 2);
	ck_assert(forecast_list_hours(&l) > 3.49 && forecast_list_hours(&l) < 3.51);
	ck_assert_uint_eq(err.odd.n, 1);
	ck_assert_str_eq(err.odd.text[0], "[1]: expected an object, got 7; skipped");
	forecast_list_fini(&l);
	const char *one = "{\"id\":9,\"agent_id\":2,\"ticket_id\":7,\"hours\":\"x\"}";
	ck_assert_int_eq(forecast_list_from_json(one, strlen(one), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_int_eq(l.items[0].id, 9);
	ck_assert_uint_eq(err.odd.n, 1); /* hours: not a number, noted */
	forecast_list_fini(&l);
	ck_assert_int_eq(forecast_list_from_json("[{\"id\":1,", 10, &l, &err), STATUS_PARSE);
	ck_assert_uint_eq(l.count, 0);
	forecast_list_fini(&l);
	ck_assert_int_ne(forecast_list_from_json("\"text\"", 6, &l, &err), STATUS_OK);
	forecast_list_fini(&l);
}
END_TEST

START_TEST(a_record_becomes_its_fields_in_the_order_sent)
{
	const char *b = "{\"seq\":2,\"name\":\"Ana\\nLopez\",\"note\":null,\"result\":1,"
			"\"is_mandatory\":true,\"fields\":[{\"id\":1}],\"hours\":2.5}";
	struct json_text t;
	static struct model_error err;
	ck_assert_int_eq(json_text_record_from_json(b, strlen(b), &t, &err), STATUS_OK);
	ck_assert(t.is_json && t.is_record);
	ck_assert_uint_eq(t.count, 6);
	ck_assert_str_eq(t.lines[0], "seq: 2");
	ck_assert_str_eq(t.lines[1], "name: Ana Lopez");
	ck_assert_str_eq(t.lines[2], "result: 1");
	ck_assert_str_eq(t.lines[3], "is_mandatory: true");
	ck_assert_str_eq(t.lines[4], "fields: [{\"id\":1}]");
	ck_assert_str_eq(t.lines[5], "hours: 2.5");
	json_text_fini(&t);
}
END_TEST

START_TEST(records_of_an_array_are_apart_and_bad_json_is_text)
{
	const char *b = "[{\"id\":1},{\"id\":2,\"agent_id\":\"7\"},3]";
	struct json_text t;
	static struct model_error err;
	ck_assert_int_eq(json_text_record_from_json(b, strlen(b), &t, &err), STATUS_OK);
	ck_assert_uint_eq(t.count, 6);
	ck_assert_str_eq(t.lines[0], "id: 1");
	ck_assert_str_eq(t.lines[1], "");
	ck_assert_str_eq(t.lines[3], "agent_id: 7");
	ck_assert_str_eq(t.lines[5], "3");
	json_text_fini(&t);
	/* Cut, or not JSON at all: the text as it came, never a record. */
	ck_assert_int_eq(json_text_record_from_json("{\"id\":1,\"na", 11, &t, &err), STATUS_OK);
	ck_assert(!t.is_json && !t.is_record);
	ck_assert_uint_eq(t.count, 1);
	ck_assert_str_eq(t.lines[0], "{\"id\":1,\"na");
	json_text_fini(&t);
	ck_assert_int_eq(json_text_record_from_json(" \n", 2, &t, &err), STATUS_OK);
	ck_assert_uint_eq(t.count, 0);
	json_text_fini(&t);
	ck_assert_int_eq(json_text_record_from_json(NULL, 0, &t, &err), STATUS_OK);
	ck_assert_uint_eq(t.count, 0);
}
END_TEST

START_TEST(a_record_is_read_only_when_it_is_an_object_and_is_named_by_its_id)
{
	static const char body[] = "[{\"id\":4},7,{\"id\":0}]";
	static const char *const keys[] = { "records", NULL };
	static struct model_error err;
	model_error_clear(&err);
	json_object *root;
	ck_assert_int_eq(jf_parse(body, strlen(body), &root, &err), STATUS_OK);
	struct jf_records rec;
	ck_assert_int_eq(jf_records_find(root, keys, true, &rec, &err), STATUS_OK);
	char path[16], subject[32];
	ck_assert_ptr_nonnull(jf_records_object(&rec, 0, "step", path, sizeof(path), subject,
						sizeof(subject), &err));
	ck_assert_str_eq(path, "[0]");
	ck_assert_str_eq(subject, "step 4");
	ck_assert_ptr_null(jf_records_object(&rec, 1, "step", path, sizeof(path), subject,
					     sizeof(subject), &err));
	ck_assert_uint_eq(err.odd.n, 1);
	ck_assert_str_eq(err.odd.text[0], "[1]: expected an object, got 7; skipped");
	ck_assert_ptr_nonnull(jf_records_object(&rec, 2, "step", path, sizeof(path), subject,
						sizeof(subject), &err));
	ck_assert_str_eq(subject, "[2]"); /* no usable id: its place */
	json_object_put(root);
	model_error_clear(&err);
}
END_TEST

HARNESS_MAIN("misc_json", a_closure_that_is_not_an_object_is_skipped_and_odd_fields_noted,
	     a_forecast_object_parses, closure_confirmations_parse_with_and_without_result,
	     unknown_json_answers_become_pretty_lines,
	     non_json_and_empty_answers_are_shown_as_they_came,
	     a_record_becomes_its_fields_in_the_order_sent,
	     a_tickets_forecast_is_read_from_an_array_or_one_object,
	     records_of_an_array_are_apart_and_bad_json_is_text,
	     a_record_is_read_only_when_it_is_an_object_and_is_named_by_its_id)
