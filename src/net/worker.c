/* The network worker's public side: start, submit, results, cancel, outbox, stop. */
#include "config.h"

#include "net/worker.h"

#include <curl/curl.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/worker_private.h"
#include "util/alloc.h"
#include "util/wipe.h"

static int positive_or(long value, long fallback)
{
	return value > 0 ? (int)value : (int)fallback;
}

/* Copies SETTINGS into W, with defaults for zero values. */
static void worker_copy_settings(struct worker *w, const struct net_settings *s)
{
	w->api_url = xstrdup(s->api_url);
	size_t n = strlen(w->api_url);
	while (n > 0 && w->api_url[n - 1] == '/')
		w->api_url[--n] = '\0';
	w->auth_url = s->auth_url && *s->auth_url ? xstrdup(s->auth_url) : NULL;
	w->tenant = s->tenant && *s->tenant ? xstrdup(s->tenant) : NULL;
	w->client_id = xstrdup(s->client_id ? s->client_id : "");
	w->client_secret = xstrdup(s->client_secret ? s->client_secret : "");
	w->http.ca_bundle = xstrdup(s->ca_bundle);
	w->http.insecure = s->insecure;
	w->is_read_only = s->read_only;
	w->http.proxy = xstrdup(s->proxy);
	w->http.connect_timeout_ms = positive_or(s->connect_timeout_ms, 10000);
	w->http.low_speed_time_s = positive_or(s->low_speed_time_s, 30);
	w->http.request_timeout_ms = positive_or(s->request_timeout_ms, 120000);
	w->http.max_reply_bytes = s->max_reply_bytes > 0 ? s->max_reply_bytes : (int64_t)64 << 20;
	w->max_connections = positive_or(s->max_connections, 4);
	w->budget_limit = positive_or(s->budget_requests, 300);
	budget_init(&w->budget, w->budget_limit,
		    (int64_t)positive_or(s->budget_window_s, 300) * 1000);
	w->max_get_retries = s->max_get_retries > 0   ? s->max_get_retries
			     : s->max_get_retries < 0 ? 0
						      : 3;
	w->max_429_retries = s->max_429_retries > 0   ? s->max_429_retries
			     : s->max_429_retries < 0 ? 0
						      : 5;
	w->backoff_base_ms = positive_or(s->backoff_base_ms, 500);
	w->log = s->log;
	w->after_journal = s->after_journal;
	w->after_journal_arg = s->after_journal_arg;
	w->is_agent = s->is_agent;
	w->scope = xstrdup(s->scope && *s->scope ? s->scope : "all");
	w->refresh_token = s->refresh_token && *s->refresh_token ? xstrdup(s->refresh_token) : NULL;
	w->token_store = s->token_store;
	w->authinfo_cache_path = xstrdup(s->authinfo_cache_path);
	atomic_init(&w->needs_login, false);
	atomic_init(&w->awaiting_login, 0);
	pthread_mutex_init(&w->sign_in_lock, NULL);
	w->rng = (uint32_t)budget_now_ms() ^ 0x5bd1e995u;
	atomic_init(&w->budget_remaining, w->budget_limit);
	atomic_init(&w->in_flight, 0);
	atomic_init(&w->rate_limited_until_ms, 0);
	atomic_init(&w->next_job_id, 1);
	atomic_init(&w->is_stopping, false);
}

static bool worker_check_settings(const struct net_settings *s, char *err, size_t errlen)
{
	if (!s->api_url || !*s->api_url) {
		snprintf(err, errlen, "no API URL is set");
		return false;
	}
	if (!http_url_is_allowed(s->api_url, err, errlen))
		return false;
	if (s->auth_url && *s->auth_url && !http_url_is_allowed(s->auth_url, err, errlen))
		return false;
	return true;
}

static void worker_free(struct worker *w)
{
	budget_fini(&w->budget);
	free(w->api_url);
	free(w->auth_url);
	free(w->tenant);
	free(w->client_id);
	wipe_string(w->client_secret);
	free(w->client_secret);
	free(w->http.ca_bundle);
	free(w->http.proxy);
	free(w->auth_note);
	free(w->auth_note_said);
	free(w->outbox_warning);
	worker_auth_fini(w);
	free(w->scope);
	free(w->authinfo_cache_path);
	pthread_mutex_destroy(&w->sign_in_lock);
	free(w->pending);
	free(w);
}

