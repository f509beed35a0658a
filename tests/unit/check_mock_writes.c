/* Tests of halo-mock's writes: every write, then the read that shows it. */
#include "config.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;

static struct json_object *ticket(int id)
{
	char path[64];
	snprintf(path, sizeof(path), "/api/Tickets/%d", id);
	return mh_get(&mh, path);
}

static bool bool_of(struct json_object *o, const char *key)
{
	return json_object_get_boolean(json_object_object_get(o, key));
}

START_TEST(creating_a_ticket_answers_201_and_it_can_be_read_and_listed)
{
	mh_start(&mh, NULL);
	struct json_object *t = mh_post(&mh, "/api/Tickets",
					"[{\"summary\":\"Café machine on fire\",\"details\":\"<p>"
					"help</p>\",\"priority_id\":1,\"agent_id\":3}]");
	ck_assert_int_eq(mh.status, 201);
	int id = mh_int(t, "id");
	ck_assert_int_gt(id, 1300);
	json_object_put(t);
	t = ticket(id);
	ck_assert_str_eq(mh_str(t, "summary"), "Café machine on fire");
	ck_assert_str_eq(mh_str(t, "details"), "<p>help</p>");
	ck_assert_int_eq(mh_int(t, "priority_id"), 1);
	ck_assert_int_eq(mh_int(t, "agent_id"), 3);
	json_object_put(t);
	struct json_object *l = mh_get(&mh, "/api/Tickets?search_summary=fire&agent_id=3");
	ck_assert_int_ge(mh_int(l, "record_count"), 1);
	json_object_put(l);
	l = mh_get(&mh, "/api/Tickets?pageinate=true");
	ck_assert_int_eq(mh_int(l, "record_count"), 301);
	json_object_put(l);
	mh_stop(&mh);
}
END_TEST

START_TEST(an_update_changes_only_the_fields_it_names)
{
	mh_start(&mh, NULL);
	struct json_object *before = ticket(1004);
	struct json_object *t = mh_post(
		&mh, "/api/Tickets", "[{\"id\":1004,\"status_id\":9,\"category_1\":\"Hardware\"}]");
	ck_assert_int_eq(mh.status, 200);
	json_object_put(t);
	t = ticket(1004);
	ck_assert_int_eq(mh_int(t, "status_id"), 9);
	ck_assert_str_eq(mh_str(t, "summary"), mh_str(before, "summary"));
	ck_assert_str_eq(mh_str(t, "details"), mh_str(before, "details"));
	ck_assert_int_eq(mh_int(t, "priority_id"), mh_int(before, "priority_id"));
	ck_assert_str_eq(mh_str(t, "category_1"), "Hardware");
	ck_assert_ptr_nonnull(mh_str(t, "dateclosed"));
	json_object_put(t);
	json_object_put(before);
	t = mh_post(&mh, "/api/Tickets", "[{\"id\":1004,\"summary\":\"Renamed\"}]");
	json_object_put(t);
	t = ticket(1004);
	ck_assert_str_eq(mh_str(t, "summary"), "Renamed");
	ck_assert_int_eq(mh_int(t, "status_id"), 9);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

START_TEST(returnall_answers_every_ticket_written)
{
	mh_start(&mh, NULL);
	struct json_object *a = mh_post(&mh, "/api/Tickets?returnall=true",
					"[{\"summary\":\"one\"},{\"id\":1002,\"flagged\":true}]");
	ck_assert(json_object_is_type(a, json_type_array));
	ck_assert_uint_eq(json_object_array_length(a), 2);
	ck_assert_int_eq(mh_int(json_object_array_get_idx(a, 1), "id"), 1002);
	ck_assert(bool_of(json_object_array_get_idx(a, 1), "flagged"));
	json_object_put(a);
	a = mh_post(&mh, "/api/Tickets", "[{\"summary\":\"two\"},{\"summary\":\"three\"}]");
	ck_assert(json_object_is_type(a, json_type_object));
	ck_assert_str_eq(mh_str(a, "summary"), "three");
	json_object_put(a);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_deleted_ticket_leaves_the_list_but_shows_with_deleted_true)
{
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1010?reason=duplicate", NULL, true),
			 200);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets/1010", NULL, true), 404);
	struct json_object *l = mh_get(&mh, "/api/Tickets?ticketids=1010");
	ck_assert_int_eq(mh_int(l, "record_count"), 0);
	json_object_put(l);
	l = mh_get(&mh, "/api/Tickets?ticketids=1010&deleted=true");
	ck_assert_int_eq(mh_int(l, "record_count"), 1);
	struct json_object *t = json_object_array_get_idx(json_object_object_get(l, "tickets"), 0);
	ck_assert_str_eq(mh_str(t, "deleted_reason"), "duplicate");
	json_object_put(l);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1010", NULL, true), 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(validation_errors_answer_400_with_halo_bodies)
{
	mh_start(&mh, NULL);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "[{\"details\":\"x\"}]", true), 400);
	ck_assert_str_eq(mh.body, "CODE:TKT01/1 Please enter a Summary");
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "[{\"id\":\"abc\"}]", true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "\"[0].id\""));
	ck_assert_int_eq(
		mh_send(&mh, "POST", "/api/Tickets", "[{\"id\":1001,\"status_id\":999}]", true),
		400);
	ck_assert_ptr_nonnull(strstr(mh.body, "\"ClassName\""));
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "[{\"id\":999999}]", true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "\"error\""));
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions", "[{\"ticket_id\":1001}]", true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "\"errorMessage\""));
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "{\"summary\":\"x\"}", true), 400);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets", "not json", true), 400);
	/* nothing of a rejected batch is written */
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets",
				 "[{\"summary\":\"ok\"},{\"id\":1001,\"status_id\":999}]", true),
			 400);
	struct json_object *l = mh_get(&mh, "/api/Tickets?pageinate=true");
	ck_assert_int_eq(mh_int(l, "record_count"), 300);
	json_object_put(l);
	mh_stop(&mh);
}
END_TEST

