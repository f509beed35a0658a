/* Tests of halo-mock as a day's work meets it: outcomes, notes, approvals decided, to-dos
 * ticked, tickets viewed, and the request log of each write. */
#include "config.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "mock/data.h"
#include "mock/mock.h"
#include "mock/state.h"
#include "mock_http.h"

static struct mh mh;

/* GET PREFIX ID SUFFIX, parsed (owned). */
static struct json_object *get_id(const char *prefix, int id, const char *suffix)
{
	char path[160];
	snprintf(path, sizeof(path), "%s%d%s", prefix, id, suffix);
	return mh_get(&mh, path);
}

static bool bool_of(struct json_object *o, const char *key)
{
	return json_object_get_boolean(json_object_object_get(o, key));
}

static double double_of(struct json_object *o, const char *key)
{
	return json_object_get_double(json_object_object_get(o, key));
}

/* A copy of the item of ARRAY whose KEY is the string VALUE, or NULL. */
static struct json_object *find_str(struct json_object *array, const char *key, const char *value)
{
	for (size_t i = 0; i < json_object_array_length(array); i++) {
		struct json_object *o = json_object_array_get_idx(array, i);
		if (mh_str(o, key) && !strcmp(mh_str(o, key), value))
			return json_object_get(o);
	}
	return NULL;
}

/* The list item of ticket ID, as GET /Tickets shows it (owned). */
static struct json_object *list_item(int id)
{
	struct json_object *l = get_id("/api/Tickets?ticketids=", id, "");
	struct json_object *item =
		json_object_get(json_object_array_get_idx(json_object_object_get(l, "tickets"), 0));
	json_object_put(l);
	ck_assert_ptr_nonnull(item);
	return item;
}

/* The last action of ticket ID with its HTML note (owned), and their count in *N. */
static struct json_object *last_action(int id, int *n)
{
	struct json_object *l = get_id("/api/Actions?ticket_id=", id, "&includehtmlnote=true");
	struct json_object *list = json_object_object_get(l, "actions");
	*n = (int)json_object_array_length(list);
	struct json_object *a =
		*n ? json_object_get(json_object_array_get_idx(list, *n - 1)) : NULL;
	json_object_put(l);
	return a;
}

