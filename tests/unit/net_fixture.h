/* Test fixture for the network client: halo-mock on loopback, a worker, a request log. */
#ifndef HALOTUI_TESTS_NET_FIXTURE_H
#define HALOTUI_TESTS_NET_FIXTURE_H

#include <check.h>
#include <curl/curl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mock/mock.h"
#include "net/worker.h"
#include "util/log.h"
#include "util/wake_pipe.h"

struct net_fixture {
	struct mock_options mock_options;
	struct mock_server *mock;
	struct worker *worker;
	struct wake_pipe wake;
	struct net_settings settings;
	char api_url[64];
	char auth_url[64];
	char dir[64];
	char log_path[128];
	char outbox_path[128];
	struct log *log;
};

static inline long fixture_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Defaults: a small data set, demo credentials, quick back-off, a log and an outbox in a
 * fresh temporary folder. Change f->mock_options / f->settings before starting. */
static inline void fixture_init(struct net_fixture *f)
{
	memset(f, 0, sizeof(*f));
	/* Before any thread, as main does in the program. */
	curl_global_init(CURL_GLOBAL_DEFAULT);
	mock_options_init(&f->mock_options);
	f->mock_options.ticket_count = 300;
	snprintf(f->dir, sizeof(f->dir), "/tmp/halotui-net-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(f->dir));
	snprintf(f->log_path, sizeof(f->log_path), "%s/requests.log", f->dir);
	snprintf(f->outbox_path, sizeof(f->outbox_path), "%s/state/outbox", f->dir);
	f->log = log_open(f->log_path, LOG_DEBUG);
	ck_assert_ptr_nonnull(f->log);
	ck_assert(wake_pipe_open(&f->wake));
	struct net_settings *s = &f->settings;
	s->api_url = f->api_url;
	s->auth_url = f->auth_url;
	s->client_id = MOCK_DEMO_CLIENT_ID;
	s->client_secret = MOCK_DEMO_CLIENT_SECRET;
	s->backoff_base_ms = 20;
	s->outbox_path = f->outbox_path;
	s->log = f->log;
}

static inline void fixture_start_mock(struct net_fixture *f)
{
	char err[256] = "";
	f->mock = mock_server_start(&f->mock_options, err, sizeof(err));
	ck_assert_msg(f->mock != NULL, "halo-mock: %s", err);
	unsigned port = mock_server_port(f->mock);
	f->mock_options.port = (unsigned short)port;
	snprintf(f->api_url, sizeof(f->api_url), "http://127.0.0.1:%u/api", port);
	snprintf(f->auth_url, sizeof(f->auth_url), "http://127.0.0.1:%u/auth", port);
}

/* Puts the API at PATH of the running halo-mock (one it does not serve, say), before the
 * worker starts. */
static inline void fixture_api_at(struct net_fixture *f, const char *path)
{
	snprintf(f->api_url, sizeof(f->api_url), "http://127.0.0.1:%u%s",
		 (unsigned)f->mock_options.port, path);
}

static inline void fixture_start_worker(struct net_fixture *f)
{
	char err[256] = "";
	f->worker = worker_start(&f->settings, &f->wake, err, sizeof(err));
	ck_assert_msg(f->worker != NULL, "worker: %s", err);
}

static inline void fixture_start(struct net_fixture *f)
{
	fixture_start_mock(f);
	fixture_start_worker(f);
}

/* The next result, waiting on the wake pipe as the UI does, for as long as it takes (a test
 * that hangs is ended by Check's own timeout, not by a guess of how slow is too slow). */
static inline struct job_result *fixture_wait(struct net_fixture *f)
{
	for (;;) {
		struct job_result *r = worker_take_result(f->worker);
		if (r)
			return r;
		struct pollfd pfd = { .fd = f->wake.read_fd, .events = POLLIN };
		poll(&pfd, 1, -1);
		wake_pipe_drain(&f->wake);
	}
}

/* Submits JOB and waits for its result (the only one expected). */
static inline struct job_result *fixture_run(struct net_fixture *f, struct job *job)
{
	ck_assert_ptr_nonnull(job);
	ck_assert(worker_submit(f->worker, job));
	return fixture_wait(f);
}

/* Fails the test with the result's error unless it is STATUS_OK. */
static inline void fixture_assert_ok(const struct job_result *r)
{
	ck_assert_msg(r->status == STATUS_OK, "%s %s: %s (HTTP %ld): %s", job_kind_name(r->kind),
		      r->error.route ? r->error.route : "", status_name(r->status),
		      r->error.http_code, r->error.message ? r->error.message : "");
}

/* The request log so far (caller frees). */
static inline char *fixture_read_log(struct net_fixture *f)
{
	FILE *fp = fopen(f->log_path, "r");
	ck_assert_ptr_nonnull(fp);
	char *text = calloc(1, 1 << 20);
	size_t n = fread(text, 1, (1 << 20) - 1, fp);
	text[n] = '\0';
	fclose(fp);
	return text;
}

static inline int fixture_count(const char *text, const char *needle)
{
	int n = 0;
	for (const char *p = text; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static inline void fixture_stop_worker(struct net_fixture *f)
{
	worker_stop(f->worker);
	f->worker = NULL;
}

static inline void fixture_fini(struct net_fixture *f)
{
	worker_stop(f->worker);
	mock_server_stop(f->mock);
	log_close(f->log);
	wake_pipe_close(&f->wake);
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	ck_assert_int_eq(system(cmd), 0);
	curl_global_cleanup();
}

#endif
