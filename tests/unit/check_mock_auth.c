/* Tests of halo-mock's authentication: tokens, credentials, expiry, authinfo, "me". */
#include "config.h"

#include <check.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

START_TEST(demo_credentials_get_a_bearer_token_with_its_lifetime)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, ""), 200);
	struct json_object *o = json_tokener_parse(mh.body);
	ck_assert_str_eq(mh_str(o, "token_type"), "Bearer");
	ck_assert_int_eq(mh_int(o, "expires_in"), 3600);
	ck_assert_ptr_nonnull(mh_str(o, "refresh_token"));
	ck_assert_ptr_nonnull(mh_str(o, "id_token"));
	ck_assert_str_eq(mh_str(o, "scope"), "all");
	json_object_put(o);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_demo_secret_is_two_guids_and_the_id_one)
{
	ck_assert_uint_eq(strlen(MOCK_DEMO_CLIENT_ID), 36);
	ck_assert_uint_eq(strlen(MOCK_DEMO_CLIENT_SECRET), 36 * 2 + 1);
	ck_assert_int_eq(MOCK_DEMO_CLIENT_SECRET[36], '-');
}
END_TEST

START_TEST(a_wrong_secret_gets_401_invalid_client)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, "nope", ""), 401);
	ck_assert_str_eq(mh.body, "{\"error\":\"invalid_client\"}");
	ck_assert_int_eq(mh_token(&mh, "someone-else", MOCK_DEMO_CLIENT_SECRET, ""), 401);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_tenant_query_is_accepted_or_not)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(
		mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, "?tenant=demo"), 200);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	mh_stop(&mh);
}
END_TEST

START_TEST(api_calls_without_a_token_or_with_a_bad_one_get_401)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets", NULL, false), 401);
	strcpy(mh.token, "not-a-token");
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets", NULL, true), 401);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "[{\"summary\":\"x\"}]", true), 401);
	mh_stop(&mh);
}
END_TEST

/* The server's clock for tokens, moved on by the test: seconds, read from server threads. */
static _Atomic long test_clock_s;

static double test_clock(void *arg)
{
	(void)arg;
	return (double)atomic_load(&test_clock_s);
}

START_TEST(tokens_expire_after_their_ttl)
{
	struct mock_options o;
	mh_options(&o);
	o.token_ttl_s = 60;
	atomic_store(&test_clock_s, 1000);
	o.clock_s = test_clock;
	struct mh mh;
	mh_start(&mh, &o);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	atomic_store(&test_clock_s, 1059);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	atomic_store(&test_clock_s, 1060);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 401);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, ""), 200);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 200);
	mh_stop(&mh);
}
END_TEST

START_TEST(authinfo_needs_no_token_and_names_the_auth_url)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/authinfo", NULL, false), 200);
	struct json_object *o = json_tokener_parse(mh.body);
	char want[128];
	snprintf(want, sizeof(want), "%s/auth", mh.base);
	ck_assert_str_eq(mh_str(o, "auth_url"), want);
	ck_assert_str_eq(mh_str(o, "tenant_id"), MOCK_DEMO_TENANT);
	json_object_put(o);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_refresh_token_buys_new_tokens_once)
{
	struct mh mh;
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, ""), 200);
	struct json_object *o = json_tokener_parse(mh.body);
	char body[256];
	snprintf(body, sizeof(body), "grant_type=refresh_token&refresh_token=%s",
		 mh_str(o, "refresh_token"));
	json_object_put(o);
	ck_assert_int_eq(mh_send(&mh, "POST", "/auth/token", body, false), 200);
	ck_assert_ptr_nonnull(strstr(mh.body, "access_token"));
	ck_assert_int_eq(mh_send(&mh, "POST", "/auth/token", body, false), 400);
	ck_assert_int_eq(mh_send(&mh, "POST", "/auth/token", "grant_type=password", false), 400);
	mh_stop(&mh);
}
END_TEST

START_TEST(custom_credentials_replace_the_demo_ones)
{
	struct mock_options o;
	mh_options(&o);
	o.client_id = "11111111-2222-3333-4444-555555555555";
	o.client_secret = "secret";
	struct mh mh;
	mh_start(&mh, &o);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, ""), 401);
	ck_assert_int_eq(mh_token(&mh, o.client_id, "secret", ""), 200);
	mh_stop(&mh);
}
END_TEST

START_TEST(agent_me_is_the_agent_that_mine_filters_on)
{
	struct mh mh;
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	int me_id = mh_int(me, "id");
	ck_assert_int_gt(me_id, 1);
	struct json_object *page =
		mh_get(&mh, "/api/Tickets?mine=true&pageinate=true&page_size=100");
	struct json_object *list = json_object_object_get(page, "tickets");
	ck_assert_uint_gt(json_object_array_length(list), 0);
	for (size_t i = 0; i < json_object_array_length(list); i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(list, i), "agent_id"), me_id);
	json_object_put(page);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_restarted_server_never_revives_the_tokens_of_the_last_run)
{
	struct mh mh;
	mh_start(&mh, NULL);
	char old[128];
	strcpy(old, mh.token);
	mh_stop(&mh);
	mh_start(&mh, NULL); /* same seed, fresh token table */
	ck_assert_str_ne(mh.token, old);
	strcpy(mh.token, old);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Status", NULL, true), 401);
	mh_stop(&mh);
}
END_TEST

START_TEST(credentials_may_come_as_http_basic)
{
	struct mh mh;
	mh_start(&mh, NULL);
	char url[128];
	snprintf(url, sizeof(url), "%s/auth/token", mh.base);
	curl_easy_reset(mh.curl);
	curl_easy_setopt(mh.curl, CURLOPT_URL, url);
	curl_easy_setopt(mh.curl, CURLOPT_POSTFIELDS, "grant_type=client_credentials&scope=all");
	curl_easy_setopt(mh.curl, CURLOPT_USERNAME, MOCK_DEMO_CLIENT_ID);
	curl_easy_setopt(mh.curl, CURLOPT_PASSWORD, MOCK_DEMO_CLIENT_SECRET);
	FILE *sink = fopen("/dev/null", "w");
	curl_easy_setopt(mh.curl, CURLOPT_WRITEDATA, sink);
	ck_assert_int_eq(curl_easy_perform(mh.curl), CURLE_OK);
	long status = 0;
	curl_easy_getinfo(mh.curl, CURLINFO_RESPONSE_CODE, &status);
	ck_assert_int_eq(status, 200);
	curl_easy_setopt(mh.curl, CURLOPT_PASSWORD, "wrong");
	ck_assert_int_eq(curl_easy_perform(mh.curl), CURLE_OK);
	curl_easy_getinfo(mh.curl, CURLINFO_RESPONSE_CODE, &status);
	ck_assert_int_eq(status, 401);
	fclose(sink);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_auth", demo_credentials_get_a_bearer_token_with_its_lifetime,
	     the_demo_secret_is_two_guids_and_the_id_one, a_wrong_secret_gets_401_invalid_client,
	     the_tenant_query_is_accepted_or_not,
	     api_calls_without_a_token_or_with_a_bad_one_get_401, tokens_expire_after_their_ttl,
	     authinfo_needs_no_token_and_names_the_auth_url, a_refresh_token_buys_new_tokens_once,
	     custom_credentials_replace_the_demo_ones, agent_me_is_the_agent_that_mine_filters_on,
	     a_restarted_server_never_revives_the_tokens_of_the_last_run,
	     credentials_may_come_as_http_basic)
