/* Figures for halo-mock: list pages of 100 tickets per second over one and four keep-alive
 * connections, filtered or not, with or without writes between them, and the memory of a
 * 100,000-ticket data set. Prints figures only; never fails on time. */
#include "config.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mock/mock.h"
#include "mock/server.h"
#include "util/alloc.h"

#define RUNS 5
#define MAX_CONNECTIONS 4

static size_t discard(char *data, size_t size, size_t n, void *arg)
{
	(void)data;
	*(size_t *)arg += size * n;
	return size * n;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Resident set size of this process in MiB. */
static double rss_mib(void)
{
	FILE *fp = fopen("/proc/self/status", "r");
	char line[256];
	double kib = 0;
	while (fp && fgets(line, sizeof(line), fp))
		if (!strncmp(line, "VmRSS:", 6))
			kib = atof(line + 6);
	if (fp)
		fclose(fp);
	return kib / 1024;
}

static double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static char *get_token(CURL *c, const char *base)
{
	char url[128], form[512];
	snprintf(url, sizeof(url), "%s/auth/token", base);
	snprintf(form, sizeof(form), "grant_type=client_credentials&client_id=%s&client_secret=%s",
		 MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET);
	static char body[1024];
	FILE *mem = fmemopen(body, sizeof(body) - 1, "w");
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, form);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, mem);
	curl_easy_perform(c);
	fclose(mem);
	char *start = strstr(body, "\"access_token\":\"");
	if (!start)
		return NULL;
	start += 16;
	*strchr(start, '"') = '\0';
	return start;
}

/* One client connection: N list pages of QUERY over one keep-alive handle. */
struct client {
	const char *base, *token, *query;
	int n, pages, offset;
	int write_every; /* 0: reads only; else one ticket update before every Nth page */
	size_t bytes;
	int failures;
};

/* Updates one ticket's summary (a write that makes cached selections stale). */
static void write_one(CURL *c, struct client *k, struct curl_slist *json_headers, int i)
{
	char url[256], body[128];
	size_t ignored = 0;
	snprintf(url, sizeof(url), "%s/api/Tickets", k->base);
	snprintf(body, sizeof(body), "[{\"id\":%d,\"summary\":\"bench write %d\"}]",
		 1001 + (k->offset + i) % (k->pages * 100), i);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, json_headers);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &ignored);
	if (curl_easy_perform(c) != CURLE_OK)
		k->failures++;
	curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &k->bytes);
}

static void *run_client(void *arg)
{
	struct client *k = arg;
	CURL *c = curl_easy_init();
	char auth[256], url[512];
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", k->token);
	struct curl_slist *h = curl_slist_append(NULL, auth);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &k->bytes);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	struct curl_slist *json = curl_slist_append(NULL, auth);
	json = curl_slist_append(json, "Content-Type: application/json");
	for (int i = 0; i < k->n; i++) {
		if (k->write_every && i % k->write_every == 0) {
			write_one(c, k, json, i);
			curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
		}
		snprintf(url, sizeof(url),
			 "%s/api/Tickets?pageinate=true&page_size=100&page_no=%d%s", k->base,
			 1 + (k->offset + i) % k->pages, k->query);
		curl_easy_setopt(c, CURLOPT_URL, url);
		if (curl_easy_perform(c) != CURLE_OK)
			k->failures++;
	}
	curl_slist_free_all(h);
	curl_slist_free_all(json);
	curl_easy_cleanup(c);
	return NULL;
}

/* Pages per second of CONNECTIONS keep-alive clients sharing N pages between them. */
static double pages_per_second(struct client *proto, int connections, size_t *bytes)
{
	struct client k[MAX_CONNECTIONS];
	pthread_t threads[MAX_CONNECTIONS];
	double start = now_s();
	for (int i = 0; i < connections; i++) {
		k[i] = *proto;
		k[i].n = proto->n / connections;
		k[i].offset = i * proto->pages / connections;
		pthread_create(&threads[i], NULL, run_client, &k[i]);
	}
	int done = 0;
	for (int i = 0; i < connections; i++) {
		pthread_join(threads[i], NULL);
		*bytes += k[i].bytes;
		done += k[i].n - k[i].failures;
		if (k[i].failures)
			fprintf(stderr, "bench_mock: %d requests failed\n", k[i].failures);
	}
	return done / (now_s() - start);
}

/* Median pages per second over RUNS runs, after one warm-up run (first pages rendered). */
static void bench_case(struct client *proto, const char *label, int connections)
{
	double runs[RUNS];
	size_t bytes = 0;
	pages_per_second(proto, connections, &bytes);
	bytes = 0;
	double cpu = cpu_s();
	for (int r = 0; r < RUNS; r++)
		runs[r] = pages_per_second(proto, connections, &bytes);
	cpu = (cpu_s() - cpu) / (RUNS * proto->n);
	qsort(runs, RUNS, sizeof(runs[0]), compare_double);
	printf("  %-12s %d connection%s: %6.0f pages/s (median of %d, %.0f..%.0f; %.1f KiB/page; "
	       "%.3f ms CPU/page, client and server)\n",
	       label, connections, connections > 1 ? "s" : " ", runs[RUNS / 2], RUNS, runs[0],
	       runs[RUNS - 1], (double)bytes / (RUNS * proto->n) / 1024, cpu * 1000);
}

