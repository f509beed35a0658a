/* Tests of halo-mock's GET /api/Tickets parameters of the second round (SLA and state flags,
 * categories, area, supplier, user name, links, attachments, last update, the search_*
 * family, filter and column profiles) and of X-Halo-Mock-Ignored. */
#include "config.h"

#include <check.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;
static struct json_object *everything; /* all tickets, details included */

static void setup(void)
{
	mh_start(&mh, NULL);
	struct json_object *o = mh_get(&mh, "/api/Tickets?includedetails=true");
	ck_assert_int_eq(mh.status, 200);
	everything = json_object_get(json_object_object_get(o, "tickets"));
	json_object_put(o);
	ck_assert_uint_eq(json_object_array_length(everything), 300);
}

static void teardown(void)
{
	json_object_put(everything);
	mh_stop(&mh);
}

typedef bool (*pred_fn)(struct json_object *t, const void *arg);

/* The ids of every page of QUERY, in order, into IDS (at most 300); returns how many, and
 * checks that no parameter of QUERY was ignored. */
static size_t fetch_ids(const char *query, int *ids)
{
	size_t got = 0;
	for (int page = 1; page < 10; page++) {
		char path[1024];
		snprintf(path, sizeof(path),
			 "/api/Tickets?%s&pageinate=true&page_size=100&page_no=%d", query, page);
		struct json_object *o = mh_get(&mh, path);
		ck_assert_msg(mh.status == 200, "%s: status %ld", query, mh.status);
		ck_assert_msg(mh.ignored[0] == '\0', "%s: ignored %s", query, mh.ignored);
		struct json_object *list = json_object_object_get(o, "tickets");
		size_t n = json_object_array_length(list);
		for (size_t i = 0; i < n && got < 300; i++)
			ids[got++] = mh_int(json_object_array_get_idx(list, i), "id");
		json_object_put(o);
		if (n < 100)
			break;
	}
	return got;
}

/* Checks that QUERY selects exactly the tickets PRED holds for; returns how many. */
static size_t expect_filter(const char *query, pred_fn pred, const void *arg)
{
	int ids[300];
	size_t got = fetch_ids(query, ids), want = 0;
	for (size_t i = 0; i < json_object_array_length(everything); i++) {
		struct json_object *t = json_object_array_get_idx(everything, i);
		if (!pred(t, arg))
			continue;
		want++;
		bool is_there = false;
		for (size_t k = 0; k < got && !is_there; k++)
			is_there = ids[k] == mh_int(t, "id");
		ck_assert_msg(is_there, "%s: ticket %d is missing", query, mh_int(t, "id"));
	}
	ck_assert_msg(got == want, "%s: got %zu tickets, want %zu", query, got, want);
	return want;
}

struct int_field {
	const char *key;
	int values[2];
	int n;
};

static bool int_in(struct json_object *t, const void *arg)
{
	const struct int_field *f = arg;
	for (int i = 0; i < f->n; i++)
		if (mh_int(t, f->key) == f->values[i])
			return true;
	return false;
}

START_TEST(sla_and_categories_match_their_ids)
{
	struct int_field sla = { "sla_id", { 1, 2 }, 2 };
	ck_assert_uint_gt(expect_filter("sla=1,2", int_in, &sla), 0);
	struct int_field cat1 = { "categoryid_1", { 2, 5 }, 2 };
	ck_assert_uint_gt(expect_filter("category_1=2,5", int_in, &cat1), 0);
	struct int_field cat2 = { "categoryid_2", { 21, 22 }, 2 };
	ck_assert_uint_gt(expect_filter("category_2=21,22", int_in, &cat2), 0);
	struct int_field cat4 = { "categoryid_4", { 41 }, 1 };
	ck_assert_uint_gt(expect_filter("category_4=41", int_in, &cat4), 0);
	struct int_field supplier = { "supplier_id", { 2 }, 1 };
	ck_assert_uint_gt(expect_filter("supplier_id=2", int_in, &supplier), 0);
}
END_TEST

static bool is_breached(struct json_object *t, const void *arg)
{
	bool want = *(const bool *)arg;
	return !strcmp(mh_str(t, "slaresponsestate"), "O") == want;
}

