/* The worker thread: takes jobs, starts them by priority within the budget, polls. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/worker_private.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void worker_deliver(struct worker *w, struct job_result *result)
{
	if (!queue_push(&w->results, result)) {
		job_result_free(result);
		return;
	}
	if (w->wake)
		wake_pipe_signal(w->wake);
}

char *worker_route_of(const struct job *job)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s ", job_kind_method(job->kind));
	for (const char *p = job_kind_path(job->kind); *p; p++) {
		if (strncmp(p, "{id}", 4) == 0) {
			strbuf_appendf(&sb, "%ld", job->record_id);
			p += 3;
		} else if (strncmp(p, "{seq}", 5) == 0) {
			strbuf_appendf(&sb, "%d", job->seq);
			p += 4;
		} else {
			strbuf_append_char(&sb, *p);
		}
	}
	char *text = strbuf_take(&sb);
	return text;
}

struct job_result *worker_result_for(struct pending *p, enum status status, long http_code,
				     const char *message)
{
	struct job_result *r = xcalloc(1, sizeof(*r));
	struct job *job = p->job;
	r->kind = job->kind;
	r->generation = job->generation;
	r->job_id = job->id;
	r->record_id = job->record_id;
	r->seq = job->seq;
	r->page_no = job->page_no;
	r->status = status;
	api_error_init(&r->error);
	char *route = worker_route_of(job);
	if (status != STATUS_OK)
		api_error_set(&r->error, status, http_code, route, message);
	else
		r->error.route = xstrdup(route);
	free(route);
	r->retries = p->retries + p->retries_429 + (p->is_replayed_401 ? 1 : 0);
	if (status != STATUS_OK)
		r->outbox_id = job->outbox_id;
	r->is_create = job->is_create;
	job_free(job);
	free(p);
	return r;
}

void worker_pending_add(struct worker *w, struct pending *p)
{
	if (w->pending_count == w->pending_cap) {
		w->pending_cap = w->pending_cap ? w->pending_cap * 2 : 16;
		w->pending = xreallocarray(w->pending, w->pending_cap, sizeof(*w->pending));
	}
	w->pending[w->pending_count++] = p;
}

static struct pending *worker_pending_take(struct worker *w, size_t i)
{
	struct pending *p = w->pending[i];
	w->pending[i] = w->pending[--w->pending_count];
	return p;
}

void worker_running_add(struct worker *w, struct running *r)
{
	r->next = w->running;
	w->running = r;
	w->running_count++;
	curl_multi_add_handle(w->multi, r->ex->easy);
}

void worker_running_remove(struct worker *w, struct running *r)
{
	for (struct running **pp = &w->running; *pp; pp = &(*pp)->next) {
		if (*pp == r) {
			*pp = r->next;
			w->running_count--;
			break;
		}
	}
	curl_multi_remove_handle(w->multi, r->ex->easy);
	budget_settle(&w->budget, r->ex->started_ms, budget_settled_ms());
	http_exchange_free(r->ex);
	r->ex = NULL;
}

/* Moves new jobs from the queue into the pending set. */
static void worker_intake(struct worker *w)
{
	struct job *job;
	while ((job = queue_try_pop(&w->jobs))) {
		struct pending *p = xcalloc(1, sizeof(*p));
		p->job = job;
		p->order = w->next_order++;
		worker_pending_add(w, p);
	}
}

static void worker_cancel_one(struct worker *w, struct pending *p, bool was_sent)
{
	const struct job *job = p->job;
	if (job_kind_flags(job->kind) & JF_WRITE)
		worker_outbox_settle(w, job, STATUS_CANCELLED, 0, "cancelled before an answer came",
				     was_sent && job->is_create);
	worker_deliver(w, worker_result_for(p, STATUS_CANCELLED, 0, NULL));
}

/* Applies cancellations: waiting jobs of the generation end, running ones are cut. */
static void worker_apply_cancels(struct worker *w)
{
	void *item;
	while ((item = queue_try_pop(&w->cancels))) {
		unsigned gen = (unsigned)(uintptr_t)item;
		for (size_t i = 0; i < w->pending_count;) {
			if (w->pending[i]->job->generation == gen)
				worker_cancel_one(w, worker_pending_take(w, i), false);
			else
				i++;
		}
		struct running *r = w->running, *next;
		for (; r; r = next) {
			next = r->next;
			if (r->role != ROLE_JOB || r->pending->job->generation != gen)
				continue;
			worker_running_remove(w, r);
			worker_cancel_one(w, r->pending, true);
			free(r);
		}
	}
}

/* The waiting job to start next: user work before prefetch, then oldest first. */
static long worker_pick(struct worker *w, int64_t now_ms)
{
	long best = -1;
	for (size_t i = 0; i < w->pending_count; i++) {
		struct pending *p = w->pending[i];
		if (p->not_before_ms > now_ms)
			continue;
		if (best < 0 || p->job->priority < w->pending[best]->job->priority ||
		    (p->job->priority == w->pending[best]->job->priority &&
		     p->order < w->pending[best]->order))
			best = (long)i;
	}
	return best;
}

