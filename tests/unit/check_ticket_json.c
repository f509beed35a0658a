/* Tests of model/ticket_json: list pages, one ticket, POST and DELETE answers, bad input. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_json.h"
#include "model_fixture.h"

static struct ticket_page *page_ok(const char *name)
{
	size_t len;
	char *body = fixture_read(name, &len);
	struct ticket_page *page = NULL;
	struct model_error err;
	enum status st = ticket_page_from_json(body, len, &page, &err);
	ck_assert_msg(st == STATUS_OK, "%s: %s", name, err.message);
	free(body);
	return page;
}

/* Parses BODY as a page and expects failure with MESSAGE in the error. */
static void page_fails(const char *body, enum status want, const char *message)
{
	struct ticket_page *page = NULL;
	struct model_error err;
	enum status st = ticket_page_from_json(body, strlen(body), &page, &err);
	ck_assert_int_eq(st, want);
	ck_assert_ptr_null(page);
	ck_assert_msg(strstr(err.message, message), "message \"%s\" lacks \"%s\"", err.message,
		      message);
}

START_TEST(list_wrapper_gives_rows_and_the_servers_record_count)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert_uint_eq(page->count, 3);
	ck_assert_int_eq(page->record_count, 7);
	ck_assert_int_eq(page->page_no, 1);
	const struct ticket_row *r = &page->rows[0];
	ck_assert_int_eq(r->id, 101);
	ck_assert_str_eq(r->summary, "Printer on floor 2 jams");
	ck_assert_int_eq(r->status_id, 2);
	ck_assert_str_eq(r->client_name, "Acme Ltd");
	ck_assert_str_eq(r->team, "Service Desk");
	ck_assert_str_eq(r->agent_name, "Fox Mulder");
	ck_assert_int_eq(r->attachment_count, 2);
	ck_assert(r->is_flagged && !r->is_onhold && r->is_read && r->has_is_read);
	ck_assert_int_eq(r->sla_state, SLA_STATE_WITHIN);
	ticket_page_free(page);
}
END_TEST

START_TEST(dates_with_and_without_zone_and_fractions_are_utc)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	const struct ticket_row *r = &page->rows[0];
	ck_assert_int_eq(r->dateoccurred, 1741079700);	 /* 2025-03-04T09:15:00Z */
	ck_assert_int_eq(r->lastactiondate, 1741168800); /* fraction dropped */
	ck_assert_int_eq(r->deadlinedate, 1741626000);	 /* no Z: UTC */
	ck_assert_int_eq(r->fixbydate, 1741264200);
	ck_assert_int_eq(page->rows[1].dateoccurred, 1741079700 - 7200); /* +02:00 */
	ticket_page_free(page);
}
END_TEST

START_TEST(placeholder_dates_of_year_one_and_1900_mean_unset)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert_int_eq(page->rows[0].respondbydate, MODEL_NO_TIME);
	ck_assert_int_eq(page->rows[0].dateclosed, MODEL_NO_TIME);
	ck_assert_int_eq(page->rows[2].lastactiondate, MODEL_NO_TIME);
	ticket_page_free(page);
}
END_TEST

START_TEST(ids_as_decimals_and_strings_are_read_and_minus_one_is_unset)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	const struct ticket_row *r = &page->rows[1];
	ck_assert_int_eq(r->id, 102);
	ck_assert_int_eq(r->status_id, 4);
	ck_assert_int_eq(r->priority_id, 1);
	ck_assert_int_eq(r->tickettype_id, MODEL_UNSET);
	ck_assert_int_eq(r->agent_id, MODEL_UNSET);
	ck_assert_int_eq(r->child_count, 3);
	ck_assert_int_eq(page->rows[2].id, 103);
	ticket_page_free(page);
}
END_TEST

START_TEST(nulls_and_missing_fields_give_empty_strings_and_zero_counts)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	const struct ticket_row *r = &page->rows[1];
	ck_assert_str_eq(r->client_name, "");
	ck_assert_str_eq(r->team, "");
	ck_assert_str_eq(r->site_name, "");
	ck_assert_int_eq(r->attachment_count, 0);
	ck_assert_int_eq(r->site_id, MODEL_UNSET);
	ck_assert(!r->has_is_read);
	ticket_page_free(page);
}
END_TEST

