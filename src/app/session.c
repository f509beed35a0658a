/* The session: connection set-up, jobs for the panes' wants, generations. */
#include "config.h"

#include "app/session.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "app/login.h"
#include "app/outbox_commands.h"
#include "config/paths.h"
#include "config/profile.h"
#include "mock/mock.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

static void submit(struct app *a, struct job *job)
{
	if (job && a->worker)
		worker_submit(a->worker, job);
	else
		job_free(job);
}

/* Fetches the N lookups of KINDS; IS_BACKGROUND: after anything the user waits for. */
static void fetch_lookups(struct app *a, const enum job_kind *kinds, size_t n, bool is_background)
{
	for (size_t i = 0; i < n; i++) {
		struct job *job = api_lookup(kinds[i], 0);
		if (job && is_background)
			job->priority = JOB_PRIORITY_PREFETCH;
		submit(a, job);
	}
}

/* Ids become names in every pane: the profile's cached lookups show at once; those with no
 * usable file are fetched now, stale ones after the first page (app_session_page_arrived). */
static void start_lookups(struct app *a, const char *profile)
{
	lookup_cache_open(&a->lookup_cache, profile,
			  config_get_int(&a->cfg, SETTING_LOOKUP_MAX_AGE), a->log);
	enum job_kind now[LOOKUP_CACHE_KINDS];
	size_t n = lookup_cache_load(&a->lookup_cache, &a->data.lookups, now);
	fetch_lookups(a, now, n, false);
}

void app_session_page_arrived(struct app *a)
{
	enum job_kind stale[LOOKUP_CACHE_KINDS];
	size_t n = lookup_cache_take_stale(&a->lookup_cache, stale);
	fetch_lookups(a, stale, n, true);
}

void app_session_refresh_lookups(struct app *a)
{
	a->lookup_cache.stale = 0;
	fetch_lookups(a, lookup_cache_kinds, LOOKUP_CACHE_KINDS, true);
}

void app_session_lookup_arrived(struct app *a, enum job_kind kind)
{
	lookup_cache_store(&a->lookup_cache, &a->data.lookups, kind);
	if (!a->lookup_cache.stale) {
		a->lookup_failures = 0;
		a->lookup_retry_at_ms = 0;
	}
}

/* The first wait after a failed lookup, and the longest. */
#define LOOKUP_RETRY_FIRST_MS 2000L
#define LOOKUP_RETRY_MAX_MS 300000L

void app_session_lookup_failed(struct app *a, enum job_kind kind)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	long now_ms = (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
	for (size_t i = 0; i < LOOKUP_CACHE_KINDS; i++)
		if (lookup_cache_kinds[i] == kind)
			a->lookup_cache.stale |= 1u << i;
	long wait = LOOKUP_RETRY_FIRST_MS;
	for (unsigned i = 0; i < a->lookup_failures && wait < LOOKUP_RETRY_MAX_MS; i++)
		wait *= 2;
	a->lookup_failures++;
	long at = now_ms + (wait < LOOKUP_RETRY_MAX_MS ? wait : LOOKUP_RETRY_MAX_MS);
	if (!a->opt.is_headless && (!a->lookup_retry_at_ms || at < a->lookup_retry_at_ms))
		a->lookup_retry_at_ms = at;
}

void app_session_retry_lookups(struct app *a, long now_ms)
{
	if (!a->lookup_retry_at_ms || now_ms < a->lookup_retry_at_ms)
		return;
	a->lookup_retry_at_ms = 0;
	app_session_page_arrived(a); /* fetches what is marked stale: the failed ones */
}

static bool start_demo(struct app *a, char *url, size_t size, char *err, size_t err_size)
{
	struct mock_options mo;
	mock_options_init(&mo);
	mo.port = 0; /* a free loopback port */
	/* The emulator's threads inherit a mask that blocks every signal, so SIGWINCH and
	 * SIGTERM always reach the UI thread and interrupt its poll(). */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	a->mock = mock_server_start(&mo, err, err_size);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!a->mock)
		return false;
	snprintf(url, size, "http://127.0.0.1:%u", (unsigned)mock_server_port(a->mock));
	return true;
}

static void start_worker(struct app *a, struct net_settings *ns, const char *root,
			 const char *profile)
{
	char err[256] = "";
	const struct config *cfg = &a->cfg;
	ns->connect_timeout_ms = config_get_int(cfg, SETTING_CONNECT_TIMEOUT) * 1000;
	ns->low_speed_time_s = config_get_int(cfg, SETTING_LOW_SPEED_TIME);
	ns->request_timeout_ms = config_get_int(cfg, SETTING_REQUEST_TIMEOUT) * 1000;
	ns->max_reply_bytes = (long long)config_get_int(cfg, SETTING_MAX_REPLY_SIZE) << 20;
	ns->max_connections = (int)config_get_int(cfg, SETTING_MAX_CONNECTIONS);
	ns->budget_requests = (int)config_get_int(cfg, SETTING_REQUEST_BUDGET);
	ns->budget_window_s = (int)config_get_int(cfg, SETTING_BUDGET_WINDOW);
	ns->log = a->log;
	a->worker = worker_start(ns, &a->wake, err, sizeof(err));
	if (!a->worker) {
		statusbar_set_error(&a->status, err);
		pane_state_fail(&a->data.list_state, err);
		return;
	}
	a->status.is_insecure = worker_is_insecure(a->worker);
	a->status.is_read_only = worker_is_read_only(a->worker);
	free(a->data.web_url);
	a->data.web_url = xstrdup(root);
	start_lookups(a, profile);
	app_outbox_announce(a);
}

