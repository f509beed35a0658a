/* Tests of model/readback: a write whose answer was lost, against the ticket read again. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/readback.h"

static const char record[] =
	"{\"id\": 1012, \"status_id\": 9.0, \"priority_id\": \"2\", \"agent_id\": 4,"
	" \"team\": \"Second Line\", \"flagged\": true, \"onhold\": 0,"
	" \"deadlinedate\": \"2026-01-31T00:00:00.000Z\", \"targetdate\": null,"
	" \"customfields\": [{\"id\": 7, \"name\": \"CFRoom\", \"value\": \"B12\"},"
	" {\"id\": 8, \"value\": 3}]}";

static enum readback_verdict verdict(const char *sent, char *field)
{
	return readback_compare(sent, 1012, record, strlen(record), field, 32);
}

START_TEST(a_write_the_record_holds_is_done)
{
	char field[32];
	ck_assert_int_eq(verdict("[{\"id\":1012,\"status_id\":9}]", field), READBACK_DONE);
	ck_assert_str_eq(field, "");
	ck_assert_int_eq(verdict("[{\"id\":1012,\"priority_id\":2,\"agent_id\":4,"
				 "\"team\":\"Second Line\",\"_dont_fire_automations\":true}]",
				 field),
			 READBACK_DONE);
	ck_assert_int_eq(verdict("{\"id\":1012,\"flagged\":true,\"onhold\":false,"
				 "\"deadlinedate\":\"2026-01-31T00:00:00Z\",\"targetdate\":null}",
				 field),
			 READBACK_DONE);
	ck_assert_int_eq(verdict("[{\"id\":1012,\"customfields\":[{\"id\":7,\"value\":\"B12\"},"
				 "{\"id\":8,\"value\":\"3\"}]}]",
				 field),
			 READBACK_DONE);
}
END_TEST

START_TEST(a_field_holding_another_value_is_not_done_and_named)
{
	char field[32];
	ck_assert_int_eq(verdict("[{\"id\":1012,\"status_id\":9,\"agent_id\":5}]", field),
			 READBACK_NOT_DONE);
	ck_assert_str_eq(field, "agent_id");
	ck_assert_int_eq(verdict("[{\"id\":1012,\"team\":\"second line\"}]", field),
			 READBACK_NOT_DONE);
	ck_assert_int_eq(verdict("[{\"id\":1012,\"flagged\":false}]", field), READBACK_NOT_DONE);
	ck_assert_int_eq(
		verdict("[{\"id\":1012,\"deadlinedate\":\"2026-02-01T00:00:00Z\"}]", field),
		READBACK_NOT_DONE);
	ck_assert_int_eq(
		verdict("[{\"id\":1012,\"customfields\":[{\"id\":7,\"value\":\"B13\"}]}]", field),
		READBACK_NOT_DONE);
	ck_assert_str_eq(field, "customfields");
}
END_TEST

START_TEST(what_the_record_cannot_tell_is_unsure)
{
	char field[32];
	ck_assert_int_eq(verdict("[{\"id\":1012,\"summary\":\"x\"}]", field), READBACK_UNSURE);
	ck_assert_str_eq(field, "summary");
	ck_assert_int_eq(
		verdict("[{\"id\":1012,\"customfields\":[{\"id\":99,\"value\":\"x\"}]}]", field),
		READBACK_UNSURE);
	/* Another ticket, several tickets, a create, a body or record that does not read. */
	ck_assert_int_eq(verdict("[{\"id\":1013,\"status_id\":9}]", field), READBACK_UNSURE);
	ck_assert_int_eq(verdict("[{\"id\":1012},{\"id\":1012}]", field), READBACK_UNSURE);
	ck_assert_int_eq(verdict("[{\"status_id\":9}]", field), READBACK_UNSURE);
	ck_assert_int_eq(verdict("[{\"id\":1012", field), READBACK_UNSURE);
	ck_assert_int_eq(readback_compare("[{\"id\":1012}]", 1012, "{\"id\":", 6, field, 32),
			 READBACK_UNSURE);
	ck_assert_int_eq(readback_compare("[{\"id\":1012}]", 1012, "{}", 2, field, 32),
			 READBACK_UNSURE);
}
END_TEST

START_TEST(the_ticket_of_a_body_is_its_one_id)
{
	ck_assert_int_eq(readback_ticket_of("[{\"id\":1012,\"status_id\":9}]"), 1012);
	ck_assert_int_eq(readback_ticket_of("{\"id\":\"44\",\"summary\":\"x\"}"), 44);
	ck_assert_int_eq(readback_ticket_of("[{\"summary\":\"new\"}]"), 0);
	ck_assert_int_eq(readback_ticket_of("[{\"id\":1},{\"id\":2}]"), 0);
	ck_assert_int_eq(readback_ticket_of("not json"), 0);
	ck_assert_int_eq(readback_ticket_of(NULL), 0);
}
END_TEST