START_TEST(booleans_as_numbers_and_strings_are_read)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert(page->rows[1].is_onhold);
	ck_assert(!page->rows[1].is_flagged);
	ck_assert(page->rows[2].is_onhold);
	ticket_page_free(page);
}
END_TEST

START_TEST(sla_state_maps_inside_outside_and_absent)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert_int_eq(page->rows[0].sla_state, SLA_STATE_WITHIN);
	ck_assert_int_eq(page->rows[1].sla_state, SLA_STATE_BREACHED);
	ck_assert_int_eq(page->rows[2].sla_state, SLA_STATE_NONE);
	ck_assert_int_eq(sla_state_from_text("X"), SLA_STATE_OTHER);
	ticket_page_free(page);
}
END_TEST

START_TEST(unicode_escapes_become_utf8_including_surrogate_pairs)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert_str_eq(page->rows[1].summary,
			 "VPN drops every \xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80 hour");
	ticket_page_free(page);
}
END_TEST

START_TEST(a_number_where_the_summary_belongs_is_shown_as_its_text)
{
	struct ticket_page *page = page_ok("tickets-page1.json");
	ck_assert_str_eq(page->rows[2].summary, "4711");
	ticket_page_free(page);
}
END_TEST

START_TEST(the_swimlane_example_page_parses)
{
	struct ticket_page *page = page_ok("tickets-swimlane.json");
	ck_assert_uint_eq(page->count, 1);
	ck_assert_int_eq(page->rows[0].id, 5);
	ck_assert_int_eq(page->rows[0].status_id, 0);
	ck_assert(page->rows[0].is_onhold);
	ck_assert_int_eq(page->rows[0].sla_state, SLA_STATE_NONE);
	ticket_page_free(page);
}
END_TEST

START_TEST(a_bare_array_of_id_rows_counts_itself)
{
	struct ticket_page *page = page_ok("tickets-idonly.json");
	ck_assert_uint_eq(page->count, 2);
	ck_assert_int_eq(page->record_count, 2);
	ck_assert_int_eq(page->rows[1].status_id, 9);
	ck_assert_int_eq(page->rows[0].lastincomingemail, 1738396800);
	ticket_page_free(page);
}
END_TEST

/* Both readers (the scanner and json-c) of a wrapper with an implausible or missing count. */
START_TEST(an_implausible_or_missing_count_is_not_believed)
{
	static const char huge[] = "{\"record_count\":100000000000,\"tickets\":[{\"id\":1}]}";
	static const char none[] = "{\"page_no\":1,\"tickets\":[{\"id\":1},{\"id\":2}]}";
	static struct model_error err;
	struct ticket_page *page;
	for (int tree = 0; tree < 2; tree++) {
		enum status st = tree ? ticket_page_from_json_tree(huge, strlen(huge), &page, &err)
				      : ticket_page_from_json(huge, strlen(huge), &page, &err);
		ck_assert_int_eq(st, STATUS_OK);
		ck_assert(page->is_count_unknown);
		ck_assert_int_eq(page->record_count, 1);
		ck_assert_str_eq(err.odd.text[0],
				 "record_count: 100000000000 is not believed; rows "
				 "are counted as pages come");
		ticket_page_free(page);
		st = tree ? ticket_page_from_json_tree(none, strlen(none), &page, &err)
			  : ticket_page_from_json(none, strlen(none), &page, &err);
		ck_assert_int_eq(st, STATUS_OK);
		ck_assert(page->is_count_unknown);
		ck_assert_int_eq(page->record_count, 2);
		ck_assert_uint_eq(err.odd.n, 0);
		ticket_page_free(page);
	}
	/* A bare array is the whole answer: its count is known. */
	page = page_ok("tickets-idonly.json");
	ck_assert(!page->is_count_unknown);
	ticket_page_free(page);
}
END_TEST