/* The first ticket with approvals, found through the list of all approvals. */
static struct json_object *some_approval(void)
{
	struct json_object *all = mh_get(&mh, "/api/TicketApproval");
	ck_assert_uint_gt(json_object_array_length(all), 0);
	struct json_object *a = json_object_get(json_object_array_get_idx(all, 0));
	json_object_put(all);
	return a;
}

static struct json_object *approval_of(int ticket_id, int seq)
{
	char path[96];
	snprintf(path, sizeof(path), "/api/TicketApproval?ticket_id=%d", ticket_id);
	struct json_object *list = mh_get(&mh, path);
	struct json_object *found = NULL;
	for (size_t i = 0; i < json_object_array_length(list); i++)
		if (mh_int(json_object_array_get_idx(list, i), "seq") == seq)
			found = json_object_get(json_object_array_get_idx(list, i));
	json_object_put(list);
	return found;
}

START_TEST(an_approval_decision_and_note_are_kept)
{
	mh_start(&mh, NULL);
	struct json_object *a = some_approval();
	int tid = mh_int(a, "ticket_id"), seq = mh_int(a, "seq");
	json_object_put(a);
	char body[256];
	snprintf(body, sizeof(body),
		 "[{\"ticket_id\":%d,\"seq\":%d,\"result\":2,\"approver_note\":\"too dear\"}]", tid,
		 seq);
	json_object_put(mh_post(&mh, "/api/TicketApproval", body));
	ck_assert_int_eq(mh.status, 200);
	a = approval_of(tid, seq);
	ck_assert_int_eq(mh_int(a, "result"), 2);
	ck_assert_str_eq(mh_str(a, "approver_note"), "too dear");
	ck_assert_ptr_nonnull(mh_str(a, "dateapproved"));
	json_object_put(a);
	snprintf(body, sizeof(body), "[{\"ticket_id\":%d,\"seq\":99,\"result\":1}]", tid);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/TicketApproval", body, true), 400);
	snprintf(body, sizeof(body), "[{\"ticket_id\":%d,\"seq\":%d,\"result\":7}]", tid, seq);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/TicketApproval", body, true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "CODE:APP03"));
	mh_stop(&mh);
}
END_TEST

