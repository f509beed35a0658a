/* Benchmark: every page of 10,000 tickets through the client, against a sequential curl
 * loop and curl --parallel on the same pages from halo-mock; then the whole program as a
 * script runs it (halotui list --all --format jsonl, and one page) against curl doing the
 * same, each run in turn with its curl counterpart. Prints figures only. Run from the build
 * tree (it runs src/halotui, or $HALOTUI). */
#include "config.h"

#include <curl/curl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mock/mock.h"
#include "model/reply.h"
#include "model/ticket.h"
#include "model/ticket_json.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/wake_pipe.h"

#define TICKETS 10000
#define PAGE_SIZE 100
#define PAGES ((TICKETS + PAGE_SIZE - 1) / PAGE_SIZE)
/* Each figure is the median of this many runs: the machine is shared, and the median
 * stays put when one run is disturbed. */
#define RUNS 7
/* The whole program against curl: runs of a few tens of milliseconds, where one disturbed
 * run weighs more, so more of them. */
#define PROGRAM_RUNS 21

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct job_result *wait_result(struct worker *w, struct wake_pipe *wake)
{
	struct job_result *r;
	while (!(r = worker_take_result(w))) {
		struct pollfd pfd = { .fd = wake->read_fd, .events = POLLIN };
		poll(&pfd, 1, 1000);
		wake_pipe_drain(wake);
	}
	return r;
}

/* Reply bodies of the first client run, to time the parsing on its own. */
static char *bodies[PAGES];
static size_t body_lens[PAGES];

/* Loads every page with the client (after a warm-up that signs in); seconds, or < 0. */
static double run_client(const char *api_url, const char *auth_url, int connections)
{
	struct wake_pipe wake;
	if (!wake_pipe_open(&wake))
		return -1;
	struct net_settings s = { .api_url = api_url,
				  .auth_url = auth_url,
				  .client_id = MOCK_DEMO_CLIENT_ID,
				  .client_secret = MOCK_DEMO_CLIENT_SECRET,
				  .max_connections = connections,
				  .budget_requests = 1000000 };
	char err[256];
	struct worker *w = worker_start(&s, &wake, err, sizeof(err));
	if (!w) {
		fprintf(stderr, "client: %s\n", err);
		return -1;
	}
	worker_submit(w, api_lookup(JOB_STATUSES, 1));
	job_result_free(wait_result(w, &wake));
	double start = now_s();
	for (int p = 1; p <= PAGES; p++)
		worker_submit(w, api_tickets_list(NULL, p, PAGE_SIZE, 1));
	size_t rows = 0;
	int failed = 0;
	for (int i = 0; i < PAGES; i++) {
		struct job_result *r = wait_result(w, &wake);
		if (r->status == STATUS_OK)
			rows += r->data.page->count;
		else
			failed++;
		if (r->body && !bodies[i]) {
			bodies[i] = r->body;
			body_lens[i] = r->body_len;
			r->body = NULL;
		}
		job_result_free(r);
	}
	double t = now_s() - start;
	worker_stop(w);
	wake_pipe_close(&wake);
	if (failed || rows != TICKETS) {
		fprintf(stderr, "client: %d pages failed, %zu rows\n", failed, rows);
		return -1;
	}
	return t;
}

/* The view tabs' counts as the console sends them: one one-row page per ticket view and the
 * approvals waiting for me, all at once. Prints requests, bytes and time of one count round,
 * and what view-count-interval makes of it. */
