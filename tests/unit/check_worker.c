/* Tests of the network worker against halo-mock: auth, faults, budget, cancel, stop. */
#include "config.h"

#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "harness.h"
#include "model/lookups.h"
#include "model/odd_fields.h"
#include "model/ticket.h"
#include "model/ticket_json.h"
#include "net/api.h"
#include "net/outbox.h"
#include "net/worker.h"
#include "net_fixture.h"

/* Submits N list pages (page 1..N of 20) and checks every one arrives whole. Returns the
 * sum of their retries. */
static unsigned load_pages(struct net_fixture *f, int n)
{
	for (int i = 1; i <= n; i++)
		ck_assert(worker_submit(f->worker, api_tickets_list(NULL, i, 20, 1)));
	unsigned retries = 0;
	for (int i = 0; i < n; i++) {
		struct job_result *r = fixture_wait(f);
		fixture_assert_ok(r);
		ck_assert_uint_eq(r->data.page->count, 20);
		ck_assert_int_eq(r->data.page->record_count, 300);
		retries += r->retries;
		job_result_free(r);
	}
	return retries;
}

START_TEST(a_page_of_tickets_arrives_as_model_rows_with_the_true_record_count)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_tickets_list(NULL, 2, 1000, 5));
	fixture_assert_ok(r);
	ck_assert_uint_eq(r->generation, 5);
	ck_assert_int_eq(r->page_no, 2);
	ck_assert_uint_eq(r->data.page->count, 100);
	ck_assert_int_eq(r->data.page->record_count, 300);
	ck_assert_int_gt(r->data.page->rows[0].id, 0);
	job_result_free(r);
	ck_assert_uint_eq(worker_jobs_in_flight(f.worker), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(odd_fields_travel_with_the_page_and_are_logged_once)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.odd_fields = true;
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_tickets_list(NULL, 1, 100, 5));
	fixture_assert_ok(r);
	ck_assert_uint_eq(r->data.page->count, 100);
	ck_assert_ptr_nonnull(r->odd);
	size_t odd_rows = 0;
	for (size_t i = 0; i < r->data.page->count; i++)
		odd_rows += r->data.page->rows[i].id % 25 == 0;
	ck_assert_uint_gt(odd_rows, 0);
	ck_assert_uint_eq(odd_fields_total(r->odd), 4 * odd_rows);
	ck_assert_msg(strstr(r->odd->text[0], ": category_1: expected a string, got an object"),
		      "%s", r->odd->text[0]);
	job_result_free(r);
	r = fixture_run(&f, api_lookup(JOB_STATUSES, 0));
	fixture_assert_ok(r);
	ck_assert_ptr_null(r->odd); /* a plain answer carries no notes */
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "odd field: ticket "), (int)(4 * odd_rows));
	ck_assert_int_eq(fixture_count(log, "flagged: expected a boolean, got 2"), (int)odd_rows);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(the_auth_server_is_discovered_when_none_is_configured)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.auth_url = NULL;
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/authinfo 200"), 1);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

/* An instance whose authinfo names another host (here another loopback address, which no
 * test server listens on): the secret is never sent there, and the message names it. */
