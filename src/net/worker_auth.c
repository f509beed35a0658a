/* The worker's token: discovery, client-credentials or refresh-token requests, renewal before
 * expiry, and the login an agent's refused refresh token asks for. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/auth_json.h"
#include "model/error_json.h"
#include "net/authinfo_cache.h"
#include "net/oauth_store.h"
#include "net/payload.h"
#include "net/reqlog.h"
#include "net/retry.h"
#include "net/worker_private.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

bool worker_auth_is_ready(struct worker *w, int64_t now_ms)
{
	return w->token && now_ms < w->token_renew_at_ms;
}

static void forget(char **secret)
{
	wipe_string(*secret);
	free(*secret);
	*secret = NULL;
}

void worker_auth_invalidate(struct worker *w, unsigned serial)
{
	if (serial == w->token_serial && w->token)
		forget(&w->token);
}

void worker_auth_fini(struct worker *w)
{
	forget(&w->token);
	forget(&w->refresh_token);
	forget(&w->signed_refresh);
	forget(&w->signed_access);
}

static void worker_auth_set_token(struct worker *w, char *token, long expires_in_s)
{
	forget(&w->token);
	w->token = token;
	w->token_serial++;
	int64_t life_ms = (int64_t)(expires_in_s > 0 ? expires_in_s : 1) * 1000;
	int64_t margin = life_ms / 10 < 60000 ? life_ms / 10 : 60000;
	w->token_renew_at_ms = budget_now_ms() + life_ms - margin;
}

/* Keeps a new refresh token (rotation: the old one is dead now) where the profile keeps it. */
static void worker_auth_keep_refresh(struct worker *w, char *refresh)
{
	if (!refresh)
		return;
	forget(&w->refresh_token);
	w->refresh_token = refresh;
	char *err = NULL;
	if (w->token_store && oauth_store_save(w->token_store, refresh, &err) != STATUS_OK)
		log_printf(w->log, LOG_WARN, "the refresh token could not be kept: %s",
			   err ? err : "?");
	free(err);
}

/* Takes the tokens worker_sign_in handed over: the login is done, held writes may go. */
static void worker_auth_take_sign_in(struct worker *w)
{
	pthread_mutex_lock(&w->sign_in_lock);
	char *refresh = w->signed_refresh, *access = w->signed_access;
	long expires_in = w->signed_expires_in_s;
	w->signed_refresh = w->signed_access = NULL;
	pthread_mutex_unlock(&w->sign_in_lock);
	if (!refresh && !access)
		return;
	if (refresh) {
		forget(&w->refresh_token);
		w->refresh_token = refresh;
	}
	if (access)
		worker_auth_set_token(w, access, expires_in > 0 ? expires_in : 3600);
	atomic_store(&w->needs_login, false);
	atomic_store(&w->awaiting_login, 0);
	w->hold_until_ms = 0;
	w->auth_retries = 0;
}

/* Form encoding (application/x-www-form-urlencoded) of S onto SB. */
static void form_append(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p)) {
			strbuf_append_char(sb, (char)*p);
		} else {
			strbuf_append_char(sb, '%');
			strbuf_append_char(sb, hex[*p >> 4]);
			strbuf_append_char(sb, hex[*p & 15]);
		}
	}
}

static void worker_auth_launch(struct worker *w, enum exchange_role role, const char *method,
			       const char *url, const char *body, int64_t now_ms)
{
	struct http_exchange *ex =
		http_exchange_new(&w->http, method, url, body,
				  body ? "application/x-www-form-urlencoded" : NULL, NULL);
	if (!ex)
		return;
	struct running *r = xcalloc(1, sizeof(*r));
	r->role = role;
	r->ex = ex;
	ex->owner = r;
	w->is_auth_in_flight = true;
	ex->started_ms = now_ms;
	budget_spend(&w->budget, now_ms);
	worker_running_add(w, r);
}

static void worker_auth_request_token(struct worker *w, int64_t now_ms)
{
	struct strbuf url, body;
	strbuf_init(&url);
	strbuf_init(&body);
	strbuf_append_str(&url, w->auth_url);
	while (url.len > 0 && url.data[url.len - 1] == '/')
		strbuf_truncate(&url, url.len - 1);
	strbuf_append_str(&url, "/token");
	if (w->tenant) {
		strbuf_append_str(&url, "?tenant=");
		form_append(&url, w->tenant);
	}
	if (w->is_agent) {
		strbuf_append_str(&body, "grant_type=refresh_token&refresh_token=");
		form_append(&body, w->refresh_token);
		strbuf_append_str(&body, "&client_id=");
		form_append(&body, w->client_id);
	} else {
		strbuf_append_str(&body, "grant_type=client_credentials&client_id=");
		form_append(&body, w->client_id);
		strbuf_append_str(&body, "&client_secret=");
		form_append(&body, w->client_secret);
	}
	strbuf_append_str(&body, "&scope=");
	form_append(&body, w->scope);
	worker_auth_launch(w, ROLE_TOKEN, "POST", url.data, body.data, now_ms);
	wipe_bytes(body.data, body.len);
	strbuf_fini(&url);
	strbuf_fini(&body);
}

