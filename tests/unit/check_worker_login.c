/* Tests of the worker's sign-in against halo-mock: the tenant discovery names, the scope
 * setting, an agent's refresh token renewed with rotation and kept 0600, and a refused
 * refresh that asks for a login while the outbox keeps the waiting write. */
#include "config.h"

#include <check.h>
#include <stdatomic.h>
#include <sys/stat.h>

#include "harness.h"
#include "mock/server.h"
#include "mock/ticket.h"
#include "model/lookups.h"
#include "model/values.h"
#include "net/api.h"
#include "net/oauth_store.h"
#include "net_fixture.h"
#include "util/alloc.h"

/* A refresh token for AGENT with offline access, as a finished browser sign-in gives. */
static void agent_tokens(struct net_fixture *f, int agent, const char *scope, char *refresh)
{
	char access[MOCK_TOKEN_CHARS + 1];
	mock_auth_issue_for(f->mock->auth, agent, scope, access, refresh);
}

static char *read_text(const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return NULL;
	char *text = xcalloc(1, 4096);
	size_t n = fread(text, 1, 4095, fp);
	text[n] = '\0';
	fclose(fp);
	return text;
}

static struct job *note_job(int ticket_id)
{
	struct action_create a;
	action_create_init(&a);
	a.ticket_id = ticket_id;
	a.outcome = "Private Note";
	a.note_html = "<p>from the worker test</p>";
	return api_actions_save(&a, 1, 1);
}

START_TEST(the_tenant_of_authinfo_goes_with_the_token_request)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	/* The auth server is named: discovery is still asked, for the tenant. */
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /api/authinfo 200"), 1);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 200"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_named_auth_server_signs_in_when_discovery_is_not_answered)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	/* The API under a path halo-mock lacks: discovery answers 404, and the named auth
	 * server is kept (not derived from the API's URL) and signed in at without a tenant. */
	fixture_api_at(&f, "/x/api");
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "GET /x/api/authinfo 404"), 1);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token 200"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_configured_tenant_is_sent_without_discovery)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.tenant = "demo";
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "/api/authinfo"), 0);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 200"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_read_only_scope_is_sent_and_a_write_shows_the_servers_403)
{
	struct net_fixture f;
	fixture_init(&f);
	f.settings.scope = "read:tickets";
	fixture_start(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	r = fixture_run(&f, note_job(1));
	ck_assert_int_eq(r->error.http_code, 403);
	ck_assert_ptr_nonnull(r->error.message);
	ck_assert_msg(strstr(r->error.message, "You do not have permission"), "%s",
		      r->error.message);
	job_result_free(r);
	fixture_fini(&f);
}
END_TEST

START_TEST(an_agent_token_is_renewed_with_rotation_and_kept_0600)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	char refresh[MOCK_TOKEN_CHARS + 1], path[160];
	agent_tokens(&f, 4, "all offline_access", refresh);
	snprintf(path, sizeof(path), "%s/state/p/refresh-token", f.dir);
	struct oauth_store store = { .path = xstrdup(path) };
	f.settings.is_agent = true;
	f.settings.client_secret = NULL;
	f.settings.refresh_token = refresh;
	f.settings.token_store = &store;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_AGENT_ME, 1));
	fixture_assert_ok(r);
	ck_assert_int_eq(r->data.agents->items[0].id, 4);
	job_result_free(r);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	char *kept = read_text(path);
	ck_assert_ptr_nonnull(kept);
	kept[strcspn(kept, "\n")] = '\0';
	ck_assert_uint_eq(strlen(kept), MOCK_TOKEN_CHARS);
	ck_assert_str_ne(kept, refresh); /* rotated */
	char access[MOCK_TOKEN_CHARS + 1], again[MOCK_TOKEN_CHARS + 1];
	ck_assert(!mock_auth_refresh(f.mock->auth, refresh, access, again)); /* the old is dead */
	/* No token in the request log. */
	char *log = fixture_read_log(&f);
	ck_assert_ptr_null(strstr(log, kept));
	ck_assert_ptr_null(strstr(log, refresh));
	free(log);
	free(kept);
	fixture_stop_worker(&f);
	oauth_store_fini(&store);
	fixture_fini(&f);
}
END_TEST