static void run_view_counts(const char *api_url, const char *auth_url)
{
	static const char *const views[] = { "mine=true&open_only=true",
					     "agent_id=1&open_only=true", "open_only=true",
					     "includebreached=1&open_only=true" };
	const int n_views = (int)(sizeof(views) / sizeof(views[0])) + 1;
	struct wake_pipe wake;
	if (!wake_pipe_open(&wake))
		return;
	struct net_settings s = { .api_url = api_url,
				  .auth_url = auth_url,
				  .client_id = MOCK_DEMO_CLIENT_ID,
				  .client_secret = MOCK_DEMO_CLIENT_SECRET,
				  .budget_requests = 1000000 };
	char err[256];
	struct worker *w = worker_start(&s, &wake, err, sizeof(err));
	if (!w) {
		fprintf(stderr, "view counts: %s\n", err);
		wake_pipe_close(&wake);
		return;
	}
	worker_submit(w, api_lookup(JOB_STATUSES, 1));
	job_result_free(wait_result(w, &wake));
	int before = worker_budget_remaining(w);
	double start = now_s();
	for (int i = 0; i < n_views - 1; i++)
		worker_submit(w, api_tickets_list(views[i], 1, 1, 2));
	worker_submit(w, api_approvals_list(0, true, 2));
	size_t bytes = 0;
	for (int i = 0; i < n_views; i++) {
		struct job_result *r = wait_result(w, &wake);
		bytes += r->body_len;
		job_result_free(r);
	}
	double t = now_s() - start;
	int spent = before - worker_budget_remaining(w);
	worker_stop(w);
	wake_pipe_close(&wake);
	printf("view tabs counted: %d views, %d requests (one per view), %zu bytes, %.3f s\n",
	       n_views, spent, bytes, t);
	printf("  at view-count-interval 300: %d requests per 5 minutes, %.0f per hour\n", spent,
	       spent * 12.0);
}

/* The access token for the curl runs, from curl itself. */
static char *fetch_token(const char *auth_url, const char *dir)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd),
		 "printf 'grant_type=client_credentials&client_id=%s&client_secret=%s&scope=all' "
		 "> %s/form && curl -s -d @%s/form %s/token",
		 MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, dir, dir, auth_url);
	FILE *p = popen(cmd, "r");
	char reply[4096] = "";
	size_t n = p ? fread(reply, 1, sizeof(reply) - 1, p) : 0;
	if (p)
		pclose(p);
	reply[n] = '\0';
	char *at = strstr(reply, "\"access_token\"");
	if (!at || !(at = strchr(at + 14, '"')))
		return NULL;
	char *end = strchr(at + 1, '"');
	return end ? strndup(at + 1, (size_t)(end - at - 1)) : NULL;
}

/* Writes a curl config fetching every page to /dev/null with the token. */
static void write_curl_config(const char *path, const char *api_url, const char *token)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return;
	fprintf(f,
		"silent\nheader = \"Authorization: Bearer %s\"\n"
		"header = \"Accept: application/json\"\ncompressed\n",
		token);
	for (int p = 1; p <= PAGES; p++)
		fprintf(f,
			"url = \"%s/Tickets?pageinate=true&page_size=%d&page_no=%d\"\n"
			"output = /dev/null\n",
			api_url, PAGE_SIZE, p);
	fclose(f);
}

/* Reads the kept bodies as list --format jsonl does (each record's own text) on this
 * thread alone; seconds. */
static double run_texts_only(void)
{
	double start = now_s();
	for (int i = 0; i < PAGES; i++) {
		struct reply reply;
		if (bodies[i] && reply_scan_texts(bodies[i], body_lens[i], "tickets", &reply))
			reply_fini(&reply);
	}
	return now_s() - start;
}

/* Parses the kept bodies into model pages on this thread alone; seconds. */
static double run_parse_only(size_t *bytes)
{
	*bytes = 0;
	double start = now_s();
	for (int i = 0; i < PAGES; i++) {
		struct ticket_page *page = NULL;
		if (bodies[i] &&
		    ticket_page_from_json(bodies[i], body_lens[i], &page, NULL) == STATUS_OK)
			ticket_page_free(page);
		*bytes += body_lens[i];
	}
	return now_s() - start;
}

static double run_shell(const char *cmd)
{
	double start = now_s();
	int rc = system(cmd);
	double t = now_s() - start;
	return rc == 0 ? t : -1;
}

/* A config in DIR whose profile points at the emulator on PORT; the commands that run
 * halotui with it (every page, and one page), written into ALL and ONE. */
