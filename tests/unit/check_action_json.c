/* Tests of model/action_json: the Actions wrapper, notes, bad input. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/action.h"
#include "model/action_json.h"
#include "model_fixture.h"

START_TEST(actions_wrapper_gives_notes_in_order)
{
	size_t len;
	char *b = fixture_read("actions.json", &len);
	struct action_list l;
	static struct model_error err;
	ck_assert_int_eq(action_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_int_eq(l.record_count, 3);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_str_eq(l.items[0].note_html, "<p>Printer jams</p>");
	ck_assert_str_eq(l.items[1].who, "Fox Mulder");
	ck_assert(l.items[1].hiddenfromuser);
	ck_assert(l.items[1].important);
	ck_assert_int_eq(l.items[1].ticket_id, 2818);
	ck_assert_int_eq(l.items[1].outcome_id, 7);
	ck_assert_int_eq(l.items[1].new_status, 2);
	ck_assert_int_eq(l.items[1].datetime, 1756540800);
	ck_assert_int_eq(l.items[2].id, 3);
	ck_assert_int_eq(l.items[2].new_status, MODEL_UNSET);
	ck_assert_str_eq(l.items[2].emailsubject, "Re: printer");
	ck_assert(l.items[2].is_unread);
	action_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(an_empty_history_is_empty_not_an_error)
{
	size_t len;
	char *b = fixture_read("actions-empty.json", &len);
	struct action_list l;
	static struct model_error err;
	ck_assert_int_eq(action_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 0);
	ck_assert_int_eq(l.record_count, 0);
	action_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(a_bad_action_field_names_its_index)
{
	struct action_list l;
	static struct model_error err;
	const char *b = "{\"actions\":[{\"id\":1},{\"id\":2,\"datetime\":\"31/12/2025\"},"
			"{\"note\":{},\"emailsubject\":[]},7]}";
	ck_assert_int_eq(action_list_from_json(b, strlen(b), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_int_eq(l.items[1].datetime, MODEL_NO_TIME);
	ck_assert_uint_eq(err.odd.n, 4);
	ck_assert_str_eq(err.odd.text[0],
			 "action 2: datetime: expected a date, got \"31/12/2025\"");
	ck_assert_str_eq(err.odd.text[1], "actions[2]: note: expected a string, got an object");
	ck_assert_str_eq(err.odd.text[2],
			 "actions[2]: emailsubject: expected a string, got an array");
	ck_assert_str_eq(err.odd.text[3], "actions[3]: expected an object, got 7; skipped");
	action_list_fini(&l);
}
END_TEST

START_TEST(the_legacy_emailsubject_key_is_read_too)
{
	struct action_list l;
	static struct model_error err;
	const char *b = "[{\"id\":1,\"emailsubject\":\"Hello\"}]";
	ck_assert_int_eq(action_list_from_json(b, strlen(b), &l, &err), STATUS_OK);
	ck_assert_str_eq(l.items[0].emailsubject, "Hello");
	action_list_fini(&l);
}
END_TEST

START_TEST(odd_fields_of_the_fixture_are_noted_and_every_action_kept)
{
	size_t len;
	char *b = fixture_read("actions-odd.json", &len);
	static struct model_error err;
	struct action_list l;
	ck_assert_int_eq(action_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_str_eq(l.items[1].note, "Second");
	ck_assert_str_eq(l.items[1].outcome, "");
	ck_assert(!l.items[1].hiddenfromuser);
	ck_assert_uint_eq(err.odd.n, 4);
	ck_assert_str_eq(err.odd.text[0], "action 2: outcome: expected a string, got an object");
	ck_assert_str_eq(err.odd.text[3],
			 "action 3: timetaken: expected a number, got \"ten minutes\"");
	action_list_fini(&l);
	free(b);
}
END_TEST

HARNESS_MAIN("action_json", odd_fields_of_the_fixture_are_noted_and_every_action_kept,
	     actions_wrapper_gives_notes_in_order, an_empty_history_is_empty_not_an_error,
	     a_bad_action_field_names_its_index, the_legacy_emailsubject_key_is_read_too)
