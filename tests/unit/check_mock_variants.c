/* Tests of halo-mock's switches for the places where public evidence disagrees. */
#include "config.h"

#include <check.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"
#include "model/ticket_json.h"

static struct mh mh;

static void start_with(void (*tweak)(struct mock_options *o))
{
	struct mock_options o;
	mh_options(&o);
	tweak(&o);
	mh_start(&mh, &o);
}

static void delete_empty(struct mock_options *o)
{
	o->delete_body = MOCK_DELETE_EMPTY;
}

static void delete_object(struct mock_options *o)
{
	o->delete_body = MOCK_DELETE_OBJECT;
}

START_TEST(delete_answers_an_empty_object_or_the_ticket)
{
	start_with(delete_empty);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1001?reason=x", NULL, true), 200);
	ck_assert_str_eq(mh.body, "{}");
	mh_stop(&mh);
	start_with(delete_object);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1001?reason=x", NULL, true), 200);
	struct json_object *o = json_tokener_parse(mh.body);
	ck_assert_int_eq(mh_int(o, "id"), 1001);
	json_object_put(o);
	mh_stop(&mh);
}
END_TEST

static void missing_404(struct mock_options *o)
{
	o->missing_ticket = MOCK_MISSING_404;
}

static void missing_200(struct mock_options *o)
{
	o->missing_ticket = MOCK_MISSING_EMPTY200;
}

START_TEST(a_missing_ticket_is_404_or_an_empty_200)
{
	start_with(missing_404);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets/424242", NULL, true), 404);
	mh_stop(&mh);
	start_with(missing_200);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets/424242", NULL, true), 200);
	struct json_object *o = json_tokener_parse(mh.body);
	ck_assert(json_object_is_type(o, json_type_object));
	ck_assert(!mh_has(o, "id"));
	json_object_put(o);
	mh_stop(&mh);
}
END_TEST

static enum mock_date_format date_format;

static void dates(struct mock_options *o)
{
	o->date_format = date_format;
}

static void expect_date_shape(enum mock_date_format f, const char *pattern)
{
	date_format = f;
	start_with(dates);
	struct json_object *t = mh_get(&mh, "/api/Tickets/1001");
	regex_t re;
	ck_assert_int_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
	const char *keys[] = { "dateoccurred", "lastactiondate", "fixbydate" };
	for (size_t i = 0; i < 3; i++)
		ck_assert_msg(regexec(&re, mh_str(t, keys[i]), 0, NULL, 0) == 0, "%s: %s", keys[i],
			      mh_str(t, keys[i]));
	regfree(&re);
	json_object_put(t);
	/* dates inside records follow the switch too */
	struct json_object *a = mh_get(&mh, "/api/Actions?ticket_id=1001");
	struct json_object *first =
		json_object_array_get_idx(json_object_object_get(a, "actions"), 0);
	ck_assert_int_eq(regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB), 0);
	ck_assert(regexec(&re, mh_str(first, "datetime"), 0, NULL, 0) == 0);
	regfree(&re);
	json_object_put(a);
	mh_stop(&mh);
}

START_TEST(dates_come_with_z_without_z_or_with_fractions)
{
	expect_date_shape(MOCK_DATE_Z, "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$");
	expect_date_shape(MOCK_DATE_NOZ, "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}$");
	expect_date_shape(MOCK_DATE_FRAC, "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}\\.[0-9]+Z$");
}
END_TEST

static enum mock_loose_ids loose;

static void ids(struct mock_options *o)
{
	o->loose_ids = loose;
}