static void halotui_commands(const char *dir, unsigned port, char *all, char *one, size_t size)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/config/halotui", dir);
	char mk[512];
	snprintf(mk, sizeof(mk), "mkdir -p '%s'", path);
	if (system(mk) != 0)
		return;
	strncat(path, "/config", sizeof(path) - strlen(path) - 1);
	FILE *f = fopen(path, "w");
	if (!f)
		return;
	fprintf(f, "set url = http://127.0.0.1:%u\nset client_id = %s\n", port,
		MOCK_DEMO_CLIENT_ID);
	fclose(f);
	const char *bin = getenv("HALOTUI") ? getenv("HALOTUI") : "src/halotui";
	char env[512];
	snprintf(env, sizeof(env),
		 "XDG_CONFIG_HOME='%s/config' XDG_STATE_HOME='%s/state' XDG_CACHE_HOME='%s/cache' "
		 "HALOTUI_CLIENT_SECRET=%s",
		 dir, dir, dir, MOCK_DEMO_CLIENT_SECRET);
	snprintf(all, size, "%s %s list --all --format jsonl >/dev/null", env, bin);
	snprintf(one, size, "%s %s list --page_size %d --format jsonl >/dev/null", env, bin,
		 PAGE_SIZE);
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The median of N timings; a failed run (< 0) makes the whole figure a failure. */
static double median_n(double *t, int n)
{
	for (int i = 0; i < n; i++)
		if (t[i] < 0)
			return -1;
	qsort(t, (size_t)n, sizeof(*t), by_value);
	return t[n / 2];
}

static double median_of(double *t)
{
	return median_n(t, RUNS);
}

static double median_client(const char *api_url, const char *auth_url, int connections)
{
	double t[RUNS];
	for (int i = 0; i < RUNS; i++)
		t[i] = run_client(api_url, auth_url, connections);
	return median_of(t);
}

static double median_shell(const char *cmd)
{
	double t[RUNS];
	for (int i = 0; i < RUNS; i++)
		t[i] = run_shell(cmd);
	return median_of(t);
}

static double median_parse(size_t *bytes)
{
	double t[RUNS];
	for (int i = 0; i < RUNS; i++)
		t[i] = run_parse_only(bytes);
	return median_of(t);
}

