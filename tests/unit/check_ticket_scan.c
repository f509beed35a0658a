/* Tests of model/ticket_scan and model/json_scan: the streaming reader of /Tickets pages. */
#include "config.h"

#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "model/json_scan.h"
#include "model/ticket_json.h"
#include "model/ticket_scan.h"
#include "model_fixture.h"
#include "page_compare.h"
#include "util/alloc.h"

static struct odd_fields scanned_odd;

/* Reads BODY with both readers; the scanner must not decline and must agree with json-c, on
 * the values and on the notes (the scanner's are left in scanned_odd). */
static struct ticket_page *scan_agrees(const char *body, size_t len)
{
	struct ticket_page *fast = NULL, *tree = NULL;
	static struct model_error err;
	odd_fields_clear(&scanned_odd);
	ck_assert_msg(ticket_page_scan(body, len, &fast, &scanned_odd), "declined: %.60s", body);
	ck_assert_msg(ticket_page_from_json_tree(body, len, &tree, &err) == STATUS_OK, "%s",
		      err.message);
	const char *diff = ticket_page_difference(fast, tree);
	ck_assert_msg(diff == NULL, "the readers differ on %s", diff);
	ck_assert_uint_eq(scanned_odd.n, err.odd.n);
	for (size_t i = 0; i < err.odd.n; i++)
		ck_assert_str_eq(scanned_odd.text[i], err.odd.text[i]);
	ck_assert(odd_fields_equal(&scanned_odd, &err.odd));
	ticket_page_free(tree);
	return fast;
}

/* The scanner declines BODY, and the page reader then answers exactly as json-c does. */
static void scan_declines(const char *body)
{
	size_t len = strlen(body);
	struct ticket_page *fast = NULL, *tree = NULL, *page = NULL;
	static struct model_error e_tree, e_page;
	struct odd_fields odd;
	odd_fields_clear(&odd);
	ck_assert_msg(!ticket_page_scan(body, len, &fast, &odd), "accepted: %s", body);
	ck_assert_uint_eq(odd_fields_total(&odd), 0);
	ck_assert_ptr_null(fast);
	enum status st_tree = ticket_page_from_json_tree(body, len, &tree, &e_tree);
	enum status st_page = ticket_page_from_json(body, len, &page, &e_page);
	ck_assert_int_eq(st_page, st_tree);
	ck_assert_str_eq(e_page.message, e_tree.message);
	ck_assert(odd_fields_equal(&e_page.odd, &e_tree.odd));
	if (st_page == STATUS_OK)
		ck_assert_ptr_null(ticket_page_difference(page, tree));
	ticket_page_free(tree);
	ticket_page_free(page);
}

START_TEST(fixture_pages_are_read_by_the_scanner_as_json_c_reads_them)
{
	static const char *const names[] = { "tickets-page1.json", "tickets-page3-last.json",
					     "tickets-idonly.json", "tickets-odd.json" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t len;
		char *body = fixture_read(names[i], &len);
		ticket_page_free(scan_agrees(body, len));
		free(body);
	}
}
END_TEST