/* Parses BODY as a page: it is read, keeping ROWS rows, and its first note is NOTE. */
static void page_notes(const char *body, size_t rows, const char *note)
{
	struct ticket_page *page = NULL;
	static struct model_error err;
	enum status st = ticket_page_from_json(body, strlen(body), &page, &err);
	ck_assert_msg(st == STATUS_OK, "%s: %s", body, err.message);
	ck_assert_uint_eq(page->count, rows);
	ck_assert_msg(err.odd.n >= 1, "no note for %s", body);
	ck_assert_str_eq(err.odd.text[0], note);
	ck_assert_str_eq(err.message, "");
	ticket_page_free(page);
}

START_TEST(an_odd_field_is_left_unset_and_the_row_kept)
{
	static const char body[] =
		"{\"record_count\":4,\"tickets\":[{\"id\":1},{\"id\":2},"
		"{\"id\":3},{\"id\":4,\"status_id\":\"abc\",\"summary\":\"s\"}]}";
	page_notes(body, 4, "ticket 4: status_id: expected an integer, got \"abc\"");
	struct ticket_page *page = NULL;
	ck_assert_int_eq(ticket_page_from_json(body, strlen(body), &page, NULL), STATUS_OK);
	ck_assert_int_eq(page->rows[3].status_id, MODEL_UNSET);
	ck_assert_str_eq(page->rows[3].summary, "s");
	ticket_page_free(page);
}
END_TEST

START_TEST(a_fractional_id_skips_its_row_alone)
{
	page_notes("{\"tickets\":[{\"id\":21.5},{\"id\":2}]}", 1,
		   "tickets[0]: no usable ticket id, row skipped");
}
END_TEST

START_TEST(an_object_where_an_id_belongs_is_noted)
{
	page_notes("{\"tickets\":[{\"id\":1,\"agent_id\":{\"id\":5}}]}", 1,
		   "ticket 1: agent_id: expected an integer, got an object");
}
END_TEST

START_TEST(an_id_beyond_32_bits_skips_its_row)
{
	page_notes("{\"tickets\":[{\"id\":4294967296}]}", 0,
		   "tickets[0]: no usable ticket id, row skipped");
}
END_TEST

START_TEST(booleans_exponents_and_words_are_not_ids)
{
	page_notes("{\"tickets\":[{\"id\":1,\"client_id\":true}]}", 1,
		   "ticket 1: client_id: expected an integer, got true");
	page_notes("{\"tickets\":[{\"id\":1,\"site_id\":\"1e3\"}]}", 1,
		   "ticket 1: site_id: expected an integer, got \"1e3\"");
	page_notes("{\"tickets\":[{\"id\":1,\"user_id\":\"nan\"}]}", 1,
		   "ticket 1: user_id: expected an integer, got \"nan\"");
	page_notes("{\"tickets\":[{\"id\":\"21.5\"}]}", 0,
		   "tickets[0]: no usable ticket id, row skipped");
	page_fails("{\"record_count\":-5,\"tickets\":[]}", STATUS_INVALID, "record_count");
}
END_TEST

START_TEST(a_row_without_id_is_skipped_and_noted)
{
	page_notes("{\"tickets\":[{\"summary\":\"x\"},{\"id\":5},null]}", 1,
		   "tickets[0]: no usable ticket id, row skipped");
}
END_TEST

START_TEST(a_bad_date_is_noted)
{
	page_notes("{\"tickets\":[{\"id\":1,\"dateoccurred\":\"yesterday\"}]}", 1,
		   "ticket 1: dateoccurred: expected a date, got \"yesterday\"");
	page_notes("{\"tickets\":[{\"id\":1,\"deadlinedate\":\"2025-13-01T00:00:00\"}]}", 1,
		   "ticket 1: deadlinedate: expected a date, got \"2025-13-01T00:00:00\"");
	page_notes("{\"tickets\":[{\"id\":1,\"fixbydate\":12}]}", 1,
		   "ticket 1: fixbydate: expected a date, got 12");
}
END_TEST