int main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
	struct mock_options o;
	mock_options_init(&o);
	o.ticket_count = TICKETS;
	char err[256];
	struct mock_server *mock = mock_server_start(&o, err, sizeof(err));
	if (!mock) {
		fprintf(stderr, "halo-mock: %s\n", err);
		return 1;
	}
	char api_url[64], auth_url[64], dir[] = "/tmp/halotui-bench-XXXXXX";
	snprintf(api_url, sizeof(api_url), "http://127.0.0.1:%u/api", mock_server_port(mock));
	snprintf(auth_url, sizeof(auth_url), "http://127.0.0.1:%u/auth", mock_server_port(mock));
	char *token = mkdtemp(dir) ? fetch_token(auth_url, dir) : NULL;
	if (!token) {
		fprintf(stderr, "cannot get a token with curl\n");
		return 1;
	}
	char config[128], cmd[1024];
	snprintf(config, sizeof(config), "%s/pages.curl", dir);
	write_curl_config(config, api_url, token);

	printf("halo-mock: %d tickets, %d pages of %d, no rate limit, loopback; median of %d "
	       "runs\n",
	       TICKETS, PAGES, PAGE_SIZE, RUNS);
	double client4 = median_client(api_url, auth_url, 4);
	double client8 = median_client(api_url, auth_url, 8);
	size_t bytes;
	double parse = median_parse(&bytes);
	double texts[RUNS];
	for (int i = 0; i < RUNS; i++)
		texts[i] = run_texts_only();
	double texts_only = median_of(texts);
	snprintf(cmd, sizeof(cmd),
		 "for p in $(seq 1 %d); do curl -s --compressed -o /dev/null -H 'Authorization: "
		 "Bearer %s' -H 'Accept: application/json' '%s/Tickets?pageinate=true&page_size=%d"
		 "&page_no='$p || exit 1; done",
		 PAGES, token, api_url, PAGE_SIZE);
	double seq = median_shell(cmd);
	snprintf(cmd, sizeof(cmd), "curl -s --parallel --parallel-max 4 -K %s 2>/dev/null", config);
	double par4 = median_shell(cmd);
	snprintf(cmd, sizeof(cmd), "curl -s --parallel -K %s 2>/dev/null", config);
	double par50 = median_shell(cmd);

	char all[1024] = "", one[1024] = "", curl_one_cmd[1024], par4_cmd[256];
	halotui_commands(dir, mock_server_port(mock), all, one, sizeof(all));
	snprintf(curl_one_cmd, sizeof(curl_one_cmd),
		 "t=$(curl -s -d @%s/form %s/token | sed -n "
		 "'s/.*\"access_token\":\"\\([^\"]*\\)\".*/"
		 "\\1/p') && curl -s --compressed -o /dev/null -H \"Authorization: Bearer $t\" -H "
		 "'Accept: application/json' '%s/Tickets?pageinate=true&page_size=%d&page_no=1'",
		 dir, auth_url, api_url, PAGE_SIZE);
	snprintf(par4_cmd, sizeof(par4_cmd),
		 "curl -s --parallel --parallel-max 4 -K %s 2>/dev/null", config);
	/* The program and what it is held to take turns, run by run, so that the machine's
	 * other work weighs on both alike. */
	double t_all[PROGRAM_RUNS], t_par4[PROGRAM_RUNS], t_one[PROGRAM_RUNS],
		t_curl_one[PROGRAM_RUNS];
	for (int i = 0; i < PROGRAM_RUNS; i++) {
		t_all[i] = run_shell(all);
		t_par4[i] = run_shell(par4_cmd);
		t_one[i] = run_shell(one);
		t_curl_one[i] = run_shell(curl_one_cmd);
	}
	double prog_all = median_n(t_all, PROGRAM_RUNS), prog_par4 = median_n(t_par4, PROGRAM_RUNS);
	double prog_one = median_n(t_one, PROGRAM_RUNS),
	       curl_one = median_n(t_curl_one, PROGRAM_RUNS);

	printf("client, 4 connections, parsed to model:  %8.3f s\n", client4);
	printf("client, 8 connections, parsed to model:  %8.3f s\n", client8);
	printf("  of which JSON -> model, one thread:     %8.3f s (%.1f MB of JSON)\n", parse,
	       (double)bytes / 1e6);
	printf("JSON -> record texts (list's jsonl), one thread: %8.3f s\n", texts_only);
	printf("sequential curl loop (one process/page):  %8.3f s\n", seq);
	printf("curl --parallel --parallel-max 4 (raw):   %8.3f s\n", par4);
	printf("curl --parallel (max 50, raw):            %8.3f s\n", par50);
	if (client4 > 0 && seq > 0 && par4 > 0 && par50 > 0) {
		printf("sequential loop / client(4):        %6.2fx\n", seq / client4);
		printf("client(4) / curl --parallel-max 4:  %6.2fx\n", client4 / par4);
		printf("client(4) / curl --parallel:        %6.2fx\n", client4 / par50);
		printf("JSON -> model / curl --parallel-max 4: %6.2fx\n", parse / par4);
	}
	printf("halotui list --all --format jsonl (median of %d): %8.3f s\n", PROGRAM_RUNS,
	       prog_all);
	printf("  curl --parallel-max 4, in turn with it: %8.3f s\n", prog_par4);
	printf("halotui list (one page of %d):           %8.3f s\n", PAGE_SIZE, prog_one);
	printf("curl token + that page:                   %8.3f s\n", curl_one);
	if (prog_all > 0 && prog_one > 0 && curl_one > 0 && prog_par4 > 0) {
		printf("list --all / curl --parallel-max 4:  %6.2fx (goal <= 1.3)\n",
		       prog_all / prog_par4);
		printf("list one page / curl token + page:   %6.2fx (goal <= 1.2)\n",
		       prog_one / curl_one);
	}
	run_view_counts(api_url, auth_url);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	free(token);
	for (int i = 0; i < PAGES; i++)
		free(bodies[i]);
	mock_server_stop(mock);
	curl_global_cleanup();
	return 0;
}
