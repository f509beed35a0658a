/* Tests of SHA-256 (FIPS 180-4 examples), base64url and PKCE (RFC 7636 appendix B). */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "net/oauth_flow.h"
#include "net/oauth_pkce.h"
#include "util/base64url.h"
#include "util/sha256.h"

static void hex(const unsigned char *d, char *out)
{
	for (int i = 0; i < SHA256_DIGEST_BYTES; i++)
		sprintf(out + 2 * i, "%02x", d[i]);
}

static void check_digest(const char *msg, size_t len, const char *want)
{
	unsigned char d[SHA256_DIGEST_BYTES];
	char got[65];
	sha256_digest(msg, len, d);
	hex(d, got);
	ck_assert_str_eq(got, want);
}

START_TEST(sha256_matches_the_standard_examples)
{
	check_digest("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	check_digest("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	check_digest(two, strlen(two),
		     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
END_TEST

START_TEST(sha256_of_a_million_a_fed_in_odd_pieces)
{
	static char chunk[997];
	memset(chunk, 'a', sizeof(chunk));
	struct sha256 h;
	sha256_init(&h);
	size_t left = 1000000;
	while (left > 0) {
		size_t n = left < sizeof(chunk) ? left : sizeof(chunk);
		sha256_update(&h, chunk, n);
		left -= n;
	}
	unsigned char d[SHA256_DIGEST_BYTES];
	char got[65];
	sha256_final(&h, d);
	hex(d, got);
	ck_assert_str_eq(got, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

START_TEST(base64url_has_no_padding_and_the_url_alphabet)
{
	char out[16];
	base64url_encode("", 0, out);
	ck_assert_str_eq(out, "");
	base64url_encode("f", 1, out);
	ck_assert_str_eq(out, "Zg");
	base64url_encode("fo", 2, out);
	ck_assert_str_eq(out, "Zm8");
	base64url_encode("foo", 3, out);
	ck_assert_str_eq(out, "Zm9v");
	base64url_encode("\xfb\xff\xbf", 3, out);
	ck_assert_str_eq(out, "-_-_");
	ck_assert_int_eq(BASE64URL_LEN(32), 43);
}
END_TEST

START_TEST(pkce_matches_rfc7636_appendix_b)
{
	static const unsigned char octets[32] = {
		116, 24,  223, 180, 151, 153, 224, 37,	79, 250, 96, 125, 216, 173, 187, 186,
		22,  212, 37,  77,  105, 214, 191, 240, 91, 88,	 5,  88,  83,  132, 141, 121,
	};
	struct oauth_pkce p;
	oauth_pkce_from_bytes(&p, octets);
	ck_assert_str_eq(p.verifier, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
	ck_assert_str_eq(p.challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}
END_TEST

START_TEST(pkce_new_gives_fresh_values_of_the_right_length)
{
	struct oauth_pkce a, b;
	ck_assert(oauth_pkce_new(&a));
	ck_assert(oauth_pkce_new(&b));
	ck_assert_uint_eq(strlen(a.verifier), OAUTH_PKCE_VERIFIER_CHARS);
	ck_assert_uint_eq(strlen(a.state), OAUTH_STATE_CHARS);
	ck_assert_str_ne(a.verifier, b.verifier);
	ck_assert_str_ne(a.state, b.state);
	char want[OAUTH_PKCE_CHALLENGE_CHARS + 1];
	oauth_pkce_challenge(a.verifier, want);
	ck_assert_str_eq(a.challenge, want);
	oauth_pkce_wipe(&a);
	ck_assert_int_eq(a.verifier[0], 0);
}
END_TEST

START_TEST(a_pasted_address_gives_its_code_when_the_state_matches)
{
	char *code, *err;
	ck_assert_int_eq(oauth_parse_redirect("  http://127.0.0.1:9/?code=a%2Bb&state=s1\n", "s1",
					      &code, &err),
			 STATUS_OK);
	ck_assert_str_eq(code, "a+b");
	free(code);
	ck_assert_int_eq(oauth_parse_redirect("code=xyz&state=s1", "s1", &code, &err), STATUS_OK);
	ck_assert_str_eq(code, "xyz");
	free(code);
	ck_assert_int_eq(oauth_parse_redirect("Bare-code_1.2~", "s1", &code, &err), STATUS_OK);
	ck_assert_str_eq(code, "Bare-code_1.2~");
	free(code);
}
END_TEST

START_TEST(a_pasted_address_is_refused_for_its_state_or_its_error)
{
	char *code, *err;
	ck_assert_int_eq(
		oauth_parse_redirect("http://127.0.0.1/?code=x&state=other", "s1", &code, &err),
		STATUS_INVALID);
	ck_assert_ptr_null(code);
	ck_assert_ptr_nonnull(strstr(err, "state"));
	free(err);
	ck_assert_int_eq(oauth_parse_redirect("http://127.0.0.1/?code=x", "s1", &code, &err),
			 STATUS_INVALID);
	free(err);
	ck_assert_int_eq(oauth_parse_redirect("http://127.0.0.1/?error=access_denied&state=s1",
					      "s1", &code, &err),
			 STATUS_AUTH);
	ck_assert_ptr_nonnull(strstr(err, "access_denied"));
	free(err);
	ck_assert_int_eq(oauth_parse_redirect("not a code", "s1", &code, &err), STATUS_INVALID);
	free(err);
	ck_assert_int_eq(oauth_parse_redirect("", "s1", &code, &err), STATUS_INVALID);
	free(err);
}
END_TEST

START_TEST(a_loopback_redirect_without_a_port_gets_the_listeners)
{
	struct oauth_login l = { .redirect_uri = "http://127.0.0.1" };
	oauth_login_set_port(&l, 4711);
	ck_assert_str_eq(l.redirect_used, "http://127.0.0.1:4711/");
	oauth_login_set_port(&l, 0);
	ck_assert_str_eq(l.redirect_used, "http://127.0.0.1/");
	l.redirect_uri = "http://localhost/cb";
	oauth_login_set_port(&l, 4711);
	ck_assert_str_eq(l.redirect_used, "http://localhost:4711/cb");
	l.redirect_uri = "http://127.0.0.1:8400/cb";
	oauth_login_set_port(&l, 4711);
	ck_assert_str_eq(l.redirect_used, "http://127.0.0.1:8400/cb");
	ck_assert_uint_eq(oauth_redirect_port(l.redirect_uri), 8400);
	ck_assert_uint_eq(oauth_redirect_port("http://127.0.0.1"), 0);
	ck_assert_uint_eq(oauth_redirect_port("https://example.com:8400/"), 0);
	oauth_login_fini(&l);
}
END_TEST

HARNESS_MAIN("oauth_pkce", sha256_matches_the_standard_examples,
	     sha256_of_a_million_a_fed_in_odd_pieces, base64url_has_no_padding_and_the_url_alphabet,
	     pkce_matches_rfc7636_appendix_b, pkce_new_gives_fresh_values_of_the_right_length,
	     a_pasted_address_gives_its_code_when_the_state_matches,
	     a_pasted_address_is_refused_for_its_state_or_its_error,
	     a_loopback_redirect_without_a_port_gets_the_listeners)
