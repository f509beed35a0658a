/* Tests of model/pending: writes laid over a row, rolled back, counted, and the undo record. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/pending.h"
#include "model/values.h"

static struct ticket_row row_of(ticket_id_t id)
{
	struct ticket_row r;
	memset(&r, 0, sizeof(r));
	r.id = id;
	r.summary = "Printer on fire";
	r.status_id = 1;
	r.priority_id = 3;
	r.agent_id = 4;
	r.agent_name = "Jane Doe";
	r.team = "Service Desk";
	r.status_name = "New";
	r.client_name = r.site_name = r.user_name = r.priority_name = r.category_1 = "";
	r.sla_state_raw = "";
	return r;
}

/* A change of FIELD on ROW to NEW (an int, or S for a string field). */
static struct pending_change change_of(struct pending_list *p, const struct ticket_row *row,
				       unsigned write_id, enum ticket_field field, long long i,
				       const char *s)
{
	struct pending_change c;
	memset(&c, 0, sizeof(c));
	c.write_id = write_id;
	c.outbox_id = 100 + write_id;
	c.kind = PENDING_FIELDS;
	c.ticket_id = row->id;
	c.n_fields = 1;
	c.fields[0].field = field;
	ck_assert(pending_row_value(row, field, &c.fields[0].old));
	c.fields[0].old.s = pending_keep(p, c.fields[0].old.s);
	c.fields[0].new.i = i;
	c.fields[0].new.s = pending_keep(p, s ? s : "");
	return c;
}

START_TEST(a_change_out_lies_over_the_row_and_is_counted)
{
	struct pending_list p;
	pending_init(&p);
	struct ticket_row row = row_of(12);
	struct pending_change c = change_of(&p, &row, 7, TICKET_FIELD_STATUS_ID, 2, NULL);
	pending_add(&p, &c);
	ck_assert_uint_eq(pending_count_out(&p), 1);
	ck_assert(pending_is_out(&p, 12));
	ck_assert(!pending_is_out(&p, 13));
	pending_apply_row(&p, &row);
	ck_assert_int_eq(row.status_id, 2);
	/* The name the server sent went with the old status. */
	ck_assert_str_eq(row.status_name, "");
	struct ticket_row other = row_of(13);
	pending_apply_row(&p, &other);
	ck_assert_int_eq(other.status_id, 1);
	pending_fini(&p);
}
END_TEST

START_TEST(a_failed_change_stops_showing_and_keeps_its_mark)
{
	struct pending_list p;
	pending_init(&p);
	struct ticket_row row = row_of(12);
	struct pending_change c = change_of(&p, &row, 7, TICKET_FIELD_TEAM, 0, "Network");
	pending_add(&p, &c);
	pending_apply_row(&p, &row);
	ck_assert_str_eq(row.team, "Network");
	ck_assert(pending_fail(&p, 7));
	/* The old value goes back by the caller; a failed change lays nothing over it again. */
	pending_row_set(&row, TICKET_FIELD_TEAM, &pending_find(&p, 7)->fields[0].old);
	pending_apply_row(&p, &row);
	ck_assert_str_eq(row.team, "Service Desk");
	ck_assert_uint_eq(pending_count_out(&p), 0);
	ck_assert_uint_eq(pending_count_failed(&p), 1);
	ck_assert(pending_has_failed(&p, 12));
	ck_assert(!pending_is_out(&p, 12));
	/* A failed change is not what undo reverts. */
	ck_assert(!p.has_last);
	/* Discarded from the outbox: the mark goes. */
	ck_assert(!pending_remove_outbox(&p, 999));
	ck_assert(pending_remove_outbox(&p, 107));
	ck_assert_uint_eq(p.count, 0);
	pending_fini(&p);
}
END_TEST

START_TEST(changes_apply_oldest_first_and_the_last_is_remembered)
{
	struct pending_list p;
	pending_init(&p);
	struct ticket_row row = row_of(12);
	struct pending_change a = change_of(&p, &row, 1, TICKET_FIELD_PRIORITY_ID, 1, NULL);
	struct pending_change b = change_of(&p, &row, 2, TICKET_FIELD_PRIORITY_ID, 4, NULL);
	pending_add(&p, &a);
	pending_add(&p, &b);
	pending_apply_row(&p, &row);
	ck_assert_int_eq(row.priority_id, 4);
	ck_assert(p.has_last);
	ck_assert_uint_eq(p.last.write_id, 2);
	ck_assert_int_eq(p.last.fields[0].old.i, 3);
	ck_assert(pending_remove(&p, 2));
	ck_assert(!pending_remove(&p, 2));
	struct ticket_row fresh = row_of(12);
	pending_apply_row(&p, &fresh);
	ck_assert_int_eq(fresh.priority_id, 1);
	/* The last change stays remembered after its answer: undo sends its old values. */
	ck_assert(p.has_last);
	pending_fini(&p);
}
END_TEST