START_TEST(the_outcome_lookup_names_every_kind_of_note)
{
	mh_start(&mh, NULL);
	struct json_object *list = mh_get(&mh, "/api/Outcome");
	ck_assert_int_eq(mh.status, 200);
	ck_assert(json_object_is_type(list, json_type_array));
	ck_assert_uint_ge(json_object_array_length(list), 10);
	const char *names[] = { "Private Note", "Email User", "Note",
				"Phone Call",	"Escalated",  "Resolved" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		struct json_object *o = find_str(list, "outcome", names[i]);
		ck_assert_msg(o != NULL, "no outcome %s", names[i]);
		ck_assert_int_gt(mh_int(o, "id"), 0);
		ck_assert_ptr_nonnull(mh_str(o, "buttonname"));
		ck_assert_ptr_nonnull(mh_str(o, "guid"));
		ck_assert(mh_has(o, "hidefromuser") && mh_has(o, "sequence"));
		json_object_put(o);
	}
	struct json_object *private_note = find_str(list, "outcome", "Private Note");
	ck_assert(bool_of(private_note, "hidefromuser"));
	int private_id = mh_int(private_note, "id");
	json_object_put(private_note);
	ck_assert_ptr_null(find_str(list, "outcome", "Fax Sent")); /* retired */
	json_object_put(list);
	list = mh_get(&mh, "/api/Outcome?showhidden=true");
	struct json_object *fax = find_str(list, "outcome", "Fax Sent");
	ck_assert(fax && bool_of(fax, "hidden"));
	json_object_put(fax);
	json_object_put(list);
	list = mh_get(&mh, "/api/Outcome?excludesystemactions=true");
	ck_assert_ptr_null(find_str(list, "outcome", "Ticket Logged"));
	json_object_put(list);
	struct json_object *one = get_id("/api/Outcome/", private_id, "");
	ck_assert_str_eq(mh_str(one, "outcome"), "Private Note");
	json_object_put(one);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Outcome/9999", NULL, true), 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_outcome_lookup_is_the_same_for_the_same_seed)
{
	mh_start(&mh, NULL);
	mh_send(&mh, "GET", "/api/Outcome", NULL, true);
	char *first = strdup(mh.body);
	mh_stop(&mh);
	mh_start(&mh, NULL);
	mh_send(&mh, "GET", "/api/Outcome", NULL, true);
	ck_assert_str_eq(mh.body, first);
	free(first);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_note_shows_with_its_outcome_agent_and_flags_and_moves_the_ticket)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	struct json_object *before = get_id("/api/Tickets/", 1006, "");
	ck_assert_int_ne(mh_int(before, "status_id"), 3);
	int n;
	json_object_put(last_action(1006, &n));
	struct json_object *answer =
		mh_post(&mh, "/api/Actions",
			"[{\"ticket_id\":1006,\"outcome_id\":5,\"note\":\"Checked the cabling\","
			"\"hiddenfromuser\":true,\"sendemail\":false,\"timetaken\":0.25,"
			"\"new_status\":3}]");
	ck_assert_int_eq(mh.status, 201);
	ck_assert_str_eq(mh_str(answer, "outcome"), "Private Note");
	json_object_put(answer);
	int after_n;
	struct json_object *a = last_action(1006, &after_n);
	ck_assert_int_eq(after_n, n + 1);
	ck_assert_str_eq(mh_str(a, "outcome"), "Private Note");
	ck_assert_int_eq(mh_int(a, "outcome_id"), 5);
	ck_assert_str_eq(mh_str(a, "note"), "Checked the cabling");
	ck_assert_str_eq(mh_str(a, "who"), mh_str(me, "name"));
	ck_assert_int_eq(mh_int(a, "who_agentid"), mh_int(me, "id"));
	ck_assert(bool_of(a, "hiddenfromuser"));
	ck_assert(!bool_of(a, "sendemail"));
	ck_assert_double_eq(double_of(a, "timetaken"), 0.25);
	ck_assert_int_eq(mh_int(a, "new_status"), 3);
	ck_assert_str_eq(mh_str(a, "new_status_name"), "Action Required");
	struct json_object *t = get_id("/api/Tickets/", 1006, "");
	ck_assert_int_eq(mh_int(t, "status_id"), 3);
	ck_assert_str_eq(mh_str(t, "lastactiondate"), mh_str(a, "datetime"));
	json_object_put(t);
	t = list_item(1006);
	ck_assert_int_eq(mh_int(t, "status_id"), 3);
	ck_assert_str_eq(mh_str(t, "lastactiondate"), mh_str(a, "datetime"));
	json_object_put(t);
	json_object_put(a);
	json_object_put(before);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_note_by_outcome_name_dates_the_ticket_without_changing_its_status)
{
	mh_start(&mh, NULL);
	struct json_object *before = list_item(1009); /* renders and keeps the list item */
	json_object_put(mh_post(&mh, "/api/Actions",
				"[{\"ticket_id\":\"1009\",\"outcome\":\"phone call\",\"note_html\":"
				"\"<p>Rang the user</p>\"}]"));
	ck_assert_int_eq(mh.status, 201);
	int n;
	struct json_object *a = last_action(1009, &n);
	ck_assert_str_eq(mh_str(a, "outcome"), "Phone Call");
	ck_assert_str_eq(mh_str(a, "note_html"), "<p>Rang the user</p>");
	ck_assert(!bool_of(a, "hiddenfromuser")); /* Phone Call is visible by default */
	ck_assert(!mh_has(a, "new_status"));
	struct json_object *t = list_item(1009);
	ck_assert_int_eq(mh_int(t, "status_id"), mh_int(before, "status_id"));
	ck_assert_str_eq(mh_str(t, "lastactiondate"), mh_str(a, "datetime"));
	json_object_put(t);
	json_object_put(a);
	json_object_put(before);
	mh_stop(&mh);
}
END_TEST

