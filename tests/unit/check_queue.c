/* Tests of util/queue: order, ownership on close, timeouts, many producers. */
#include "config.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "harness.h"
#include "util/queue.h"

START_TEST(items_come_out_in_the_order_they_went_in)
{
	struct queue q;
	ck_assert(queue_init(&q));
	for (intptr_t i = 1; i <= 5; i++)
		ck_assert(queue_push(&q, (void *)i));
	ck_assert_uint_eq(queue_length(&q), 5);
	for (intptr_t i = 1; i <= 5; i++)
		ck_assert_ptr_eq(queue_try_pop(&q), (void *)i);
	ck_assert_ptr_null(queue_try_pop(&q));
	queue_fini(&q, NULL);
}
END_TEST

START_TEST(a_closed_queue_refuses_pushes_but_drains_what_it_holds)
{
	struct queue q;
	ck_assert(queue_init(&q));
	ck_assert(queue_push(&q, (void *)1));
	queue_close(&q);
	ck_assert(!queue_push(&q, (void *)2));
	ck_assert_ptr_eq(queue_pop(&q, -1), (void *)1);
	ck_assert_ptr_null(queue_pop(&q, -1));
	queue_fini(&q, NULL);
}
END_TEST

START_TEST(pop_on_an_empty_queue_returns_null_after_the_timeout)
{
	struct queue q;
	ck_assert(queue_init(&q));
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	ck_assert_ptr_null(queue_pop(&q, 50));
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	ck_assert_int_ge(ms, 45);
	queue_fini(&q, NULL);
}
END_TEST

static int freed;
static void count_free(void *item)
{
	freed++;
	free(item);
}

START_TEST(fini_frees_items_left_in_the_queue)
{
	struct queue q;
	ck_assert(queue_init(&q));
	freed = 0;
	queue_push(&q, malloc(8));
	queue_push(&q, malloc(8));
	queue_fini(&q, count_free);
	ck_assert_int_eq(freed, 2);
}
END_TEST

#define PRODUCERS 4
#define PER_PRODUCER 2000

static void *produce(void *arg)
{
	struct queue *q = arg;
	for (intptr_t i = 1; i <= PER_PRODUCER; i++)
		queue_push(q, (void *)i);
	return NULL;
}

START_TEST(every_item_of_concurrent_producers_arrives_once)
{
	struct queue q;
	ck_assert(queue_init(&q));
	pthread_t threads[PRODUCERS];
	for (int i = 0; i < PRODUCERS; i++)
		pthread_create(&threads[i], NULL, produce, &q);
	long sum = 0;
	for (int got = 0; got < PRODUCERS * PER_PRODUCER; got++) {
		void *item = queue_pop(&q, 5000);
		ck_assert_ptr_nonnull(item);
		sum += (intptr_t)item;
	}
	for (int i = 0; i < PRODUCERS; i++)
		pthread_join(threads[i], NULL);
	ck_assert_int_eq(sum, (long)PRODUCERS * PER_PRODUCER * (PER_PRODUCER + 1) / 2);
	ck_assert_ptr_null(queue_try_pop(&q));
	queue_fini(&q, NULL);
}
END_TEST

static void *close_later(void *arg)
{
	struct timespec ts = { 0, 20 * 1000000L };
	nanosleep(&ts, NULL);
	queue_close(arg);
	return NULL;
}

START_TEST(close_wakes_a_waiting_consumer)
{
	struct queue q;
	ck_assert(queue_init(&q));
	pthread_t t;
	pthread_create(&t, NULL, close_later, &q);
	ck_assert_ptr_null(queue_pop(&q, -1));
	pthread_join(t, NULL);
	queue_fini(&q, NULL);
}
END_TEST

HARNESS_MAIN("queue", items_come_out_in_the_order_they_went_in,
	     a_closed_queue_refuses_pushes_but_drains_what_it_holds,
	     pop_on_an_empty_queue_returns_null_after_the_timeout,
	     fini_frees_items_left_in_the_queue, every_item_of_concurrent_producers_arrives_once,
	     close_wakes_a_waiting_consumer)