START_TEST(halo_quirks_are_read_by_the_scanner)
{
	static const char body[] =
		" {\"page_no\":\"2\",\"page_size\":50.0,\"record_count\":120,\"columns_id\":null,"
		"\"tickets\":[{\"id\":21.0,\"client_id\":\"2818\",\"agent_id\":-1,\"site_id\":null,"
		"\"summary\":\"Caf\\u00e9 \\\"A\\\"\\n\",\"dateoccurred\":\"2025-03-04T09:15:00\","
		"\"fixbydate\":\"2025-03-04T09:15:00.123Z\",\"dateclosed\":\"0001-01-01T00:00:00\","
		"\"flagged\":1,\"onhold\":\"True\",\"team\":42,\"site_name\":false,\"read\":null,"
		"\"child_count\":-1,"
		"\"customfields\":[{\"id\":1,\"value\":[1,{\"x\":\"\\ud83d\\ude00\"}]}],"
		"\"slaresponsestate\":\"O\"}]}\r\n";
	struct ticket_page *page = scan_agrees(body, sizeof(body) - 1);
	ck_assert_int_eq(page->page_no, 2);
	ck_assert_int_eq(page->page_size_field, 50);
	ck_assert_int_eq(page->record_count, 120);
	const struct ticket_row *r = &page->rows[0];
	ck_assert_int_eq(r->id, 21);
	ck_assert_int_eq(r->client_id, 2818);
	ck_assert_int_eq(r->agent_id, MODEL_UNSET);
	ck_assert_int_eq(r->site_id, MODEL_UNSET);
	ck_assert_str_eq(r->summary, "Caf\xc3\xa9 \"A\"\n");
	ck_assert_int_eq(r->dateoccurred, 1741079700);
	ck_assert_int_eq(r->fixbydate, 1741079700);
	ck_assert_int_eq(r->dateclosed, MODEL_NO_TIME);
	ck_assert(r->is_flagged && r->is_onhold && !r->has_is_read);
	ck_assert_int_eq(r->child_count, 0);
	ck_assert_int_eq(r->sla_state, SLA_STATE_BREACHED);
	ck_assert_str_eq(r->team, "42");
	ck_assert_str_eq(r->site_name, "false");
	ck_assert_str_eq(r->user_name, "");
	ticket_page_free(page);
}
END_TEST

START_TEST(a_bare_array_counts_its_rows)
{
	static const char body[] = "[{\"id\":1},{\"id\":2,\"summary\":\"\"},"
				   "{\"summary\":\"\\\"q\\\"\",\"id\":3.0}]";
	struct ticket_page *page = scan_agrees(body, sizeof(body) - 1);
	ck_assert_uint_eq(page->count, 3);
	ck_assert_int_eq(page->record_count, 3);
	ck_assert_int_eq(page->rows[2].id, 3);
	ck_assert_int_eq(page->page_no, MODEL_UNSET);
	ticket_page_free(page);
}
END_TEST

START_TEST(pages_of_more_rows_than_first_guessed_keep_every_row)
{
	char body[8192] = "[";
	for (int i = 1; i <= 300; i++)
		snprintf(body + strlen(body), sizeof(body) - strlen(body), "%s{\"id\":%d}",
			 i > 1 ? "," : "", i);
	strcat(body, "]");
	struct ticket_page *page = scan_agrees(body, strlen(body));
	ck_assert_uint_eq(page->count, 300);
	ck_assert_int_eq(page->rows[299].id, 300);
	ticket_page_free(page);
}
END_TEST

/* One row BODY with an odd field: the scanner keeps the row, leaves the field unset, and
 * notes it as json-c does, in the words NOTE. */
static void odd_field_noted(const char *body, const char *note)
{
	struct ticket_page *page = scan_agrees(body, strlen(body));
	ck_assert_uint_eq(page->count, 1);
	ck_assert_uint_eq(scanned_odd.n, 1);
	ck_assert_str_eq(scanned_odd.text[0], note);
	ticket_page_free(page);
}

START_TEST(odd_fields_are_left_unset_and_noted_as_json_c_notes_them)
{
	odd_field_noted("{\"tickets\":[{\"id\":1,\"status_id\":\"abc\"}]}",
			"ticket 1: status_id: expected an integer, got \"abc\"");
	odd_field_noted("{\"tickets\":[{\"summary\":{\"a\":[1]},\"id\":7}]}",
			"ticket 7: summary: expected a string, got an object");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"dateoccurred\":\"yesterday\"}]}",
			"ticket 1: dateoccurred: expected a date, got \"yesterday\"");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"deadlinedate\":20250101}]}",
			"ticket 1: deadlinedate: expected a date, got 20250101");
	odd_field_noted("{\"tickets\":[{\"id\":1234,\"flagged\":2}]}",
			"ticket 1234: flagged: expected a boolean, got 2");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"onhold\":\"yes\"}]}",
			"ticket 1: onhold: expected a boolean, got \"yes\"");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"category_1\":{\"id\":3}}]}",
			"ticket 1: category_1: expected a string, got an object");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"client_id\":3000000000}]}",
			"ticket 1: client_id: expected an integer in range, got 3000000000");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"site_id\":2.5}]}",
			"ticket 1: site_id: expected a whole number, got 2.5");
	odd_field_noted("{\"tickets\":[{\"id\":1,\"read\":[true]}]}",
			"ticket 1: read: expected a boolean, got an array");
}
END_TEST

