/* Tests of query URLs: libcurl encodes every value, order is the table's, bases are kept. */
#include "config.h"

#include <check.h>
#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "net/query_url.h"

/* URL with the hex digits of each %XX in upper case: libcurl versions differ in case. */
static char *upper_escapes(const char *url)
{
	char *s = strdup(url);
	for (char *p = s; *p; p++)
		if (*p == '%' && p[1] && p[2]) {
			p[1] = (char)toupper((unsigned char)p[1]);
			p[2] = (char)toupper((unsigned char)p[2]);
		}
	return s;
}

/* Renders Q on BASE and checks the URL against EXPECTED (escapes in upper case). */
static void assert_renders(const char *base, const struct ticket_query *q, const char *expected)
{
	char *url = NULL;
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_msg(query_url_render(base, q, &url, &err) == STATUS_OK, "%s: %s", base, err.data);
	char *upper = upper_escapes(url);
	ck_assert_str_eq(upper, expected);
	free(upper);
	free(url);
	strbuf_fini(&err);
}

static struct ticket_query *list_query(void)
{
	return ticket_query_new(ticket_query_list_table());
}

START_TEST(special_characters_are_encoded_by_libcurl)
{
	struct ticket_query *q = list_query();
	ck_assert_int_eq(ticket_query_set(q, "search", "a b&c=d+e#f/g?h%i", NULL), STATUS_OK);
	assert_renders("https://x.halopsa.com/api/Tickets", q,
		       "https://x.halopsa.com/api/Tickets?search=a+b%26c%3Dd%2Be%23f%2Fg%3Fh%25i");
	ticket_query_free(q);
}
END_TEST

START_TEST(unicode_is_sent_as_percent_encoded_utf8)
{
	struct ticket_query *q = list_query();
	ck_assert_int_eq(ticket_query_set(q, "search_user_name", "Zo\xc3\xab \xe6\x97\xa5", NULL),
			 STATUS_OK);
	assert_renders("https://x.halopsa.com/api/Tickets", q,
		       "https://x.halopsa.com/api/Tickets?search_user_name=Zo%C3%AB+%E6%97%A5");
	ticket_query_free(q);
}
END_TEST

