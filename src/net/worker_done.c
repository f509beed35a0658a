/* The end of a job's exchange: retry, replay after 401, or a result with its payload. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/error_json.h"
#include "net/payload.h"
#include "net/reqlog.h"
#include "net/retry.h"
#include "net/worker_private.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void worker_outbox_settle(struct worker *w, const struct job *job, enum status status,
			  long http_code, const char *message, bool outcome_unknown)
{
	if (!w->outbox || !job->outbox_id)
		return;
	if (status == STATUS_OK)
		outbox_remove(w->outbox, job->outbox_id);
	else
		outbox_mark_failed(w->outbox, job->outbox_id, status, http_code, message,
				   outcome_unknown);
}

static bool is_write(const struct job *job)
{
	return job_kind_flags(job->kind) & JF_WRITE;
}

/* Puts P back to wait WAIT_MS before its next attempt. */
static void worker_requeue(struct worker *w, struct pending *p, long wait_ms)
{
	p->not_before_ms = budget_now_ms() + wait_ms;
	worker_pending_add(w, p);
}

static enum status status_of_curl(CURLcode rc)
{
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
		return STATUS_TIMEOUT;
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
		return STATUS_TLS;
	default:
		return STATUS_NETWORK;
	}
}

/* The words for a transfer stopped for size or time: what happened and which setting. */
static void transport_message(struct worker *w, struct pending *p, struct http_exchange *ex,
			      CURLcode rc, char *msg, size_t size)
{
	char *route = worker_route_of(p->job);
	if (ex->is_too_large)
		snprintf(msg, size, "%s: over %lld MiB, refused and not asked again", route,
			 (long long)(w->http.max_reply_bytes >> 20));
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		snprintf(msg, size, "%s: %s (request-timeout %ld s, low-speed-time %ld s)", route,
			 *ex->errbuf ? ex->errbuf : curl_easy_strerror(rc),
			 w->http.request_timeout_ms / 1000, w->http.low_speed_time_s);
	else
		snprintf(msg, size, "%s", *ex->errbuf ? ex->errbuf : curl_easy_strerror(rc));
	free(route);
}

/* Whether another attempt may help: never for a reply refused for size, nor for one that
 * came but too slowly (a trickle would hold the request for every retry). */
static bool is_worth_retry(struct http_exchange *ex, CURLcode rc)
{
	if (ex->is_too_large)
		return false;
	if (rc == CURLE_OPERATION_TIMEDOUT && ex->reply.len > 0)
		return false;
	return retry_is_transient(rc);
}

/* A transfer that ended without an HTTP answer (or one stopped for size or time). */
static void worker_job_failed_transport(struct worker *w, struct pending *p,
					struct http_exchange *ex, CURLcode rc)
{
	if (rc == CURLE_FILESIZE_EXCEEDED) /* a Content-Length over the limit, seen first */
		ex->is_too_large = true;
	if (!is_write(p->job) && is_worth_retry(ex, rc) &&
	    p->retries < (unsigned)w->max_get_retries) {
		worker_requeue(w, p, retry_backoff_ms(p->retries, w->backoff_base_ms, &w->rng));
		p->retries++;
		return;
	}
	char msg[CURL_ERROR_SIZE + 256];
	transport_message(w, p, ex, rc, msg, sizeof(msg));
	enum status st = ex->is_too_large ? STATUS_TOO_LARGE : status_of_curl(rc);
	/* Sent and never answered: the server may have done it; the UI finds out. */
	bool is_unknown = is_write(p->job) && !retry_never_sent(rc);
	if (is_write(p->job))
		worker_outbox_settle(w, p->job, st, 0, msg, is_unknown);
	struct job_result *r = worker_result_for(p, st, 0, msg);
	r->is_outcome_unknown = is_unknown;
	worker_deliver(w, r);
}

/* 429: wait as told (or back off), holding every start meanwhile; the server refused the
 * request, so a write may be retried too. True when P was queued again. */
static bool worker_retry_429(struct worker *w, struct pending *p, struct http_exchange *ex)
{
	if (p->retries_429 >= (unsigned)w->max_429_retries)
		return false;
	long wait = retry_429_wait_ms(http_exchange_retry_after_s(ex), p->retries_429,
				      w->backoff_base_ms, &w->rng);
	p->retries_429++;
	int64_t until = budget_now_ms() + wait;
	if (until > w->hold_until_ms) {
		w->hold_until_ms = until;
		atomic_store(&w->rate_limited_until_ms, until);
	}
	worker_requeue(w, p, wait);
	return true;
}

#ifdef HALOTUI_TEST_HOOKS
#include <sys/mman.h>

