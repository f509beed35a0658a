/* The worker's insides, shared by its files (worker*.c) and nobody else. */
#ifndef HALOTUI_NET_WORKER_PRIVATE_H
#define HALOTUI_NET_WORKER_PRIVATE_H

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "net/budget.h"
#include "net/http.h"
#include "net/outbox.h"
#include "net/worker.h"
#include "util/queue.h"

/* A job waiting to start, or running, with what its attempts have spent. */
struct pending {
	struct job *job;
	unsigned retries;     /* GET retries after 5xx, timeouts, drops */
	unsigned retries_429; /* retries after 429 */
	bool is_replayed_401; /* already renewed the token once for it */
	int64_t not_before_ms;
	uint64_t order; /* FIFO order within a priority */
};

enum exchange_role { ROLE_JOB, ROLE_TOKEN, ROLE_AUTHINFO };

/* One exchange on the multi handle. */
struct running {
	enum exchange_role role;
	struct pending *pending; /* ROLE_JOB only */
	struct http_exchange *ex;
	unsigned token_serial; /* which token it carried */
	struct running *next;
};

struct worker {
	/* Fixed at start. */
	char *api_url, *auth_url, *tenant, *client_id, *client_secret;
	struct http_options http;
	int max_connections, max_get_retries, max_429_retries, budget_limit;
	long backoff_base_ms;
	struct log *log;
	struct wake_pipe *wake;
	void (*after_journal)(void *arg);
	void *after_journal_arg;
	bool is_read_only;     /* writes get STATUS_READ_ONLY, never the journal or the wire */
	struct outbox *outbox; /* locks itself; NULL when there is none */
	char *outbox_warning;
	bool is_agent;
	char *scope;
	struct oauth_store *token_store;

	/* Shared between threads. */
	struct queue jobs, results, cancels;
	CURLM *multi;
	pthread_t thread;
	atomic_bool is_stopping;
	atomic_int budget_remaining;
	atomic_uint in_flight;
	atomic_int_fast64_t rate_limited_until_ms; /* hold_until_ms, for the UI to read */
	atomic_uint_fast64_t next_job_id;
	atomic_bool needs_login;
	atomic_uint awaiting_login;   /* writes held until a sign-in (not "in flight" for the UI) */
	pthread_mutex_t sign_in_lock; /* guards the three below, set by worker_sign_in */
	char *signed_refresh, *signed_access;
	long signed_expires_in_s;

	/* The worker thread's own. */
	struct pending **pending;
	size_t pending_count, pending_cap;
	uint64_t next_order;
	struct running *running;
	int running_count;
	struct budget budget;
	int64_t hold_until_ms; /* after a 429 nothing starts before this */
	uint32_t rng;
	char *token;
	int64_t token_renew_at_ms;
	unsigned token_serial;
	bool is_auth_in_flight;
	unsigned auth_retries;	     /* token or discovery attempts that met passing trouble */
	char *refresh_token;	     /* agent sign-in: the current one, rotated by each renewal */
	bool is_authinfo_done;	     /* discovery answered (or is not offered) */
	char *authinfo_cache_path;   /* NULL: discovery is not kept */
	bool is_authinfo_cache_read; /* read once a run */
	bool is_auth_url_cached;     /* auth_url came from the kept answer, not from the profile */
	bool is_tenant_cached;	     /* tenant too */
	char *auth_note;      /* a note on the token not yet said (rides on the next answer) */
	char *auth_note_said; /* the last note said, never repeated */
};

/* worker_loop.c: the thread's body. */
void *worker_main(void *arg);
/* Hands RESULT to the UI thread and wakes it. */
void worker_deliver(struct worker *w, struct job_result *result);
/* A result for P's job with STATUS; on failure the error holds HTTP_CODE and MESSAGE
 * (copied, may be NULL). Frees P and its job. */
struct job_result *worker_result_for(struct pending *p, enum status status, long http_code,
				     const char *message);
/* "GET /Tickets/12": the route of JOB as errors show it; caller owns. */
char *worker_route_of(const struct job *job);
void worker_pending_add(struct worker *w, struct pending *p);
/* Puts exchange R on the multi handle and in the running list. */
void worker_running_add(struct worker *w, struct running *r);
/* Takes R off the multi handle and the running list; frees the exchange, not R. */
void worker_running_remove(struct worker *w, struct running *r);

/* worker_auth.c: the token. */
bool worker_auth_is_ready(struct worker *w, int64_t now_ms);
/* Starts discovery or a token request when jobs wait for one. */
void worker_auth_start(struct worker *w, int64_t now_ms);
/* Handles the end of a token or discovery exchange. */
void worker_auth_done(struct worker *w, struct running *r, CURLcode rc);
/* Forgets the token that SERIAL names (a 401 said it is no longer good). */
void worker_auth_invalidate(struct worker *w, unsigned serial);
/* Wipes and frees every token the worker holds (at stop). */
void worker_auth_fini(struct worker *w);

/* worker_done.c: the end of a job's exchange. */
void worker_job_done(struct worker *w, struct running *r, CURLcode rc);
/* Settles the outbox entry of a write that ended with STATUS. */
void worker_outbox_settle(struct worker *w, const struct job *job, enum status status,
			  long http_code, const char *message, bool outcome_unknown);

#endif
