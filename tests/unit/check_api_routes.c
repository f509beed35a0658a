/* Round trips of every route the client knows, against halo-mock on loopback. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/action.h"
#include "model/approval.h"
#include "model/json_text.h"
#include "model/lookups.h"
#include "model/requests.h"
#include "model/ticket.h"
#include "model/ticket_json.h"
#include "model/ticket_query.h"
#include "model/todo.h"
#include "net/api.h"
#include "net_fixture.h"

static struct net_fixture f;

static void setup(void)
{
	fixture_init(&f);
	fixture_start(&f);
}

static void teardown(void)
{
	fixture_fini(&f);
}

/* Runs JOB and checks it succeeded; caller frees the result. */
static struct job_result *run_ok(struct job *job)
{
	struct job_result *r = fixture_run(&f, job);
	fixture_assert_ok(r);
	return r;
}

static void run_ok_free(struct job *job)
{
	job_result_free(run_ok(job));
}

/* Creates a ticket with SUMMARY and returns its id. */
static int create_ticket(const char *summary)
{
	struct ticket_update u;
	ticket_update_init(&u, 0);
	ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, summary);
	ticket_update_set_string(&u, TICKET_FIELD_DETAILS_HTML, "<p>made by a test</p>");
	struct job_result *r = run_ok(api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	ck_assert_uint_eq(r->data.tickets->count, 1);
	int id = r->data.tickets->tickets[0]->row.id;
	ck_assert_int_gt(id, 0);
	job_result_free(r);
	return id;
}

/* record_count of a /Tickets search on the summary, through the query table. */
static long count_summary(const char *summary)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(q, "search_summary", summary, NULL), STATUS_OK);
	struct job_result *r = run_ok(api_tickets_query(q, 1, 50, 1, NULL));
	ticket_query_free(q);
	long n = r->data.page->record_count;
	job_result_free(r);
	return n;
}

/* The id of an existing ticket (the first of the first page). */
static int some_ticket_id(void)
{
	struct job_result *r = run_ok(api_tickets_list(NULL, 1, 5, 1));
	ck_assert_uint_gt(r->data.page->count, 0);
	int id = r->data.page->rows[0].id;
	job_result_free(r);
	return id;
}

/* The id a write answer carries ("id": N), from the raw reply. */
static int id_in_reply(const struct job_result *r)
{
	const char *p = r->body ? strstr(r->body, "\"id\"") : NULL;
	ck_assert_ptr_nonnull(p);
	p = strchr(p, ':');
	ck_assert_ptr_nonnull(p);
	while (*++p == ' ' || *p == '"')
		;
	return atoi(p);
}