START_TEST(a_revoked_refresh_asks_for_a_login_and_the_write_waits_for_it)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	char refresh[MOCK_TOKEN_CHARS + 1];
	agent_tokens(&f, 5, "all offline_access", refresh);
	mock_auth_revoke(f.mock->auth, refresh);
	f.settings.is_agent = true;
	f.settings.refresh_token = refresh;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	ck_assert_int_eq(r->status, STATUS_AUTH);
	ck_assert_msg(strstr(r->error.message, ":login"), "%s", r->error.message);
	ck_assert_msg(strstr(r->error.message, "invalid_grant") ||
			      strstr(r->error.message, "revoked"),
		      "%s", r->error.message);
	job_result_free(r);
	ck_assert(worker_needs_login(f.worker));
	/* A note written now waits: journalled, pending, not failed, not "in flight". */
	ck_assert(worker_submit(f.worker, note_job(f.mock->data->tickets[0]->id)));
	struct outbox_entry *e;
	while (worker_jobs_in_flight(f.worker) > 0) {
		struct pollfd pfd = { .fd = f.wake.read_fd, .events = POLLIN };
		poll(&pfd, 1, -1);
		wake_pipe_drain(&f.wake);
	}
	ck_assert_ptr_null(worker_take_result(f.worker));
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 1);
	ck_assert_int_eq(e[0].last_status, STATUS_OK);
	outbox_entries_free(e, 1);
	/* The agent signs in again: the note goes out, as that agent. */
	char fresh[MOCK_TOKEN_CHARS + 1], access[MOCK_TOKEN_CHARS + 1];
	mock_auth_issue_for(f.mock->auth, 5, "all offline_access", access, fresh);
	worker_sign_in(f.worker, fresh, access, 3600);
	r = fixture_wait(&f);
	fixture_assert_ok(r);
	ck_assert_int_eq(r->kind, JOB_ACTIONS_SAVE);
	ck_assert_int_eq(r->data.actions->items[0].who_agentid, 5);
	job_result_free(r);
	ck_assert(!worker_needs_login(f.worker));
	ck_assert_uint_eq(worker_outbox_pending(f.worker, &e), 0);
	fixture_fini(&f);
}
END_TEST

START_TEST(an_agent_without_a_refresh_token_is_asked_to_sign_in)
{
	struct net_fixture f;
	fixture_init(&f);
	fixture_start_mock(&f);
	f.settings.is_agent = true;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_STATUSES, 1));
	ck_assert_int_eq(r->status, STATUS_AUTH);
	ck_assert_msg(strstr(r->error.message, "not signed in"), "%s", r->error.message);
	job_result_free(r);
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "/auth/token"), 0);
	free(log);
	fixture_fini(&f);
}
END_TEST

/* halo-mock's clock for tokens, moved on by the test. */
static _Atomic long mock_clock_s;

static double mock_clock(void *arg)
{
	(void)arg;
	return (double)atomic_load(&mock_clock_s);
}

START_TEST(an_expired_agent_token_is_renewed_with_the_refresh_token)
{
	struct net_fixture f;
	fixture_init(&f);
	atomic_store(&mock_clock_s, 1000);
	f.mock_options.clock_s = mock_clock;
	fixture_start_mock(&f);
	char refresh[MOCK_TOKEN_CHARS + 1];
	agent_tokens(&f, 6, "all offline_access", refresh);
	f.settings.is_agent = true;
	f.settings.refresh_token = refresh;
	fixture_start_worker(&f);
	struct job_result *r = fixture_run(&f, api_lookup(JOB_AGENT_ME, 1));
	fixture_assert_ok(r);
	job_result_free(r);
	/* An hour later by the server's clock: the access token is dead, the refresh is not. */
	atomic_store(&mock_clock_s, 1000 + 3601);
	r = fixture_run(&f, api_lookup(JOB_AGENT_ME, 1));
	fixture_assert_ok(r);
	ck_assert_int_eq(r->data.agents->items[0].id, 6);
	ck_assert_uint_eq(r->retries, 1);
	job_result_free(r);
	ck_assert(!worker_needs_login(f.worker));
	char *log = fixture_read_log(&f);
	ck_assert_int_eq(fixture_count(log, "POST /auth/token?tenant=demo 200"), 2);
	ck_assert_int_eq(fixture_count(log, "GET /api/Agent/me 401"), 1);
	free(log);
	fixture_fini(&f);
}
END_TEST

HARNESS_MAIN("worker_login", the_tenant_of_authinfo_goes_with_the_token_request,
	     a_configured_tenant_is_sent_without_discovery,
	     a_named_auth_server_signs_in_when_discovery_is_not_answered,
	     a_read_only_scope_is_sent_and_a_write_shows_the_servers_403,
	     an_agent_token_is_renewed_with_rotation_and_kept_0600,
	     a_revoked_refresh_asks_for_a_login_and_the_write_waits_for_it,
	     an_agent_without_a_refresh_token_is_asked_to_sign_in,
	     an_expired_agent_token_is_renewed_with_the_refresh_token)