static void worker_auth_hold_for_login(struct worker *w, const char *msg);

/* The auth server and tenant kept from an earlier answer of /api/authinfo, checked as a fresh
 * answer is before any secret goes there; true when discovery need not be asked. */
static bool worker_auth_use_cache(struct worker *w)
{
	struct authinfo_entry e;
	if (!authinfo_cache_load(w->authinfo_cache_path, w->api_url, time(NULL), &e))
		return false;
	char err[256], *foreign = e.auth_url ? http_url_foreign_host(e.auth_url, w->api_url) : NULL;
	bool is_usable = w->auth_url || (e.auth_url && !foreign &&
					 http_url_is_allowed(e.auth_url, err, sizeof(err)));
	free(foreign);
	if (is_usable && !w->auth_url) {
		w->auth_url = e.auth_url;
		e.auth_url = NULL;
		w->is_auth_url_cached = true;
	}
	if (is_usable && !w->tenant && e.tenant) {
		w->tenant = e.tenant;
		e.tenant = NULL;
		w->is_tenant_cached = true;
	}
	authinfo_entry_fini(&e);
	if (is_usable)
		w->is_authinfo_done = true;
	return is_usable;
}

/* A sign-in with the kept answer was refused: it may be out of date, so the instance is asked
 * again (once) before the refusal stands. False when nothing came from the kept answer. */
static bool worker_auth_drop_cache(struct worker *w)
{
	if (!w->is_auth_url_cached && !w->is_tenant_cached)
		return false;
	if (w->is_auth_url_cached) {
		free(w->auth_url);
		w->auth_url = NULL;
	}
	if (w->is_tenant_cached) {
		free(w->tenant);
		w->tenant = NULL;
	}
	w->is_auth_url_cached = w->is_tenant_cached = false;
	w->is_authinfo_done = false;
	authinfo_cache_forget(w->authinfo_cache_path);
	return true;
}

void worker_auth_start(struct worker *w, int64_t now_ms)
{
	worker_auth_take_sign_in(w);
	if (atomic_load(&w->needs_login)) {
		worker_auth_hold_for_login(w, NULL);
		return;
	}
	if (w->is_auth_in_flight || w->pending_count == 0 || worker_auth_is_ready(w, now_ms) ||
	    w->hold_until_ms > now_ms || budget_wait_ms(&w->budget, now_ms) > 0)
		return;
	/* Discovery also names the tenant, which token requests carry when none is set. */
	if (!(w->auth_url && (w->tenant || w->is_authinfo_done)) && w->authinfo_cache_path &&
	    !w->is_authinfo_cache_read) {
		w->is_authinfo_cache_read = true; /* once: after a refusal the instance is asked */
		worker_auth_use_cache(w);
	}
	if (w->auth_url && (w->tenant || w->is_authinfo_done)) {
		if (w->is_agent && !w->refresh_token) {
			atomic_store(&w->needs_login, true);
			worker_auth_hold_for_login(w,
						   "not signed in: run :login (or halotui login)");
		} else {
			worker_auth_request_token(w, now_ms);
		}
		return;
	}
	char *url = xmalloc(strlen(w->api_url) + sizeof("/authinfo"));
	sprintf(url, "%s/authinfo", w->api_url);
	worker_auth_launch(w, ROLE_AUTHINFO, "GET", url, NULL, now_ms);
	free(url);
}

/* An agent must sign in again: reads fail with MSG (NULL: the standing reason), writes wait
 * for the login, journalled and pending, and do not count as in flight for the UI. */
static void worker_auth_hold_for_login(struct worker *w, const char *msg)
{
	size_t kept = 0;
	unsigned held = 0;
	for (size_t i = 0; i < w->pending_count; i++) {
		struct pending *p = w->pending[i];
		if (job_kind_flags(p->job->kind) & JF_WRITE) {
			w->pending[kept++] = p;
			held++;
			continue;
		}
		worker_deliver(w, worker_result_for(p, STATUS_AUTH, 0,
						    msg ? msg
							: "sign-in needed: run :login (or halotui "
							  "login); changes wait in the outbox"));
	}
	w->pending_count = kept;
	if (atomic_exchange(&w->awaiting_login, held) != held && w->wake)
		wake_pipe_signal(w->wake);
}