START_TEST(a_delete_is_done_when_no_ticket_is_read_again)
{
	ck_assert_int_eq(readback_deleted(STATUS_HTTP_404, 1012, NULL, 0), READBACK_DONE);
	ck_assert_int_eq(readback_deleted(STATUS_NOT_FOUND, 1012, NULL, 0), READBACK_DONE);
	ck_assert_int_eq(readback_deleted(STATUS_OK, 1012, "{}", 2), READBACK_DONE);
	ck_assert_int_eq(readback_deleted(STATUS_OK, 1012, "{\"id\":null}", 11), READBACK_DONE);
	ck_assert_int_eq(readback_deleted(STATUS_OK, 1012, "{\"id\":1012}", 11), READBACK_NOT_DONE);
	ck_assert_int_eq(readback_deleted(STATUS_OK, 1012, "{\"id\":7}", 8), READBACK_UNSURE);
	ck_assert_int_eq(readback_deleted(STATUS_OK, 1012, "{\"id\":", 6), READBACK_UNSURE);
	ck_assert_int_eq(readback_deleted(STATUS_NETWORK, 1012, NULL, 0), READBACK_UNSURE);
}
END_TEST

START_TEST(a_tick_is_compared_with_its_todo_read_again)
{
	const char *tick = "[{\"id\":5,\"ticket_id\":1004,\"done\":true}]";
	const char *todos = "[{\"id\":4,\"done\":false},{\"id\":5,\"done\":true}]";
	ck_assert_int_eq(readback_todo_of(tick), 1004);
	ck_assert_int_eq(readback_todo_of("[{\"id\":5,\"ticket_id\":1004,\"text\":\"x\"}]"), 0);
	ck_assert_int_eq(readback_todo_of("[{\"ticket_id\":1004,\"done\":true}]"), 0);
	ck_assert_int_eq(
		readback_todo_of("[{\"id\":5,\"ticket_id\":1004,\"done\":true,\"text\":\"x\"}]"),
		0);
	ck_assert_int_eq(readback_todo_compare(tick, todos, strlen(todos)), READBACK_DONE);
	const char *untick = "[{\"id\":5,\"ticket_id\":1004,\"done\":false}]";
	ck_assert_int_eq(readback_todo_compare(untick, todos, strlen(todos)), READBACK_NOT_DONE);
	const char *other = "[{\"id\":4,\"done\":false}]";
	ck_assert_int_eq(readback_todo_compare(tick, other, strlen(other)), READBACK_UNSURE);
	ck_assert_int_eq(readback_todo_compare(tick, "{", 1), READBACK_UNSURE);
}
END_TEST

START_TEST(a_decision_is_compared_with_its_step_read_again)
{
	const char *yes = "[{\"ticket_id\":1196,\"seq\":1,\"result\":1,\"approver_note\":\"ok\"}]";
	const char *no = "[{\"ticket_id\":1196,\"seq\":1,\"result\":2}]";
	ck_assert_int_eq(readback_approval_of(yes), 1196);
	ck_assert_int_eq(readback_approval_of(no), 1196);
	ck_assert_int_eq(
		readback_approval_of("[{\"ticket_id\":1196,\"agent_id\":4,\"note\":\"x\"}]"), 0);
	ck_assert_int_eq(readback_approval_of("[{\"ticket_id\":1196,\"seq\":1,\"result\":0}]"), 0);
	const char *approved = "{\"ticket_id\":1196,\"seq\":1,\"result\":1}";
	const char *waiting = "{\"ticket_id\":1196,\"seq\":1,\"result\":0}";
	const char *next = "{\"ticket_id\":1196,\"seq\":2,\"result\":0}";
	ck_assert_int_eq(readback_approval_compare(yes, approved, strlen(approved)), READBACK_DONE);
	ck_assert_int_eq(readback_approval_compare(no, approved, strlen(approved)),
			 READBACK_NOT_DONE);
	ck_assert_int_eq(readback_approval_compare(yes, waiting, strlen(waiting)),
			 READBACK_NOT_DONE);
	ck_assert_int_eq(readback_approval_compare(yes, next, strlen(next)), READBACK_UNSURE);
	ck_assert_int_eq(readback_approval_compare(yes, "{}", 2), READBACK_UNSURE);
}
END_TEST

HARNESS_MAIN("readback", a_write_the_record_holds_is_done,
	     a_field_holding_another_value_is_not_done_and_named,
	     what_the_record_cannot_tell_is_unsure, the_ticket_of_a_body_is_its_one_id,
	     a_delete_is_done_when_no_ticket_is_read_again,
	     a_tick_is_compared_with_its_todo_read_again,
	     a_decision_is_compared_with_its_step_read_again)
