/* A thread-safe FIFO of pointers (mutex + condition variable), for jobs and results. */
#ifndef HALOTUI_UTIL_QUEUE_H
#define HALOTUI_UTIL_QUEUE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

struct queue_node;

struct queue {
	pthread_mutex_t lock;
	pthread_cond_t nonempty;
	struct queue_node *head, *tail;
	size_t length;
	bool is_closed;
};

/* An empty, open queue. Returns false when the mutex or condvar cannot be made. */
bool queue_init(struct queue *q);
/* Frees what is left in the queue with FREE_ITEM (may be NULL), then the queue itself. */
void queue_fini(struct queue *q, void (*free_item)(void *item));

/* Appends ITEM (ownership passes to the queue). False once the queue is closed:
 * then the caller still owns ITEM. */
bool queue_push(struct queue *q, void *item);
/* Takes the oldest item, or NULL at once when the queue is empty. Caller owns it. */
void *queue_try_pop(struct queue *q);
/* Takes the oldest item, waiting up to TIMEOUT_MS (negative: forever). NULL when the
 * time ran out or the queue is closed and empty. Caller owns the item. */
void *queue_pop(struct queue *q, int timeout_ms);
/* Refuses further pushes and wakes every waiter; items already queued stay poppable. */
void queue_close(struct queue *q);
size_t queue_length(struct queue *q);

#endif
