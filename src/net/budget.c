/* The rolling-window request budget: one stamp per request still inside the window. */
#include "config.h"

#include "net/budget.h"

#include <stdlib.h>
#include <time.h>

#include "util/alloc.h"

void budget_init(struct budget *b, int limit, int64_t window_ms)
{
	b->limit = limit > 0 ? limit : 1;
	b->window_ms = window_ms > 0 ? window_ms : 1;
	b->stamps = xcalloc((size_t)b->limit, sizeof(*b->stamps));
	b->count = 0;
}

void budget_fini(struct budget *b)
{
	free(b->stamps);
	b->stamps = NULL;
	b->count = 0;
}

/* Forgets the requests that have left the window. */
static void budget_prune(struct budget *b, int64_t now_ms)
{
	for (int i = 0; i < b->count;) {
		if (b->stamps[i] + b->window_ms <= now_ms)
			b->stamps[i] = b->stamps[--b->count];
		else
			i++;
	}
}

/* Index of the oldest stamp (count > 0). */
static int budget_oldest(const struct budget *b)
{
	int oldest = 0;
	for (int i = 1; i < b->count; i++)
		if (b->stamps[i] < b->stamps[oldest])
			oldest = i;
	return oldest;
}

int budget_remaining(struct budget *b, int64_t now_ms)
{
	budget_prune(b, now_ms);
	return b->limit - b->count;
}

int64_t budget_wait_ms(struct budget *b, int64_t now_ms)
{
	budget_prune(b, now_ms);
	if (b->count < b->limit)
		return 0;
	return b->stamps[budget_oldest(b)] + b->window_ms - now_ms;
}

void budget_spend(struct budget *b, int64_t now_ms)
{
	budget_prune(b, now_ms);
	if (b->count == b->limit) {
		int oldest = budget_oldest(b);
		b->count--;
		b->stamps[oldest] = b->stamps[b->count];
	}
	b->stamps[b->count++] = now_ms;
}

void budget_settle(struct budget *b, int64_t sent_ms, int64_t done_ms)
{
	for (int i = 0; i < b->count; i++) {
		if (b->stamps[i] == sent_ms) {
			if (done_ms > sent_ms)
				b->stamps[i] = done_ms;
			return;
		}
	}
}

int64_t budget_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t budget_settled_ms(void)
{
	return budget_now_ms() + 1;
}