static void bench_pages(unsigned tickets, int n, int n_filtered)
{
	struct mock_options o;
	mock_options_init(&o);
	o.ticket_count = tickets;
	char err[256];
	struct mock_server *s = mock_server_start(&o, err, sizeof(err));
	if (!s) {
		fprintf(stderr, "bench_mock: %s\n", err);
		exit(1);
	}
	char base[64];
	snprintf(base, sizeof(base), "http://127.0.0.1:%u", (unsigned)mock_server_port(s));
	CURL *c = curl_easy_init();
	char *token = get_token(c, base);
	printf("pages of 100 tickets over keep-alive, %u tickets:\n", tickets);
	struct client plain = { .base = base,
				.token = token ? token : "",
				.query = "",
				.n = n,
				.pages = (int)(tickets / 100) };
	struct client filtered = plain;
	filtered.query = "&status=1,2,3";
	filtered.n = n_filtered;
	filtered.pages = (int)(tickets / 100) * 44 / 100; /* status 1-3 hold 44% */
	bench_case(&plain, "unfiltered", 1);
	bench_case(&plain, "unfiltered", MAX_CONNECTIONS);
	bench_case(&filtered, "status=1,2,3", 1);
	bench_case(&filtered, "status=1,2,3", MAX_CONNECTIONS);
	struct client open = plain;
	open.query = "&open_only=true&order=lastactiondate&orderdesc=true";
	open.n = n_filtered;
	open.pages = filtered.pages;
	bench_case(&open, "open,order", 1);
	struct client mixed = filtered;
	mixed.write_every = 10;
	bench_case(&mixed, "status+1w/10", 1);
	mixed.query = open.query;
	bench_case(&mixed, "open+1w/10", 1);
	printf("  process RSS (server and client) after these pages: %.1f MiB\n", rss_mib());
	curl_easy_cleanup(c);
	mock_server_stop(s);
}

static void bench_memory(unsigned tickets)
{
	double before = rss_mib();
	double start = now_s();
	struct mock_options o;
	mock_options_init(&o);
	o.ticket_count = tickets;
	char err[256];
	struct mock_server *s = mock_server_start(&o, err, sizeof(err));
	if (!s) {
		fprintf(stderr, "bench_mock: %s\n", err);
		exit(1);
	}
	double startup = now_s() - start;
	printf("data set of %u tickets: %.1f MiB resident (%.1f MiB before), generated in %.2f s\n",
	       tickets, rss_mib(), before, startup);
	mock_server_stop(s);
}

/* Seconds to answer N list pages of S's data, page numbers from FIRST_PAGE on. */
static double render_pages(struct mock_server *s, const char *bearer, int first_page, int n)
{
	int pages = (int)(s->data->n_tickets / 100);
	double start = now_s();
	for (int i = 0; i < n; i++) {
		char query[96];
		snprintf(query, sizeof(query), "pageinate=true&page_size=100&page_no=%d",
			 1 + (first_page + i) % pages);
		struct mock_request rq = {
			.method = "GET", .path = "/api/Tickets", .body = "", .authorization = bearer
		};
		mock_query_init(&rq.query);
		mock_query_parse(&rq.query, query, strlen(query));
		struct mock_response rs = { .status = 0 };
		strbuf_init(&rs.body);
		mock_dispatch(s, &rq, &rs);
		strbuf_fini(&rs.body);
		strbuf_fini(&rs.ignored);
		mock_query_fini(&rq.query);
	}
	return now_s() - start;
}

/* Pages rendered per second with no HTTP at all: the emulator's own cost, for pages seen
 * the first time (every item rendered) and again (items from the cache). */
static void bench_render(unsigned tickets, int n)
{
	struct mock_server s = { .port = 1 };
	mock_options_init(&s.opts);
	s.data = mock_data_new(tickets, 1);
	s.auth = mock_auth_new(3600, 1, NULL, NULL);
	char access[MOCK_TOKEN_CHARS + 1], refresh[MOCK_TOKEN_CHARS + 1], bearer[80];
	mock_auth_issue(s.auth, access, refresh);
	snprintf(bearer, sizeof(bearer), "Bearer %s", access);
	int pages = (int)(tickets / 100);
	double first = render_pages(&s, bearer, 0, pages);
	double again = render_pages(&s, bearer, 0, n);
	printf("pages of 100 tickets rendered without HTTP (%u tickets), one thread: first time "
	       "%.0f pages/s (%.3f ms each), again %.0f pages/s (%.3f ms each)\n",
	       tickets, pages / first, first * 1000 / pages, n / again, again * 1000 / n);
	mock_auth_free(s.auth);
	mock_data_free(s.data);
}

int main(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
	bench_memory(100000); /* first, while the heap is fresh */
	bench_render(2500, 5000);
	bench_render(100000, 5000);
	bench_pages(2500, 2000, 400);
	bench_pages(100000, 2000, 200);
	curl_global_cleanup();
	return 0;
}