START_TEST(a_bad_boolean_is_noted)
{
	page_notes("{\"tickets\":[{\"id\":1,\"onhold\":\"yes\"}]}", 1,
		   "ticket 1: onhold: expected a boolean, got \"yes\"");
	page_notes("{\"tickets\":[{\"id\":1234,\"flagged\":2}]}", 1,
		   "ticket 1234: flagged: expected a boolean, got 2");
}
END_TEST

START_TEST(an_array_where_the_summary_belongs_is_noted)
{
	page_notes("{\"tickets\":[{\"id\":1,\"summary\":[\"a\"]}]}", 1,
		   "ticket 1: summary: expected a string, got an array");
}
END_TEST

START_TEST(tickets_that_are_not_an_array_are_a_shape_error)
{
	page_fails("{\"tickets\":{\"id\":1}}", STATUS_PARSE, "tickets: expected an array");
	page_fails("{\"record_count\":1}", STATUS_PARSE, "body: expected an array or a wrapper");
	page_fails("42", STATUS_PARSE, "body: expected");
	page_notes("{\"tickets\":[null]}", 0, "tickets[0]: no usable ticket id, row skipped");
}
END_TEST

START_TEST(malformed_truncated_and_trailing_json_are_rejected)
{
	page_fails("{\"tickets\":[", STATUS_PARSE, "ends early (after 12 bytes)");
	page_fails("{", STATUS_PARSE, "ends early (after 1 byte)");
	page_fails("{\"tickets\":[]} x", STATUS_PARSE, "after the value");
	page_fails("not json", STATUS_PARSE, "not JSON");
	page_fails("", STATUS_PARSE, "empty body");
}
END_TEST

START_TEST(a_record_count_below_the_rows_returned_is_an_error)
{
	page_fails("{\"record_count\":1,\"tickets\":[{\"id\":1},{\"id\":2}]}", STATUS_INVALID,
		   "less than the 2 tickets returned");
	page_fails("{\"record_count\":0,\"tickets\":[{\"id\":1}]}", STATUS_INVALID,
		   "less than the 1 ticket returned");
	page_notes("{\"record_count\":\"many\",\"tickets\":[{\"id\":1}]}", 1,
		   "record_count: expected an integer, got \"many\"");
}
END_TEST

START_TEST(the_body_is_read_by_length_without_a_terminator)
{
	const char text[] = "[{\"id\":7}]GARBAGE";
	struct ticket_page *page = NULL;
	struct model_error err;
	ck_assert_int_eq(ticket_page_from_json(text, 10, &page, &err), STATUS_OK);
	ck_assert_int_eq(page->rows[0].id, 7);
	ticket_page_free(page);
	ck_assert_int_eq(ticket_page_from_json(text, 11, &page, &err), STATUS_PARSE);
}
END_TEST

START_TEST(deep_nesting_is_refused_without_crashing)
{
	char body[2100];
	memset(body, '[', 1000);
	memset(body + 1000, ']', 1000);
	body[2000] = '\0';
	struct ticket_page *page = NULL;
	struct model_error err;
	ck_assert_int_eq(ticket_page_from_json(body, 2000, &page, &err), STATUS_PARSE);
}
END_TEST

