/* Tests of model/ticket_update: the field table, setters, partial bodies. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/request_json.h"
#include "model/ticket_update.h"
#include "model/values.h"

START_TEST(field_names_map_both_ways)
{
	enum ticket_field f;
	ck_assert_int_eq(ticket_field_from_name("status_id", &f), STATUS_OK);
	ck_assert_int_eq(f, TICKET_FIELD_STATUS_ID);
	ck_assert_str_eq(ticket_field_name(TICKET_FIELD_SUMMARY), "summary");
	ck_assert_int_eq(ticket_field_type(TICKET_FIELD_ONHOLD), FIELD_TYPE_BOOL);
	ck_assert_int_eq(ticket_field_from_name("no_such_field", &f), STATUS_NOT_FOUND);
	for (int i = 0; i < TICKET_FIELD_COUNT; i++) {
		ck_assert_int_eq(ticket_field_from_name(ticket_field_name(i), &f), STATUS_OK);
		ck_assert_int_eq(f, i);
	}
}
END_TEST

START_TEST(a_new_update_sends_only_the_id)
{
	struct ticket_update u;
	ticket_update_init(&u, 42);
	ck_assert(ticket_update_is_empty(&u));
	char *json = ticket_updates_to_json(&u, 1);
	ck_assert_str_eq(json, "[{\"id\":42}]");
	free(json);
	ticket_update_fini(&u);
}
END_TEST

START_TEST(only_changed_fields_are_sent)
{
	struct ticket_update u;
	ticket_update_init(&u, 42);
	ticket_update_set_int(&u, TICKET_FIELD_STATUS_ID, 9);
	ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "New \"title\"\n");
	ticket_update_set_bool(&u, TICKET_FIELD_ONHOLD, true);
	char *json = ticket_updates_to_json(&u, 1);
	ck_assert_str_eq(json, "[{\"id\":42,\"summary\":\"New "
			       "\\\"title\\\"\\n\",\"status_id\":9,\"onhold\":true}]");
	free(json);
	ticket_update_unset(&u, TICKET_FIELD_SUMMARY);
	json = ticket_updates_to_json(&u, 1);
	ck_assert_str_eq(json, "[{\"id\":42,\"status_id\":9,\"onhold\":true}]");
	free(json);
	ticket_update_fini(&u);
}
END_TEST

START_TEST(id_zero_creates_without_an_id_and_post_bodies_are_arrays)
{
	struct ticket_update u[2];
	ticket_update_init(&u[0], 0);
	ticket_update_set_string(&u[0], TICKET_FIELD_SUMMARY, "a");
	ticket_update_set_int(&u[0], TICKET_FIELD_TICKETTYPE_ID, 1);
	ticket_update_init(&u[1], 7);
	ticket_update_set_time(&u[1], TICKET_FIELD_DEADLINEDATE, 1741079700);
	ticket_update_set_time(&u[1], TICKET_FIELD_FIXBYDATE, MODEL_NO_TIME);
	char *json = ticket_updates_to_json(u, 2);
	ck_assert_str_eq(json,
			 "[{\"summary\":\"a\",\"tickettype_id\":1},{\"id\":7,\"deadlinedate\":"
			 "\"2025-03-04T09:15:00Z\",\"fixbydate\":null}]");
	free(json);
	json = ticket_update_object_to_json(&u[0]);
	ck_assert_str_eq(json, "{\"summary\":\"a\",\"tickettype_id\":1}");
	free(json);
	ticket_update_fini(&u[0]);
	ticket_update_fini(&u[1]);
}
END_TEST

START_TEST(setting_a_field_with_the_wrong_type_is_refused)
{
	struct ticket_update u;
	ticket_update_init(&u, 1);
	ck_assert_int_eq(ticket_update_set_int(&u, TICKET_FIELD_SUMMARY, 3), STATUS_INVALID);
	ck_assert_int_eq(ticket_update_set_string(&u, TICKET_FIELD_STATUS_ID, "x"), STATUS_INVALID);
	ck_assert_int_eq(ticket_update_set_double(&u, TICKET_FIELD_ESTIMATE, 1.0 / 0.0),
			 STATUS_INVALID);
	ck_assert(ticket_update_is_empty(&u));
	ticket_update_fini(&u);
}
END_TEST

START_TEST(typed_text_is_parsed_by_the_fields_type)
{
	struct ticket_update u;
	ticket_update_init(&u, 1);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_AGENT_ID, "12"), STATUS_OK);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_FLAGGED, "yes"), STATUS_OK);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_DEADLINEDATE, "2025-03-04"),
			 STATUS_OK);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_ESTIMATE, "1.5"), STATUS_OK);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_AGENT_ID, "twelve"),
			 STATUS_INVALID);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_ONHOLD, "perhaps"),
			 STATUS_INVALID);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_DEADLINEDATE, "soon"),
			 STATUS_INVALID);
	ck_assert_int_eq(ticket_update_set_text(&u, TICKET_FIELD_STATUS_ID, "99999999999"),
			 STATUS_INVALID);
	ck_assert_int_eq(u.values[TICKET_FIELD_AGENT_ID].i, 12);
	ck_assert(u.values[TICKET_FIELD_FLAGGED].b);
	ck_assert_int_eq(u.values[TICKET_FIELD_DEADLINEDATE].t, 1741046400);
	ck_assert(!ticket_update_is_set(&u, TICKET_FIELD_ONHOLD));
	ticket_update_fini(&u);
}
END_TEST

START_TEST(custom_fields_are_sent_once_per_id)
{
	struct ticket_update u;
	ticket_update_init(&u, 5);
	ticket_update_set_custom(&u, 150, "CFroom", "2.14");
	ticket_update_set_custom(&u, 150, NULL, "3.01");
	ticket_update_set_custom(&u, 151, NULL, "x");
	char *json = ticket_updates_to_json(&u, 1);
	ck_assert_str_eq(json, "[{\"id\":5,\"customfields\":[{\"id\":150,\"value\":\"3.01\"},"
			       "{\"id\":151,\"value\":\"x\"}]}]");
	free(json);
	ticket_update_fini(&u);
}
END_TEST

HARNESS_MAIN("ticket_update", field_names_map_both_ways, a_new_update_sends_only_the_id,
	     only_changed_fields_are_sent, id_zero_creates_without_an_id_and_post_bodies_are_arrays,
	     setting_a_field_with_the_wrong_type_is_refused,
	     typed_text_is_parsed_by_the_fields_type, custom_fields_are_sent_once_per_id)
