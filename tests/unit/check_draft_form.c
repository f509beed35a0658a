/* Tests of drafts as text, the id in a saved draft's answer, and the new ticket's body. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/draft_form.h"
#include "model/lookup_match.h"
#include "model/request_json.h"
#include "model/ticket_create.h"
#include "util/strbuf.h"

START_TEST(a_draft_reads_back_what_was_written_escapes_and_all)
{
	struct draft_form d = { 0 };
	draft_form_set(&d, "summary", "Printer = on fire");
	draft_form_set(&d, "details", "line one\nline\ttwo \\ three\r");
	draft_form_set(&d, "client", "12 Acme");
	draft_form_set(&d, "summary", "Printer on fire");
	struct strbuf sb;
	strbuf_init(&sb);
	draft_form_encode(&d, &sb);
	ck_assert_str_eq(sb.data, "halotui-draft 1\nsummary=Printer on fire\n"
				  "details=line one\\nline\\ttwo \\\\ three\\r\nclient=12 Acme\n");
	struct draft_form back = { 0 };
	ck_assert(draft_form_decode(sb.data, sb.len, &back));
	ck_assert_uint_eq(back.n, 3);
	ck_assert_str_eq(draft_form_get(&back, "summary"), "Printer on fire");
	ck_assert_str_eq(draft_form_get(&back, "details"), "line one\nline\ttwo \\ three\r");
	ck_assert_str_eq(draft_form_get(&back, "client"), "12 Acme");
	ck_assert_ptr_null(draft_form_get(&back, "site"));
	strbuf_fini(&sb);
	draft_form_fini(&d);
	draft_form_fini(&back);
}
END_TEST

START_TEST(a_file_that_is_no_draft_is_refused_and_odd_lines_are_skipped)
{
	struct draft_form d = { 0 };
	ck_assert(!draft_form_decode("summary=x\n", 10, &d));
	ck_assert(!draft_form_decode("", 0, &d));
	const char *text = "halotui-draft 1\nnonsense\n=nameless\nsummary=kept";
	ck_assert(draft_form_decode(text, strlen(text), &d));
	ck_assert_uint_eq(d.n, 1);
	ck_assert_str_eq(draft_form_get(&d, "summary"), "kept");
	draft_form_fini(&d);
}
END_TEST

START_TEST(the_saved_drafts_id_is_read_from_an_object_an_array_or_a_string)
{
	const char *one = "{\"json_content\":{\"id\":99},\"id\":7,\"agent_id\":1}";
	ck_assert_int_eq(draft_reply_id(one, strlen(one)), 7);
	const char *many = "[{\"id\":3},{\"id\":\"8\"}]";
	ck_assert_int_eq(draft_reply_id(many, strlen(many)), 8);
	ck_assert_int_eq(draft_reply_id("{}", 2), 0);
	ck_assert_int_eq(draft_reply_id("not json", 8), 0);
	ck_assert_int_eq(draft_reply_id(NULL, 0), 0);
}
END_TEST

START_TEST(a_new_ticket_sends_only_what_was_filled_with_details_as_html)
{
	struct ticket_create c;
	ticket_create_init(&c);
	c.summary = "Printer on fire";
	c.details = "Smoke <everywhere>\nsend help\n\n";
	c.client_id = 12;
	c.user_id = 0;
	c.tickettype_id = 3;
	c.team = "Second Line";
	c.category = "";
	c.deadline = 1798761600; /* 2027-01-01T00:00:00Z */
	struct ticket_update u;
	ticket_create_to_update(&c, &u);
	char *json = ticket_updates_to_json(&u, 1);
	ck_assert_ptr_null(strstr(json, "\"id\""));
	ck_assert_ptr_nonnull(strstr(json, "\"summary\":\"Printer on fire\""));
	ck_assert_ptr_nonnull(strstr(json, "\"Smoke &lt;everywhere&gt;<br>send help\""));
	ck_assert_ptr_nonnull(strstr(json, "\"client_id\":12"));
	ck_assert_ptr_null(strstr(json, "user_id"));
	ck_assert_ptr_null(strstr(json, "category_1"));
	ck_assert_ptr_nonnull(strstr(json, "\"team\":\"Second Line\""));
	ck_assert_ptr_nonnull(strstr(json, "\"deadlinedate\":\"2027-01-01T00:00:00"));
	free(json);
	ticket_update_fini(&u);
}
END_TEST

START_TEST(sites_and_users_are_matched_by_name_like_every_lookup)
{
	struct lookups l;
	lookups_init(&l);
	struct named_item sites[] = { { 10, "Head Office", false }, { 11, "Warehouse", false } };
	l.sites.items = sites;
	l.sites.count = 2;
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_SITE, "ware", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 11);
	ck_assert(!lookup_match(&l, LOOKUP_USER, "ware", &m, err, sizeof(err)));
	ck_assert_ptr_nonnull(strstr(err, "user"));
}
END_TEST

HARNESS_MAIN("draft_form", a_draft_reads_back_what_was_written_escapes_and_all,
	     a_file_that_is_no_draft_is_refused_and_odd_lines_are_skipped,
	     the_saved_drafts_id_is_read_from_an_object_an_array_or_a_string,
	     a_new_ticket_sends_only_what_was_filled_with_details_as_html,
	     sites_and_users_are_matched_by_name_like_every_lookup)