static void expect_id_type(enum mock_loose_ids which, json_type type)
{
	loose = which;
	start_with(ids);
	struct json_object *t = mh_get(&mh, "/api/Tickets?pageinate=true&page_size=1");
	struct json_object *first =
		json_object_array_get_idx(json_object_object_get(t, "tickets"), 0);
	const char *keys[] = { "id", "status_id", "client_id", "agent_id" };
	for (size_t i = 0; i < 4; i++) {
		struct json_object *v = json_object_object_get(first, keys[i]);
		ck_assert_msg(json_object_is_type(v, type), "%s is %s", keys[i],
			      json_type_to_name(json_object_get_type(v)));
	}
	ck_assert_int_eq(json_object_get_int(json_object_object_get(first, "id")), 1001);
	json_object_put(t);
	mh_stop(&mh);
}

START_TEST(ids_come_as_integers_decimals_or_strings)
{
	expect_id_type(MOCK_IDS_INT, json_type_int);
	expect_id_type(MOCK_IDS_DECIMAL, json_type_double);
	expect_id_type(MOCK_IDS_STRING, json_type_string);
}
END_TEST

static void odd_fields(struct mock_options *o)
{
	o->odd_fields = true;
}

/* The client reads a page of odd tickets whole: every row kept, four notes per odd ticket. */
START_TEST(odd_fields_on_a_few_tickets_are_read_as_notes_not_failures)
{
	start_with(odd_fields);
	struct json_object *t = mh_get(&mh, "/api/Tickets?pageinate=true&page_size=100");
	const char *body = json_object_to_json_string_ext(t, JSON_C_TO_STRING_PLAIN);
	struct json_object *rows = json_object_object_get(t, "tickets");
	size_t n = json_object_array_length(rows), odd = 0;
	int first_odd = 0;
	for (size_t i = 0; i < n; i++) {
		int id = json_object_get_int(
			json_object_object_get(json_object_array_get_idx(rows, i), "id"));
		if (id % 25 == 0 && !odd++)
			first_odd = id;
	}
	ck_assert_uint_gt(odd, 0);
	struct ticket_page *page = NULL;
	static struct model_error err;
	ck_assert_int_eq(ticket_page_from_json(body, strlen(body), &page, &err), STATUS_OK);
	ck_assert_uint_eq(page->count, n);
	ck_assert_uint_eq(odd_fields_total(&err.odd), 4 * odd);
	char want[96];
	snprintf(want, sizeof(want), "ticket %d: category_1: expected a string, got an object",
		 first_odd);
	ck_assert_str_eq(err.odd.text[0], want);
	snprintf(want, sizeof(want), "ticket %d: flagged: expected a boolean, got 2", first_odd);
	ck_assert_str_eq(err.odd.text[3], want);
	ticket_page_free(page);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

static void no_drafts(struct mock_options *o)
{
	o->drafts = false;
}

START_TEST(drafts_can_be_unsupported)
{
	start_with(no_drafts);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Draft", "[{\"tickettype_id\":1}]", true), 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_defaults_are_the_ones_documented)
{
	struct mock_options o;
	mock_options_init(&o);
	ck_assert_uint_eq(o.ticket_count, 2500);
	ck_assert_str_eq(o.listen_host, "127.0.0.1");
	ck_assert_uint_eq(o.port, 0);
	ck_assert_uint_eq(o.token_ttl_s, 3600);
	ck_assert(o.drafts);
	ck_assert(o.rate_limit_retry_after);
	ck_assert_int_eq(o.delete_body, MOCK_DELETE_OBJECT);
	ck_assert_int_eq(o.missing_ticket, MOCK_MISSING_404);
	ck_assert_int_eq(o.date_format, MOCK_DATE_Z);
	ck_assert_int_eq(o.loose_ids, MOCK_IDS_INT);
}
END_TEST

HARNESS_MAIN("mock_variants", odd_fields_on_a_few_tickets_are_read_as_notes_not_failures,
	     delete_answers_an_empty_object_or_the_ticket, a_missing_ticket_is_404_or_an_empty_200,
	     dates_come_with_z_without_z_or_with_fractions,
	     ids_come_as_integers_decimals_or_strings, drafts_can_be_unsupported,
	     the_defaults_are_the_ones_documented)