START_TEST(an_unknown_or_retired_outcome_is_refused_and_nothing_is_written)
{
	mh_start(&mh, NULL);
	int n;
	json_object_put(last_action(1010, &n));
	struct json_object *t = get_id("/api/Tickets/", 1010, "");
	int status = mh_int(t, "status_id");
	json_object_put(t);
	ck_assert_int_eq(
		mh_send(&mh, "POST", "/api/Actions",
			"[{\"ticket_id\":1010,\"outcome\":\"Telepathy\",\"new_status\":9}]", true),
		400);
	ck_assert_str_eq(mh.body, "CODE:ACT02/1 The outcome 'Telepathy' does not exist");
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1010,\"outcome_id\":999}]", true),
			 400);
	ck_assert_str_eq(mh.body, "CODE:ACT02/1 Outcome 999 does not exist");
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1010,\"outcome\":\"Fax Sent\"}]", true),
			 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "CODE:ACT02/2"));
	/* A good note before a bad one: neither is stored. */
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1010,\"outcome\":\"Note\",\"new_status\":9},"
				 "{\"ticket_id\":1010,\"outcome\":\"Nope\"}]",
				 true),
			 400);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions", "[{\"ticket_id\":1010}]", true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "\"resultCode\":2"));
	ck_assert_int_eq(
		mh_send(&mh, "POST", "/api/Actions",
			"[{\"ticket_id\":1010,\"outcome\":\"Note\",\"timetaken\":\"1h30\"}]", true),
		400);
	ck_assert_ptr_nonnull(strstr(mh.body, "[0].timetaken"));
	int after;
	json_object_put(last_action(1010, &after));
	ck_assert_int_eq(after, n);
	t = get_id("/api/Tickets/", 1010, "");
	ck_assert_int_eq(mh_int(t, "status_id"), status);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

/* The first ticket awaiting approval (status 20) other than SKIP, with its pending approval
 * in *SEQ. */
static int awaiting_approval(int skip, int *seq)
{
	struct json_object *l = mh_get(&mh, "/api/Tickets?status=20&pageinate=true&page_size=100");
	struct json_object *tickets = json_object_object_get(l, "tickets");
	int found = 0;
	for (size_t i = 0; !found && i < json_object_array_length(tickets); i++) {
		int id = mh_int(json_object_array_get_idx(tickets, i), "id");
		if (id == skip)
			continue;
		struct json_object *list = get_id("/api/TicketApproval?ticket_id=", id, "");
		for (size_t k = 0; !found && k < json_object_array_length(list); k++) {
			struct json_object *a = json_object_array_get_idx(list, k);
			if (mh_int(a, "result") == 0) {
				found = id;
				*seq = mh_int(a, "seq");
			}
		}
		json_object_put(list);
	}
	json_object_put(l);
	ck_assert_int_gt(found, 0);
	return found;
}

static struct json_object *approval_of(int ticket_id, int seq)
{
	struct json_object *list = get_id("/api/TicketApproval?ticket_id=", ticket_id, "");
	struct json_object *found = NULL;
	for (size_t i = 0; i < json_object_array_length(list); i++)
		if (mh_int(json_object_array_get_idx(list, i), "seq") == seq)
			found = json_object_get(json_object_array_get_idx(list, i));
	json_object_put(list);
	return found;
}

static void decide(int ticket_id, int seq, int result, const char *note)
{
	char body[256];
	snprintf(body, sizeof(body),
		 "[{\"ticket_id\":%d,\"seq\":%d,\"result\":%d,\"approver_note\":\"%s\"}]",
		 ticket_id, seq, result, note);
	json_object_put(mh_post(&mh, "/api/TicketApproval", body));
	ck_assert_int_eq(mh.status, 200);
}

