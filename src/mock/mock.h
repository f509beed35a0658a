/* halo-mock: a HaloPSA emulator on loopback, embeddable (halotui --demo) and a program. */
#ifndef HALOTUI_MOCK_MOCK_H
#define HALOTUI_MOCK_MOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The demo credentials, GUID-shaped as Halo's: the id is one GUID, the secret two joined by '-'. */
#define MOCK_DEMO_CLIENT_ID "5f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f"
#define MOCK_DEMO_CLIENT_SECRET                                                                    \
	"0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
/* The tenant name reported by /api/authinfo. */
#define MOCK_DEMO_TENANT "demo"

/* Which body answers DELETE /api/Tickets/{id}: `{}` or the deleted ticket's `{"id":N,...}`. */
enum mock_delete_body { MOCK_DELETE_EMPTY, MOCK_DELETE_OBJECT };
/* How GET /api/Tickets/{id} answers an unknown id: 404, or 200 with a body without `id`. */
enum mock_missing_ticket { MOCK_MISSING_404, MOCK_MISSING_EMPTY200 };
/* How dates are written: with Z, without Z, or with fractional seconds (and Z). */
enum mock_date_format { MOCK_DATE_Z, MOCK_DATE_NOZ, MOCK_DATE_FRAC };
/* How ids are written: integers, decimals (21.0) or strings ("21"). */
enum mock_loose_ids { MOCK_IDS_INT, MOCK_IDS_DECIMAL, MOCK_IDS_STRING };
/* What every API write (POST, DELETE) meets: nothing, a refusal (a plain-text 400, a 403, a
 * 500), or an answer cut off after the write was done (the connection drops). */
enum mock_write_fault {
	MOCK_WRITE_OK,
	MOCK_WRITE_400,
	MOCK_WRITE_403,
	MOCK_WRITE_500,
	MOCK_WRITE_DROP
};

/* Everything the emulator can be told; mock_options_init fills in the defaults.
 * Strings are borrowed: they must outlive the server. */
struct mock_options {
	const char *listen_host; /* numeric address to bind; default "127.0.0.1" */
	unsigned short port;	 /* 0 picks a free port */
	unsigned ticket_count;	 /* size of the generated data set; default 2500 */
	uint64_t seed;		 /* data and faults derive from it; default 1 */
	const char *client_id;
	const char *client_secret;
	unsigned token_ttl_s; /* access token lifetime; default 3600 */
	unsigned latency_ms;  /* added to every API answer */
	unsigned latency_jitter_ms;
	double fail_rate;	      /* share of API requests answered 500 */
	unsigned rate_limit_requests; /* 0: no limit */
	unsigned rate_limit_window_s;
	bool rate_limit_retry_after; /* send Retry-After with 429; default true */
	double drop_rate;	     /* share of answers cut off mid-body, connection closed */
	double truncate_rate;	     /* share of answers whose JSON is cut short (valid HTTP) */
	unsigned trickle_ms;	     /* pause between small chunks of every body; 0: none */
	enum mock_delete_body delete_body;
	enum mock_missing_ticket missing_ticket;
	enum mock_date_format date_format;
	enum mock_loose_ids loose_ids;
	bool drafts;	 /* POST /api/Draft exists (else 404); default true */
	bool odd_fields; /* every 25th ticket carries odd-typed fields; default false */
	/* The API application may only read (Halo's read:* permissions): every /api request
	 * other than a GET answers 403; default false. */
	bool read_only_app;
	/* The auth_url /api/authinfo answers, as a shared auth server's instance does; NULL:
	 * this server's own /auth. */
	const char *authinfo_url;
	const char *log_path; /* one JSON line per request (with a write's body); NULL: none */
	/* Writes (POST, DELETE under /api/) wait this long before they are applied and
	 * answered; one whose client hangs up meanwhile is never applied. 0: none. */
	unsigned hold_writes_ms;
	const char
		*state_path; /* data loaded at start (if present) and saved at stop; NULL: none */
	/* The clock that tokens expire by, in seconds (any origin, never going back), called
	 * with CLOCK_ARG from the server's threads; NULL: the system's monotonic clock. Tests
	 * set it to move time on without waiting. */
	double (*clock_s)(void *clock_arg);
	void *clock_arg;
	enum mock_write_fault write_fault; /* default MOCK_WRITE_OK */
	/* Writes about this one ticket (POST /api/Tickets naming its id, POST /api/Actions
	 * naming its ticket_id) answer 403 as Halo does to an agent who may not edit it, and
	 * change nothing; the other tickets are written as usual. 0: none (the default). */
	int write_fault_ticket;
	/* GET /auth/authorize signs this agent in at once (a redirect with a code) instead of
	 * showing the login page; 0: the page. */
	int authorize_auto;
};

struct mock_server;

/* Fills OPTS with the defaults listed in struct mock_options. */
void mock_options_init(struct mock_options *opts);

/* Generates (or loads) the data and starts serving. Returns NULL and writes a message to
 * ERR (ERRLEN bytes) when the address cannot be bound or a file cannot be read. */
struct mock_server *mock_server_start(const struct mock_options *opts, char *err, size_t errlen);

/* The port actually bound (useful when the options asked for 0). */
unsigned short mock_server_port(const struct mock_server *server);

/* Writes the data to the state file of the options now. False (and a message in ERR) when
 * no state file was named or it cannot be written. */
bool mock_server_save(struct mock_server *server, char *err, size_t errlen);

/* Stops serving, saves the state file (when one was named and the data changed since the
 * last save), and frees everything. NULL-safe. */
void mock_server_stop(struct mock_server *server);

#endif