START_TEST(an_auth_server_on_another_host_named_by_authinfo_gets_no_secret)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.authinfo_url = "http://127.0.0.2:9/auth";
	f.settings.auth_url = NULL;
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	ck_assert_int_eq(r->status, STATUS_CONFIG);
	ck_assert_msg(strstr(r->error.message, "auth server 127.0.0.2, not this instance's host"),
		      "%s", r->error.message);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/authinfo 200"), 1);
	ck_assert_int_eq(fixture_count(log, "/auth/token"), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(without_discovery_the_auth_server_is_taken_beside_the_api)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	/* Under /x nothing answers, discovery included: the sign-in goes to /x/auth. */
	fixture_api_at(&f, "/x/api");
	f.settings.auth_url = NULL;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_TEAMS, 1));
	ck_assert_int_ne(r->status, STATUS_OK);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /x/api/authinfo 404"), 1);
	ck_assert_int_eq(fixture_count(log, "POST /x/auth/token 404"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_short_lived_token_is_renewed_before_it_expires_mid_session)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.token_ttl_s = 1;
	f.settings.budget_requests = 1000000;
	fixture_start(&f);
	/* Requests back to back until the token has been renewed twice: none may meet a 401. */
	int calls = 0;
	char *log = NULL;
	do {
		struct job_result *r = fixture_run(&f, api_lookup(JOB_TEAMS, 1));
		fixture_assert_ok(r);
		job_result_free(r);
		if (++calls % 16 == 0) {
			free(log);
			log = fixture_read_log(&f);
		}
	} while (!log || fixture_count(log, "POST /auth/token") < 3);
	free(log);
	log = fixture_read_log(&f);
	ck_assert_int_ge(fixture_count(log, "POST /auth/token"), 3);
	ck_assert_int_eq(fixture_count(log, " 401 "), 0);
	ck_assert_int_eq(fixture_count(log, "GET /api/Team 200"), calls);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_401_renews_the_token_once_and_replays_the_request)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_AGENT_ME, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	/* A restarted server has forgotten every token it gave. */
	mock_server_stop(f.mock);
	fixture_start_mock(&f);
	r = fixture_run(&f, api_lookup(JOB_AGENT_ME, 1));
	fixture_assert_ok(r);
	ck_assert_uint_eq(r->data.agents->count, 1);
	ck_assert_uint_eq(r->retries, 1);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/Agent/me 401"), 1);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 200"), 2);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_second_401_is_an_auth_error_with_the_servers_words)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	/* Tokens come from another server than the API's, which knows none of them. */
	struct mock_options other = f.mock_options;
	other.port = 0;
	char err[256] = "";
	struct mock_server *auth = mock_server_start(&other, err, sizeof(err));
	ck_assert_msg(auth != NULL, "%s", err);
	snprintf(f.auth_url, sizeof(f.auth_url), "http://127.0.0.1:%u/auth",
		 mock_server_port(auth));
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	ck_assert_int_eq(r->status, STATUS_AUTH);
	ck_assert_int_eq(r->error.http_code, 401);
	ck_assert_uint_eq(r->retries, 1);
	ck_assert_str_eq(r->error.route, "GET /Status");
	ck_assert_ptr_nonnull(r->error.message);
	ck_assert_msg(strstr(r->error.message, "token"), "%s", r->error.message);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/Status 401"), 2);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 200"), 2);
	free(log);
	fixture_stop_worker(&f);
	mock_server_stop(auth);
	fixture_fini(&f);
}
END_TEST

START_TEST(bad_credentials_fail_every_waiting_job_with_the_servers_words)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.client_secret = "00000000-0000-0000-0000-000000000000";
	fixture_start(&f);
	ck_assert(worker_submit(f.worker, api_lookup(JOB_STATUSES, 1)));
	ck_assert(worker_submit(f.worker, api_lookup(JOB_TEAMS, 1)));
	for (int i = 0; i < 2; i++) {
		struct job_result *r = fixture_wait(&f);
		ck_assert_int_eq(r->status, STATUS_AUTH);
		ck_assert_int_eq(r->error.http_code, 401);
		ck_assert_ptr_nonnull(r->error.message);
		ck_assert_msg(strstr(r->error.message, "invalid_client"), "%s", r->error.message);
		ck_assert_ptr_nonnull(r->error.route);
		job_result_free(r);
	}
	fixture_fini(&f);
}
END_TEST

