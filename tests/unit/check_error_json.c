/* Tests of model/api_error and error_json: every error body shape -> one human line. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/api_error.h"
#include "model/error_json.h"
#include "model_fixture.h"
#include "util/strbuf.h"

/* E from fixture NAME with HTTP code CODE. */
static void from_fixture(struct api_error *e, long code, const char *name)
{
	size_t len;
	char *b = fixture_read(name, &len);
	api_error_init(e);
	api_error_from_response(e, code, "POST /TicketApproval", b, len);
	free(b);
}

START_TEST(plain_text_with_a_halo_code_splits_code_and_words)
{
	struct api_error e;
	from_fixture(&e, 400, "error-plain.txt");
	ck_assert_int_eq(e.kind, STATUS_HTTP_400);
	ck_assert_str_eq(e.code, "APP03/2");
	ck_assert_str_eq(e.message, "Please select the CAB members to approve");
	char *line = api_error_describe(&e);
	ck_assert_str_eq(line, "the server refused the request (400): Please select the CAB "
			       "members to approve [APP03/2] (POST /TicketApproval)");
	free(line);
	api_error_fini(&e);
}
END_TEST

START_TEST(oauth_errors_give_the_error_or_its_description)
{
	struct api_error e;
	from_fixture(&e, 401, "error-oauth.json");
	ck_assert_int_eq(e.kind, STATUS_HTTP_401);
	ck_assert_str_eq(e.message, "invalid_client");
	api_error_fini(&e);
	from_fixture(&e, 400, "error-oauth-description.json");
	ck_assert_str_eq(e.message, "The refresh token has expired.");
	ck_assert_str_eq(e.code, "invalid_grant");
	api_error_fini(&e);
}
END_TEST

START_TEST(message_classname_and_resultcode_bodies_give_their_words)
{
	struct api_error e;
	from_fixture(&e, 500, "error-message.json");
	ck_assert_int_eq(e.kind, STATUS_HTTP_5XX);
	ck_assert_str_eq(e.message, "An error has occurred.");
	api_error_fini(&e);
	from_fixture(&e, 404, "error-classname.json");
	ck_assert_str_eq(e.message, "Ticket 99 does not exist");
	ck_assert_str_eq(e.code, "System.Exception");
	api_error_fini(&e);
	from_fixture(&e, 403, "error-resultcode.json");
	ck_assert_int_eq(e.kind, STATUS_HTTP_403);
	ck_assert_str_eq(e.message, "You do not have permission to edit this ticket");
	ck_assert_str_eq(e.code, "2");
	api_error_fini(&e);
}
END_TEST

START_TEST(model_binding_errors_list_each_field)
{
	struct api_error e;
	from_fixture(&e, 400, "error-binding.json");
	ck_assert_str_eq(
		e.message,
		"[0].id: The value 'abc' is not valid for Int32.; [0].status_id: Required");
	api_error_fini(&e);
}
END_TEST

START_TEST(html_pages_give_their_title_or_first_line_and_empty_bodies_only_the_status)
{
	struct api_error e;
	from_fixture(&e, 502, "error-html.html");
	ck_assert_str_eq(e.message, "Server Error");
	char *line = api_error_describe(&e);
	ck_assert_str_eq(line, "the server failed (5xx): Server Error (POST /TicketApproval)");
	free(line);
	api_error_fini(&e);
	/* No title: the first line of the text; entities decoded, escapes and controls gone. */
	static const char page[] = "<html><body>\n<h1>Runtime &amp; \x1b]52;c;eA==\x07 error</h1>"
				   "<p>second</p></body></html>";
	api_error_from_response(&e, 500, "GET /Status", page, sizeof(page) - 1);
	ck_assert_ptr_nonnull(e.message);
	ck_assert_msg(!strchr(e.message, 0x1b) && !strchr(e.message, 0x07), "%s", e.message);
	ck_assert_msg(strstr(e.message, "Runtime & ") && !strstr(e.message, "second"), "%s",
		      e.message);
	api_error_fini(&e);
	/* A long title is cut. */
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, "<html><title>");
	for (int i = 0; i < 2000; i++)
		strbuf_append_str(&sb, "long ");
	strbuf_append_str(&sb, "</title></html>");
	api_error_from_response(&e, 503, NULL, sb.data, sb.len);
	ck_assert_uint_le(strlen(e.message), 400);
	strbuf_fini(&sb);
	api_error_from_response(&e, 429, NULL, "", 0);
	ck_assert_int_eq(e.kind, STATUS_HTTP_429);
	ck_assert_ptr_null(e.message);
	ck_assert_ptr_null(e.route);
	api_error_fini(&e);
}
END_TEST

START_TEST(control_characters_and_long_text_are_tamed)
{
	struct api_error e;
	api_error_init(&e);
	const char *b = "{\"Message\":\"bad\\u001b[31m red\\n\\tline\"}";
	api_error_from_response(&e, 400, NULL, b, strlen(b));
	ck_assert_str_eq(e.message, "bad [31m red line");
	char big[3000];
	memset(big, 'a', sizeof(big));
	api_error_from_response(&e, 400, NULL, big, sizeof(big));
	ck_assert_uint_le(strlen(e.message), 400);
	/* A cut never leaves half a UTF-8 character. */
	char utf[900];
	for (size_t i = 0; i + 1 < sizeof(utf); i += 2) {
		utf[i] = (char)0xc3;
		utf[i + 1] = (char)0xa9;
	}
	api_error_from_response(&e, 400, NULL, utf, sizeof(utf) - 1);
	ck_assert_uint_eq(strlen(e.message) % 2, 0);
	api_error_fini(&e);
}
END_TEST

START_TEST(network_failures_have_no_http_code)
{
	struct api_error e;
	api_error_init(&e);
	api_error_from_response(&e, 0, "GET /Tickets", NULL, 0);
	ck_assert_int_eq(e.kind, STATUS_NETWORK);
	api_error_set(&e, STATUS_TIMEOUT, 0, "GET /Status", "no answer in 30 s");
	char *line = api_error_describe(&e);
	ck_assert_str_eq(line,
			 "the server did not answer in time: no answer in 30 s (GET /Status)");
	free(line);
	api_error_fini(&e);
	api_error_fini(NULL);
}
END_TEST

START_TEST(json_strings_and_arrays_of_errors_give_their_text)
{
	struct api_error e;
	api_error_init(&e);
	api_error_from_response(&e, 400, NULL, "\"Ticket is locked\"", 18);
	ck_assert_str_eq(e.message, "Ticket is locked");
	api_error_from_response(&e, 400, NULL, "[{\"Message\":\"first\"}]", 21);
	ck_assert_str_eq(e.message, "first");
	api_error_from_response(&e, 418, NULL, "{\"unknown\":1}", 13);
	ck_assert_int_eq(e.kind, STATUS_HTTP_4XX);
	ck_assert_ptr_null(e.message);
	api_error_fini(&e);
}
END_TEST

HARNESS_MAIN("error_json", plain_text_with_a_halo_code_splits_code_and_words,
	     oauth_errors_give_the_error_or_its_description,
	     message_classname_and_resultcode_bodies_give_their_words,
	     model_binding_errors_list_each_field,
	     html_pages_give_their_title_or_first_line_and_empty_bodies_only_the_status,
	     control_characters_and_long_text_are_tamed, network_failures_have_no_http_code,
	     json_strings_and_arrays_of_errors_give_their_text)
