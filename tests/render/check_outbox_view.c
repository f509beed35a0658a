/* The outbox pane drawn from outbox items: words made from journalled bodies, states, ages,
 * the server's words; and the cursor on writes. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "model/outbox_items.h"
#include "render.h"
#include "ui/outbox_view.h"

/* One item as the app makes it from an outbox entry. */
static struct outbox_item *add(struct render *r, uint64_t id, const char *route, const char *path,
			       const char *body, long record_id)
{
	struct outbox_item *it = outbox_items_add(&r->data.outbox, id, route, body);
	it->words = write_words(path, body, record_id, &r->data.lookups, &it->ticket_id);
	it->queued_at = time(NULL) - 3 * 3600 - 60;
	return it;
}

START_TEST(the_pane_lists_each_write_with_its_words_state_age_and_error)
{
	struct render r;
	render_init(&r, 20, 90);
	add(&r, 1, "POST /Tickets", "/Tickets",
	    "[{\"id\":1234,\"agent_id\":0,\"summary\":\"Printer\"}]", 0);
	struct outbox_item *failed = add(&r, 2, "POST /TicketApproval", "/TicketApproval",
					 "[{\"ticket_id\":12,\"seq\":1,\"result\":2,"
					 "\"approver_note\":\"not in budget\"}]",
					 0);
	failed->state = OUTBOX_ITEM_FAILED;
	failed->http_code = 400;
	failed->error = strdup("CODE:APP03/2 Please select the CAB members to approve");
	struct outbox_item *unknown =
		add(&r, 3, "POST /ToDo", "/ToDo", "[{\"ticket_id\":77,\"text\":\"Call back\"}]", 0);
	unknown->state = OUTBOX_ITEM_UNKNOWN;
	add(&r, 4, "DELETE /Tickets/{id}", "/Tickets/{id}", NULL, 99);
	struct view *v = view_new(&outbox_view_ops, &r.env, &r.data);
	char *text = render_view(&r, v);
	ck_assert_msg(render_matches(text, "outbox"), "screen outbox differs");
	free(text);
	/* The cursor stops on writes: the second is the approval, about ticket 12. */
	ck_assert_int_eq(outbox_view_selected(v), 0);
	ck_assert_int_eq(v->ops->selected_ticket(v), 1234);
	ck_assert_uint_eq(view_handle(v, CMD_MOVE_DOWN), REACT_REDRAW);
	ck_assert_int_eq(outbox_view_selected(v), 1);
	ck_assert_int_eq(v->ops->selected_ticket(v), 12);
	ck_assert_uint_eq(view_handle(v, CMD_LAST), REACT_REDRAW);
	ck_assert_int_eq(outbox_view_selected(v), 3);
	ck_assert_int_eq(v->ops->selected_ticket(v), 99);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(an_empty_outbox_says_every_change_reached_the_server)
{
	struct render r;
	render_init(&r, 5, 60);
	struct view *v = view_new(&outbox_view_ops, &r.env, &r.data);
	char *text = render_view(&r, v);
	ck_assert_msg(render_matches(text, "outbox-empty"), "screen outbox-empty differs");
	free(text);
	ck_assert_int_eq(outbox_view_selected(v), -1);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(words_name_the_change_and_its_ticket)
{
	struct lookups l;
	lookups_init(&l);
	ticket_id_t t = 0;
	char *w = write_words("/Tickets/View", "[{\"id\":5}]", 0, &l, &t);
	ck_assert_str_eq(w, "#5 marked viewed");
	ck_assert_int_eq(t, 5);
	free(w);
	w = write_words("/ToDo", "[{\"id\":9,\"ticket_id\":3,\"done\":true}]", 0, &l, &t);
	ck_assert_str_eq(w, "#3 to-do 9 done");
	ck_assert_int_eq(t, 3);
	free(w);
	w = write_words("/Actions", "[{\"ticket_id\":4,\"note\":\"Line one\\nline two\"}]", 0, &l,
			&t);
	ck_assert_str_eq(w, "#4 note: \"Line one line two\"");
	free(w);
	w = write_words("/Tickets", "not json", 0, &l, &t);
	ck_assert_str_eq(w, "/Tickets");
	ck_assert_int_eq(t, 0);
	free(w);
	w = write_words("/Tickets", "[{\"id\":1,\"status_id\":2},{\"id\":2,\"status_id\":2}]", 0,
			&l, &t);
	ck_assert_str_eq(w, "#1 status \xE2\x86\x92 #2 (and 1 more)");
	free(w);
	w = write_words(
		"/FaultsForecasting",
		"[{\"id\":3,\"agent_id\":7,\"ticket_id\":8,\"date\":\"2026-12-24T00:00:00Z\","
		"\"hours\":2.5}]",
		0, &l, &t);
	ck_assert_str_eq(w, "#8 forecast entry 3 2.5 h for #7 on 2026-12-24");
	ck_assert_int_eq(t, 8);
	free(w);
	w = write_words("/Tickets/Object", "{\"id\":6,\"summary\":\"x\"}", 0, &l, &t);
	ck_assert_str_eq(w, "#6 sent whole");
	ck_assert_int_eq(t, 6);
	free(w);
	lookups_fini(&l);
}
END_TEST

HARNESS_MAIN("outbox_view", the_pane_lists_each_write_with_its_words_state_age_and_error,
	     an_empty_outbox_says_every_change_reached_the_server,
	     words_name_the_change_and_its_ticket)
