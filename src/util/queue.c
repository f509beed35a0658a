/* The FIFO that carries jobs to the worker and results back to the UI thread. */
#include "config.h"

#include "util/queue.h"

#include <errno.h>
#include <stdlib.h>
#include <time.h>

#include "util/alloc.h"

struct queue_node {
	struct queue_node *next;
	void *item;
};

bool queue_init(struct queue *q)
{
	q->head = q->tail = NULL;
	q->length = 0;
	q->is_closed = false;
	if (pthread_mutex_init(&q->lock, NULL) != 0)
		return false;
	pthread_condattr_t attr;
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	int rc = pthread_cond_init(&q->nonempty, &attr);
	pthread_condattr_destroy(&attr);
	if (rc != 0) {
		pthread_mutex_destroy(&q->lock);
		return false;
	}
	return true;
}

void queue_fini(struct queue *q, void (*free_item)(void *item))
{
	struct queue_node *n = q->head;
	while (n) {
		struct queue_node *next = n->next;
		if (free_item)
			free_item(n->item);
		free(n);
		n = next;
	}
	q->head = q->tail = NULL;
	q->length = 0;
	pthread_cond_destroy(&q->nonempty);
	pthread_mutex_destroy(&q->lock);
}

bool queue_push(struct queue *q, void *item)
{
	struct queue_node *n = xmalloc(sizeof(*n));
	n->next = NULL;
	n->item = item;
	pthread_mutex_lock(&q->lock);
	if (q->is_closed) {
		pthread_mutex_unlock(&q->lock);
		free(n);
		return false;
	}
	if (q->tail)
		q->tail->next = n;
	else
		q->head = n;
	q->tail = n;
	q->length++;
	pthread_cond_signal(&q->nonempty);
	pthread_mutex_unlock(&q->lock);
	return true;
}

/* Unlinks the head; the lock is held by the caller and the queue is not empty. */
static void *take_head(struct queue *q)
{
	struct queue_node *n = q->head;
	q->head = n->next;
	if (!q->head)
		q->tail = NULL;
	q->length--;
	void *item = n->item;
	free(n);
	return item;
}

void *queue_try_pop(struct queue *q)
{
	void *item = NULL;
	pthread_mutex_lock(&q->lock);
	if (q->head)
		item = take_head(q);
	pthread_mutex_unlock(&q->lock);
	return item;
}

static struct timespec deadline_after(int timeout_ms)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_sec += timeout_ms / 1000;
	ts.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return ts;
}

void *queue_pop(struct queue *q, int timeout_ms)
{
	struct timespec deadline = deadline_after(timeout_ms > 0 ? timeout_ms : 0);
	void *item = NULL;
	pthread_mutex_lock(&q->lock);
	while (!q->head && !q->is_closed) {
		int rc = timeout_ms < 0 ? pthread_cond_wait(&q->nonempty, &q->lock)
					: pthread_cond_timedwait(&q->nonempty, &q->lock, &deadline);
		if (rc == ETIMEDOUT)
			break;
	}
	if (q->head)
		item = take_head(q);
	pthread_mutex_unlock(&q->lock);
	return item;
}

void queue_close(struct queue *q)
{
	pthread_mutex_lock(&q->lock);
	q->is_closed = true;
	pthread_cond_broadcast(&q->nonempty);
	pthread_mutex_unlock(&q->lock);
}

size_t queue_length(struct queue *q)
{
	pthread_mutex_lock(&q->lock);
	size_t n = q->length;
	pthread_mutex_unlock(&q->lock);
	return n;
}