/* No token can be had: every waiting job fails with the reason. */
static void worker_auth_fail_all(struct worker *w, enum status st, long code, const char *msg)
{
	while (w->pending_count > 0) {
		struct pending *p = w->pending[--w->pending_count];
		if (job_kind_flags(p->job->kind) & JF_WRITE)
			worker_outbox_settle(w, p->job, st, code, msg, false);
		worker_deliver(w, worker_result_for(p, st, code, msg));
	}
}

/* The server's words in a refused token request: its message, else its error code. */
static char *worker_auth_server_words(long code, const char *body, size_t len)
{
	struct api_error e;
	api_error_init(&e);
	api_error_from_response(&e, code, "POST /token", body, len);
	struct strbuf sb;
	strbuf_init(&sb);
	if (e.message)
		strbuf_append_str(&sb, e.message);
	if (e.code && (!e.message || !strstr(e.message, e.code)))
		strbuf_appendf(&sb, "%s%s", sb.len ? " " : "", e.code);
	if (sb.len == 0)
		strbuf_appendf(&sb, "HTTP %ld", code);
	api_error_fini(&e);
	char *text = strbuf_take(&sb);
	return text;
}

/* When discovery is not offered (404), the auth server is where most tenants have it: the
 * API URL with its last "/api" replaced by "/auth". False when the API URL has no "/api". */
static bool worker_auth_derive(struct worker *w)
{
	w->is_authinfo_done = true;
	if (w->auth_url)
		return true;
	size_t n = strlen(w->api_url);
	if (n < 4 || strcmp(w->api_url + n - 4, "/api") != 0)
		return false;
	w->auth_url = xmalloc(n + 2);
	memcpy(w->auth_url, w->api_url, n - 4);
	strcpy(w->auth_url + n - 4, "/auth");
	return true;
}

/* Keeps KEPT (and frees it) for the next runs, when the profile has a place for it. */
static void worker_auth_keep_answer(struct worker *w, struct authinfo_entry *kept)
{
	if (w->authinfo_cache_path &&
	    !authinfo_cache_save(w->authinfo_cache_path, w->api_url, time(NULL), kept))
		log_printf(w->log, LOG_WARN, "the auth server's address could not be kept in %s",
			   w->authinfo_cache_path);
	authinfo_entry_fini(kept);
}

/* The auth server that /api/authinfo names, checked before any secret goes to it: https (or
 * loopback http), and the instance's own host; another host must be named by the profile. */
static enum status worker_auth_take_authinfo(struct worker *w, const struct strbuf *reply,
					     char **msg)
{
	char *auth_url = NULL, *tenant = NULL, err[256];
	enum status st = payload_parse_authinfo(reply->data, reply->len, &auth_url, &tenant, msg);
	if (st != STATUS_OK && w->auth_url) { /* only the tenant was asked: go on without */
		free(*msg);
		*msg = NULL;
		w->is_authinfo_done = true;
		return STATUS_OK;
	}
	if (st != STATUS_OK)
		return st;
	w->is_authinfo_done = true;
	struct authinfo_entry kept = { .tenant = xstrdup(tenant) };
	if (!w->tenant)
		w->tenant = tenant;
	else
		free(tenant);
	if (w->auth_url) { /* the profile named its auth server: discovery gave the tenant */
		free(auth_url);
		worker_auth_keep_answer(w, &kept);
		return STATUS_OK;
	}
	if (!http_url_is_allowed(auth_url, err, sizeof(err))) {
		*msg = xstrdup(err);
		free(auth_url);
		authinfo_entry_fini(&kept);
		return STATUS_CONFIG;
	}
	char *foreign = http_url_foreign_host(auth_url, w->api_url);
	if (foreign) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb,
			       "authinfo names the auth server %s, not this instance's host: set "
			       "auth_url to it to sign in there",
			       foreign);
		*msg = strbuf_take(&sb);
		free(foreign);
		free(auth_url);
		authinfo_entry_fini(&kept);
		return STATUS_CONFIG;
	}
	w->auth_url = auth_url;
	kept.auth_url = xstrdup(auth_url);
	worker_auth_keep_answer(w, &kept);
	return STATUS_OK;
}