START_TEST(the_last_approval_given_approves_the_ticket_and_moves_it_on)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	int seq, id = awaiting_approval(0, &seq);
	struct json_object *t = get_id("/api/Tickets/", id, "");
	ck_assert(bool_of(t, "faultapprovalexists"));
	ck_assert_int_eq(mh_int(t, "approval_status"), 0);
	json_object_put(t);
	decide(id, seq, 1, "Go ahead");
	struct json_object *a = approval_of(id, seq);
	ck_assert_int_eq(mh_int(a, "result"), 1);
	ck_assert_str_eq(mh_str(a, "approver_note"), "Go ahead");
	ck_assert_ptr_nonnull(mh_str(a, "dateapproved"));
	ck_assert_int_eq(mh_int(a, "approved_by_agent_id"), mh_int(me, "id"));
	json_object_put(a);
	t = get_id("/api/Tickets/", id, "");
	ck_assert_int_eq(mh_int(t, "approval_status"), 1);
	ck_assert(!bool_of(t, "faultapprovalfailed"));
	ck_assert_int_eq(mh_int(t, "status_id"), 2);
	json_object_put(t);
	t = list_item(id);
	ck_assert_int_eq(mh_int(t, "status_id"), 2);
	json_object_put(t);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_rejection_fails_the_ticket_approval_and_returns_it_to_the_agents)
{
	mh_start(&mh, NULL);
	int seq, id = awaiting_approval(0, &seq);
	decide(id, seq, 2, "Too dear");
	struct json_object *t = get_id("/api/Tickets/", id, "");
	ck_assert_int_eq(mh_int(t, "approval_status"), 2);
	ck_assert(bool_of(t, "faultapprovalfailed"));
	ck_assert_int_eq(mh_int(t, "status_id"), 3);
	json_object_put(t);
	/* A ticket without approvals says so. */
	t = get_id("/api/Tickets/", 1001, "");
	if (!bool_of(t, "faultapprovalexists"))
		ck_assert(json_object_object_get(t, "approval_status") == NULL);
	json_object_put(t);
	char body[128];
	snprintf(body, sizeof(body), "[{\"ticket_id\":%d,\"seq\":%d,\"result\":\"approve\"}]", id,
		 seq);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/TicketApproval", body, true), 400);
	ck_assert_ptr_nonnull(strstr(mh.body, "[0].result"));
	struct json_object *a = approval_of(id, seq);
	ck_assert_int_eq(mh_int(a, "result"), 2);
	json_object_put(a);
	mh_stop(&mh);
}
END_TEST

START_TEST(my_approvals_are_the_pending_ones_and_a_decided_one_leaves_them)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	struct json_object *mine = mh_get(&mh, "/api/TicketApproval?mine=true");
	size_t n = json_object_array_length(mine);
	ck_assert_uint_gt(n, 0);
	for (size_t i = 0; i < n; i++) {
		struct json_object *a = json_object_array_get_idx(mine, i);
		ck_assert_int_eq(mh_int(a, "agent_id"), mh_int(me, "id"));
		ck_assert_int_eq(mh_int(a, "result"), 0);
	}
	struct json_object *first = json_object_array_get_idx(mine, 0);
	int id = mh_int(first, "ticket_id"), seq = mh_int(first, "seq");
	json_object_put(mine);
	decide(id, seq, 1, "fine");
	mine = mh_get(&mh, "/api/TicketApproval?mine=true");
	ck_assert_uint_eq(json_object_array_length(mine), n - 1);
	for (size_t i = 0; i < n - 1; i++) {
		struct json_object *a = json_object_array_get_idx(mine, i);
		ck_assert(mh_int(a, "ticket_id") != id || mh_int(a, "seq") != seq);
	}
	json_object_put(mine);
	struct json_object *a = approval_of(id, seq); /* still the ticket's, decided */
	ck_assert_int_eq(mh_int(a, "result"), 1);
	json_object_put(a);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

