/* The network worker: one thread that owns libcurl and runs every HaloPSA request. */
#ifndef HALOTUI_NET_WORKER_H
#define HALOTUI_NET_WORKER_H

#include <stdbool.h>
#include <stddef.h>

#include "net/job.h"
#include "net/outbox.h"
#include "util/log.h"
#include "util/wake_pipe.h"

/* Connection settings, filled by the app from its config. Strings are borrowed during
 * worker_start only (the worker copies them). Zero numbers mean the default. */
struct net_settings {
	const char *api_url;	   /* "https://host/api" (required) */
	const char *auth_url;	   /* "https://host/auth"; NULL: ask GET /api/authinfo, and
				    * when that is 404 take api_url with /api -> /auth */
	const char *tenant;	   /* sent as ?tenant= to the token endpoint when set */
	const char *client_id;	   /* OAuth2 client credentials */
	const char *client_secret; /* held in memory only, never logged */
	const char *ca_bundle;	   /* PEM file of trusted CAs; NULL: the system's */
	bool insecure;		   /* skip TLS verification: the UI must say so loudly */
	bool read_only;		   /* refuse every write (POST, DELETE): nothing is sent */
	const char *proxy;	   /* NULL: libcurl reads http_proxy/https_proxy/no_proxy */
	long connect_timeout_ms;   /* default 10000 */
	long low_speed_time_s;	   /* abort below HTTP_LOW_SPEED_BYTES_S for this long; 30 */
	long request_timeout_ms;   /* one exchange at most; default 120000 */
	long long max_reply_bytes; /* a reply refused past this (wire or decoded); 64 MiB */
	int max_connections;	   /* transfers at once; default 4 */
	int budget_requests;	   /* requests allowed per window; default 300 */
	int budget_window_s;	   /* rolling window; default 300 */
	int max_get_retries;	   /* GET retries on 5xx/timeouts/drops; default 3; < 0: none */
	int max_429_retries;	   /* retries after 429 (writes too: refused = not done); 5;
				    * < 0: none */
	long backoff_base_ms;	   /* first back-off step when no Retry-After; default 500 */
	const char *outbox_path;   /* journal file; NULL: no outbox (writes not journalled) */
	struct log *log;	   /* request log (--log FILE); borrowed, may be NULL */
	/* Test hook: called by worker_submit right after a write is journalled, before the
	 * worker may send it. Never set by the program. */
	void (*after_journal)(void *arg);
	void *after_journal_arg;
	/* Agent sign-in (auth = agent): tokens come from a refresh token, renewed with rotation;
	 * each new refresh token goes to TOKEN_STORE (borrowed; must outlive the worker; NULL:
	 * kept in memory only). Without a refresh token the worker asks for a login. */
	bool is_agent;
	const char *scope;	   /* sent with token requests; NULL: "all" */
	const char *refresh_token; /* agent: the kept refresh token, or NULL */
	struct oauth_store *token_store;
	/* Where the answer of /api/authinfo is kept between runs (its folder must exist); NULL:
	 * asked each time. Only the auth server's address and the tenant go there. */
	const char *authinfo_cache_path;
};

struct worker;
struct oauth_store;

/* Initialises libcurl for the process. Call once from main before any thread starts
 * (libcurl's global init is not thread-safe); false when it cannot initialise. */
bool net_global_init(void);
/* Releases what net_global_init took; call after every worker has stopped. */
void net_global_cleanup(void);

/* Checks SETTINGS (URLs, plain http only to loopback), opens the outbox and starts the
 * thread with every signal blocked. WAKE gets one byte per result (borrowed; must outlive
 * the worker). NULL on failure with a message in ERR. curl_global_init must have run. */
struct worker *worker_start(const struct net_settings *settings, struct wake_pipe *wake, char *err,
			    size_t errlen);
/* Queues JOB (takes ownership; the job's id is set). A write (JF_WRITE) is first journalled
 * in the outbox and flushed to disk, here on the caller's thread; if that fails it is not
 * sent and its result (STATUS_IO) comes at once. False when the worker is stopping: the
 * job is freed then. */
bool worker_submit(struct worker *worker, struct job *job);
/* worker_submit for a write, giving the id of its outbox record in *OUTBOX_ID (0 when it was
 * refused, answered at once, or there is no outbox), read before the worker may free it. */
bool worker_submit_write(struct worker *worker, struct job *job, uint64_t *outbox_id);
/* The next finished result, or NULL at once when none is ready. Caller owns it. */
struct job_result *worker_take_result(struct worker *worker);
/* Cancels every queued or running job of GENERATION (not 0): each gives a
 * STATUS_CANCELLED result. Safe to call for a generation with no jobs. */
void worker_cancel_generation(struct worker *worker, unsigned generation);
/* Requests still allowed in the current rolling window (for the status bar). */
int worker_budget_remaining(const struct worker *worker);
/* Milliseconds until the wait a 429 asked for (Retry-After or back-off) is over, 0 when
 * nothing waits on one. Any thread may call it (the status bar counts down with it). */
long worker_rate_limited_ms(const struct worker *worker);
/* The budget's size (settings or default), to show "remaining/limit". */
int worker_budget_limit(const struct worker *worker);
/* Jobs submitted whose result has not been taken yet (queued, running or waiting). */
unsigned worker_jobs_in_flight(const struct worker *worker);
/* True when TLS verification is off (the status bar shows it). */
bool worker_is_insecure(const struct worker *worker);
/* True when the worker refuses writes (net_settings.read_only). */
bool worker_is_read_only(const struct worker *worker);

/* The outbox, for the UI. Pending: a snapshot of the writes not yet done (caller owns the
 * array; outbox_entries_free releases it). Resend: queues the write again and gives an
 * ordinary result of its kind later; false when the id is unknown, the write is on its way
 * already, or it is a create whose outcome is unknown and CONFIRMED is false (the user must
 * check first).
 * Discard: forgets the write for good. */
size_t worker_outbox_pending(struct worker *worker, struct outbox_entry **entries);
bool worker_outbox_resend(struct worker *worker, uint64_t outbox_id, bool confirmed,
			  unsigned generation);
bool worker_outbox_discard(struct worker *worker, uint64_t outbox_id);
/* Settles write OUTBOX_ID, whose answer was lost, after the caller read its record again:
 * IS_DONE, it leaves the outbox; otherwise it stays as a plain failure with STATUS and
 * MESSAGE (no longer of unknown outcome). False when the outbox does not hold it. */
bool worker_outbox_settle_read_back(struct worker *worker, uint64_t outbox_id, bool is_done,
				    enum status status, const char *message);
/* Problems found when the outbox was opened (a torn last record...), or NULL. Static
 * storage owned by the worker, valid until worker_stop. */
const char *worker_outbox_warning(const struct worker *worker);

/* True when an agent's refresh token was refused or is missing: reads fail until
 * worker_sign_in, and writes wait for it (they stay pending in the outbox). Any thread. */
bool worker_needs_login(const struct worker *worker);
/* Hands the tokens of a new sign-in to the worker (copied; the UI thread's are its to wipe):
 * waiting writes go out with them. EXPIRES_IN_S <= 0 means the default hour. */
void worker_sign_in(struct worker *worker, const char *refresh_token, const char *access_token,
		    long expires_in_s);

/* Stops the thread (within a second, transfers in flight are abandoned), frees every
 * queued job and result. NULL-safe. */
void worker_stop(struct worker *worker);

#endif