START_TEST(an_unreachable_auth_server_is_tried_a_few_times_then_reported)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	/* Port 1 on loopback: nothing listens there (tcpmux is long gone). */
	snprintf(f.auth_url, sizeof(f.auth_url), "http://127.0.0.1:1/auth");
	f.settings.max_get_retries = 2;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_TEAMS, 1));
	ck_assert_int_eq(r->status, STATUS_NETWORK);
	ck_assert_ptr_nonnull(r->error.message);
	ck_assert_msg(strstr(r->error.message, "sign-in failed"), "%s", r->error.message);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 0"), 3);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(rate_limit_answers_with_retry_after_are_waited_out)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.rate_limit_requests = 5;
	f.mock_options.rate_limit_window_s = 1;
	f.mock_options.rate_limit_retry_after = true;
	fixture_start(&f);
	long start = fixture_now_ms();
	ck_assert_uint_gt(load_pages(&f, 12), 0);
	ck_assert_int_ge(fixture_now_ms() - start, 1000);
	char *log = fixture_read_log(&f);
	ck_assert_int_gt(fixture_count(log, " 429 "), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(while_a_429_is_waited_out_the_time_left_can_be_read_and_ends_at_zero)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.rate_limit_requests = 5;
	f.mock_options.rate_limit_window_s = 2;
	f.mock_options.rate_limit_retry_after = true;
	fixture_start(&f);
	ck_assert_int_eq(worker_rate_limited_ms(f.worker), 0);
	int n = 8, taken = 0;
	for (int i = 1; i <= n; i++)
		ck_assert(worker_submit(f.worker, api_tickets_list(NULL, i, 20, 1)));
	long most = 0;
	while (taken < n) {
		long left = worker_rate_limited_ms(f.worker);
		ck_assert_int_le(left, 2000 + 1000);
		if (left > most)
			most = left;
		struct job_result *r = worker_take_result(f.worker);
		if (!r) {
			struct pollfd pfd = { .fd = f.wake.read_fd, .events = POLLIN };
			poll(&pfd, 1, 20);
			wake_pipe_drain(&f.wake);
			continue;
		}
		fixture_assert_ok(r);
		job_result_free(r);
		taken++;
	}
	/* The server said "retry after" a second or two: that wait could be read. */
	ck_assert_int_gt(most, 100);
	ck_assert_int_eq(worker_rate_limited_ms(f.worker), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(rate_limit_answers_without_retry_after_back_off_and_succeed)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.rate_limit_requests = 5;
	f.mock_options.rate_limit_window_s = 1;
	f.mock_options.rate_limit_retry_after = false;
	f.settings.backoff_base_ms = 200;
	f.settings.max_429_retries = 8;
	fixture_start(&f);
	ck_assert_uint_gt(load_pages(&f, 12), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(the_budget_makes_requests_wait_so_the_server_never_says_429)
{
	struct net_fixture f;
	fixture_init(&f);
	/* The server counts arrivals and we count starts: keep a margin of two for the gap. */
	f.mock_options.rate_limit_requests = 7;
	f.mock_options.rate_limit_window_s = 1;
	f.settings.budget_requests = 5;
	f.settings.budget_window_s = 1;
	fixture_start(&f);
	ck_assert_int_eq(worker_budget_limit(f.worker), 5);
	long start = fixture_now_ms();
	ck_assert_uint_eq(load_pages(&f, 12), 0);
	/* 13 requests (a token and 12 pages) at 5 a second need two full windows. */
	ck_assert_int_ge(fixture_now_ms() - start, 2000);
	ck_assert_int_lt(worker_budget_remaining(f.worker), 5);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, " 429 "), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(server_errors_on_reads_are_retried_until_they_succeed)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.fail_rate = 0.4;
	f.mock_options.seed = 3;
	f.settings.max_get_retries = 12;
	fixture_start(&f);
	ck_assert_uint_gt(load_pages(&f, 10), 0);
	char *log = fixture_read_log(&f);
	ck_assert_int_gt(fixture_count(log, " 500 "), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_write_that_meets_a_server_error_is_never_retried_and_kept_until_discarded)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.fail_rate = 1.0;
	fixture_start(&f);
	struct ticket_update u;
	ticket_update_init(&u, 0);
	ck_assert_int_eq(ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "never twice"),
			 STATUS_OK);
	struct job_result *r = fixture_run(&f, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	ck_assert_int_eq(r->status, STATUS_HTTP_5XX);
	ck_assert_int_eq(r->error.http_code, 500);
	ck_assert_uint_eq(r->retries, 0);
	ck_assert_uint_ne(r->outbox_id, 0);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "POST /api/Tickets "), 1);
	free(log);
	struct outbox_entry *e;
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 1);
	ck_assert_int_eq(e[0].last_http_code, 500);
	ck_assert(!e[0].is_outcome_unknown);
	uint64_t id = e[0].id;
	outbox_entries_free(e, 1);
	/* The user gives up on it: it is gone, now and after a restart. */
	ck_assert(worker_outbox_discard(f.worker, id));
	ck_assert(!worker_outbox_resend(f.worker, id, true, 1));
	fixture_stop_worker(&f);
	fixture_start_worker(&f);
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_read_only_worker_refuses_writes_without_journal_or_wire_but_still_reads)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.read_only = true;
	fixture_start(&f);
	ck_assert(worker_is_read_only(f.worker));
	struct ticket_update u;
	ticket_update_init(&u, 0);
	ck_assert_int_eq(ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "must not land"),
			 STATUS_OK);
	struct job_result *r = fixture_run(&f, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	ck_assert_int_eq(r->status, STATUS_READ_ONLY);
	ck_assert_uint_eq(r->outbox_id, 0);
	job_result_free(r);
	r = fixture_run(&f, api_tickets_query(NULL, 1, 10, 2, NULL));
	fixture_assert_ok(r);
	job_result_free(r);
	struct outbox_entry *e = NULL;
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 0);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "POST /api/Tickets "), 0);
	ck_assert_int_eq(fixture_count(log, "GET /api/Tickets"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(dropped_connections_on_reads_are_retried)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.drop_rate = 0.4;
	f.mock_options.seed = 5;
	f.settings.max_get_retries = 12;
	fixture_start(&f);
	ck_assert_uint_gt(load_pages(&f, 10), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(truncated_json_gives_a_clear_parse_error_naming_the_route)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.truncate_rate = 1.0;
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_tickets_list(NULL, 1, 50, 1));
	ck_assert_int_eq(r->status, STATUS_PARSE);
	ck_assert_ptr_nonnull(r->error.message);
	ck_assert_msg(strstr(r->error.message, "GET /Tickets"), "%s", r->error.message);
	ck_assert_ptr_null(r->data.page);
	job_result_free(r);
	fixture_fini(&f);
}
END_TEST

START_TEST(cancelling_a_generation_ends_its_slow_requests_at_once)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.latency_ms = 3000;
	fixture_start(&f);
	for (int i = 1; i <= 6; i++)
		ck_assert(worker_submit(f.worker, api_tickets_list(NULL, i, 20, 7)));
	worker_cancel_generation(f.worker, 7);
	for (int i = 0; i < 6; i++) {
		struct job_result *r = fixture_wait(&f);
		ck_assert_int_eq(r->status, STATUS_CANCELLED);
		ck_assert_uint_eq(r->generation, 7);
		job_result_free(r);
	}
	/* Ended, not answered: nothing is left running and no page came back. */
	ck_assert_uint_eq(worker_jobs_in_flight(f.worker), 0);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/Tickets"), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(stopping_with_transfers_in_flight_returns_within_a_second)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.latency_ms = 2500;
	fixture_start(&f);
	for (int i = 1; i <= 8; i++)
		ck_assert(worker_submit(f.worker, api_tickets_list(NULL, i, 20, 1)));
	fixture_stop_worker(&f);
	/* The transfers were abandoned, not waited for: none of them finished. */
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/Tickets"), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(user_work_starts_before_waiting_prefetch)
{
	struct net_fixture f;
	fixture_init(&f);
	f.mock_options.latency_ms = 100;
	f.settings.max_connections = 1;
	fixture_start(&f);
	for (int i = 1; i <= 5; i++) {
		struct job *job = api_tickets_list(NULL, i, 20, 2);
		job->priority = JOB_PRIORITY_PREFETCH;
		ck_assert(worker_submit(f.worker, job));
	}
	ck_assert(worker_submit(f.worker, api_ticket_get(1, NULL, 3)));
	int position = -1;
	for (int i = 0; i < 6; i++) {
		struct job_result *r = fixture_wait(&f);
		if (r->kind == JOB_TICKET_GET)
			position = i;
		job_result_free(r);
	}
	/* At most the prefetch already running when it came goes first. */
	ck_assert_int_ge(position, 0);
	ck_assert_int_le(position, 1);
	fixture_fini(&f);
}
END_TEST

START_TEST(the_request_log_never_shows_secrets_or_tokens)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.tenant = MOCK_DEMO_TENANT;
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_tickets_list(NULL, 1, 10, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_ptr_nonnull(strstr(log, "POST /auth/token?tenant=demo 200"));
	ck_assert_ptr_nonnull(
		strstr(log, "GET /api/Tickets?pageinate=true&page_size=10&page_no=1 200"));
	ck_assert_ptr_null(strstr(log, MOCK_DEMO_CLIENT_SECRET));
	ck_assert_ptr_null(strstr(log, "client_secret"));
	ck_assert_ptr_null(strstr(log, "Bearer"));
	ck_assert_ptr_null(strstr(log, "Authorization"));
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(plain_http_to_another_host_is_refused_at_start)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.api_url = "http://halo.example.com/api";
	char err[256] = "";
	ck_assert_ptr_null(worker_start(&f.settings, &f.wake, err, sizeof(err)));
	ck_assert_ptr_nonnull(strstr(err, "https"));
	fixture_fini(&f);
}
END_TEST

static void die_now(void *arg)
{
	(void)arg;
	raise(SIGKILL);
}

/* Counts the tickets whose summary matches SUMMARY. */
static long count_tickets(struct net_fixture *f, const char *summary)
{
	char *query = NULL;
	api_query_add(&query, "search_summary", summary);
	struct job_result *r = fixture_run(f, api_tickets_list(query, 1, 100, 1));
	free(query);
	fixture_assert_ok(r);
	long n = r->data.page->record_count;
	job_result_free(r);
	return n;
}

START_TEST(a_create_journalled_before_a_crash_is_resent_only_when_confirmed_and_made_once)
{
	struct net_fixture f;
	fixture_init(&f);
	const char *summary = "typed just before the power went";
	/* The child dies before sending, so it needs no server; forking before any thread
	 * runs keeps the child sane under ThreadSanitizer too. */
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		f.settings.after_journal = die_now;
		f.settings.api_url = "http://127.0.0.1:9/api";
		f.settings.auth_url = "http://127.0.0.1:9/auth";
		char err[256];
		struct worker *w = worker_start(&f.settings, &f.wake, err, sizeof(err));
		struct ticket_update u;
		ticket_update_init(&u, 0);
		ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, summary);
		if (w)
			worker_submit(w, api_tickets_save(&u, 1, false, 1));
		_exit(3);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	fixture_start(&f);
	ck_assert_int_eq(count_tickets(&f, summary), 0);
	struct outbox_entry *e;
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 1);
	ck_assert(e[0].is_outcome_unknown);
	ck_assert_ptr_nonnull(strstr(e[0].body, summary));
	uint64_t id = e[0].id;
	outbox_entries_free(e, 1);
	ck_assert(!worker_outbox_resend(f.worker, id, false, 1));
	ck_assert(worker_outbox_resend(f.worker, id, true, 1));
	struct job_result *r = fixture_wait(&f);
	fixture_assert_ok(r);
	ck_assert_uint_eq(r->data.tickets->count, 1);
	job_result_free(r);
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 0);
	ck_assert_int_eq(count_tickets(&f, summary), 1);
	fixture_fini(&f);
}
END_TEST