/* A generated to-do of a ticket in 1001..1300 that is DONE or not; its ticket in *TICKET. */
static struct json_object *some_todo(bool done, int *ticket)
{
	struct json_object *list = mh_get(&mh, "/api/ToDo");
	struct json_object *found = NULL;
	for (size_t i = 0; !found && i < json_object_array_length(list); i++) {
		struct json_object *o = json_object_array_get_idx(list, i);
		if (bool_of(o, "done") == done)
			found = json_object_get(o);
	}
	json_object_put(list);
	ck_assert_ptr_nonnull(found);
	*ticket = mh_int(found, "ticket_id");
	return found;
}

static struct json_object *todo_of(int ticket, int id)
{
	struct json_object *list = get_id("/api/ToDo?ticket_id=", ticket, "");
	struct json_object *found = NULL;
	for (size_t i = 0; i < json_object_array_length(list); i++)
		if (mh_int(json_object_array_get_idx(list, i), "id") == id)
			found = json_object_get(json_object_array_get_idx(list, i));
	json_object_put(list);
	return found;
}

START_TEST(a_ticked_todo_says_who_and_when_and_unticking_clears_it)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	int ticket;
	struct json_object *o = some_todo(false, &ticket);
	int id = mh_int(o, "id");
	ck_assert(!mh_has(o, "done_by_id") && !mh_has(o, "actual_end"));
	json_object_put(o);
	char body[96];
	snprintf(body, sizeof(body), "[{\"id\":%d,\"done\":true}]", id);
	json_object_put(mh_post(&mh, "/api/ToDo", body));
	ck_assert_int_eq(mh.status, 200);
	o = todo_of(ticket, id);
	ck_assert(bool_of(o, "done"));
	ck_assert_int_eq(mh_int(o, "done_by_id"), mh_int(me, "id"));
	ck_assert_str_eq(mh_str(o, "done_by_name"), mh_str(me, "name"));
	ck_assert_ptr_nonnull(mh_str(o, "actual_end"));
	json_object_put(o);
	snprintf(body, sizeof(body), "[{\"id\":%d,\"done\":false}]", id);
	json_object_put(mh_post(&mh, "/api/ToDo", body));
	o = todo_of(ticket, id);
	ck_assert(!bool_of(o, "done"));
	ck_assert(!mh_has(o, "done_by_id") && !mh_has(o, "done_by_name") &&
		  !mh_has(o, "actual_end"));
	json_object_put(o);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

START_TEST(viewing_a_ticket_logs_who_and_when_and_clears_its_unread_mark)
{
	mh_start(&mh, NULL);
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	struct json_object *l = mh_get(&mh, "/api/Tickets?pageinate=true&page_size=100");
	struct json_object *tickets = json_object_object_get(l, "tickets");
	int id = 0;
	for (size_t i = 0; !id && i < json_object_array_length(tickets); i++)
		if (!bool_of(json_object_array_get_idx(tickets, i), "read"))
			id = mh_int(json_object_array_get_idx(tickets, i), "id");
	json_object_put(l);
	ck_assert_int_gt(id, 0);
	char body[64];
	snprintf(body, sizeof(body), "[{\"id\":%d}]", id);
	json_object_put(mh_post(&mh, "/api/Tickets/View", body));
	ck_assert_int_eq(mh.status, 200);
	struct json_object *t = get_id("/api/Tickets/", id, "");
	ck_assert(bool_of(t, "read"));
	json_object_put(t);
	t = list_item(id);
	ck_assert(bool_of(t, "read"));
	json_object_put(t);
	struct json_object *log = get_id("/api/FaultViewLog?ticket_id=", id, "");
	ck_assert_uint_eq(json_object_array_length(log), 1);
	struct json_object *e = json_object_array_get_idx(log, 0);
	ck_assert_int_eq(mh_int(e, "ticket_id"), id);
	ck_assert_int_eq(mh_int(e, "agent_id"), mh_int(me, "id"));
	ck_assert_str_eq(mh_str(e, "agent_name"), mh_str(me, "name"));
	ck_assert_ptr_nonnull(mh_str(e, "datetime"));
	json_object_put(log);
	json_object_put(me);
	mh_stop(&mh);
}
END_TEST

