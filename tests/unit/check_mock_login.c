/* Tests of halo-mock's agent sign-in: /auth/authorize, codes with PKCE, refresh rotation,
 * revocation, scopes, and tokens that act as their agent. */
#include "config.h"

#include <check.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

/* RFC 7636 appendix B's pair. */
#define VERIFIER "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
#define CHALLENGE "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
#define REDIRECT "http://127.0.0.1:9/callback"

static _Atomic long test_clock_s;

static double test_clock(void *arg)
{
	(void)arg;
	return (double)atomic_load(&test_clock_s);
}

static void start(struct mh *mh, int authorize_auto)
{
	struct mock_options o;
	mh_options(&o);
	o.authorize_auto = authorize_auto;
	atomic_store(&test_clock_s, 1000);
	o.clock_s = test_clock;
	mh_start(mh, &o);
}

static const char *redirect_target(struct mh *mh)
{
	char *url = NULL;
	curl_easy_getinfo(mh->curl, CURLINFO_REDIRECT_URL, &url);
	return url ? url : "";
}

/* The code of the last redirect into OUT; the redirect's state must be "s1". */
static void take_code(struct mh *mh, char *out, size_t size)
{
	ck_assert_int_eq(mh->status, 302);
	const char *url = redirect_target(mh);
	ck_assert_msg(!strncmp(url, REDIRECT "?code=", strlen(REDIRECT "?code=")), "%s", url);
	const char *code = url + strlen(REDIRECT "?code=");
	size_t n = strcspn(code, "&");
	ck_assert_str_eq(code + n, "&state=s1");
	snprintf(out, size, "%.*s", (int)n, code);
}

/* Signs in through the authorize page, as AGENT_ID when > 0 (the form), with SCOPE. */
static void authorize(struct mh *mh, int agent_id, const char *scope, char *code, size_t size)
{
	char query[1024];
	snprintf(query, sizeof(query),
		 "response_type=code&client_id=%s&redirect_uri=%s&scope=%s&state=s1"
		 "&code_challenge=%s&code_challenge_method=S256",
		 MOCK_DEMO_CLIENT_ID, REDIRECT, scope, CHALLENGE);
	if (agent_id > 0) {
		char form[1100];
		snprintf(form, sizeof(form), "%s&agent_id=%d", query, agent_id);
		mh_send(mh, "POST", "/auth/authorize", form, false);
	} else {
		char path[1100];
		snprintf(path, sizeof(path), "/auth/authorize?%s", query);
		mh_send(mh, "GET", path, NULL, false);
	}
	take_code(mh, code, size);
}

static long exchange(struct mh *mh, const char *code, const char *verifier, const char *redirect)
{
	char form[512];
	snprintf(form, sizeof(form),
		 "grant_type=authorization_code&code=%s&redirect_uri=%s&code_verifier=%s"
		 "&client_id=%s",
		 code, redirect, verifier, MOCK_DEMO_CLIENT_ID);
	return mh_send(mh, "POST", "/auth/token", form, false);
}

/* Keeps the tokens of the last answer: the access token in mh->token, the refresh in OUT. */
static void keep_tokens(struct mh *mh, char *refresh, size_t size)
{
	struct json_object *o = json_tokener_parse(mh->body);
	snprintf(mh->token, sizeof(mh->token), "%s", mh_str(o, "access_token"));
	const char *r = mh_str(o, "refresh_token");
	snprintf(refresh, size, "%s", r ? r : "");
	json_object_put(o);
}

static void assert_oauth_error(struct mh *mh, const char *error, const char *words)
{
	ck_assert_int_eq(mh->status, 400);
	struct json_object *o = json_tokener_parse(mh->body);
	ck_assert_str_eq(mh_str(o, "error"), error);
	ck_assert_msg(strstr(mh_str(o, "error_description"), words), "%s", mh->body);
	json_object_put(o);
}

static int me_id(struct mh *mh)
{
	struct json_object *me = mh_get(mh, "/api/Agent/me");
	int id = mh_int(me, "id");
	json_object_put(me);
	return id;
}