/* API root + path of the job's route + paging + the job's own query. */
static char *worker_url_of(const struct worker *w, const struct job *job)
{
	struct strbuf sb;
	strbuf_init(&sb);
	char *route = worker_route_of(job);
	/* The route reads "METHOD /PATH": keep the path. */
	const char *path = strchr(route, ' ') + 1;
	strbuf_appendf(&sb, "%s%s", w->api_url, path);
	free(route);
	char sep = '?';
	if (job_kind_flags(job->kind) & JF_PAGED) {
		strbuf_appendf(&sb, "?pageinate=true&page_size=%d&page_no=%d",
			       job->page_size > 0 ? job->page_size : 50,
			       job->page_no > 0 ? job->page_no : 1);
		sep = '&';
	}
	if (job->query && *job->query)
		strbuf_appendf(&sb, "%c%s", sep, job->query);
	char *text = strbuf_take(&sb);
	return text;
}

static void worker_start_job(struct worker *w, struct pending *p, int64_t now_ms)
{
	const struct job *job = p->job;
	char *url = worker_url_of(w, job);
	const char *method = job_kind_method(job->kind);
	bool has_body = strcmp(method, "POST") == 0;
	struct http_exchange *ex = http_exchange_new(
		&w->http, method, url, job->body, has_body ? "application/json" : NULL, w->token);
	free(url);
	if (!ex) {
		worker_deliver(
			w, worker_result_for(p, STATUS_NOMEM, 0, "libcurl cannot make a handle"));
		return;
	}
	struct running *r = xcalloc(1, sizeof(*r));
	r->role = ROLE_JOB;
	r->pending = p;
	r->ex = ex;
	r->token_serial = w->token_serial;
	ex->owner = r;
	ex->started_ms = now_ms;
	budget_spend(&w->budget, now_ms);
	worker_running_add(w, r);
}

/* Starts waiting jobs while there are free slots, budget, and a token. */
static void worker_start_ready(struct worker *w, int64_t now_ms)
{
	int jobs_running = 0;
	for (struct running *r = w->running; r; r = r->next)
		jobs_running += r->role == ROLE_JOB;
	while (jobs_running < w->max_connections && w->pending_count > 0) {
		if (w->hold_until_ms > now_ms || budget_wait_ms(&w->budget, now_ms) > 0 ||
		    !worker_auth_is_ready(w, now_ms))
			return;
		long i = worker_pick(w, now_ms);
		if (i < 0)
			return;
		worker_start_job(w, worker_pending_take(w, (size_t)i), now_ms);
		jobs_running++;
	}
}

/* How long poll may sleep: until the next thing that could unblock a waiting job. */
static int worker_timeout_ms(struct worker *w, int64_t now_ms)
{
	int64_t t = 1000;
	if (w->pending_count == 0)
		return (int)t;
	int64_t wait = budget_wait_ms(&w->budget, now_ms);
	if (w->hold_until_ms > now_ms && w->hold_until_ms - now_ms > wait)
		wait = w->hold_until_ms - now_ms;
	if (wait > 0 && wait < t)
		t = wait;
	for (size_t i = 0; i < w->pending_count; i++) {
		int64_t d = w->pending[i]->not_before_ms - now_ms;
		if (d > 0 && d < t)
			t = d;
	}
	return (int)(t > 0 ? t : 1);
}

/* Dispatches the exchanges libcurl has finished. */
static void worker_collect(struct worker *w)
{
	CURLMsg *msg;
	int left;
	while ((msg = curl_multi_info_read(w->multi, &left))) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		struct http_exchange *ex = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&ex);
		CURLcode rc = msg->data.result;
		struct running *r = ex->owner;
		if (r->role == ROLE_JOB)
			worker_job_done(w, r, rc);
		else
			worker_auth_done(w, r, rc);
	}
}

/* On stop: abandons transfers and waiting jobs (writes stay in the outbox). */
static void worker_drain(struct worker *w)
{
	while (w->running) {
		struct running *r = w->running;
		worker_running_remove(w, r);
		if (r->pending) {
			job_free(r->pending->job);
			free(r->pending);
		}
		free(r);
	}
	for (size_t i = 0; i < w->pending_count; i++) {
		job_free(w->pending[i]->job);
		free(w->pending[i]);
	}
	w->pending_count = 0;
}

void *worker_main(void *arg)
{
	struct worker *w = arg;
	while (!atomic_load(&w->is_stopping)) {
		worker_intake(w);
		worker_apply_cancels(w);
		int64_t now = budget_now_ms();
		worker_auth_start(w, now);
		worker_start_ready(w, now);
		atomic_store(&w->budget_remaining, budget_remaining(&w->budget, now));
		curl_multi_poll(w->multi, NULL, 0, worker_timeout_ms(w, now), NULL);
		if (atomic_load(&w->is_stopping))
			break;
		int still_running;
		curl_multi_perform(w->multi, &still_running);
		worker_collect(w);
	}
	worker_drain(w);
	return NULL;
}
