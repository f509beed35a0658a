/* The emulator's insides shared by its files: the server, one request, one response. */
#ifndef HALOTUI_MOCK_SERVER_H
#define HALOTUI_MOCK_SERVER_H

#include <pthread.h>
#include <stdio.h>

#include "mock/auth.h"
#include "mock/data.h"
#include "mock/faults.h"
#include "mock/jsonw.h"
#include "mock/mock.h"
#include "mock/query.h"
#include "util/strbuf.h"

struct mock_server {
	struct mock_options opts; /* strings point into the copies below */
	char *listen_host, *client_id, *client_secret, *log_path, *state_path;
	struct mock_data *data;
	struct mock_auth *auth;
	struct mock_faults faults;
	void *daemon; /* struct MHD_Daemon */
	unsigned short port;
	FILE *log;
	pthread_mutex_t log_lock;
};

struct mock_request {
	const char *method;
	const char *path; /* without the query string */
	struct mock_query query;
	const char *body; /* NUL-terminated, may be "" */
	size_t body_len;
	const char *authorization;
	const char *host;
	int ids[2]; /* integers captured from the path */
};

struct mock_response {
	unsigned status;
	const char *content_type;
	struct strbuf body;
	unsigned retry_after_s; /* sent as Retry-After when non-zero */
	bool www_authenticate;
	/* What the request asked that the emulator does not do ("sendemail: no e-mail is
	 * sent"), "; "-separated, for the request log; "" for nothing. */
	char unimplemented[512];
	struct strbuf location; /* sent as Location when not empty (redirects) */
	/* Query parameters the route does not act on, "a,b": sent as X-Halo-Mock-Ignored and
	 * logged, so that nothing is ignored without a trace. Empty: none. */
	struct strbuf ignored;
};

/* One request being answered: what every route handler gets. */
struct mock_ctx {
	struct mock_server *server;
	struct mock_data *data;
	const struct mock_request *rq;
	struct mock_response *rs;
};

/* Answers RQ into RS (status, content type and body). */
void mock_dispatch(struct mock_server *server, const struct mock_request *rq,
		   struct mock_response *rs);

/* Starts a JSON body with status STATUS; write it through W. */
void mock_reply_json(struct mock_ctx *c, unsigned status, struct jsonw *w);
/* A plain-text body (Halo's "CODE:..." validation errors). */
void mock_reply_text(struct mock_ctx *c, unsigned status, const char *text);
/* A JSON body given as text. */
void mock_reply_raw(struct mock_ctx *c, unsigned status, const char *json);
/* Notes in the request log that the request asked for WHAT, which the emulator records
 * but does not do (it never pretends to). */
void mock_note_unimplemented(struct mock_ctx *c, const char *what);
/* Parses the request body as JSON; NULL (and a 400 answered) when it is not JSON. */
struct json_object *mock_body_json(struct mock_ctx *c);
/* Parses the body as mock_body_json does, a lone object wrapped in an array: Halo's web app
 * posts one object where API clients post an array. NULL (and a 400 answered) when not JSON. */
struct json_object *mock_body_listed(struct mock_ctx *c);
/* Parses the body as a JSON array of objects; NULL (and a 400 answered) otherwise. */
struct json_object *mock_body_array(struct mock_ctx *c);
/* --write-fault-ticket: true, with the 403 answered, when an item of ITEMS names the refused
 * ticket in its member KEY ("id", "ticket_id"); nothing is written then. */
bool mock_refuse_ticket_write(struct mock_ctx *c, struct json_object *items, const char *key);

/* The parts of a write route over an array of objects. VALIDATE checks item INDEX and, when
 * it fails, answers the error and returns false; STORE stores an item and returns the record
 * written (owned by the data). Both run under the data's write lock; ARG is passed on. */
struct mock_writer {
	bool (*validate)(struct mock_ctx *c, size_t index, struct json_object *item, void *arg);
	struct json_object *(*store)(struct mock_ctx *c, struct json_object *item, void *arg);
	unsigned status; /* of a success: 200, or 201 */
	void *arg;
};
/* Runs WRITER over ITEMS (takes ownership): all items are validated before any is stored,
 * then the data is marked changed and the answer is the last record written ([] for none). */
void mock_write_items(struct mock_ctx *c, struct json_object *items,
		      const struct mock_writer *writer);

/* json-c field readers that accept Halo's loose typing ("21", 21.0, 21). */
bool mock_json_int(struct json_object *obj, const char *key, int *out);
bool mock_json_bool(struct json_object *obj, const char *key, bool *out);
const char *mock_json_str(struct json_object *obj, const char *key);
/* The integer KEY of OBJ as mock_json_int reads it, or FALLBACK when absent or not one. */
int mock_json_int_or(struct json_object *obj, const char *key, int fallback);

/* Writes a json-c value with the wire variants applied: ids (`id`, `*_id`) per loose-ids,
 * canonical dates per the date format. */
void mock_write_value(struct jsonw *w, const char *key, struct json_object *v);
/* A canonical date string (Z form) for json-c records. */
struct json_object *mock_json_date(int64_t unix_s);

#endif