static bool is_on_hold(struct json_object *t, const void *arg)
{
	(void)arg;
	return json_object_get_boolean(json_object_object_get(t, "onhold"));
}

static bool has_attachments(struct json_object *t, const void *arg)
{
	(void)arg;
	return mh_int(t, "attachment_count") >= 1;
}

static bool is_unlinked(struct json_object *t, const void *arg)
{
	(void)arg;
	return mh_int(t, "parent_id") <= 0 && mh_int(t, "child_count") == 0;
}

START_TEST(state_flags_select_breached_held_attached_and_unlinked_tickets)
{
	bool yes = true, no = false;
	size_t breached = expect_filter("includebreached=1", is_breached, &yes);
	size_t kept = expect_filter("includebreached=0", is_breached, &no);
	ck_assert_uint_gt(breached, 0);
	ck_assert_uint_eq(breached + kept, 300);
	ck_assert_uint_gt(expect_filter("includehold=1", is_on_hold, NULL), 0);
	ck_assert_uint_gt(expect_filter("withattachments=true", has_attachments, NULL), 0);
	ck_assert_uint_gt(expect_filter("unlinked_only=true", is_unlinked, NULL), 0);
	ck_assert_uint_lt(expect_filter("unlinked_only=true", is_unlinked, NULL), 300);
}
END_TEST

/* The record_count of QUERY. */
static int count_of(const char *query)
{
	char path[512];
	snprintf(path, sizeof(path), "/api/Tickets?%s&pageinate=true&page_size=1&page_no=1", query);
	struct json_object *o = mh_get(&mh, path);
	ck_assert_msg(mh.status == 200, "%s: status %ld", query, mh.status);
	ck_assert_msg(mh.ignored[0] == '\0', "%s: ignored %s", query, mh.ignored);
	int n = mh_int(o, "record_count");
	json_object_put(o);
	return n;
}

START_TEST(includeclosed_and_areas_split_the_tickets)
{
	ck_assert_int_eq(count_of("includeclosed=1"), count_of("closed_only=true"));
	ck_assert_int_eq(count_of("includeclosed=0"), count_of("open_only=true"));
	ck_assert_int_eq(count_of("includeclosed=0,1"), 300);
	int areas = 0;
	for (int area = 1; area <= 3; area++) {
		char q[32];
		snprintf(q, sizeof(q), "ticketarea_id=%d", area);
		ck_assert_int_gt(count_of(q), 0);
		areas += count_of(q);
	}
	ck_assert_int_eq(areas, 300);
	ck_assert_int_eq(count_of("ticketarea_id=4"), 0);
}
END_TEST

struct text_field {
	const char *key;
	const char *text;
	bool is_whole;
};

static bool text_in(struct json_object *t, const void *arg)
{
	const struct text_field *f = arg;
	const char *v = mh_str(t, f->key);
	if (!v)
		return false;
	return f->is_whole ? !strcasecmp(v, f->text) : strcasestr(v, f->text) != NULL;
}

START_TEST(username_and_the_search_family_look_in_their_fields)
{
	const char *name = mh_str(json_object_array_get_idx(everything, 3), "user_name");
	char q[256], upper[128];
	size_t k = 0;
	for (; name[k] && k + 1 < sizeof(upper); k++)
		upper[k] = (char)((name[k] >= 'a' && name[k] <= 'z') ? name[k] - 32 : name[k]);
	upper[k] = '\0';
	struct text_field whole = { "user_name", name, true };
	snprintf(q, sizeof(q), "username=%s", upper);
	for (char *p = q; *p; p++)
		if (*p == ' ')
			*p = '+';
	ck_assert_uint_gt(expect_filter(q, text_in, &whole), 0);
	struct text_field part = { "user_name", "an", false };
	ck_assert_uint_gt(expect_filter("search_user_name=AN", text_in, &part), 0);
	ck_assert_uint_gt(expect_filter("search_reportedby=an", text_in, &part), 0);
	struct text_field client = { "client_name", "ltd", false };
	ck_assert_uint_gt(expect_filter("search_oppcompanyname=Ltd", text_in, &client), 0);
	struct text_field email = { "user_email", "@", false };
	ck_assert_uint_gt(expect_filter("search_oppemailaddress=%40", text_in, &email), 0);
	ck_assert_int_eq(count_of("search_version=1.2"), 0);
	ck_assert_int_eq(count_of("search_release1=x"), 0);
	ck_assert_int_eq(count_of("search_version="), 300);
}
END_TEST