START_TEST(a_row_without_a_usable_id_is_skipped_alone_and_noted)
{
	static const char body[] = "{\"record_count\":4,\"tickets\":[{\"id\":1},{\"id\":0},"
				   "{\"summary\":\"no id\",\"flagged\":2},{\"id\":\"x\"}]}";
	struct ticket_page *page = scan_agrees(body, sizeof(body) - 1);
	ck_assert_uint_eq(page->count, 1);
	ck_assert_uint_eq(page->skipped, 3);
	ck_assert_int_eq(page->rows[0].id, 1);
	ck_assert_uint_eq(scanned_odd.n, 3);
	ck_assert_str_eq(scanned_odd.text[0], "tickets[1]: no usable ticket id, row skipped");
	ck_assert_str_eq(scanned_odd.text[2], "tickets[3]: no usable ticket id, row skipped");
	ticket_page_free(page);
}
END_TEST

START_TEST(notes_past_the_cap_are_counted_the_same_by_both_readers)
{
	char body[4096] = "[";
	for (int i = 1; i <= 25; i++)
		snprintf(body + strlen(body), sizeof(body) - strlen(body),
			 "%s{\"id\":%d,\"flagged\":\"%d\"}", i > 1 ? "," : "", i, i + 1);
	strcat(body, "]");
	struct ticket_page *page = scan_agrees(body, strlen(body));
	ck_assert_uint_eq(page->count, 25);
	ck_assert_uint_eq(scanned_odd.n, ODD_FIELDS_MAX);
	ck_assert_uint_eq(scanned_odd.more, 5);
	ticket_page_free(page);
}
END_TEST

START_TEST(wrong_shapes_are_left_to_json_c_which_names_the_field)
{
	scan_declines("{\"tickets\":[7]}");
	scan_declines("{\"tickets\":{}}");
	scan_declines("{\"tickets\":null}");
	scan_declines("{\"page_no\":1}");
	scan_declines("{\"record_count\":0,\"tickets\":[{\"id\":1}]}");
	scan_declines("{\"record_count\":\"x\",\"tickets\":[]}");
	scan_declines("\"tickets\"");
}
END_TEST

START_TEST(a_nul_in_a_string_keeps_the_rest_of_the_text_in_both_readers)
{
	static const char body[] = "{\"tickets\":[{\"id\":1,\"summary\":\"a\\u0000b\"}]}";
	struct ticket_page *page = scan_agrees(body, sizeof(body) - 1);
	ck_assert_str_eq(page->rows[0].summary, "a\xef\xbf\xbd"
						"b");
	ticket_page_free(page);
}
END_TEST

START_TEST(unusual_spellings_are_left_to_json_c)
{
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":4.20}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":-0}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":\"a\",\"summary\":\"b\"}]}");
	scan_declines("{\"tickets\":[{\"\\u0069d\":1}]}");
	scan_declines("{\"tickets\":[{\"id\":1e0}]}");
	scan_declines("{\"tickets\":[{\"id\":12345678901234567890}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":\"\\ude00\\ud83d\"}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":\"tab\there\"}]}");
	scan_declines("{\"tickets\":[{\"id\":1, /* note */ \"x\":1}]}");
	scan_declines("{'tickets':[]}");
	scan_declines(
		"{\"tickets\":[{\"id\":1,\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]"
		"]]]]]]]]]]]]]]]]]]]}]}");
}
END_TEST