START_TEST(values_follow_table_order_and_booleans_are_lowercase)
{
	struct ticket_query *q = list_query();
	ck_assert_int_eq(ticket_query_set(q, "status", "1, 2", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "open_only", "YES", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set_paging(q, 50, 2, NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "agent", "7", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "startdate", "2026-03-01T10:00+01:00", NULL),
			 STATUS_OK);
	assert_renders("https://x.halopsa.com/api/Tickets", q,
		       "https://x.halopsa.com/api/Tickets?agent=7&open_only=true&page_no=2"
		       "&page_size=50&pageinate=true&startdate=2026-03-01T09%3A00%3A00Z"
		       "&status=1%2C2");
	ticket_query_free(q);
}
END_TEST

START_TEST(a_trailing_slash_and_an_existing_query_of_the_base_are_kept)
{
	struct ticket_query *q = list_query();
	ck_assert_int_eq(ticket_query_set(q, "mine", "true", NULL), STATUS_OK);
	assert_renders("https://x.halopsa.com/api/Tickets/", q,
		       "https://x.halopsa.com/api/Tickets/?mine=true");
	assert_renders("https://x.halopsa.com/api/Tickets?tenant=a%20b", q,
		       "https://x.halopsa.com/api/Tickets?tenant=a%20b&mine=true");
	assert_renders("http://127.0.0.1:8080/api/Tickets", q,
		       "http://127.0.0.1:8080/api/Tickets?mine=true");
	ticket_query_free(q);
}
END_TEST

START_TEST(an_empty_query_renders_the_base_alone)
{
	struct ticket_query *q = list_query();
	assert_renders("https://x.halopsa.com/api/Tickets", q, "https://x.halopsa.com/api/Tickets");
	assert_renders("https://x.halopsa.com/api/Tickets", NULL,
		       "https://x.halopsa.com/api/Tickets");
	ticket_query_free(q);
}
END_TEST

START_TEST(the_detail_table_renders_on_a_ticket_path)
{
	struct ticket_query *q = ticket_query_new(ticket_query_get_table());
	ck_assert_int_eq(ticket_query_set(q, "includedetails", "1", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "utcoffset", "-60", NULL), STATUS_OK);
	assert_renders("https://x.halopsa.com/api/Tickets/1234", q,
		       "https://x.halopsa.com/api/Tickets/1234?includedetails=true&utcoffset=-60");
	ticket_query_free(q);
}
END_TEST

START_TEST(bases_that_are_not_http_urls_are_refused_with_a_reason)
{
	static const char *const bad[] = { "", "not a url", "ftp://x.halopsa.com/api/Tickets",
					   "https://", "/api/Tickets" };
	struct ticket_query *q = list_query();
	struct strbuf err;
	strbuf_init(&err);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *url = NULL;
		strbuf_reset(&err);
		ck_assert_msg(query_url_render(bad[i], q, &url, &err) == STATUS_INVALID, "%s",
			      bad[i]);
		ck_assert_ptr_null(url);
		ck_assert_msg(strncmp(err.data, "base URL: ", 10) == 0, "%s", err.data);
	}
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

/* The decoded value of NAME in the query of URL, or NULL; caller frees. Splits on '&'
 * first, then decodes, so an encoded '&' or '=' inside a value stays in it. */
static char *decoded_value(const char *url, const char *name)
{
	CURLU *u = curl_url();
	char *query = NULL, *result = NULL;
	ck_assert_int_eq(curl_url_set(u, CURLUPART_URL, url, 0), CURLUE_OK);
	ck_assert_int_eq(curl_url_get(u, CURLUPART_QUERY, &query, 0), CURLUE_OK);
	size_t name_len = strlen(name);
	for (char *piece = strtok(query, "&"); piece && !result; piece = strtok(NULL, "&")) {
		if (strncmp(piece, name, name_len) != 0 || piece[name_len] != '=')
			continue;
		char *value = piece + name_len + 1;
		for (char *p = value; *p; p++)
			if (*p == '+')
				*p = ' ';
		int len = 0;
		char *plain = curl_easy_unescape(NULL, value, 0, &len);
		result = strndup(plain, (size_t)len);
		curl_free(plain);
	}
	curl_free(query);
	curl_url_cleanup(u);
	return result;
}

START_TEST(every_value_decodes_back_to_what_was_set)
{
	static const char *const texts[] = {
		"a+b c", "&&==", "100%", "#frag?x=1", "\xc3\xa9/\\", ""
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct ticket_query *q = list_query();
		ck_assert_int_eq(ticket_query_set(q, "search", texts[i], NULL), STATUS_OK);
		ck_assert_int_eq(ticket_query_set(q, "team", "9", NULL), STATUS_OK);
		char *url = NULL;
		ck_assert_int_eq(query_url_render("https://h/api/Tickets", q, &url, NULL),
				 STATUS_OK);
		char *search = decoded_value(url, "search");
		char *team = decoded_value(url, "team");
		ck_assert_ptr_nonnull(search);
		ck_assert_str_eq(search, texts[i]);
		ck_assert_str_eq(team, "9");
		free(search);
		free(team);
		free(url);
		ticket_query_free(q);
	}
}
END_TEST

HARNESS_MAIN("query_url", special_characters_are_encoded_by_libcurl,
	     unicode_is_sent_as_percent_encoded_utf8,
	     values_follow_table_order_and_booleans_are_lowercase,
	     a_trailing_slash_and_an_existing_query_of_the_base_are_kept,
	     an_empty_query_renders_the_base_alone, the_detail_table_renders_on_a_ticket_path,
	     bases_that_are_not_http_urls_are_refused_with_a_reason,
	     every_value_decodes_back_to_what_was_set)
