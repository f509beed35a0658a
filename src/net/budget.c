/* The rolling-window request budget: a ring of send times. */
#include "config.h"

#include "net/budget.h"

#include "util/alloc.h"

#include <stdlib.h>
#include <time.h>

void budget_init(struct budget *b, int limit, int64_t window_ms)
{
	b->limit = limit > 0 ? limit : 1;
	b->window_ms = window_ms > 0 ? window_ms : 1;
	b->stamps = xcalloc((size_t)b->limit, sizeof(*b->stamps));
	b->head = 0;
	b->count = 0;
}

void budget_fini(struct budget *b)
{
	free(b->stamps);
	b->stamps = NULL;
	b->count = 0;
}

/* Forgets the sends that have left the window. */
static void budget_prune(struct budget *b, int64_t now_ms)
{
	while (b->count > 0 && b->stamps[b->head] + b->window_ms <= now_ms) {
		b->head = (b->head + 1) % b->limit;
		b->count--;
	}
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
	return b->stamps[b->head] + b->window_ms - now_ms;
}

void budget_spend(struct budget *b, int64_t now_ms)
{
	budget_prune(b, now_ms);
	if (b->count == b->limit) {
		b->head = (b->head + 1) % b->limit;
		b->count--;
	}
	b->stamps[(b->head + b->count) % b->limit] = now_ms;
	b->count++;
}

int64_t budget_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