START_TEST(a_note_without_fields_marks_the_row_but_is_no_undo)
{
	struct pending_list p;
	pending_init(&p);
	struct pending_change c;
	memset(&c, 0, sizeof(c));
	c.write_id = 3;
	c.kind = PENDING_ACTION;
	c.ticket_id = 12;
	pending_add(&p, &c);
	ck_assert(pending_is_out(&p, 12));
	ck_assert(!p.has_last);
	pending_fini(&p);
}
END_TEST

START_TEST(values_round_trip_through_an_update)
{
	struct pending_list p;
	pending_init(&p);
	struct ticket_update u;
	ticket_update_init(&u, 12);
	ticket_update_set_string(&u, TICKET_FIELD_TEAM, "Network");
	ticket_update_set_bool(&u, TICKET_FIELD_ONHOLD, true);
	struct pending_value team, hold, none;
	ck_assert(pending_value_from_update(&p, &u, TICKET_FIELD_TEAM, &team));
	ck_assert(pending_value_from_update(&p, &u, TICKET_FIELD_ONHOLD, &hold));
	ck_assert(!pending_value_from_update(&p, &u, TICKET_FIELD_STATUS_ID, &none));
	ticket_update_fini(&u);
	/* The strings live in the pool, not in the update that was freed. */
	ck_assert_str_eq(team.s, "Network");
	ck_assert(hold.b);
	struct ticket_update back;
	ticket_update_init(&back, 12);
	pending_value_to_update(&team, TICKET_FIELD_TEAM, &back);
	ck_assert(ticket_update_is_set(&back, TICKET_FIELD_TEAM));
	ck_assert_str_eq(back.values[TICKET_FIELD_TEAM].s, "Network");
	ticket_update_fini(&back);
	char buf[64];
	pending_value_text(&hold, TICKET_FIELD_ONHOLD, buf, sizeof(buf));
	ck_assert_str_eq(buf, "yes");
	struct pending_value unset = { .i = MODEL_UNSET, .s = "" };
	pending_value_text(&unset, TICKET_FIELD_AGENT_ID, buf, sizeof(buf));
	ck_assert_str_eq(buf, "(none)");
	pending_fini(&p);
}
END_TEST

START_TEST(a_server_row_is_copied_with_its_strings_kept)
{
	struct pending_list p;
	pending_init(&p);
	struct ticket_row dst = row_of(12);
	char summary[] = "Printer fixed";
	struct ticket_row src = row_of(12);
	src.summary = summary;
	src.status_id = 9;
	pending_copy_row(&p, &dst, &src);
	summary[0] = 'X'; /* the server's arena is freed after the answer */
	ck_assert_str_eq(dst.summary, "Printer fixed");
	ck_assert_int_eq(dst.status_id, 9);
	pending_fini(&p);
}
END_TEST

START_TEST(fields_a_row_does_not_hold_are_not_laid_over)
{
	struct ticket_row row = row_of(12);
	struct pending_value v;
	ck_assert(!pending_row_value(&row, TICKET_FIELD_DETAILS_HTML, &v));
	ck_assert(!pending_row_set(&row, TICKET_FIELD_IMPACT, &v));
	ck_assert(pending_row_value(&row, TICKET_FIELD_AGENT_ID, &v));
	ck_assert_int_eq(v.i, 4);
}
END_TEST

HARNESS_MAIN("pending", a_change_out_lies_over_the_row_and_is_counted,
	     a_failed_change_stops_showing_and_keeps_its_mark,
	     changes_apply_oldest_first_and_the_last_is_remembered,
	     a_note_without_fields_marks_the_row_but_is_no_undo,
	     values_round_trip_through_an_update, a_server_row_is_copied_with_its_strings_kept,
	     fields_a_row_does_not_hold_are_not_laid_over)