/* A second halotui on the same profile: the outbox is read-only and writes are refused. */
START_TEST(a_worker_on_an_outbox_another_process_holds_refuses_writes_and_says_why)
{
	struct net_fixture f;
	fixture_init(&f);
	char err[256], *warning = NULL;
	struct outbox *holder = outbox_open(f.outbox_path, &warning, err, sizeof(err));
	ck_assert_msg(holder != NULL, "%s", err);
	ck_assert_ptr_null(warning);
	fixture_start(&f);
	ck_assert_ptr_nonnull(worker_outbox_warning(f.worker));
	ck_assert_ptr_nonnull(strstr(worker_outbox_warning(f.worker), "another halotui"));
	struct ticket_update u;
	ticket_update_init(&u, 0);
	ck_assert_int_eq(ticket_update_set_string(&u, TICKET_FIELD_SUMMARY, "held elsewhere"),
			 STATUS_OK);
	struct job_result *r = fixture_run(&f, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	ck_assert_int_eq(r->status, STATUS_IO);
	ck_assert_uint_eq(r->outbox_id, 0);
	ck_assert_ptr_nonnull(r->error.message);
	ck_assert_str_eq(r->error.message,
			 "another halotui has this profile's outbox open: nothing was sent");
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "POST /api/Tickets "), 0);
	free(log);
	fixture_fini(&f);
	outbox_close(holder);
}
END_TEST

