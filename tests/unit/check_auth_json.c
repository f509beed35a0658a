/* Tests of model/auth and auth_json: token expiry, defaults, authinfo. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/auth.h"
#include "model/auth_json.h"
#include "model_fixture.h"

START_TEST(a_token_answer_gives_an_absolute_expiry)
{
	size_t len;
	char *b = fixture_read("token.json", &len);
	struct token t;
	static struct model_error err;
	ck_assert_int_eq(token_from_json(b, len, 1000000, &t, &err), STATUS_OK);
	ck_assert_str_eq(t.access_token, "opaque-token-abc");
	ck_assert_str_eq(t.token_type, "Bearer");
	ck_assert_str_eq(t.refresh_token, "r-123");
	ck_assert_int_eq(t.expires_at, 1003600);
	ck_assert(!token_is_expiring(&t, 1000000, 60));
	ck_assert(token_is_expiring(&t, 1003550, 60));
	token_fini(&t);
	ck_assert_ptr_null(t.access_token);
	free(b);
}
END_TEST

START_TEST(a_token_without_expiry_lasts_an_hour)
{
	size_t len;
	char *b = fixture_read("token-minimal.json", &len);
	struct token t;
	static struct model_error err;
	ck_assert_int_eq(token_from_json(b, len, 50, &t, &err), STATUS_OK);
	ck_assert_int_eq(t.expires_in_s, 3600);
	ck_assert_int_eq(t.expires_at, 3650);
	ck_assert_str_eq(t.token_type, "Bearer");
	ck_assert_ptr_null(t.refresh_token);
	token_fini(&t);
	free(b);
}
END_TEST

START_TEST(a_token_answer_without_access_token_is_an_error)
{
	struct token t;
	static struct model_error err;
	ck_assert_int_eq(token_from_json("{\"error\":\"invalid_client\"}", 26, 0, &t, &err),
			 STATUS_PARSE);
	ck_assert_msg(strstr(err.message, "access_token"), "%s", err.message);
	ck_assert_int_eq(token_from_json("{\"access_token\":\"a\",\"expires_in\":\"soon\"}", 41, 0,
					 &t, &err),
			 STATUS_OK);
	ck_assert_str_eq(err.odd.text[0], "expires_in: expected an integer, got \"soon\"");
	ck_assert_int_eq(t.expires_in_s, TOKEN_DEFAULT_EXPIRES_S);
	token_fini(&t);
	ck_assert_int_eq(token_from_json("{\"access_token\":{}}", 19, 0, &t, &err), STATUS_PARSE);
	ck_assert_int_eq(token_from_json("[]", 2, 0, &t, &err), STATUS_PARSE);
	ck_assert_ptr_null(t.access_token);
}
END_TEST

START_TEST(authinfo_gives_auth_url_and_tenant)
{
	size_t len;
	char *b = fixture_read("authinfo.json", &len);
	struct authinfo a;
	static struct model_error err;
	ck_assert_int_eq(authinfo_from_json(b, len, &a, &err), STATUS_OK);
	ck_assert_str_eq(a.auth_url, "https://example.halopsa.com/auth");
	ck_assert_str_eq(a.tenant_id, "0b9e-example");
	authinfo_fini(&a);
	ck_assert_int_eq(authinfo_from_json("{}", 2, &a, &err), STATUS_OK);
	ck_assert_ptr_null(a.auth_url);
	authinfo_fini(&a);
	free(b);
}
END_TEST

START_TEST(a_nonsense_lifetime_is_taken_as_an_hour_with_a_note)
{
	static const char *const bodies[] = {
		"{\"access_token\":\"a\",\"expires_in\":-100}",
		"{\"access_token\":\"a\",\"expires_in\":0}",
		"{\"access_token\":\"a\",\"expires_in\":999999999}",
	};
	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		struct token t;
		static struct model_error err;
		ck_assert_int_eq(token_from_json(bodies[i], strlen(bodies[i]), 50, &t, &err),
				 STATUS_OK);
		ck_assert_int_eq(t.expires_in_s, TOKEN_DEFAULT_EXPIRES_S);
		ck_assert_int_eq(t.expires_at, 50 + TOKEN_DEFAULT_EXPIRES_S);
		ck_assert_msg(strstr(err.odd.text[0], "is not a token lifetime; taken as 3600 s"),
			      "%s", err.odd.text[0]);
		token_fini(&t);
	}
}
END_TEST

HARNESS_MAIN("auth_json", a_nonsense_lifetime_is_taken_as_an_hour_with_a_note,
	     a_token_answer_gives_an_absolute_expiry, a_token_without_expiry_lasts_an_hour,
	     a_token_answer_without_access_token_is_an_error, authinfo_gives_auth_url_and_tenant)
