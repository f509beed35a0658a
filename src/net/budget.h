/* The client's own rate budget: N requests per rolling window, so 429s stay rare. */
#ifndef HALOTUI_NET_BUDGET_H
#define HALOTUI_NET_BUDGET_H

#include <stdint.h>

/* Times are milliseconds on any monotonic clock the caller chooses. Each request holds a
 * stamp: its start while it runs, then its end (settled), since the server counts it at
 * some moment in between and the later stamp is the safe one. */
struct budget {
	int limit;
	int64_t window_ms;
	int64_t *stamps; /* count stamps, unordered */
	int count;
};

/* A budget of LIMIT requests per WINDOW_MS (both > 0). budget_fini releases it. */
void budget_init(struct budget *b, int limit, int64_t window_ms);
void budget_fini(struct budget *b);
/* Requests that may still be sent at NOW_MS. */
int budget_remaining(struct budget *b, int64_t now_ms);
/* 0 when a request may be sent at NOW_MS, else how long until one may. */
int64_t budget_wait_ms(struct budget *b, int64_t now_ms);
/* Records a request sent at NOW_MS (when the budget is spent, the oldest is forgotten). */
void budget_spend(struct budget *b, int64_t now_ms);
/* Moves the stamp of the request sent at SENT_MS to DONE_MS, when its answer came. */
void budget_settle(struct budget *b, int64_t sent_ms, int64_t done_ms);

/* Milliseconds on CLOCK_MONOTONIC. */
int64_t budget_now_ms(void);
/* The stamp of an answer that came now (for budget_settle): budget_now_ms rounded up. The
 * server counted the request before its answer, but maybe later in this same millisecond; a
 * stamp cut down to the millisecond would let the window's next request in up to 1 ms early
 * and meet a 429 when the server's window is as full as ours. */
int64_t budget_settled_ms(void);

#endif