START_TEST(malformed_json_is_left_to_json_c_for_its_message)
{
	scan_declines("");
	scan_declines("{\"tickets\":[{\"id\":1}]");
	scan_declines("{\"tickets\":[{\"id\":1}]} x");
	scan_declines("{\"tickets\":[{\"id\":1},]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"x\":tru}]}");
	/* Malformed where a known field goes is not an odd value: json-c must say "not JSON". */
	scan_declines("{\"tickets\":[{\"id\":1,\"flagged\":tru}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"status_id\":-}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"deadlinedate\":nul}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"onhold\":,\"x\":1}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"status_id\":,\"summary\":\"s\"}]}");
	scan_declines("{\"tickets\":[{\"id\":01}]}");
	scan_declines("{\"tickets\":[{\"id\":-}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":\"open}]}");
	scan_declines("{\"tickets\":[{\"id\":1,\"summary\":\"\\x\"}]}");
}
END_TEST

START_TEST(the_scanner_reads_only_inside_the_given_length)
{
	static const char body[] = "[{\"id\":1}]]";
	struct ticket_page *page = NULL;
	ck_assert(ticket_page_scan(body, sizeof(body) - 2, &page, NULL));
	ck_assert_uint_eq(page->count, 1);
	ticket_page_free(page);
	ck_assert(!ticket_page_scan(body, 5, &page, NULL));
}
END_TEST

START_TEST(unescaping_gives_utf8_keeps_text_past_nul_and_declines_lone_surrogates)
{
	char out[32];
	size_t n;
	static const char text[] = "a\\u00e9\\u20ac\\/\\t";
	ck_assert(json_scan_unescape(text, sizeof(text) - 1, out, &n));
	ck_assert_uint_eq(n, 8);
	ck_assert_int_eq(memcmp(out, "a\xc3\xa9\xe2\x82\xac/\t", 8), 0);
	ck_assert(json_scan_unescape("\\ud83d\\ude00", 12, out, &n));
	ck_assert_uint_eq(n, 4);
	ck_assert_int_eq(memcmp(out, "\xf0\x9f\x98\x80", 4), 0);
	ck_assert(json_scan_unescape("x\\u0000y", 8, out, &n));
	ck_assert_uint_eq(n, 5);
	ck_assert_int_eq(memcmp(out, "x\xef\xbf\xbdy", 5), 0);
	ck_assert(!json_scan_unescape("\\ud800", 6, out, &n));
	ck_assert(!json_scan_unescape("\\ud800x\\udc00", 13, out, &n));
	ck_assert(!json_scan_unescape("\\ude00\\ud83d", 12, out, &n));
}
END_TEST

START_TEST(skipping_a_value_checks_its_whole_structure)
{
	struct json_scan s;
	static const char ok[] = "{\"a\":[1,{\"b\":null},\"c\"],\"d\":-0.5} ";
	json_scan_init(&s, ok, sizeof(ok) - 1);
	ck_assert(json_scan_skip(&s, json_scan_value(&s)));
	ck_assert(json_scan_at_end(&s));
	static const char bad[] = "{\"a\":[1,{\"b\" null}]}";
	json_scan_init(&s, bad, sizeof(bad) - 1);
	ck_assert(!json_scan_skip(&s, json_scan_value(&s)));
}
END_TEST