struct date_range {
	const char *from, *to; /* ISO-8601 strings, compared as text */
};

static bool updated_in(struct json_object *t, const void *arg)
{
	const struct date_range *r = arg;
	const char *v = mh_str(t, "lastactiondate");
	return v && (!r->from || strcmp(v, r->from) >= 0) && (!r->to || strcmp(v, r->to) <= 0);
}

START_TEST(last_update_dates_bound_the_last_action)
{
	struct date_range r = { "2026-06-01T00:00:00Z", "2026-09-30T23:59:59Z" };
	ck_assert_uint_gt(expect_filter("lastupdatefromdate=2026-06-01T00:00:00Z"
					"&lastupdatetodate=2026-09-30",
					updated_in, &r),
			  0);
	struct date_range from = { "2026-10-01T00:00:00Z", NULL };
	ck_assert_uint_gt(expect_filter("lastupdatefromdate=2026-10-01", updated_in, &from), 0);
}
END_TEST

START_TEST(a_filter_profile_is_its_parameters_under_the_request_s_own)
{
	int by_view[300], by_params[300];
	size_t n = fetch_ids("view_id=2", by_view);
	ck_assert_uint_gt(n, 0);
	ck_assert_uint_eq(fetch_ids("mine=true&open_only=true", by_params), n);
	ck_assert_mem_eq(by_view, by_params, n * sizeof(int));
	/* The request's own open_only wins over the profile's. */
	ck_assert_int_eq(count_of("view_id=2&open_only=false"), count_of("mine=true"));
	ck_assert_int_eq(count_of("view_id=4"), count_of("open_only=true&includebreached=1"));
	struct json_object *o = mh_get(&mh, "/api/Tickets?view_id=99");
	ck_assert_int_eq(mh.status, 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "No filter profile with id 99"));
	json_object_put(o);
}
END_TEST

START_TEST(a_column_profile_is_echoed_and_an_unknown_one_refused)
{
	struct json_object *o = mh_get(&mh, "/api/Tickets?columns_id=2&count=1");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq(mh_int(o, "columns_id"), 2);
	json_object_put(o);
	o = mh_get(&mh, "/api/Tickets?columns_id=7");
	ck_assert_int_eq(mh.status, 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "No column profile with id 7"));
	json_object_put(o);
}
END_TEST

START_TEST(parameters_it_does_not_act_on_are_named_in_a_header)
{
	struct json_object *o =
		mh_get(&mh, "/api/Tickets?status=1&searchactions=true&Advanced_Search=x&nosuch=1"
			    "&searchactions=false&count=1");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_str_eq(mh.ignored, "searchactions,Advanced_Search,nosuch");
	json_object_put(o);
	o = mh_get(&mh, "/api/Tickets?STATUS=1&open_only=true&count=1");
	ck_assert_str_eq(mh.ignored, "");
	json_object_put(o);
}
END_TEST

static TCase *with_server(const char *name, const TTest *test)
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test);
	return tc;
}

int main(void)
{
	const TTest *tests[] = {
		sla_and_categories_match_their_ids,
		state_flags_select_breached_held_attached_and_unlinked_tickets,
		includeclosed_and_areas_split_the_tickets,
		username_and_the_search_family_look_in_their_fields,
		last_update_dates_bound_the_last_action,
		a_filter_profile_is_its_parameters_under_the_request_s_own,
		a_column_profile_is_echoed_and_an_unknown_one_refused,
		parameters_it_does_not_act_on_are_named_in_a_header,
	};
	Suite *s = suite_create("mock_tickets_params");
	for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
		suite_add_tcase(s, with_server("core", tests[i]));
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
