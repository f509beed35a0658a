/* The client's own rate budget: N requests per rolling window, so 429s stay rare. */
#ifndef HALOTUI_NET_BUDGET_H
#define HALOTUI_NET_BUDGET_H

#include <stdint.h>

/* Times are milliseconds on any monotonic clock the caller chooses. */
struct budget {
	int limit;
	int64_t window_ms;
	int64_t *stamps; /* ring of the send times still inside the window */
	int head;	 /* index of the oldest stamp */
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

/* Milliseconds on CLOCK_MONOTONIC. */
int64_t budget_now_ms(void);

#endif