START_TEST(a_full_ticket_keeps_details_html_custom_fields_and_children)
{
	size_t len;
	char *body = fixture_read("ticket-full.json", &len);
	struct ticket *t = NULL;
	struct model_error err;
	ck_assert_int_eq(ticket_from_json(body, len, &t, &err), STATUS_OK);
	ck_assert_int_eq(t->row.id, 2818);
	ck_assert_str_eq(t->details_html, "<p>Line one<br>Line <b>two</b></p>");
	ck_assert_str_eq(t->tickettype_name, "Incident");
	ck_assert_str_eq(t->category_2, "VPN");
	ck_assert_uint_eq(t->n_child_ticket_ids, 3);
	ck_assert_int_eq(t->child_ticket_ids[1], 2820);
	ck_assert_int_eq(t->child_ticket_ids[2], 2821);
	ck_assert_int_eq(t->row.parent_id, MODEL_UNSET);
	ck_assert(t->slatimeleft_h == 3.5);
	ck_assert_int_eq(t->urgency, 3);
	ck_assert_uint_eq(t->n_customfields, 4);
	ck_assert_str_eq(t->customfields[0].display, "Room 2.14");
	ck_assert_str_eq(t->customfields[0].label, "Room");
	ck_assert_str_eq(t->customfields[1].display, "3");
	ck_assert_str_eq(t->customfields[2].value, "[{\"id\":1,\"value\":\"red\"}]");
	ck_assert_str_eq(t->customfields[2].display, "red");
	ck_assert_str_eq(t->customfields[3].display, "");
	ck_assert_int_eq(t->row.lastactiondate, 1756540800);
	ticket_free(t);
	free(body);
}
END_TEST

START_TEST(a_200_without_an_id_means_not_found)
{
	size_t len;
	char *body = fixture_read("ticket-not-found.json", &len);
	struct ticket *t = NULL;
	struct model_error err;
	ck_assert_int_eq(ticket_from_json(body, len, &t, &err), STATUS_NOT_FOUND);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(ticket_from_json("{\"id\":0}", 8, &t, &err), STATUS_NOT_FOUND);
	free(body);
}
END_TEST

START_TEST(a_ticket_body_that_is_an_array_is_a_shape_error)
{
	struct ticket *t = NULL;
	struct model_error err;
	ck_assert_int_eq(ticket_from_json("[{\"id\":1}]", 10, &t, &err), STATUS_PARSE);
	ck_assert_ptr_null(t);
}
END_TEST

START_TEST(odd_parts_of_one_ticket_are_noted_and_the_ticket_kept)
{
	struct ticket *t = NULL;
	static struct model_error err;
	ck_assert_int_eq(ticket_from_json("{\"id\":1,\"customfields\":{}}", 26, &t, &err),
			 STATUS_OK);
	ck_assert_str_eq(err.odd.text[0],
			 "ticket 1: customfields: expected an array, got an object");
	ck_assert_uint_eq(t->n_customfields, 0);
	ticket_free(t);
	ck_assert_int_eq(
		ticket_from_json("{\"id\":1,\"child_ticket_ids\":[1,\"x\"]}", 35, &t, &err),
		STATUS_OK);
	ck_assert_str_eq(err.odd.text[0],
			 "ticket 1: child_ticket_ids[1]: expected an integer, got \"x\"");
	ck_assert_uint_eq(t->n_child_ticket_ids, 1);
	ticket_free(t);
	static const char odd[] =
		"{\"id\":9,\"flagged\":2,\"is_vip\":\"yes\",\"estimate\":[],"
		"\"customfields\":[3,{\"id\":\"x\",\"name\":\"CF\",\"value\":1}]}";
	ck_assert_int_eq(ticket_from_json(odd, sizeof(odd) - 1, &t, &err), STATUS_OK);
	ck_assert_uint_eq(err.odd.n, 5);
	ck_assert_str_eq(err.odd.text[0], "ticket 9: flagged: expected a boolean, got 2");
	ck_assert_str_eq(err.odd.text[1], "ticket 9: estimate: expected a number, got an array");
	ck_assert_str_eq(err.odd.text[2], "ticket 9: is_vip: expected a boolean, got \"yes\"");
	ck_assert_str_eq(err.odd.text[3],
			 "ticket 9: customfields[0]: expected an object, got 3; skipped");
	ck_assert_str_eq(err.odd.text[4],
			 "ticket 9: customfields[1].id: expected an integer, got \"x\"");
	ck_assert_uint_eq(t->n_customfields, 1);
	ck_assert_str_eq(t->customfields[0].value, "1");
	ticket_free(t);
}
END_TEST

