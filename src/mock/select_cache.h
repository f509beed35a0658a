/* Filtered, ordered selections of tickets kept between requests: the pages of one query share
 * one scan (and one sort) until a ticket changes. */
#ifndef HALOTUI_MOCK_SELECT_CACHE_H
#define HALOTUI_MOCK_SELECT_CACHE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

struct mock_ticket;

#define MOCK_SELECT_CACHE_SLOTS 8

/* One selection: the tickets that matched a query, in its order. */
struct mock_selection {
	atomic_int refs;
	uint64_t generation; /* the data's change count when it was made */
	char *key;
	struct mock_ticket **tickets;
	size_t n;
};

/* The selections of one data set; lives in struct mock_data. */
struct mock_select_cache {
	pthread_mutex_t lock;
	struct mock_selection *slots[MOCK_SELECT_CACHE_SLOTS];
	size_t next;
};

void mock_select_cache_init(struct mock_select_cache *c);
void mock_select_cache_fini(struct mock_select_cache *c);
/* The selection made for KEY at GENERATION, with a reference for the caller, or NULL.
 * Caller holds the data's read lock (so GENERATION cannot move). */
struct mock_selection *mock_select_cache_get(struct mock_select_cache *c, const char *key,
					     uint64_t generation);
/* Keeps a selection of N TICKETS (takes ownership of the array) for KEY at GENERATION,
 * replacing the oldest; returns it with a reference for the caller. */
struct mock_selection *mock_select_cache_put(struct mock_select_cache *c, const char *key,
					     uint64_t generation, struct mock_ticket **tickets,
					     size_t n);
/* Drops a reference; the last one frees. NULL-safe. */
void mock_selection_release(struct mock_selection *s);

#endif