START_TEST(tickets_are_created_found_by_query_updated_and_read_back)
{
	setup();
	int id = create_ticket("route test: printer on fire");
	ck_assert_int_eq(count_summary("printer on fire"), 1);
	struct ticket_update u;
	ticket_update_init(&u, id);
	ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "route test: printer extinguished");
	run_ok_free(api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	struct job_result *r = run_ok(api_ticket_get(id, NULL, 1));
	ck_assert_int_eq(r->data.ticket->row.id, id);
	ck_assert_str_eq(r->data.ticket->row.summary, "route test: printer extinguished");
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(saving_several_tickets_with_returnall_answers_every_one)
{
	setup();
	struct ticket_update u[2];
	ticket_update_init(&u[0], 0);
	ticket_update_init(&u[1], 0);
	ticket_update_set_string(&u[0], TICKET_FIELD_SUMMARY, "returnall one");
	ticket_update_set_string(&u[1], TICKET_FIELD_SUMMARY, "returnall two");
	struct job_result *r = run_ok(api_tickets_save(u, 2, true, 1));
	ticket_update_fini(&u[0]);
	ticket_update_fini(&u[1]);
	ck_assert_uint_eq(r->data.tickets->count, 2);
	ck_assert_str_eq(r->data.tickets->tickets[1]->row.summary, "returnall two");
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(a_deleted_ticket_with_a_reason_is_gone_from_searches_and_reads)
{
	setup();
	int id = create_ticket("route test: to be deleted");
	struct ticket_delete del = { .id = id, .reason = "made by mistake & twice" };
	run_ok_free(api_ticket_delete(&del, 1));
	ck_assert_int_eq(count_summary("to be deleted"), 0);
	struct job_result *r = fixture_run(&f, api_ticket_get(id, NULL, 1));
	ck_assert(r->status == STATUS_HTTP_404 || r->status == STATUS_NOT_FOUND);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_ptr_nonnull(strstr(log, "reason=made+by+mistake+%26+twice"));
	free(log);
	teardown();
}
END_TEST

START_TEST(a_missing_ticket_answers_not_found_with_its_route)
{
	setup();
	struct job_result *r = fixture_run(&f, api_ticket_get(99999999, NULL, 1));
	ck_assert(r->status == STATUS_HTTP_404 || r->status == STATUS_NOT_FOUND);
	ck_assert_str_eq(r->error.route, "GET /Tickets/99999999");
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(the_object_route_creates_one_ticket_from_a_single_object)
{
	setup();
	struct ticket_update u;
	ticket_update_init(&u, 0);
	ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "route test: single object");
	struct job_result *r = run_ok(api_ticket_object(&u, 1));
	ticket_update_fini(&u);
	ck_assert_ptr_nonnull(r->data.text);
	job_result_free(r);
	ck_assert_int_eq(count_summary("single object"), 1);
	teardown();
}
END_TEST

START_TEST(views_feed_the_view_log)
{
	setup();
	int ids[] = { some_ticket_id() };
	run_ok_free(api_tickets_view(ids, 1, 1));
	struct job_result *r = run_ok(api_view_log_list(0, 1));
	ck_assert_ptr_nonnull(r->data.text);
	ck_assert_uint_gt(r->data.text->count, 0);
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(votes_children_billing_zapier_sales_mailbox_and_drafts_answer)
{
	setup();
	int ids[] = { some_ticket_id() };
	struct ticket_vote vote = { .ticket_id = ids[0], .vote = 1 };
	run_ok_free(api_tickets_vote(&vote, 1, 1));
	run_ok_free(api_tickets_process_children(ids, 1, 1));
	run_ok_free(api_tickets_set_billable_project(ids, 1, true, 1));
	struct job_result *r = run_ok(api_tickets_zapier(1));
	ck_assert_ptr_nonnull(r->data.text);
	job_result_free(r);
	run_ok_free(api_tickets_sales_mailbox(1));
	struct draft d = { .id = 0,
			   .tickettype_id = MODEL_UNSET,
			   .service_id = MODEL_UNSET,
			   .json_content = "{\"summary\":\"half typed\"}" };
	run_ok_free(api_drafts_save(&d, 1, 1));
	teardown();
}
END_TEST

START_TEST(an_approval_is_listed_decided_and_deleted_by_ticket_and_seq)
{
	setup();
	struct job_result *r = run_ok(api_approvals_list(0, false, 1));
	ck_assert_uint_gt(r->data.approvals->count, 0);
	int ticket_id = r->data.approvals->items[0].ticket_id;
	int seq = r->data.approvals->items[0].seq;
	job_result_free(r);
	/* GET /TicketApproval/{id} takes a ticket id and answers one of its steps. */
	r = run_ok(api_approval_get(ticket_id, 1));
	ck_assert(r->data.record->is_record);
	char want[32];
	snprintf(want, sizeof(want), "ticket_id: %d", ticket_id);
	bool has_ticket = false;
	for (size_t i = 0; i < r->data.record->count; i++) {
		has_ticket |= !strcmp(r->data.record->lines[i], want);
		if (!strncmp(r->data.record->lines[i], "seq: ", 5))
			seq = atoi(r->data.record->lines[i] + 5);
	}
	ck_assert(has_ticket);
	job_result_free(r);
	struct approval_decision d = { .ticket_id = ticket_id,
				       .seq = seq,
				       .result = APPROVAL_APPROVED,
				       .approver_note = "fine by me" };
	run_ok_free(api_approvals_save(&d, 1, 1));
	r = run_ok(api_approvals_list(ticket_id, false, 1));
	const struct approval *a = approval_list_find(r->data.approvals, ticket_id, seq);
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->result, APPROVAL_APPROVED);
	ck_assert_str_eq(a->approver_note, "fine by me");
	job_result_free(r);
	run_ok_free(api_approval_delete(ticket_id, seq, 1));
	r = run_ok(api_approvals_list(ticket_id, false, 1));
	ck_assert_ptr_null(approval_list_find(r->data.approvals, ticket_id, seq));
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(mine_narrows_approvals_to_the_signed_in_agent)
{
	setup();
	struct job_result *all = run_ok(api_approvals_list(0, false, 1));
	struct job_result *mine = run_ok(api_approvals_list(0, true, 1));
	ck_assert_uint_le(mine->data.approvals->count, all->data.approvals->count);
	job_result_free(all);
	job_result_free(mine);
	char *log = fixture_read_log(&f);
	ck_assert_ptr_nonnull(
		strstr(log, "GET /api/TicketApproval?mine=true&includeapprovaldetails=true"));
	free(log);
	teardown();
}
END_TEST

START_TEST(a_forecast_is_saved_then_read_with_its_ticket)
{
	setup();
	int ticket = some_ticket_id();
	struct forecast fc = {
		.id = 0, .agent_id = 2, .ticket_id = ticket, .date = 1767225600, .hours = 2.5
	};
	struct job_result *r = run_ok(api_forecasts_save(&fc, 1, 1));
	int id = id_in_reply(r);
	job_result_free(r);
	r = run_ok(api_forecast_get(ticket, 1));
	const struct forecast *got = NULL;
	for (size_t i = 0; i < r->data.forecasts->count; i++)
		if (r->data.forecasts->items[i].id == id)
			got = &r->data.forecasts->items[i];
	ck_assert_ptr_nonnull(got);
	ck_assert_int_eq(got->ticket_id, ticket);
	ck_assert(got->hours > 2.4 && got->hours < 2.6);
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(a_todo_is_added_then_marked_done)
{
	setup();
	int ticket = create_ticket("route test: with a to-do");
	struct todo_update u;
	todo_update_init(&u, 0, ticket);
	u.has_text = true;
	u.text = "call the customer back";
	run_ok_free(api_todos_save(&u, 1, 1));
	struct job_result *r = run_ok(api_todos_list(ticket, 1));
	ck_assert_uint_eq(r->data.todos->count, 1);
	int id = r->data.todos->items[0].id;
	ck_assert_str_eq(r->data.todos->items[0].text, "call the customer back");
	ck_assert(!r->data.todos->items[0].is_done);
	job_result_free(r);
	todo_update_init(&u, id, ticket);
	u.has_done = true;
	u.is_done = true;
	run_ok_free(api_todos_save(&u, 1, 1));
	r = run_ok(api_todos_list(ticket, 1));
	ck_assert(r->data.todos->items[0].is_done);
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(a_closure_confirmation_is_saved_read_and_deleted)
{
	setup();
	int ticket = create_ticket("route test: closure");
	char comment[] = "all good";
	struct closure c = {
		.id = 0, .ticket_id = ticket, .comment = comment, .has_result = true, .result = true
	};
	struct job_result *r = run_ok(api_closures_save(&c, 1, 1));
	job_result_free(r);
	r = run_ok(api_closures_list(ticket, 1));
	ck_assert_uint_ge(r->data.closures->count, 1);
	int id = 0;
	for (size_t i = 0; i < r->data.closures->count; i++)
		if (r->data.closures->items[i].ticket_id == ticket)
			id = r->data.closures->items[i].id;
	ck_assert_int_gt(id, 0);
	job_result_free(r);
	r = run_ok(api_closure_get(id, 1));
	bool has_comment = false;
	for (size_t i = 0; i < r->data.record->count; i++)
		has_comment |= !strcmp(r->data.record->lines[i], "comment: all good");
	ck_assert(has_comment);
	job_result_free(r);
	run_ok_free(api_closure_delete(id, 1));
	r = fixture_run(&f, api_closure_get(id, 1));
	ck_assert(r->status != STATUS_OK || r->data.record->count == 0);
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(a_note_added_to_a_ticket_shows_in_its_history)
{
	setup();
	int ticket = create_ticket("route test: with notes");
	struct job_result *r = run_ok(api_actions_list(ticket, 1));
	size_t before = r->data.actions->count;
	job_result_free(r);
	struct action_create a;
	action_create_init(&a);
	a.ticket_id = ticket;
	a.outcome = "Private Note";
	a.note_html = "<p>checked the toner</p>";
	a.hiddenfromuser = true;
	run_ok_free(api_actions_save(&a, 1, 1));
	r = run_ok(api_actions_list(ticket, 1));
	ck_assert_uint_eq(r->data.actions->count, before + 1);
	/* includehtmlnote=true: the pane renders the note from its HTML. */
	ck_assert_str_eq(r->data.actions->items[before].note_html, "<p>checked the toner</p>");
	job_result_free(r);
	/* Not asked, Halo (and halo-mock) leave note_html out. */
	r = run_ok(api_get_for_ticket(JOB_ACTIONS_LIST, ticket, 1));
	ck_assert_str_eq(r->data.actions->items[before].note_html, "");
	job_result_free(r);
	/* The ticket's read asks includelastaction=true, and the last action is read. */
	r = run_ok(api_ticket_get(ticket, NULL, 1));
	ck_assert(r->data.ticket->has_lastaction);
	ck_assert_str_eq(r->data.ticket->lastaction.outcome, "Private Note");
	ck_assert_str_eq(r->data.ticket->lastaction.note_html, "<p>checked the toner</p>");
	ck_assert_str_ne(r->data.ticket->lastaction.who, "");
	job_result_free(r);
	teardown();
}
END_TEST

START_TEST(every_lookup_arrives_as_its_model_list)
{
	setup();
	struct job_result *r = run_ok(api_lookup(JOB_STATUSES, 1));
	ck_assert_uint_gt(r->data.statuses->count, 0);
	job_result_free(r);
	r = run_ok(api_lookup(JOB_PRIORITIES, 1));
	ck_assert_uint_gt(r->data.priorities->count, 0);
	ck_assert_int_gt(r->data.priorities->items[0].priorityid, 0);
	job_result_free(r);
	r = run_ok(api_lookup(JOB_AGENTS, 1));
	ck_assert_uint_gt(r->data.agents->count, 0);
	job_result_free(r);
	r = run_ok(api_lookup(JOB_AGENT_ME, 1));
	ck_assert_uint_eq(r->data.agents->count, 1);
	job_result_free(r);
	enum job_kind named[] = { JOB_TEAMS, JOB_TICKET_TYPES, JOB_CLIENTS };
	for (size_t i = 0; i < 3; i++) {
		r = run_ok(api_lookup(named[i], 1));
		ck_assert_uint_gt(r->data.named->count, 0);
		job_result_free(r);
	}
	r = run_ok(api_lookup(JOB_OUTCOMES, 1));
	ck_assert_uint_gt(r->data.outcomes->count, 0);
	ck_assert_int_gt(r->data.outcomes->items[0].id, 0);
	ck_assert_str_ne(r->data.outcomes->items[0].name, "");
	job_result_free(r);
	ck_assert_ptr_null(api_lookup(JOB_TICKET_GET, 1));
	teardown();
}
END_TEST

HARNESS_MAIN("api_routes", tickets_are_created_found_by_query_updated_and_read_back,
	     saving_several_tickets_with_returnall_answers_every_one,
	     a_deleted_ticket_with_a_reason_is_gone_from_searches_and_reads,
	     a_missing_ticket_answers_not_found_with_its_route,
	     the_object_route_creates_one_ticket_from_a_single_object, views_feed_the_view_log,
	     votes_children_billing_zapier_sales_mailbox_and_drafts_answer,
	     an_approval_is_listed_decided_and_deleted_by_ticket_and_seq,
	     mine_narrows_approvals_to_the_signed_in_agent,
	     a_forecast_is_saved_then_read_with_its_ticket, a_todo_is_added_then_marked_done,
	     a_closure_confirmation_is_saved_read_and_deleted,
	     a_note_added_to_a_ticket_shows_in_its_history, every_lookup_arrives_as_its_model_list)