/* The lines of the log at PATH whose method and path are METHOD and URL, parsed, as an
 * array (owned). */
static struct json_object *log_lines(const char *file, const char *method, const char *url)
{
	FILE *f = fopen(file, "r");
	ck_assert_ptr_nonnull(f);
	struct json_object *out = json_object_new_array();
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0) {
		struct json_object *o = json_tokener_parse(line);
		ck_assert_msg(o != NULL, "log line is not JSON: %s", line);
		if (!strcmp(mh_str(o, "method"), method) && !strcmp(mh_str(o, "path"), url))
			json_object_array_add(out, o);
		else
			json_object_put(o);
	}
	free(line);
	fclose(f);
	return out;
}

START_TEST(the_log_keeps_each_write_body_exactly_and_what_was_not_done)
{
	char file[] = "/tmp/halotui-mock-work-XXXXXX";
	int fd = mkstemp(file);
	ck_assert_int_ge(fd, 0);
	close(fd);
	struct mock_options opts;
	mh_options(&opts);
	opts.log_path = file;
	mh_start(&mh, &opts);
	const char *note =
		"[{\"ticket_id\":1012, \"outcome\":\"Email User\",\n\t\"note\":\"Caf\xc3\xa9 "
		"\\\"quoted\\\" \\u00e9 \\\\ done\",\"sendemail\":true,"
		"\"emailto\":\"user@example.com\",\"new_agent\":4}]";
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions", note, true), 201);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1012,\"outcome\":\"Nope\"}]", true),
			 400);
	mh_send(&mh, "POST", "/api/ToDo", "[{\"ticket_id\":1012,\"text\":\"\xff\xfe\"}]", true);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Outcome", NULL, true), 200);
	mh_stop(&mh); /* every line is written once the server has stopped */
	struct json_object *posts = log_lines(file, "POST", "/api/Actions");
	ck_assert_uint_eq(json_object_array_length(posts), 2);
	struct json_object *first = json_object_array_get_idx(posts, 0);
	ck_assert_int_eq(mh_int(first, "status"), 201);
	ck_assert_str_eq(mh_str(first, "body"), note);
	const char *not_done = mh_str(first, "unimplemented");
	ck_assert_ptr_nonnull(not_done);
	ck_assert_ptr_nonnull(strstr(not_done, "sendemail: no e-mail is sent"));
	ck_assert_ptr_nonnull(strstr(not_done, "emailto: no e-mail is sent"));
	ck_assert_ptr_nonnull(strstr(not_done, "new_agent: the ticket's agent is not changed"));
	struct json_object *second = json_object_array_get_idx(posts, 1);
	ck_assert_int_eq(mh_int(second, "status"), 400);
	ck_assert_str_eq(mh_str(second, "body"), "[{\"ticket_id\":1012,\"outcome\":\"Nope\"}]");
	ck_assert(!mh_has(second, "unimplemented"));
	json_object_put(posts);
	/* Bytes that are not UTF-8 are logged in hex, still exactly. */
	struct json_object *todos = log_lines(file, "POST", "/api/ToDo");
	ck_assert_uint_eq(json_object_array_length(todos), 1);
	ck_assert_str_eq(mh_str(json_object_array_get_idx(todos, 0), "body_hex"),
			 "5b7b227469636b65745f6964223a313031322c2274657874223a22fffe227d5d");
	json_object_put(todos);
	struct json_object *gets = log_lines(file, "GET", "/api/Outcome");
	ck_assert_uint_eq(json_object_array_length(gets), 1);
	ck_assert(!mh_has(json_object_array_get_idx(gets, 0), "body"));
	json_object_put(gets);
	/* The token request carries the client secret: its body is never logged. */
	struct json_object *tokens = log_lines(file, "POST", "/auth/token");
	ck_assert_uint_eq(json_object_array_length(tokens), 1);
	ck_assert(!mh_has(json_object_array_get_idx(tokens, 0), "body"));
	json_object_put(tokens);
	unlink(file);
}
END_TEST