static void start_demo_session(struct app *a)
{
	char url[64], api[80], auth[80], err[256] = "";
	if (!start_demo(a, url, sizeof(url), err, sizeof(err))) {
		statusbar_set_error(&a->status, err);
		pane_state_fail(&a->data.list_state, err);
		return;
	}
	snprintf(api, sizeof(api), "%s/api", url);
	snprintf(auth, sizeof(auth), "%s/auth", url);
	struct net_settings ns = { .api_url = api,
				   .auth_url = auth,
				   .client_id = MOCK_DEMO_CLIENT_ID,
				   .client_secret = MOCK_DEMO_CLIENT_SECRET,
				   .read_only = config_get_bool(&a->cfg, SETTING_READ_ONLY) };
	start_worker(a, &ns, url, "demo");
}

bool app_session_open_log(struct app *a, char *err, size_t err_size)
{
	const char *path = a->opt.log_path;
	bool is_option = path != NULL;
	if (!path)
		path = config_get_string(&a->cfg, SETTING_LOG_FILE);
	if (!*path)
		return true;
	a->log = log_open(path, LOG_INFO);
	if (a->log)
		return true;
	snprintf(err, err_size, "cannot open the log %s: %s", path, strerror(errno));
	if (is_option)
		return false;
	/* A bad `log-file` in the config: say so, and run without the log. */
	statusbar_set_error(&a->status, err);
	return true;
}

void app_session_resolve(struct app *a)
{
	if (a->opt.is_demo || a->is_conn_ready)
		return;
	char *error = NULL;
	/* A profile that does not exist: connecting with another would mislead. */
	if (profile_select(&a->cfg, a->opt.profile, &error) != STATUS_OK) {
		pane_state_fail(&a->data.list_state, error);
		free(error);
		return;
	}
	/* The terminal is still the shell's: say why it waits (a password manager may ask). */
	if (!a->opt.is_headless && *config_get_string(&a->cfg, SETTING_CLIENT_SECRET_COMMAND) &&
	    !a->cfg.env_client_secret)
		fprintf(stderr, "halotui: running client_secret_command...\n");
	if (profile_connection(&a->cfg, &a->conn, &error) == STATUS_OK) {
		a->is_conn_ready = true;
		return;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s (try halotui --demo)", error ? error : "no connection");
	/* An earlier error (a missing profile) says more: keep it in the status bar. */
	if (!a->status.error)
		statusbar_set_error(&a->status, sb.data);
	pane_state_fail(&a->data.list_state, sb.data);
	strbuf_fini(&sb);
	free(error);
}

void app_session_start(struct app *a)
{
	if (a->opt.is_demo) {
		start_demo_session(a);
		return;
	}
	if (!a->is_conn_ready)
		return;
	const struct profile_connection *conn = &a->conn;
	char *outbox_dir = paths_state_dir(conn->profile);
	struct strbuf outbox;
	strbuf_init(&outbox);
	strbuf_appendf(&outbox, "%soutbox", outbox_dir ? outbox_dir : "");
	const char *ca = config_get_string(&a->cfg, SETTING_CA_BUNDLE);
	const char *proxy = config_get_string(&a->cfg, SETTING_PROXY);
	struct net_settings ns = {
		.api_url = conn->api_url,
		.auth_url = conn->is_auth_url_derived ? NULL : conn->auth_url,
		.tenant = *conn->tenant ? conn->tenant : NULL,
		.client_id = conn->client_id,
		.client_secret = conn->client_secret,
		.ca_bundle = *ca ? ca : NULL,
		.insecure = config_get_bool(&a->cfg, SETTING_INSECURE),
		.read_only = config_get_bool(&a->cfg, SETTING_READ_ONLY),
		.proxy = *proxy ? proxy : NULL,
		.outbox_path = outbox_dir ? outbox.data : NULL,
		.is_agent = conn->is_agent,
		.scope = conn->scope,
	};
	/* What /api/authinfo answers is kept a day, as for scripts: a start asks it once. */
	char *authinfo = NULL;
	if (!ns.auth_url || !ns.tenant)
		ns.authinfo_cache_path = authinfo = paths_authinfo_cache(conn->profile, true);
	char *refresh = NULL;
	if (conn->is_agent) {
		a->is_agent = true;
		app_login_store(&a->cfg, conn->profile, &a->token_store);
		char *err = NULL;
		enum status st = oauth_store_load(&a->token_store, &refresh, &err);
		if (st != STATUS_OK && st != STATUS_NOT_FOUND)
			statusbar_set_error(&a->status, err);
		free(err);
		ns.refresh_token = refresh;
		ns.token_store = &a->token_store;
	}
	start_worker(a, &ns, conn->url, conn->profile);
	if (refresh) {
		wipe_string(refresh);
		free(refresh);
	}
	/* Who signed in may differ from the cached "me": ask the server. */
	if (a->is_agent)
		submit(a, api_lookup(JOB_AGENT_ME, 0));
	strbuf_fini(&outbox);
	free(outbox_dir);
	free(authinfo);
	/* The worker keeps its own copy: wipe ours now. */
	profile_connection_fini(&a->conn);
	a->is_conn_ready = false;
}

void app_session_stop(struct app *a)
{
	worker_stop(a->worker);
	a->worker = NULL;
	mock_server_stop(a->mock);
	a->mock = NULL;
	ticket_query_free(a->query);
	a->query = NULL;
	a->data.query = NULL;
	lookup_cache_close(&a->lookup_cache);
}

unsigned app_session_in_flight(const struct app *a)
{
	return a->worker ? worker_jobs_in_flight(a->worker) : 0;
}