START_TEST(strings_end_at_their_quote_wherever_it_falls_in_a_word)
{
	for (size_t k = 0; k < 40; k++) { /* across two steps of the 16- or 8-byte search */
		char body[64] = "\"";
		for (size_t i = 0; i < k; i++)
			body[1 + i] = i % 3 ? 'a' : (char)0xc3; /* bytes >= 0x80 are plain */
		strcat(body, "\" , \"b\\\"c\"");
		struct json_scan s;
		json_scan_init(&s, body, strlen(body));
		ck_assert_int_eq(json_scan_value(&s), JS_STRING);
		ck_assert_uint_eq(s.len, k);
		ck_assert(!s.has_escapes);
		ck_assert_int_eq(json_scan_next_element(&s, 1), 1);
		ck_assert_int_eq(json_scan_value(&s), JS_STRING);
		ck_assert_uint_eq(s.len, 4);
		ck_assert(s.has_escapes);
		for (size_t j = 0; j < k; j++) {
			char saved = body[1 + j];
			body[1 + j] = '\t';
			json_scan_init(&s, body, strlen(body));
			ck_assert_msg(json_scan_value(&s) == JS_ERROR, "control byte at %zu of %zu",
				      j, k);
			body[1 + j] = saved;
		}
		/* The string alone, its quote the buffer's last byte: nothing past it is read (a
		 * heap block of that size, for the address sanitizer to guard). */
		size_t len = 1 + k + 1;
		char *alone = xmalloc(len);
		memcpy(alone, body, 1 + k);
		alone[len - 1] = '"';
		json_scan_init(&s, alone, len);
		ck_assert_int_eq(json_scan_value(&s), JS_STRING);
		ck_assert_uint_eq(s.len, k);
		ck_assert(json_scan_at_end(&s));
		free(alone);
	}
}
END_TEST

START_TEST(a_number_never_carries_the_escapes_of_the_string_before_it)
{
	static const char body[] = "[\"\\\"\",2.5]";
	struct json_scan s;
	json_scan_init(&s, body, sizeof(body) - 1);
	ck_assert_int_eq(json_scan_value(&s), JS_ARRAY);
	ck_assert_int_eq(json_scan_next_element(&s, 0), 1);
	ck_assert_int_eq(json_scan_value(&s), JS_STRING);
	ck_assert(s.has_escapes);
	ck_assert_int_eq(json_scan_next_element(&s, 1), 1);
	ck_assert_int_eq(json_scan_value(&s), JS_NUMBER);
	ck_assert(!s.has_escapes && !s.is_integer);
	ck_assert_uint_eq(s.len, 3);
}
END_TEST

/* Runs json_scan_unescape on TEXT in a child; true when the child stopped on SIGABRT. */
static bool unescape_aborts(const char *text)
{
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		char out[16];
		size_t n;
		json_scan_unescape(text, strlen(text), out, &n);
		_exit(0);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

START_TEST(unescaping_a_string_the_scanner_did_not_check_is_caught)
{
#ifdef NDEBUG
	return; /* asserts are compiled out */
#endif
	ck_assert(unescape_aborts("a\\x"));
	ck_assert(unescape_aborts("a\\"));
	ck_assert(unescape_aborts("\\u12"));
	ck_assert(!unescape_aborts("a\\n\\u00e9"));
}
END_TEST

HARNESS_MAIN("ticket_scan", a_nul_in_a_string_keeps_the_rest_of_the_text_in_both_readers,
	     unescaping_a_string_the_scanner_did_not_check_is_caught,
	     fixture_pages_are_read_by_the_scanner_as_json_c_reads_them,
	     halo_quirks_are_read_by_the_scanner, a_bare_array_counts_its_rows,
	     pages_of_more_rows_than_first_guessed_keep_every_row,
	     odd_fields_are_left_unset_and_noted_as_json_c_notes_them,
	     a_row_without_a_usable_id_is_skipped_alone_and_noted,
	     notes_past_the_cap_are_counted_the_same_by_both_readers,
	     wrong_shapes_are_left_to_json_c_which_names_the_field,
	     unusual_spellings_are_left_to_json_c, malformed_json_is_left_to_json_c_for_its_message,
	     the_scanner_reads_only_inside_the_given_length,
	     unescaping_gives_utf8_keeps_text_past_nul_and_declines_lone_surrogates,
	     skipping_a_value_checks_its_whole_structure,
	     strings_end_at_their_quote_wherever_it_falls_in_a_word,
	     a_number_never_carries_the_escapes_of_the_string_before_it)