START_TEST(the_login_page_lists_agents_and_its_form_signs_one_in)
{
	struct mh mh;
	start(&mh, 0);
	char path[1024], code[128], refresh[128];
	snprintf(path, sizeof(path),
		 "/auth/authorize?response_type=code&client_id=%s&redirect_uri=%s&scope=all"
		 "&state=s1&code_challenge=%s&code_challenge_method=S256",
		 MOCK_DEMO_CLIENT_ID, REDIRECT, CHALLENGE);
	ck_assert_int_eq(mh_send(&mh, "GET", path, NULL, false), 200);
	ck_assert_ptr_nonnull(strstr(mh.body, "<select name=\"agent_id\">"));
	ck_assert_ptr_nonnull(strstr(mh.body, "value=\"" CHALLENGE "\""));
	authorize(&mh, 4, "all", code, sizeof(code));
	ck_assert_int_eq(exchange(&mh, code, VERIFIER, REDIRECT), 200);
	keep_tokens(&mh, refresh, sizeof(refresh));
	ck_assert_str_eq(refresh, ""); /* no offline_access asked */
	ck_assert_int_eq(me_id(&mh), 4);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_bad_redirect_uri_gets_a_page_never_a_redirect)
{
	struct mh mh;
	start(&mh, 3);
	char path[1024];
	snprintf(
		path, sizeof(path),
		"/auth/authorize?response_type=code&client_id=%s&redirect_uri=https://evil.example/"
		"&state=s1&code_challenge=%s&code_challenge_method=S256",
		MOCK_DEMO_CLIENT_ID, CHALLENGE);
	ck_assert_int_eq(mh_send(&mh, "GET", path, NULL, false), 400);
	ck_assert_str_eq(redirect_target(&mh), "");
	snprintf(path, sizeof(path),
		 "/auth/authorize?response_type=code&client_id=%s&redirect_uri=%s&state=s1"
		 "&code_challenge=%s&code_challenge_method=plain",
		 MOCK_DEMO_CLIENT_ID, REDIRECT, CHALLENGE);
	ck_assert_int_eq(mh_send(&mh, "GET", path, NULL, false), 302);
	ck_assert_str_eq(redirect_target(&mh), REDIRECT "?error=invalid_request&state=s1");
	mh_stop(&mh);
}
END_TEST

START_TEST(a_code_needs_its_verifier_its_redirect_and_works_once)
{
	struct mh mh;
	start(&mh, 3);
	char code[128];
	authorize(&mh, 0, "all", code, sizeof(code));
	exchange(&mh, code, "A" VERIFIER, REDIRECT);
	assert_oauth_error(&mh, "invalid_grant", "code_verifier");
	/* Spent by the wrong attempt: the right verifier comes too late. */
	exchange(&mh, code, VERIFIER, REDIRECT);
	assert_oauth_error(&mh, "invalid_grant", "already been used");
	authorize(&mh, 0, "all", code, sizeof(code));
	exchange(&mh, code, VERIFIER, "http://127.0.0.1:9/other");
	assert_oauth_error(&mh, "invalid_grant", "redirect_uri");
	authorize(&mh, 0, "all", code, sizeof(code));
	ck_assert_int_eq(exchange(&mh, code, VERIFIER, REDIRECT), 200);
	exchange(&mh, code, VERIFIER, REDIRECT);
	assert_oauth_error(&mh, "invalid_grant", "already been used");
	authorize(&mh, 0, "all", code, sizeof(code));
	atomic_store(&test_clock_s, 1061);
	exchange(&mh, code, VERIFIER, REDIRECT);
	assert_oauth_error(&mh, "invalid_grant", "expired");
	mh_stop(&mh);
}
END_TEST

START_TEST(refresh_tokens_rotate_and_a_revoked_one_is_refused)
{
	struct mh mh;
	start(&mh, 5);
	char code[128], refresh[128], old[128], form[256];
	authorize(&mh, 0, "all%20offline_access", code, sizeof(code));
	ck_assert_int_eq(exchange(&mh, code, VERIFIER, REDIRECT), 200);
	keep_tokens(&mh, refresh, sizeof(refresh));
	ck_assert_uint_gt(strlen(refresh), 0);
	snprintf(old, sizeof(old), "%s", refresh);
	snprintf(form, sizeof(form), "grant_type=refresh_token&refresh_token=%s&client_id=%s", old,
		 MOCK_DEMO_CLIENT_ID);
	ck_assert_int_eq(mh_send(&mh, "POST", "/auth/token", form, false), 200);
	keep_tokens(&mh, refresh, sizeof(refresh));
	ck_assert_str_ne(refresh, old);
	ck_assert_int_eq(me_id(&mh), 5); /* the renewed token is still the agent's */
	mh_send(&mh, "POST", "/auth/token", form, false);
	assert_oauth_error(&mh, "invalid_grant", "refresh token");
	snprintf(form, sizeof(form), "token=%s&token_type_hint=refresh_token", refresh);
	ck_assert_int_eq(mh_send(&mh, "POST", "/auth/revoke", form, false), 200);
	snprintf(form, sizeof(form), "grant_type=refresh_token&refresh_token=%s&client_id=%s",
		 refresh, MOCK_DEMO_CLIENT_ID);
	mh_send(&mh, "POST", "/auth/token", form, false);
	assert_oauth_error(&mh, "invalid_grant", "revoked");
	mh_stop(&mh);
}
END_TEST

