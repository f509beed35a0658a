/* Tests of halo-mock's faults on demand: latency, 500s, 429s, drops, truncation, trickling. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;

static void start_faulty(double fail, double drop, double truncate, unsigned seed)
{
	struct mock_options o;
	mh_options(&o);
	o.fail_rate = fail;
	o.drop_rate = drop;
	o.truncate_rate = truncate;
	o.seed = seed;
	mh_start(&mh, &o);
}

START_TEST(latency_delays_every_api_answer)
{
	struct mock_options o;
	mh_options(&o);
	o.latency_ms = 150;
	o.latency_jitter_ms = 50;
	mh_start(&mh, &o);
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
		ck_assert_double_ge(mh.seconds, 0.149);
		ck_assert_double_lt(mh.seconds, 2.0);
	}
	mh_stop(&mh);
}
END_TEST

START_TEST(fail_rate_one_answers_500_and_zero_never)
{
	start_faulty(1.0, 0, 0, 1);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets", NULL, true), 500);
	ck_assert_ptr_nonnull(strstr(mh.body, "Message"));
	mh_stop(&mh);
	start_faulty(0.0, 0, 0, 1);
	for (int i = 0; i < 20; i++)
		ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	mh_stop(&mh);
}
END_TEST

static void statuses(unsigned seed, char *out, int n)
{
	start_faulty(0.5, 0, 0, seed);
	for (int i = 0; i < n; i++)
		out[i] = mh_send(&mh, "GET", "/api/Status", NULL, true) == 200 ? 'o' : 'x';
	out[n] = '\0';
	mh_stop(&mh);
}

START_TEST(faults_follow_the_seed)
{
	char a[41], b[41], c[41];
	statuses(5, a, 40);
	statuses(5, b, 40);
	statuses(6, c, 40);
	ck_assert_str_eq(a, b);
	ck_assert_str_ne(a, c);
	ck_assert_ptr_nonnull(strchr(a, 'o'));
	ck_assert_ptr_nonnull(strchr(a, 'x'));
}
END_TEST

static void start_limited(bool retry_after)
{
	struct mock_options o;
	mh_options(&o);
	o.rate_limit_requests = 5;
	o.rate_limit_window_s = 60;
	o.rate_limit_retry_after = retry_after;
	mh_start(&mh, &o);
}

START_TEST(requests_above_the_rate_limit_get_429_with_retry_after)
{
	start_limited(true);
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 429);
	int wait = 0;
	ck_assert_int_eq(sscanf(mh.retry_after, "%d", &wait), 1);
	ck_assert(wait >= 1 && wait <= 60);
	/* authentication is not counted */
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, ""), 200);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_429_can_come_without_retry_after)
{
	start_limited(false);
	for (int i = 0; i < 5; i++)
		mh_send(&mh, "GET", "/api/Status", NULL, true);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 429);
	ck_assert_str_eq(mh.retry_after, "");
	mh_stop(&mh);
}
END_TEST

START_TEST(a_dropped_answer_ends_the_transfer_early)
{
	start_faulty(0, 1.0, 0, 1);
	mh_send(&mh, "GET", "/api/Tickets?pageinate=true&page_size=100", NULL, true);
	ck_assert_int_ne(mh.result, CURLE_OK);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_truncated_answer_is_valid_http_with_broken_json)
{
	start_faulty(0, 0, 1.0, 1);
	ck_assert_int_eq(
		mh_send(&mh, "GET", "/api/Tickets?pageinate=true&page_size=20", NULL, true), 200);
	ck_assert_int_eq(mh.result, CURLE_OK);
	ck_assert_uint_gt(mh.body_len, 10);
	ck_assert_ptr_null(json_tokener_parse(mh.body));
	mh_stop(&mh);
}
END_TEST

START_TEST(a_trickled_body_arrives_slowly_but_whole)
{
	struct mock_options o;
	mh_options(&o);
	o.trickle_ms = 40;
	mh_start(&mh, &o);
	ck_assert_int_eq(
		mh_send(&mh, "GET", "/api/Tickets?pageinate=true&page_size=10", NULL, true), 200);
	size_t chunks = (mh.body_len + 1023) / 1024;
	ck_assert_uint_ge(chunks, 4);
	ck_assert_double_ge(mh.seconds, (double)(chunks - 1) * 0.039);
	struct json_object *o2 = json_tokener_parse(mh.body);
	ck_assert_ptr_nonnull(o2);
	json_object_put(o2);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_faults", latency_delays_every_api_answer,
	     fail_rate_one_answers_500_and_zero_never, faults_follow_the_seed,
	     requests_above_the_rate_limit_get_429_with_retry_after,
	     the_429_can_come_without_retry_after, a_dropped_answer_ends_the_transfer_early,
	     a_truncated_answer_is_valid_http_with_broken_json,
	     a_trickled_body_arrives_slowly_but_whole)