START_TEST(post_answers_single_object_or_array_or_nothing)
{
	size_t len;
	struct ticket_post_result r;
	struct model_error err;
	char *body = fixture_read("ticket-post-single.json", &len);
	ck_assert_int_eq(ticket_post_result_from_json(body, len, &r, &err), STATUS_OK);
	ck_assert_uint_eq(r.count, 1);
	ck_assert_int_eq(r.tickets[0]->row.id, 3001);
	ticket_post_result_fini(&r);
	free(body);
	body = fixture_read("ticket-post-array.json", &len);
	ck_assert_int_eq(ticket_post_result_from_json(body, len, &r, &err), STATUS_OK);
	ck_assert_uint_eq(r.count, 2);
	ck_assert_str_eq(r.tickets[1]->row.summary, "second");
	ticket_post_result_fini(&r);
	free(body);
	ck_assert_int_eq(ticket_post_result_from_json("  ", 2, &r, &err), STATUS_OK);
	ck_assert_uint_eq(r.count, 0);
	ticket_post_result_fini(&r);
	ck_assert_int_eq(
		ticket_post_result_from_json("[{\"id\":1},{\"summary\":\"x\"}]", 26, &r, &err),
		STATUS_PARSE);
	ck_assert_uint_eq(r.count, 0);
}
END_TEST

START_TEST(delete_answers_empty_object_or_object_with_id)
{
	size_t len;
	int id = -5;
	struct model_error err;
	char *body = fixture_read("ticket-delete-empty.json", &len);
	ck_assert_int_eq(ticket_delete_result_from_json(body, len, &id, &err), STATUS_OK);
	ck_assert_int_eq(id, 0);
	free(body);
	body = fixture_read("ticket-delete-object.json", &len);
	ck_assert_int_eq(ticket_delete_result_from_json(body, len, &id, &err), STATUS_OK);
	ck_assert_int_eq(id, 42);
	free(body);
	ck_assert_int_eq(ticket_delete_result_from_json("", 0, &id, &err), STATUS_OK);
	ck_assert_int_eq(ticket_delete_result_from_json("[1]", 3, &id, &err), STATUS_PARSE);
}
END_TEST

/* includelastaction=true adds `lastaction`: read when an object, ignored when null. */
START_TEST(the_last_action_is_read_when_the_answer_carries_one)
{
	struct ticket *t = NULL;
	struct model_error err;
	const char *with = "{\"id\":5,\"lastaction\":{\"who\":\"Ann\",\"outcome\":\"Note\","
			   "\"datetime\":\"2026-01-02T03:04:05Z\",\"note\":\"done\","
			   "\"note_html\":\"<p>done</p>\"}}";
	ck_assert_int_eq(ticket_from_json(with, strlen(with), &t, &err), STATUS_OK);
	ck_assert(t->has_lastaction);
	ck_assert_str_eq(t->lastaction.who, "Ann");
	ck_assert_str_eq(t->lastaction.outcome, "Note");
	ck_assert_int_eq(t->lastaction.datetime, 1767323045);
	ck_assert_str_eq(t->lastaction.note_html, "<p>done</p>");
	ticket_free(t);
	const char *none = "{\"id\":5,\"lastaction\":null}";
	ck_assert_int_eq(ticket_from_json(none, strlen(none), &t, &err), STATUS_OK);
	ck_assert(!t->has_lastaction);
	ticket_free(t);
}
END_TEST

START_TEST(the_odd_fixture_page_keeps_every_row_with_an_id)
{
	size_t len;
	char *b = fixture_read("tickets-odd.json", &len);
	static struct model_error err;
	struct ticket_page *page = NULL;
	ck_assert_int_eq(ticket_page_from_json(b, len, &page, &err), STATUS_OK);
	ck_assert_uint_eq(page->count, 4);
	ck_assert_uint_eq(page->skipped, 2);
	ck_assert_int_eq(page->record_count, 6);
	ck_assert_int_eq(page->rows[0].id, 1201);
	ck_assert(!page->rows[0].is_flagged);
	ck_assert_int_eq(page->rows[0].status_id, 2);
	ck_assert_str_eq(page->rows[1].category_1, "");
	ck_assert_int_eq(page->rows[2].deadlinedate, MODEL_NO_TIME);
	ck_assert_int_eq(page->rows[3].id, 1206);
	ck_assert_int_eq(page->rows[3].agent_id, MODEL_UNSET);
	ck_assert_uint_eq(err.odd.n, 10);
	ck_assert_str_eq(err.odd.text[0], "ticket 1201: flagged: expected a boolean, got 2");
	ck_assert_str_eq(err.odd.text[5], "tickets[3]: no usable ticket id, row skipped");
	ck_assert_str_eq(err.odd.text[6], "tickets[4]: no usable ticket id, row skipped");
	ticket_page_free(page);
	free(b);
}
END_TEST