START_TEST(an_approval_is_deleted_by_ticket_and_seq)
{
	mh_start(&mh, NULL);
	struct json_object *a = some_approval();
	int tid = mh_int(a, "ticket_id"), seq = mh_int(a, "seq");
	json_object_put(a);
	char path[96];
	snprintf(path, sizeof(path), "/api/TicketApproval/%d&%d", tid, seq);
	ck_assert_int_eq(mh_send(&mh, "DELETE", path, NULL, true), 200);
	ck_assert_ptr_null(approval_of(tid, seq));
	ck_assert_int_eq(mh_send(&mh, "DELETE", path, NULL, true), 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(mine_approvals_are_the_token_agents)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	struct json_object *list = mh_get(&mh, "/api/TicketApproval?mine=true");
	ck_assert_uint_gt(json_object_array_length(list), 0);
	for (size_t i = 0; i < json_object_array_length(list); i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(list, i), "agent_id"),
				 mh_int(me, "id"));
	json_object_put(list);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

static struct json_object *todo_of(int ticket_id, int id)
{
	char path[96];
	snprintf(path, sizeof(path), "/api/ToDo?ticket_id=%d", ticket_id);
	struct json_object *list = mh_get(&mh, path);
	struct json_object *found = NULL;
	for (size_t i = 0; i < json_object_array_length(list); i++)
		if (mh_int(json_object_array_get_idx(list, i), "id") == id)
			found = json_object_get(json_object_array_get_idx(list, i));
	json_object_put(list);
	return found;
}

START_TEST(todos_are_created_updated_and_marked_done)
{
	mh_start(&mh, NULL);
	struct json_object *o =
		mh_post(&mh, "/api/ToDo", "[{\"ticket_id\":1005,\"text\":\"Buy milk\"}]");
	ck_assert_int_eq(mh.status, 200);
	int id = mh_int(o, "id");
	json_object_put(o);
	o = todo_of(1005, id);
	ck_assert_str_eq(mh_str(o, "text"), "Buy milk");
	ck_assert(!bool_of(o, "done"));
	json_object_put(o);
	char body[128];
	snprintf(body, sizeof(body), "[{\"id\":%d,\"text\":\"Buy oat milk\",\"done\":true}]", id);
	json_object_put(mh_post(&mh, "/api/ToDo", body));
	o = todo_of(1005, id);
	ck_assert_str_eq(mh_str(o, "text"), "Buy oat milk");
	ck_assert(bool_of(o, "done"));
	ck_assert_ptr_nonnull(mh_str(o, "done_by_name"));
	json_object_put(o);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/ToDo", "[{\"text\":\"orphan\"}]", true), 400);
	ck_assert_int_eq(
		mh_send(&mh, "POST", "/api/ToDo", "[{\"id\":12345678,\"done\":true}]", true), 400);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_posted_action_joins_the_history_and_can_change_status)
{
	mh_start(&mh, NULL);
	struct json_object *before = mh_get(&mh, "/api/Actions?ticket_id=1006");
	int n = mh_int(before, "record_count");
	json_object_put(before);
	struct json_object *a =
		mh_post(&mh, "/api/Actions",
			"[{\"ticket_id\":\"1006\",\"outcome\":\"Note\",\"note_html\":"
			"\"<p>Called back</p>\",\"hiddenfromuser\":true,"
			"\"new_status\":\"2\"}]");
	ck_assert_int_eq(mh.status, 201);
	json_object_put(a);
	struct json_object *after = mh_get(&mh, "/api/Actions?ticket_id=1006&includehtmlnote=true");
	ck_assert_int_eq(mh_int(after, "record_count"), n + 1);
	struct json_object *list = json_object_object_get(after, "actions");
	struct json_object *last = json_object_array_get_idx(list, (size_t)n);
	ck_assert_str_eq(mh_str(last, "note_html"), "<p>Called back</p>");
	ck_assert_int_eq(mh_int(last, "id"), n + 1);
	json_object_put(after);
	/* As Halo: note_html only when includehtmlnote=true asks for it. */
	after = mh_get(&mh, "/api/Actions?ticket_id=1006");
	list = json_object_object_get(after, "actions");
	last = json_object_array_get_idx(list, (size_t)n);
	ck_assert_ptr_null(json_object_object_get(last, "note_html"));
	ck_assert_str_eq(mh_str(last, "note"), "<p>Called back</p>");
	json_object_put(after);
	struct json_object *t = ticket(1006);
	ck_assert_int_eq(mh_int(t, "status_id"), 2);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

START_TEST(drafts_forecasts_and_closures_are_stored)
{
	mh_start(&mh, NULL);
	struct json_object *d =
		mh_post(&mh, "/api/Draft",
			"[{\"tickettype_id\":1,\"json_content\":{\"summary\":\"half\"}}]");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_gt(mh_int(d, "id"), 0);
	json_object_put(d);
	struct json_object *f = mh_post(&mh, "/api/FaultsForecasting",
					"[{\"ticket_id\":1001,\"agent_id\":2,\"date\":"
					"\"2026-12-01T09:00:00Z\",\"hours\":2.5}]");
	int fid = mh_int(f, "id");
	json_object_put(f);
	char path[64];
	/* Read with its ticket: the ticket's entries. The same id again changes that entry. */
	f = mh_post(&mh, "/api/FaultsForecasting",
		    "[{\"id\":0,\"ticket_id\":1001,\"agent_id\":3,\"hours\":1}]");
	json_object_put(f);
	snprintf(path, sizeof(path), "[{\"id\":%d,\"ticket_id\":1001,\"hours\":4}]", fid);
	f = mh_post(&mh, "/api/FaultsForecasting", path);
	ck_assert_int_eq(mh_int(f, "id"), fid);
	json_object_put(f);
	f = mh_get(&mh, "/api/FaultsForecasting/1001");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_uint_eq(json_object_array_length(f), 2);
	struct json_object *first = json_object_array_get_idx(f, 0);
	ck_assert_int_eq(mh_int(first, "id"), fid);
	ck_assert_double_eq(json_object_get_double(json_object_object_get(first, "hours")), 4);
	json_object_put(f);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/FaultsForecasting/999999", NULL, true), 404);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/FaultsForecasting",
				 "[{\"ticket_id\":1001,\"agent_id\":4242,\"hours\":1}]", true),
			 400);
	struct json_object *c =
		mh_post(&mh, "/api/ConfirmClosure",
			"[{\"ticket_id\":1001,\"result\":true,\"comment\":\"fixed\"}]");
	int cid = mh_int(c, "id");
	json_object_put(c);
	snprintf(path, sizeof(path), "/api/ConfirmClosure/%d", cid);
	c = mh_get(&mh, path);
	ck_assert_str_eq(mh_str(c, "comment"), "fixed");
	json_object_put(c);
	c = mh_get(&mh, "/api/ConfirmClosure");
	ck_assert_uint_eq(json_object_array_length(c), 1);
	json_object_put(c);
	ck_assert_int_eq(mh_send(&mh, "DELETE", path, NULL, true), 200);
	ck_assert_int_eq(mh_send(&mh, "GET", path, NULL, true), 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(votes_views_and_billable_flags_show_on_the_ticket)
{
	mh_start(&mh, NULL);
	struct json_object *t = ticket(1008);
	int votes = mh_int(t, "useful_count");
	json_object_put(t);
	json_object_put(mh_post(&mh, "/api/Tickets/vote", "[{\"id\":1008,\"your_vote\":1}]"));
	ck_assert_int_eq(mh.status, 200);
	json_object_put(mh_post(&mh, "/api/Tickets/View", "[{\"id\":1008}]"));
	ck_assert_int_eq(mh.status, 200);
	json_object_put(mh_post(&mh, "/api/Tickets/SetBillableProject", "{\"id\":1008}"));
	ck_assert_int_eq(mh.status, 200);
	t = ticket(1008);
	ck_assert_int_eq(mh_int(t, "useful_count"), votes + 1);
	ck_assert(bool_of(t, "read"));
	ck_assert(bool_of(t, "isbillable"));
	json_object_put(t);
	struct json_object *log = mh_get(&mh, "/api/FaultViewLog");
	ck_assert_uint_eq(json_object_array_length(log), 1);
	ck_assert_int_eq(mh_int(json_object_array_get_idx(log, 0), "ticket_id"), 1008);
	json_object_put(log);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets/vote", "[{\"id\":999999}]", true), 400);
	mh_stop(&mh);
}
END_TEST

/* Faults carries the vote as your_vote and your_vote_comment: one vote per agent, so voting
 * again replaces it, and 0 takes it back. */
START_TEST(a_vote_is_the_agents_own_and_voting_again_replaces_it)
{
	mh_start(&mh, NULL);
	struct json_object *t = ticket(1008);
	int useful = mh_int(t, "useful_count"), notuseful = mh_int(t, "notuseful_count");
	ck_assert(json_object_object_get_ex(t, "your_vote", NULL));
	json_object_put(t);
	json_object_put(
		mh_post(&mh, "/api/Tickets/vote",
			"[{\"id\":1008,\"your_vote\":1,\"your_vote_comment\":\"same here\"}]"));
	ck_assert_int_eq(mh.status, 200);
	t = ticket(1008);
	ck_assert_int_eq(mh_int(t, "your_vote"), 1);
	ck_assert_str_eq(mh_str(t, "your_vote_comment"), "same here");
	ck_assert_int_eq(mh_int(t, "useful_count"), useful + 1);
	json_object_put(t);
	json_object_put(mh_post(&mh, "/api/Tickets/vote", "[{\"id\":1008,\"your_vote\":-1}]"));
	t = ticket(1008);
	ck_assert_int_eq(mh_int(t, "your_vote"), -1);
	ck_assert_int_eq(mh_int(t, "useful_count"), useful);
	ck_assert_int_eq(mh_int(t, "notuseful_count"), notuseful + 1);
	json_object_put(t);
	json_object_put(mh_post(&mh, "/api/Tickets/vote", "[{\"id\":1008,\"your_vote\":0}]"));
	t = ticket(1008);
	struct json_object *v = NULL;
	ck_assert(json_object_object_get_ex(t, "your_vote", &v));
	ck_assert_ptr_null(v);
	ck_assert_int_eq(mh_int(t, "useful_count"), useful);
	ck_assert_int_eq(mh_int(t, "notuseful_count"), notuseful);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

START_TEST(processchildren_applies_the_change_to_every_child)
{
	mh_start(&mh, NULL);
	struct json_object *l = mh_get(&mh, "/api/Tickets?includechildren=1&count=1");
	int parent =
		mh_int(json_object_array_get_idx(json_object_object_get(l, "tickets"), 0), "id");
	json_object_put(l);
	char body[96], path[96];
	snprintf(body, sizeof(body), "[{\"id\":%d,\"status_id\":10}]", parent);
	json_object_put(mh_post(&mh, "/api/Tickets/processchildren", body));
	ck_assert_int_eq(mh.status, 200);
	snprintf(path, sizeof(path), "/api/Tickets?parent_id=%d", parent);
	l = mh_get(&mh, path);
	struct json_object *kids = json_object_object_get(l, "tickets");
	ck_assert_uint_gt(json_object_array_length(kids), 0);
	for (size_t i = 0; i < json_object_array_length(kids); i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(kids, i), "status_id"), 10);
	json_object_put(l);
	mh_stop(&mh);
}
END_TEST

START_TEST(object_creates_from_a_single_object_and_zapier_and_salesmailbox_list)
{
	mh_start(&mh, NULL);
	struct json_object *t = mh_post(&mh, "/api/Tickets/Object", "{\"summary\":\"single\"}");
	ck_assert_int_eq(mh.status, 201);
	ck_assert_str_eq(mh_str(t, "summary"), "single");
	json_object_put(t);
	/* With an id it changes that ticket and answers it; an array is refused. */
	t = mh_post(&mh, "/api/Tickets/Object", "{\"id\":1001,\"summary\":\"whole\"}");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq(mh_int(t, "id"), 1001);
	json_object_put(t);
	t = mh_get(&mh, "/api/Tickets/1001");
	ck_assert_str_eq(mh_str(t, "summary"), "whole");
	json_object_put(t);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets/Object", "[{\"id\":1001}]", true), 400);
	struct json_object *z = mh_get(&mh, "/api/Tickets/zapier");
	ck_assert_uint_gt(json_object_array_length(z), 0);
	ck_assert_str_eq(mh_str(json_object_array_get_idx(z, 0), "summary"), "single");
	json_object_put(z);
	struct json_object *s = mh_get(&mh, "/api/Tickets/salesmailbox");
	ck_assert_uint_gt(json_object_array_length(s), 0);
	json_object_put(s);
	mh_stop(&mh);
}
END_TEST

START_TEST(custom_fields_are_written_by_id)
{
	mh_start(&mh, NULL);
	json_object_put(
		mh_post(&mh, "/api/Tickets",
			"[{\"id\":1009,\"customfields\":[{\"id\":140,\"value\":\"AST-1\"}]}]"));
	struct json_object *t = ticket(1009);
	struct json_object *cf =
		json_object_array_get_idx(json_object_object_get(t, "customfields"), 0);
	ck_assert_int_eq(mh_int(cf, "id"), 140);
	ck_assert_str_eq(mh_str(cf, "value"), "AST-1");
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

struct worker {
	const char *base;
	const char *token;
	bool is_writer;
	int failures;
};

static long plain_request(CURL *c, const char *url, const char *token, const char *body)
{
	char auth[256];
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", token);
	struct curl_slist *h = curl_slist_append(NULL, auth);
	h = curl_slist_append(h, "Content-Type: application/json");
	FILE *sink = fopen("/dev/null", "w");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, sink);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	if (body)
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	else
		curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
	long status = 0;
	if (curl_easy_perform(c) == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(h);
	fclose(sink);
	return status;
}

static void *work(void *arg)
{
	struct worker *wk = arg;
	CURL *c = curl_easy_init();
	char url[256];
	for (int i = 0; i < 40; i++) {
		long status;
		if (wk->is_writer) {
			snprintf(url, sizeof(url), "%s/api/Actions", wk->base);
			status = plain_request(
				c, url, wk->token,
				"[{\"ticket_id\":1003,\"outcome\":\"Note\",\"note\":\"n\"}]");
			status = status == 201 ? 200 : status;
		} else {
			snprintf(url, sizeof(url),
				 i % 2 ? "%s/api/Actions?ticket_id=1003"
				       : "%s/api/Tickets?pageinate=true&page_size=50&order=summary",
				 wk->base);
			status = plain_request(c, url, wk->token, NULL);
		}
		wk->failures += status != 200;
	}
	curl_easy_cleanup(c);
	return NULL;
}

START_TEST(parallel_readers_and_a_writer_all_succeed)
{
	mh_start(&mh, NULL);
	struct worker workers[4];
	pthread_t threads[4];
	for (int i = 0; i < 4; i++) {
		workers[i] = (struct worker){ mh.base, mh.token, i == 0, 0 };
		pthread_create(&threads[i], NULL, work, &workers[i]);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(threads[i], NULL);
		ck_assert_int_eq(workers[i].failures, 0);
	}
	struct json_object *a = mh_get(&mh, "/api/Actions?ticket_id=1003");
	ck_assert_int_ge(mh_int(a, "record_count"), 40);
	json_object_put(a);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_writes", creating_a_ticket_answers_201_and_it_can_be_read_and_listed,
	     an_update_changes_only_the_fields_it_names, returnall_answers_every_ticket_written,
	     a_deleted_ticket_leaves_the_list_but_shows_with_deleted_true,
	     validation_errors_answer_400_with_halo_bodies, an_approval_decision_and_note_are_kept,
	     an_approval_is_deleted_by_ticket_and_seq, mine_approvals_are_the_token_agents,
	     todos_are_created_updated_and_marked_done,
	     a_posted_action_joins_the_history_and_can_change_status,
	     drafts_forecasts_and_closures_are_stored,
	     votes_views_and_billable_flags_show_on_the_ticket,
	     a_vote_is_the_agents_own_and_voting_again_replaces_it,
	     processchildren_applies_the_change_to_every_child,
	     object_creates_from_a_single_object_and_zapier_and_salesmailbox_list,
	     custom_fields_are_written_by_id, parallel_readers_and_a_writer_all_succeed)
