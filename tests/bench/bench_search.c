/* Figures of the `/` search (never pass/fail): milliseconds per key typed over 100,000 rows
 * held in the model, for a query typed key by key (each key narrows: only the last matches
 * are tested again), for a key that widens it (backspace: every row again), and the cost of
 * building the rows' haystacks once, in CPU time (the figures of a loaded machine stay
 * comparable). The goal is 5 ms a key or less. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/model_error.h"
#include "model/ticket_json.h"
#include "ui/search.h"

#define ROWS 100000
#define PAGE 100

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static const char *const words[] = { "printer", "VPN",	    "Outlook", "laptop",     "Teams",
				     "backup",	"password", "Wi-Fi",   "SharePoint", "CRM" };
static const char *const statuses[] = { "New", "In Progress", "Closed", "Awaiting User" };
static const char *const agents[] = { "Rosa Takahashi", "Farid Ullah", "Ana Hughes", "Demo Agent" };

/* Stores page P of generated rows in LIST. */
static void store(struct ticket_list *list, int p)
{
	size_t cap = PAGE * 300 + 100, len;
	char *body = malloc(cap);
	len = (size_t)snprintf(body, cap, "{\"record_count\": %d, \"tickets\": [", ROWS);
	for (int i = 0; i < PAGE; i++) {
		int id = (p - 1) * PAGE + i + 1;
		len += (size_t)snprintf(
			body + len, cap - len,
			"%s{\"id\": %d, \"summary\": \"%s is not working on floor %d (%s)\", "
			"\"status_name\": \"%s\", \"agent_id\": %d, \"agent_name\": \"%s\", "
			"\"client_name\": \"Client %d Ltd\", \"team\": \"Team %d\"}",
			i ? "," : "", id, words[id % 10], id % 7, words[(id / 10) % 10],
			statuses[id % 4], 2 + id % 4, agents[id % 4], id % 50, id % 5);
	}
	snprintf(body + len, cap - len, "]}");
	struct ticket_page *page = NULL;
	struct model_error err;
	if (ticket_page_from_json(body, strlen(body), &page, &err) == STATUS_OK)
		ticket_list_store_page(list, ticket_list_generation(list), p, page);
	free(body);
}

int main(void)
{
	setlocale(LC_ALL, "");
	struct ticket_list *list = ticket_list_new();
	ticket_list_renew(list, 1);
	for (int p = 1; p <= ROWS / PAGE; p++)
		store(list, p);
	struct lookups lk;
	lookups_init(&lk);
	struct list_search s;
	list_search_init(&s);

	double t0 = now_ms();
	list_search_set(&s, list, &lk, "");
	double build_ms = now_ms() - t0;

	/* The query typed key by key, five times over (the first round also pays for cold
	 * memory); the median and the slowest of all keys are reported. */
	static const char typed[] = "printer status:new !agent:demo";
	enum { ROUNDS = 5, KEYS = sizeof(typed) - 1 };
	double times[ROUNDS * KEYS], total = 0, worst = 0;
	char query[sizeof(typed)];
	for (int round = 0; round < ROUNDS; round++) {
		list_search_clear(&s);
		for (size_t k = 1; k <= KEYS; k++) {
			memcpy(query, typed, k);
			query[k] = '\0';
			double start = now_ms();
			list_search_set(&s, list, &lk, query);
			double ms = now_ms() - start;
			times[round * KEYS + (int)k - 1] = ms;
			total += ms;
			worst = ms > worst ? ms : worst;
			if (getenv("BENCH_VERBOSE"))
				printf("  %-32s %8.3f ms\n", query, ms);
		}
	}
	qsort(times, ROUNDS * KEYS, sizeof(times[0]), compare_double);
	size_t matches = s.n_matches;
	/* Backspace over the last word: the query widens, every row is tested again. */
	double start = now_ms();
	list_search_set(&s, list, &lk, "printer status:new");
	double widen_ms = now_ms() - start;
	/* A first key after the haystacks exist: every row tested. */
	list_search_clear(&s);
	start = now_ms();
	list_search_set(&s, list, &lk, "p");
	double first_ms = now_ms() - start;

	printf("/ search over %d rows in the model (goal: at most 5 ms a key)\n", ROWS);
	printf("  haystacks built once:          %8.2f ms\n", build_ms);
	printf("  typing \"%s\" (%d keys, %d times): %.3f ms a key (median), %.3f ms on "
	       "average, %.3f ms at the 95th percentile, %.3f ms the slowest; %zu matches\n",
	       typed, (int)KEYS, (int)ROUNDS, times[ROUNDS * KEYS / 2],
	       total / (double)(ROUNDS * KEYS), times[ROUNDS * KEYS * 95 / 100], worst, matches);
	printf("  a key that widens (every row): %8.3f ms\n", widen_ms);
	printf("  a first key (every row):       %8.3f ms\n", first_ms);
	list_search_fini(&s);
	lookups_fini(&lk);
	ticket_list_free(list);
	return 0;
}