/* Signals a fault raises on the thread that caused it. Blocked, the kernel would kill the
 * process without running a handler, so the terminal would be left in curses' state. */
static const int worker_fault_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };

/* Starts the thread with every other signal blocked, so those reach the UI thread only. */
static bool worker_spawn(struct worker *w, char *err, size_t errlen)
{
	sigset_t all, old;
	sigfillset(&all);
	for (size_t i = 0; i < sizeof(worker_fault_signals) / sizeof(worker_fault_signals[0]); i++)
		sigdelset(&all, worker_fault_signals[i]);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int rc = pthread_create(&w->thread, NULL, worker_main, w);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0)
		snprintf(err, errlen, "cannot start the network thread: %s", strerror(rc));
	return rc == 0;
}

struct worker *worker_start(const struct net_settings *settings, struct wake_pipe *wake, char *err,
			    size_t errlen)
{
	if (!worker_check_settings(settings, err, errlen))
		return NULL;
	struct worker *w = xcalloc(1, sizeof(*w));
	worker_copy_settings(w, settings);
	w->wake = wake;
	if (settings->outbox_path) {
		w->outbox = outbox_open(settings->outbox_path, &w->outbox_warning, err, errlen);
		if (!w->outbox)
			goto fail;
	}
	w->multi = curl_multi_init();
	if (!w->multi) {
		snprintf(err, errlen, "cannot make a libcurl multi handle");
		goto fail_outbox;
	}
	curl_multi_setopt(w->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)w->max_connections);
	curl_multi_setopt(w->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	if (!queue_init(&w->jobs) || !queue_init(&w->results) || !queue_init(&w->cancels)) {
		snprintf(err, errlen, "cannot make the job queues");
		goto fail_multi;
	}
	if (!worker_spawn(w, err, errlen))
		goto fail_queues;
	if (w->http.insecure)
		log_printf(
			w->log, LOG_WARN,
			"TLS verification is OFF: anyone on the path can read and change traffic");
	return w;
fail_queues:
	queue_fini(&w->jobs, NULL);
	queue_fini(&w->results, NULL);
	queue_fini(&w->cancels, NULL);
fail_multi:
	curl_multi_cleanup(w->multi);
fail_outbox:
	outbox_close(w->outbox);
fail:
	worker_free(w);
	return NULL;
}

/* Journals a write before it may be sent; false (with a result delivered) on failure. */
/* Answers JOB at once with STATUS and MSG, without sending it; takes ownership of JOB. */
static void worker_refuse(struct worker *w, struct job *job, enum status status, const char *msg)
{
	struct pending *p = xcalloc(1, sizeof(*p));
	p->job = job;
	worker_deliver(w, worker_result_for(p, status, 0, msg));
}

/* Journals a write before it may be sent. False when JOB was answered instead (a
 * read-only worker, or an outbox that cannot be written): nothing goes out then. */
static bool worker_journal(struct worker *w, struct job *job)
{
	if (!(job_kind_flags(job->kind) & JF_WRITE))
		return true;
	if (w->is_read_only) {
		worker_refuse(w, job, STATUS_READ_ONLY, status_message(STATUS_READ_ONLY));
		return false;
	}
	if (!w->outbox || job->outbox_id)
		return true;
	job->outbox_id = outbox_append(w->outbox, job);
	if (job->outbox_id) {
		if (w->after_journal)
			w->after_journal(w->after_journal_arg);
		return true;
	}
	char msg[160];
	if (outbox_is_read_only(w->outbox))
		snprintf(msg, sizeof(msg),
			 "another halotui has this profile's outbox open: "
			 "nothing was sent");
	else
		snprintf(msg, sizeof(msg), "the outbox cannot be written, nothing was sent: %s",
			 strerror(errno));
	worker_refuse(w, job, STATUS_IO, msg);
	return false;
}

bool worker_submit(struct worker *worker, struct job *job)
{
	uint64_t outbox_id;
	return worker_submit_write(worker, job, &outbox_id);
}

bool worker_submit_write(struct worker *worker, struct job *job, uint64_t *outbox_id)
{
	*outbox_id = 0;
	if (!job)
		return false;
	if (atomic_load(&worker->is_stopping)) {
		job_free(job);
		return false;
	}
	job->id = atomic_fetch_add(&worker->next_job_id, 1);
	atomic_fetch_add(&worker->in_flight, 1);
	if (!worker_journal(worker, job))
		return true;
	*outbox_id = job->outbox_id;
	if (!queue_push(&worker->jobs, job)) {
		atomic_fetch_sub(&worker->in_flight, 1);
		job_free(job);
		return false;
	}
	curl_multi_wakeup(worker->multi);
	return true;
}