/* Built into the test program tests/ui/halotui-hooked only, never into src/halotui: with
 * HALOTUI_TEST_WORKER_FAULT set, parsing a reply faults on this thread, so a test can see
 * what a crash in the worker leaves on the terminal. The store goes to a page that forbids
 * it: a real fault, which the sanitizers let through (they would stop a null store first). */
static void worker_test_fault(void)
{
	if (getenv("HALOTUI_TEST_WORKER_FAULT")) {
		void *page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (page != MAP_FAILED)
			*(volatile int *)page = 1;
	}
}
#else
static void worker_test_fault(void)
{
}
#endif

/* A 2xx: the payload, and the write leaves the outbox. */
static void worker_job_succeeded(struct worker *w, struct pending *p, struct http_exchange *ex,
				 long code)
{
	union job_payload data = { 0 };
	char *msg = NULL;
	struct odd_fields *odd = NULL;
	worker_test_fault();
	enum status st = p->job->is_body_only ? STATUS_OK
					      : payload_parse(p->job->kind, ex->reply.data,
							      ex->reply.len, &data, &odd, &msg);
	if (is_write(p->job))
		worker_outbox_settle(w, p->job, STATUS_OK, code, NULL, false);
	if (st != STATUS_OK) {
		char *route = worker_route_of(p->job);
		struct strbuf full;
		strbuf_init(&full);
		strbuf_appendf(&full, "the answer to %s could not be read: %s", route, msg);
		free(msg);
		free(route);
		msg = strbuf_take(&full);
	}
	struct job_result *r = worker_result_for(p, st, code, msg);
	free(msg);
	if (st == STATUS_OK && w->auth_note) {
		if (!odd)
			odd = xcalloc(1, sizeof(*odd));
		odd_fields_add(odd, "%s", w->auth_note);
		free(w->auth_note_said);
		w->auth_note_said = w->auth_note;
		w->auth_note = NULL;
	}
	if (st == STATUS_OK) {
		payload_log_odd(w->log, odd);
		r->data = data;
		r->odd = odd;
		r->body_len = ex->reply.len;
		r->body = strbuf_detach(&ex->reply);
	}
	worker_deliver(w, r);
}

/* Any other HTTP answer: retried, replayed, or an error with the server's words. */
static void worker_job_answered(struct worker *w, struct running *r, long code)
{
	struct pending *p = r->pending;
	struct http_exchange *ex = r->ex;
	if (code >= 200 && code < 300) {
		worker_job_succeeded(w, p, ex, code);
		return;
	}
	if (code == 401 && !p->is_replayed_401) {
		p->is_replayed_401 = true;
		worker_auth_invalidate(w, r->token_serial);
		worker_requeue(w, p, 0);
		return;
	}
	if (code == 429 && worker_retry_429(w, p, ex))
		return;
	if (code >= 500 && !is_write(p->job) && p->retries < (unsigned)w->max_get_retries) {
		worker_requeue(w, p, retry_backoff_ms(p->retries, w->backoff_base_ms, &w->rng));
		p->retries++;
		return;
	}
	enum status st = code == 401 ? STATUS_AUTH : status_from_http(code);
	struct api_error e;
	api_error_init(&e);
	char *route = worker_route_of(p->job);
	api_error_from_response(&e, code, route, ex->reply.data, ex->reply.len);
	free(route);
	e.kind = st;
	if (is_write(p->job))
		worker_outbox_settle(w, p->job, st, code, e.message, false);
	struct job_result *res = worker_result_for(p, st, code, NULL);
	api_error_fini(&res->error);
	res->error = e;
	worker_deliver(w, res);
}

void worker_job_done(struct worker *w, struct running *r, CURLcode rc)
{
	struct http_exchange *ex = r->ex;
	long code = rc == CURLE_OK ? http_exchange_code(ex) : 0;
	long ms = (long)(budget_now_ms() - ex->started_ms);
	struct pending *p = r->pending;
	reqlog_line(w->log, job_kind_method(p->job->kind), ex->url, code, ms, ex->reply.len,
		    p->retries + p->retries_429, rc == CURLE_OK ? NULL : curl_easy_strerror(rc));
	/* The exchange must outlive the handling below, which reads its reply. */
	for (struct running **pp = &w->running; *pp; pp = &(*pp)->next) {
		if (*pp == r) {
			*pp = r->next;
			w->running_count--;
			break;
		}
	}
	curl_multi_remove_handle(w->multi, ex->easy);
	budget_settle(&w->budget, ex->started_ms, budget_settled_ms());
	if (rc != CURLE_OK || ex->is_too_large)
		worker_job_failed_transport(w, p, ex, rc);
	else
		worker_job_answered(w, r, code);
	http_exchange_free(ex);
	free(r);
}
