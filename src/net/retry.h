/* Retry policy: which failures are worth another try, and how long to wait first. */
#ifndef HALOTUI_NET_RETRY_H
#define HALOTUI_NET_RETRY_H

#include <curl/curl.h>
#include <stdbool.h>
#include <stdint.h>

/* Longest wait between two attempts, whatever the server or the back-off says. */
#define RETRY_MAX_WAIT_MS 60000L

/* True for failures where the request may never have been answered: timeouts, refused
 * or dropped connections, empty or cut-short replies. Only GETs are retried on these. */
bool retry_is_transient(CURLcode rc);
/* True when the request surely never reached the server (a write may be resent). */
bool retry_never_sent(CURLcode rc);
/* Exponential back-off with jitter for attempt ATTEMPT (0 first): a random wait in
 * [d/2, d] where d = BASE_MS * 2^ATTEMPT, capped at RETRY_MAX_WAIT_MS. RNG is the caller's
 * xorshift state (nonzero). */
long retry_backoff_ms(unsigned attempt, long base_ms, uint32_t *rng);
/* The wait a 429 asks for: RETRY_AFTER_S (from the Retry-After header, -1 when absent)
 * in milliseconds, else the back-off of ATTEMPT. */
long retry_429_wait_ms(long retry_after_s, unsigned attempt, long base_ms, uint32_t *rng);

#endif