/* The reply of a token or discovery request; on failure the reason in MSG. */
static enum status worker_auth_accept(struct worker *w, struct running *r, long code, char **msg)
{
	struct strbuf *reply = &r->ex->reply;
	if (r->role == ROLE_AUTHINFO && code == 404 && worker_auth_derive(w))
		return STATUS_OK;
	/* With its auth server named, discovery was asked only for the tenant: sign in
	 * without one when it is not answered. */
	if (r->role == ROLE_AUTHINFO && w->auth_url && (code < 200 || code >= 300)) {
		w->is_authinfo_done = true;
		return STATUS_OK;
	}
	if (code < 200 || code >= 300) {
		*msg = worker_auth_server_words(code, reply->data, reply->len);
		return code == 401 || code == 400 ? STATUS_AUTH : status_from_http(code);
	}
	if (r->role == ROLE_AUTHINFO)
		return worker_auth_take_authinfo(w, reply, msg);
	struct token t;
	struct model_error err = { 0 };
	enum status st = token_from_json(reply->data ? reply->data : "", reply->len, 0, &t, &err);
	if (st != STATUS_OK) {
		*msg = xstrdup(err.message[0] ? err.message : status_message(st));
		return st;
	}
	/* A note on the token (a nonsense lifetime) rides on the next answer, once. */
	const char *note = err.odd.n ? err.odd.text[0] : NULL;
	if (note && (!w->auth_note || strcmp(w->auth_note, note) != 0) &&
	    (!w->auth_note_said || strcmp(w->auth_note_said, note) != 0)) {
		free(w->auth_note);
		w->auth_note = xstrdup(note);
	}
	model_error_clear(&err);
	worker_auth_set_token(w, t.access_token,
			      t.expires_in_s > 0 ? t.expires_in_s : TOKEN_DEFAULT_EXPIRES_S);
	t.access_token = NULL;
	if (w->is_agent) {
		worker_auth_keep_refresh(w, t.refresh_token);
		t.refresh_token = NULL;
	}
	token_fini(&t);
	return STATUS_OK;
}

/* A token or discovery request that met a passing trouble (429, 5xx, a dropped or timed out
 * connection) is tried again after a pause, a bounded number of times; jobs keep waiting. */
static bool worker_auth_retry(struct worker *w, struct running *r, CURLcode rc, long code)
{
	bool is_passing = rc == CURLE_OK ? code == 429 || code >= 500 : retry_is_transient(rc);
	if (!is_passing || w->auth_retries >= (unsigned)w->max_get_retries)
		return false;
	long wait = code == 429 ? retry_429_wait_ms(http_exchange_retry_after_s(r->ex),
						    w->auth_retries, w->backoff_base_ms, &w->rng)
				: retry_backoff_ms(w->auth_retries, w->backoff_base_ms, &w->rng);
	w->auth_retries++;
	int64_t until = budget_now_ms() + wait;
	if (until > w->hold_until_ms)
		w->hold_until_ms = until;
	return true;
}

void worker_auth_done(struct worker *w, struct running *r, CURLcode rc)
{
	struct http_exchange *ex = r->ex;
	long code = rc == CURLE_OK ? http_exchange_code(ex) : 0;
	reqlog_line(w->log, r->role == ROLE_TOKEN ? "POST" : "GET", ex->url, code,
		    (long)(budget_now_ms() - ex->started_ms), ex->reply.len, 0,
		    rc == CURLE_OK ? NULL : curl_easy_strerror(rc));
	w->is_auth_in_flight = false;
	char *msg = NULL;
	enum status st = STATUS_NETWORK;
	bool is_retrying = worker_auth_retry(w, r, rc, code);
	if (is_retrying)
		st = STATUS_OK;
	else if (rc == CURLE_OK)
		st = worker_auth_accept(w, r, code, &msg);
	else
		msg = xstrdup(*ex->errbuf ? ex->errbuf : curl_easy_strerror(rc));
	if (!is_retrying)
		w->auth_retries = 0;
	if (st != STATUS_OK && r->role == ROLE_TOKEN && worker_auth_drop_cache(w)) {
		log_printf(w->log, LOG_INFO,
			   "sign-in with the kept auth server failed (%s): asking "
			   "/api/authinfo again",
			   msg ? msg : status_message(st));
	} else if (st == STATUS_AUTH && w->is_agent && r->role == ROLE_TOKEN) {
		/* The refresh token was refused (revoked, used, expired): ask for a login. */
		forget(&w->refresh_token);
		atomic_store(&w->needs_login, true);
		struct strbuf full;
		strbuf_init(&full);
		strbuf_appendf(&full,
			       "sign-in expired (%s): run :login; changes wait in the outbox",
			       msg ? msg : status_message(st));
		worker_auth_hold_for_login(w, full.data);
		strbuf_fini(&full);
	} else if (st != STATUS_OK) {
		struct strbuf full;
		strbuf_init(&full);
		strbuf_appendf(&full, "%s: %s",
			       r->role == ROLE_TOKEN ? "sign-in failed"
						     : "cannot find the auth server",
			       msg ? msg : status_message(st));
		worker_auth_fail_all(w, st, code, full.data);
		strbuf_fini(&full);
	}
	free(msg);
	worker_running_remove(w, r);
	free(r);
}