START_TEST(a_read_only_scope_reads_and_gets_403_on_a_write)
{
	struct mh mh;
	start(&mh, 3);
	char code[128], refresh[128];
	authorize(&mh, 0, "read:tickets", code, sizeof(code));
	ck_assert_int_eq(exchange(&mh, code, VERIFIER, REDIRECT), 200);
	keep_tokens(&mh, refresh, sizeof(refresh));
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets?ticket_id=1", NULL, true), 200);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1,\"outcome\":\"Note\",\"note\":\"x\"}]", true),
			 403);
	ck_assert_ptr_nonnull(strstr(mh.body, "You do not have permission"));
	mh_stop(&mh);
}
END_TEST

/* Signs AGENT in with scope all and returns the first of its tickets. */
static int sign_in_and_check_mine(struct mh *mh, int agent)
{
	char code[128], refresh[128];
	authorize(mh, agent, "all", code, sizeof(code));
	ck_assert_int_eq(exchange(mh, code, VERIFIER, REDIRECT), 200);
	keep_tokens(mh, refresh, sizeof(refresh));
	ck_assert_int_eq(me_id(mh), agent);
	struct json_object *page =
		mh_get(mh, "/api/Tickets?mine=true&pageinate=true&page_size=100");
	struct json_object *list = json_object_object_get(page, "tickets");
	size_t n = json_object_array_length(list);
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(list, i), "agent_id"), agent);
	int first = n ? mh_int(json_object_array_get_idx(list, 0), "id") : 1;
	json_object_put(page);
	return first;
}

static const char *note_author(struct mh *mh, int ticket_id, char *out, size_t size)
{
	char body[128];
	snprintf(body, sizeof(body), "[{\"ticket_id\":%d,\"outcome\":\"Note\",\"note\":\"hi\"}]",
		 ticket_id);
	struct json_object *a = mh_post(mh, "/api/Actions", body);
	ck_assert_int_eq(mh->status, 201 - (mh->status == 200));
	snprintf(out, size, "%s", mh_str(a, "who"));
	json_object_put(a);
	return out;
}

START_TEST(two_agents_each_act_as_themselves)
{
	struct mh one, two;
	start(&one, 0);
	two = one;
	two.curl = curl_easy_init();
	two.body = NULL;
	int t1 = sign_in_and_check_mine(&one, 3);
	int t2 = sign_in_and_check_mine(&two, 4);
	char who1[128], who2[128];
	note_author(&one, t1, who1, sizeof(who1));
	note_author(&two, t2, who2, sizeof(who2));
	ck_assert_str_ne(who1, who2);
	struct json_object *a3 = mh_get(&one, "/api/Agent/3");
	ck_assert_str_eq(who1, mh_str(a3, "name"));
	json_object_put(a3);
	curl_easy_cleanup(two.curl);
	free(two.body);
	mh_stop(&one);
}
END_TEST

START_TEST(an_unknown_tenant_is_refused)
{
	struct mh mh;
	start(&mh, 3);
	ck_assert_int_eq(mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, "?tenant=x"),
			 400);
	ck_assert_int_eq(
		mh_token(&mh, MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, "?tenant=demo"), 200);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_login", the_login_page_lists_agents_and_its_form_signs_one_in,
	     a_bad_redirect_uri_gets_a_page_never_a_redirect,
	     a_code_needs_its_verifier_its_redirect_and_works_once,
	     refresh_tokens_rotate_and_a_revoked_one_is_refused,
	     a_read_only_scope_reads_and_gets_403_on_a_write, two_agents_each_act_as_themselves,
	     an_unknown_tenant_is_refused)
