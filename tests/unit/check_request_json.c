/* Tests of model/request_json: every POST body is an array with only what is meant. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/request_json.h"

#define EXPECT_JSON(expr, want)                                                                    \
	do {                                                                                       \
		char *got_ = (expr);                                                               \
		ck_assert_str_eq(got_, want);                                                      \
		free(got_);                                                                        \
	} while (0)

START_TEST(a_note_sends_ticket_outcome_html_and_visibility)
{
	struct action_create a;
	action_create_init(&a);
	a.ticket_id = 2818;
	a.outcome = "Private Note";
	a.note_html = "<p>Another note</p>";
	a.hiddenfromuser = true;
	EXPECT_JSON(action_creates_to_json(&a, 1),
		    "[{\"ticket_id\":2818,\"outcome\":\"Private Note\",\"note_html\":\"<p>Another "
		    "note</p>\",\"hiddenfromuser\":true,\"sendemail\":false}]");
	a.new_status = 2;
	a.outcome_id = 7;
	a.timetaken_h = 0.5;
	EXPECT_JSON(
		action_creates_to_json(&a, 1),
		"[{\"ticket_id\":2818,\"outcome\":\"Private Note\",\"outcome_id\":7,"
		"\"note_html\":\"<p>Another note</p>\",\"hiddenfromuser\":true,\"new_status\":2,"
		"\"timetaken\":0.5,\"sendemail\":false}]");
}
END_TEST

START_TEST(an_approval_decision_sends_key_result_and_reason)
{
	struct approval_decision d[2] = {
		{ .ticket_id = 2818, .seq = 1, .result = APPROVAL_APPROVED },
		{ .ticket_id = 2900, .seq = 2, .result = APPROVAL_REJECTED, .approver_note = "No" },
	};
	EXPECT_JSON(approval_decisions_to_json(d, 2),
		    "[{\"ticket_id\":2818,\"seq\":1,\"result\":1},"
		    "{\"ticket_id\":2900,\"seq\":2,\"result\":2,\"approver_note\":\"No\"}]");
}
END_TEST

START_TEST(todo_create_update_and_done_send_only_what_is_set)
{
	struct todo_update u[2];
	todo_update_init(&u[0], 0, 2818);
	u[0].has_text = true;
	u[0].text = "Order toner";
	todo_update_init(&u[1], 12, 2818);
	u[1].has_done = true;
	u[1].is_done = true;
	EXPECT_JSON(todo_updates_to_json(u, 2), "[{\"ticket_id\":2818,\"text\":\"Order toner\"},"
						"{\"id\":12,\"ticket_id\":2818,\"done\":true}]");
}
END_TEST

START_TEST(a_draft_embeds_json_content_or_sends_it_as_text)
{
	struct draft d[3] = {
		{ .id = 0,
		  .tickettype_id = 1,
		  .service_id = MODEL_UNSET,
		  .json_content = "{\"summary\":\"half\"}" },
		{ .id = 4,
		  .tickettype_id = MODEL_UNSET,
		  .service_id = 9,
		  .json_content = "not json" },
		{ .id = 5, .tickettype_id = 2, .service_id = 3, .json_content = NULL },
	};
	EXPECT_JSON(drafts_to_json(d, 3),
		    "[{\"id\":0,\"tickettype_id\":1,\"service_id\":null,\"json_content\":{"
		    "\"summary\":\"half\"}},{\"id\":4,\"tickettype_id\":null,\"service_id\":9,"
		    "\"json_content\":\"not json\"},{\"id\":5,\"tickettype_id\":2,\"service_id\":3,"
		    "\"json_content\":null}]");
}
END_TEST

START_TEST(forecast_closure_vote_and_view_bodies_are_arrays)
{
	struct forecast f = { .agent_id = 5, .ticket_id = 2818, .date = 1756771200, .hours = 2.5 };
	EXPECT_JSON(forecasts_to_json(&f, 1),
		    "[{\"agent_id\":5,\"ticket_id\":2818,\"date\":\"2025-09-02T00:00:00Z\","
		    "\"hours\":2.5}]");
	char comment[] = "still broken";
	struct closure c = {
		.id = 3, .ticket_id = 2818, .has_result = true, .result = false, .comment = comment
	};
	EXPECT_JSON(closures_to_json(&c, 1),
		    "[{\"id\":3,\"ticket_id\":2818,\"result\":false,\"comment\":\"still broken\","
		    "\"withfeedback\":false}]");
	struct ticket_vote v = { .ticket_id = 7, .vote = 1 };
	EXPECT_JSON(ticket_votes_to_json(&v, 1), "[{\"id\":7,\"your_vote\":1}]");
	struct ticket_vote down = { .ticket_id = 7, .vote = -1, .comment = "not again" };
	EXPECT_JSON(ticket_votes_to_json(&down, 1),
		    "[{\"id\":7,\"your_vote\":-1,\"your_vote_comment\":\"not again\"}]");
	int ids[] = { 1, 2 };
	EXPECT_JSON(ticket_ids_to_json(ids, 2), "[{\"id\":1},{\"id\":2}]");
	EXPECT_JSON(ticket_ids_to_json(ids, 0), "[]");
}
END_TEST

START_TEST(strings_are_escaped_and_unicode_kept)
{
	struct ticket_update u;
	ticket_update_init(&u, 1);
	ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "a/b \\ \x01 \xc3\xa9");
	EXPECT_JSON(ticket_updates_to_json(&u, 1),
		    "[{\"id\":1,\"summary\":\"a/b \\\\ \\u0001 \xc3\xa9\"}]");
	ticket_update_fini(&u);
}
END_TEST

HARNESS_MAIN("request_json", a_note_sends_ticket_outcome_html_and_visibility,
	     an_approval_decision_sends_key_result_and_reason,
	     todo_create_update_and_done_send_only_what_is_set,
	     a_draft_embeds_json_content_or_sends_it_as_text,
	     forecast_closure_vote_and_view_bodies_are_arrays, strings_are_escaped_and_unicode_kept)
