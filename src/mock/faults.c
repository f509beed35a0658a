/* The fault planner: one locked PRNG and a ring of recent request times for the rate limit. */
#include "config.h"

#include "mock/faults.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/alloc.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void mock_faults_init(struct mock_faults *f, const struct mock_options *opts)
{
	memset(f, 0, sizeof(*f));
	pthread_mutex_init(&f->lock, NULL);
	prng_init(&f->prng, opts->seed ^ 0xfa017ULL);
	f->window_len = opts->rate_limit_requests;
	if (f->window_len)
		f->window = xcalloc(f->window_len, sizeof(*f->window));
}

void mock_faults_fini(struct mock_faults *f)
{
	pthread_mutex_destroy(&f->lock);
	free(f->window);
	f->window = NULL;
}

/* True (and the wait in *RETRY_S) when the window is full; else records NOW. */
static bool rate_limited(struct mock_faults *f, const struct mock_options *o, unsigned *retry_s)
{
	if (!f->window_len)
		return false;
	double now = now_s();
	while (f->window_count > 0) {
		unsigned oldest =
			(f->window_head + f->window_len - f->window_count) % f->window_len;
		if (now - f->window[oldest] < o->rate_limit_window_s)
			break;
		f->window_count--;
	}
	if (f->window_count == f->window_len) {
		unsigned oldest = f->window_head; /* the ring is full: head is the oldest */
		double wait = f->window[oldest] + o->rate_limit_window_s - now;
		*retry_s = wait < 1 ? 1 : (unsigned)ceil(wait);
		return true;
	}
	f->window[f->window_head] = now;
	f->window_head = (f->window_head + 1) % f->window_len;
	f->window_count++;
	return false;
}

void mock_faults_plan(struct mock_faults *f, const struct mock_options *o,
		      struct mock_fault_plan *plan)
{
	memset(plan, 0, sizeof(*plan));
	pthread_mutex_lock(&f->lock);
	double jitter = prng_unit(&f->prng);
	double fail = prng_unit(&f->prng);
	double drop = prng_unit(&f->prng);
	double trunc = prng_unit(&f->prng);
	plan->is_limited = rate_limited(f, o, &plan->retry_after_s);
	pthread_mutex_unlock(&f->lock);
	plan->delay_ms = o->latency_ms + (unsigned)(jitter * (o->latency_jitter_ms + 1));
	if (plan->delay_ms > o->latency_ms + o->latency_jitter_ms)
		plan->delay_ms = o->latency_ms + o->latency_jitter_ms;
	if (plan->is_limited)
		return;
	plan->is_failed = fail < o->fail_rate;
	plan->is_dropped = !plan->is_failed && drop < o->drop_rate;
	plan->is_truncated = !plan->is_failed && !plan->is_dropped && trunc < o->truncate_rate;
}
