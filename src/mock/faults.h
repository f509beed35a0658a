/* Faults on demand: latency, 500s, rate limiting, dropped and truncated and trickled bodies.
 * Every decision comes from one seeded stream, so a sequence of requests is reproducible. */
#ifndef HALOTUI_MOCK_FAULTS_H
#define HALOTUI_MOCK_FAULTS_H

#include <pthread.h>
#include <stdbool.h>

#include "mock/mock.h"
#include "mock/prng.h"

struct mock_faults {
	pthread_mutex_t lock;
	struct prng prng;
	double *window; /* monotonic times of the requests let through, a ring */
	unsigned window_len;
	unsigned window_head;
	unsigned window_count;
};

/* What happens to one request. */
struct mock_fault_plan {
	unsigned delay_ms;
	bool is_limited;	/* answer 429 */
	unsigned retry_after_s; /* for the 429, when Retry-After is sent */
	bool is_failed;		/* answer 500 */
	bool is_dropped;	/* cut the body and close the connection */
	bool is_truncated;	/* cut the JSON short, valid HTTP */
};

void mock_faults_init(struct mock_faults *f, const struct mock_options *opts);
void mock_faults_fini(struct mock_faults *f);
/* Decides the fate of the next API request. Always draws the same numbers per request. */
void mock_faults_plan(struct mock_faults *f, const struct mock_options *opts,
		      struct mock_fault_plan *plan);

#endif