HARNESS_MAIN("worker", a_page_of_tickets_arrives_as_model_rows_with_the_true_record_count,
	     odd_fields_travel_with_the_page_and_are_logged_once,
	     the_auth_server_is_discovered_when_none_is_configured,
	     an_auth_server_on_another_host_named_by_authinfo_gets_no_secret,
	     without_discovery_the_auth_server_is_taken_beside_the_api,
	     a_short_lived_token_is_renewed_before_it_expires_mid_session,
	     a_401_renews_the_token_once_and_replays_the_request,
	     a_second_401_is_an_auth_error_with_the_servers_words,
	     bad_credentials_fail_every_waiting_job_with_the_servers_words,
	     an_unreachable_auth_server_is_tried_a_few_times_then_reported,
	     rate_limit_answers_with_retry_after_are_waited_out,
	     while_a_429_is_waited_out_the_time_left_can_be_read_and_ends_at_zero,
	     rate_limit_answers_without_retry_after_back_off_and_succeed,
	     the_budget_makes_requests_wait_so_the_server_never_says_429,
	     server_errors_on_reads_are_retried_until_they_succeed,
	     a_write_that_meets_a_server_error_is_never_retried_and_kept_until_discarded,
	     a_read_only_worker_refuses_writes_without_journal_or_wire_but_still_reads,
	     dropped_connections_on_reads_are_retried,
	     truncated_json_gives_a_clear_parse_error_naming_the_route,
	     cancelling_a_generation_ends_its_slow_requests_at_once,
	     stopping_with_transfers_in_flight_returns_within_a_second,
	     user_work_starts_before_waiting_prefetch,
	     the_request_log_never_shows_secrets_or_tokens,
	     plain_http_to_another_host_is_refused_at_start,
	     a_create_journalled_before_a_crash_is_resent_only_when_confirmed_and_made_once,
	     a_worker_on_an_outbox_another_process_holds_refuses_writes_and_says_why)