START_TEST(a_read_only_application_reads_and_is_refused_every_write)
{
	struct mock_options opts;
	mh_options(&opts);
	opts.read_only_app = true;
	mh_start(&mh, &opts); /* the token route answers as ever */
	int n;
	json_object_put(last_action(1003, &n));
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Actions",
				 "[{\"ticket_id\":1003,\"outcome\":\"Note\",\"note\":\"x\"}]",
				 true),
			 403);
	ck_assert_ptr_nonnull(strstr(mh.body, "may only read"));
	ck_assert_int_eq(mh_send(&mh, "POST", "/api/Tickets/View", "[{\"id\":1003}]", true), 403);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1003", NULL, true), 403);
	int after;
	json_object_put(last_action(1003, &after));
	ck_assert_int_eq(after, n);
	mh_stop(&mh);
}
END_TEST

START_TEST(the_state_file_is_replaced_whole_and_read_back)
{
	char dir[] = "/tmp/halotui-mock-state-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[64], err[256] = "";
	snprintf(path, sizeof(path), "%s/state.json", dir);
	struct mock_data *d = mock_data_new(40, 7);
	ck_assert(mock_state_save(d, path, err, sizeof(err)));
	ck_assert(mock_state_save(d, path, err, sizeof(err))); /* over the first one */
	/* Nothing but the state beside it: no temporary file left. */
	DIR *dp = opendir(dir);
	int entries = 0;
	for (struct dirent *e; (e = readdir(dp));)
		entries += e->d_name[0] != '.';
	closedir(dp);
	ck_assert_int_eq(entries, 1);
	struct mock_data *back = mock_state_load(path, err, sizeof(err));
	ck_assert_msg(back != NULL, "%s", err);
	mock_data_free(back);
	/* A folder that cannot be written: the old state stays and the message names it. */
	char missing[96];
	snprintf(missing, sizeof(missing), "%s/no/such/state.json", dir);
	ck_assert(!mock_state_save(d, missing, err, sizeof(err)));
	ck_assert_ptr_nonnull(strstr(err, missing));
	mock_data_free(d);
	unlink(path);
	rmdir(dir);
}
END_TEST

HARNESS_MAIN("mock_work", a_read_only_application_reads_and_is_refused_every_write,
	     the_state_file_is_replaced_whole_and_read_back,
	     the_outcome_lookup_names_every_kind_of_note,
	     the_outcome_lookup_is_the_same_for_the_same_seed,
	     a_note_shows_with_its_outcome_agent_and_flags_and_moves_the_ticket,
	     a_note_by_outcome_name_dates_the_ticket_without_changing_its_status,
	     an_unknown_or_retired_outcome_is_refused_and_nothing_is_written,
	     the_last_approval_given_approves_the_ticket_and_moves_it_on,
	     a_rejection_fails_the_ticket_approval_and_returns_it_to_the_agents,
	     my_approvals_are_the_pending_ones_and_a_decided_one_leaves_them,
	     a_ticked_todo_says_who_and_when_and_unticking_clears_it,
	     viewing_a_ticket_logs_who_and_when_and_clears_its_unread_mark,
	     the_log_keeps_each_write_body_exactly_and_what_was_not_done)