struct job_result *worker_take_result(struct worker *worker)
{
	struct job_result *r = queue_try_pop(&worker->results);
	if (r)
		atomic_fetch_sub(&worker->in_flight, 1);
	return r;
}

void worker_cancel_generation(struct worker *worker, unsigned generation)
{
	if (generation == 0)
		return;
	if (queue_push(&worker->cancels, (void *)(uintptr_t)generation))
		curl_multi_wakeup(worker->multi);
}

int worker_budget_remaining(const struct worker *worker)
{
	return atomic_load(&worker->budget_remaining);
}

long worker_rate_limited_ms(const struct worker *worker)
{
	int64_t left = atomic_load(&worker->rate_limited_until_ms) - budget_now_ms();
	return left > 0 ? (long)left : 0;
}

int worker_budget_limit(const struct worker *worker)
{
	return worker->budget_limit;
}

unsigned worker_jobs_in_flight(const struct worker *worker)
{
	unsigned n = atomic_load(&worker->in_flight);
	unsigned held = atomic_load(&worker->awaiting_login);
	return n > held ? n - held : 0;
}

bool worker_needs_login(const struct worker *worker)
{
	return atomic_load(&worker->needs_login);
}

void worker_sign_in(struct worker *w, const char *refresh_token, const char *access_token,
		    long expires_in_s)
{
	pthread_mutex_lock(&w->sign_in_lock);
	wipe_string(w->signed_refresh);
	free(w->signed_refresh);
	wipe_string(w->signed_access);
	free(w->signed_access);
	w->signed_refresh = refresh_token && *refresh_token ? xstrdup(refresh_token) : NULL;
	w->signed_access = access_token && *access_token ? xstrdup(access_token) : NULL;
	w->signed_expires_in_s = expires_in_s;
	pthread_mutex_unlock(&w->sign_in_lock);
	curl_multi_wakeup(w->multi);
}

bool worker_is_insecure(const struct worker *worker)
{
	return worker->http.insecure;
}

bool worker_is_read_only(const struct worker *worker)
{
	return worker->is_read_only;
}

size_t worker_outbox_pending(struct worker *worker, struct outbox_entry **entries)
{
	*entries = NULL;
	return worker->outbox ? outbox_pending(worker->outbox, entries) : 0;
}

bool worker_outbox_resend(struct worker *worker, uint64_t outbox_id, bool confirmed,
			  unsigned generation)
{
	if (!worker->outbox || worker->is_read_only)
		return false;
	struct job *job = outbox_claim(worker->outbox, outbox_id, confirmed);
	if (!job)
		return false;
	job->generation = generation;
	return worker_submit(worker, job);
}

bool worker_outbox_discard(struct worker *worker, uint64_t outbox_id)
{
	return worker->outbox && outbox_remove(worker->outbox, outbox_id);
}

bool worker_outbox_settle_read_back(struct worker *worker, uint64_t outbox_id, bool is_done,
				    enum status status, const char *message)
{
	if (!worker->outbox || !outbox_id)
		return false;
	if (is_done)
		return outbox_remove(worker->outbox, outbox_id);
	return outbox_mark_failed(worker->outbox, outbox_id, status, 0, message, false);
}

const char *worker_outbox_warning(const struct worker *worker)
{
	return worker->outbox_warning;
}

static void free_result_item(void *item)
{
	job_result_free(item);
}

static void free_job_item(void *item)
{
	job_free(item);
}

void worker_stop(struct worker *worker)
{
	if (!worker)
		return;
	atomic_store(&worker->is_stopping, true);
	queue_close(&worker->jobs);
	curl_multi_wakeup(worker->multi);
	pthread_join(worker->thread, NULL);
	queue_fini(&worker->jobs, free_job_item);
	queue_fini(&worker->results, free_result_item);
	queue_fini(&worker->cancels, NULL);
	curl_multi_cleanup(worker->multi);
	outbox_close(worker->outbox);
	worker_free(worker);
}

bool net_global_init(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

void net_global_cleanup(void)
{
	curl_global_cleanup();
}