START_TEST(the_odd_fixture_ticket_is_read_with_its_notes)
{
	size_t len;
	char *b = fixture_read("ticket-odd.json", &len);
	static struct model_error err;
	struct ticket *t = NULL;
	ck_assert_int_eq(ticket_from_json(b, len, &t, &err), STATUS_OK);
	ck_assert_int_eq(t->row.id, 1202);
	ck_assert_str_eq(t->details_html, "<p>It drops every hour.</p>");
	ck_assert_uint_eq(t->n_customfields, 2);
	ck_assert_str_eq(t->customfields[1].label, "Room");
	ck_assert_int_eq(t->customfields[1].id, MODEL_UNSET);
	ck_assert_uint_eq(t->n_child_ticket_ids, 2);
	ck_assert_int_eq(t->child_ticket_ids[1], 1301);
	ck_assert_uint_eq(err.odd.n, 8);
	ck_assert_str_eq(err.odd.text[2],
			 "ticket 1202: targetdate: expected a date, got 1740787200");
	ck_assert_str_eq(
		err.odd.text[5],
		"ticket 1202: customfields[1]: expected an object, got \"not a field\"; skipped");
	ticket_free(t);
	free(b);
}
END_TEST

HARNESS_MAIN("ticket_json", an_implausible_or_missing_count_is_not_believed,
	     the_last_action_is_read_when_the_answer_carries_one,
	     the_odd_fixture_ticket_is_read_with_its_notes,
	     the_odd_fixture_page_keeps_every_row_with_an_id,
	     list_wrapper_gives_rows_and_the_servers_record_count,
	     dates_with_and_without_zone_and_fractions_are_utc,
	     placeholder_dates_of_year_one_and_1900_mean_unset,
	     ids_as_decimals_and_strings_are_read_and_minus_one_is_unset,
	     nulls_and_missing_fields_give_empty_strings_and_zero_counts,
	     booleans_as_numbers_and_strings_are_read, sla_state_maps_inside_outside_and_absent,
	     unicode_escapes_become_utf8_including_surrogate_pairs,
	     a_number_where_the_summary_belongs_is_shown_as_its_text,
	     the_swimlane_example_page_parses, a_bare_array_of_id_rows_counts_itself,
	     an_odd_field_is_left_unset_and_the_row_kept, a_fractional_id_skips_its_row_alone,
	     an_object_where_an_id_belongs_is_noted, an_id_beyond_32_bits_skips_its_row,
	     booleans_exponents_and_words_are_not_ids, a_row_without_id_is_skipped_and_noted,
	     a_bad_date_is_noted, a_bad_boolean_is_noted,
	     an_array_where_the_summary_belongs_is_noted,
	     tickets_that_are_not_an_array_are_a_shape_error,
	     malformed_truncated_and_trailing_json_are_rejected,
	     a_record_count_below_the_rows_returned_is_an_error,
	     the_body_is_read_by_length_without_a_terminator,
	     deep_nesting_is_refused_without_crashing,
	     a_full_ticket_keeps_details_html_custom_fields_and_children,
	     a_200_without_an_id_means_not_found, a_ticket_body_that_is_an_array_is_a_shape_error,
	     odd_parts_of_one_ticket_are_noted_and_the_ticket_kept,
	     post_answers_single_object_or_array_or_nothing,
	     delete_answers_empty_object_or_object_with_id)
