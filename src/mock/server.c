/* The HTTP side of the emulator: libmicrohttpd, request bodies, faults, the request log. */
#include "config.h"

#include "mock/server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "mock/mock.h"
#include "mock/state.h"
#include "util/alloc.h"

#define MAX_BODY_BYTES (16u * 1024 * 1024)
#define TRICKLE_CHUNK 1024
/* How often a held write looks whether its client is still there. */
#define HOLD_STEP_MS 20

/* A request in flight: its body grows over several calls of the access handler. */
struct pending {
	struct strbuf body;
	double started;
	bool is_too_large;
};

/* A response body handed to a callback (dropped or trickled answers). */
struct feed {
	char *data;
	size_t len;
	size_t stop_at; /* bytes to send before failing (== len: all) */
	unsigned pause_ms;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_ms(unsigned ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) != 0)
		;
}

void mock_options_init(struct mock_options *o)
{
	memset(o, 0, sizeof(*o));
	o->listen_host = "127.0.0.1";
	o->ticket_count = 2500;
	o->seed = 1;
	o->client_id = MOCK_DEMO_CLIENT_ID;
	o->client_secret = MOCK_DEMO_CLIENT_SECRET;
	o->token_ttl_s = 3600;
	o->rate_limit_retry_after = true;
	o->delete_body = MOCK_DELETE_OBJECT;
	o->missing_ticket = MOCK_MISSING_404;
	o->date_format = MOCK_DATE_Z;
	o->loose_ids = MOCK_IDS_INT;
	o->drafts = true;
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				   const char *value)
{
	(void)kind;
	mock_query_add(cls, key, value);
	return MHD_YES;
}

/* A POST or DELETE under /api/ (not /auth/token, whose body holds the secret): what
 * --hold-writes-ms holds and --write-fault refuses. */
static bool is_api_write(const struct mock_request *rq)
{
	return strcasecmp(rq->method, "GET") != 0 && !strncasecmp(rq->path, "/api/", 5);
}

/* True when LEN bytes of S are UTF-8 without NUL: a JSON string can then carry them exactly. */
static bool is_plain_utf8(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		size_t n = c < 0x80		? 1
			   : (c & 0xe0) == 0xc0 ? 2
			   : (c & 0xf0) == 0xe0 ? 3
			   : (c & 0xf8) == 0xf0 ? 4
						: 0;
		if (!c || !n || i + n > len || (n == 2 && c < 0xc2) || (n == 4 && c > 0xf4))
			return false;
		for (size_t k = 1; k < n; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
		i += n;
	}
	return true;
}

/* The request body, exactly as it came: a JSON string when it is UTF-8 (every write of the
 * API), else its bytes in hex. The token route is never logged: its body holds secrets. */
static void log_body(struct jsonw *w, const struct mock_request *rq)
{
	if (!rq->body_len || strncasecmp(rq->path, "/api/", 5) != 0)
		return;
	if (is_plain_utf8((const unsigned char *)rq->body, rq->body_len)) {
		jsonw_string(w, "body", rq->body);
		return;
	}
	static const char hex[] = "0123456789abcdef";
	char *text = xmalloc(rq->body_len * 2 + 1);
	for (size_t i = 0; i < rq->body_len; i++) {
		text[2 * i] = hex[(unsigned char)rq->body[i] >> 4];
		text[2 * i + 1] = hex[(unsigned char)rq->body[i] & 15];
	}
	text[rq->body_len * 2] = '\0';
	jsonw_string(w, "body_hex", text);
	free(text);
}

/* One line of the request log. HELD_MS > 0: a write held by --hold-writes-ms has arrived
 * (no status yet). UNIMPLEMENTED: what the emulator did not do, IGNORED: the query
 * parameters it did not act on; either NULL. */
static void log_line(struct mock_server *s, const struct mock_request *rq, unsigned status,
		     double ms, size_t bytes, unsigned held_ms, const char *unimplemented,
		     const char *ignored)
{
	if (!s->log)
		return;
	struct strbuf q, line;
	strbuf_init(&q);
	strbuf_init(&line);
	for (size_t i = 0; i < rq->query.n; i++)
		strbuf_appendf(&q, "%s%s=%s", i ? "&" : "", rq->query.items[i].key,
			       rq->query.items[i].value);
	struct jsonw w;
	jsonw_init(&w, &line, MOCK_DATE_Z, MOCK_IDS_INT);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "method", rq->method);
	jsonw_string(&w, "path", rq->path);
	jsonw_string(&w, "query", q.data);
	if (held_ms) {
		jsonw_int(&w, "held_ms", held_ms);
	} else {
		jsonw_int(&w, "status", status);
		jsonw_double(&w, "ms", (double)(long)(ms * 1000) / 1000);
		jsonw_int(&w, "bytes", (int64_t)bytes);
	}
	log_body(&w, rq);
	if (unimplemented && *unimplemented)
		jsonw_string(&w, "unimplemented", unimplemented);
	if (ignored && *ignored)
		jsonw_string(&w, "ignored", ignored);
	jsonw_object_close(&w);
	pthread_mutex_lock(&s->log_lock);
	fprintf(s->log, "%s\n", line.data);
	fflush(s->log);
	pthread_mutex_unlock(&s->log_lock);
	strbuf_fini(&q);
	strbuf_fini(&line);
}

static void log_request(struct mock_server *s, const struct mock_request *rq,
			const struct mock_response *rs, double ms, size_t bytes)
{
	log_line(s, rq, rs->status, ms, bytes, 0, rs->unimplemented, rs->ignored.data);
}

/* True when the client of CON has closed its end (it read nothing more will come). */
static bool is_hung_up(struct MHD_Connection *con)
{
	const union MHD_ConnectionInfo *info =
		MHD_get_connection_info(con, MHD_CONNECTION_INFO_CONNECTION_FD);
	if (!info)
		return false;
	char c;
	ssize_t n = recv(info->connect_fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
	return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
}

/* --hold-writes-ms: waits before a write is applied, looking every few ms whether its client
 * went away (killed mid-write). False when it did: the write is then never applied. */
static bool hold_write(struct mock_server *s, struct MHD_Connection *con,
		       const struct mock_request *rq)
{
	unsigned left = s->opts.hold_writes_ms;
	if (!left || !is_api_write(rq))
		return true;
	log_line(s, rq, 0, 0, 0, left, NULL, NULL);
	while (left > 0) {
		unsigned step = left < HOLD_STEP_MS ? left : HOLD_STEP_MS;
		sleep_ms(step);
		left -= step;
		if (is_hung_up(con))
			return false;
	}
	return true;
}

static ssize_t feed_read(void *cls, uint64_t pos, char *buf, size_t max)
{
	struct feed *f = cls;
	if (pos >= f->stop_at)
		return pos >= f->len ? MHD_CONTENT_READER_END_OF_STREAM
				     : MHD_CONTENT_READER_END_WITH_ERROR;
	if (f->pause_ms && pos > 0)
		sleep_ms(f->pause_ms);
	size_t n = f->stop_at - (size_t)pos;
	if (n > max)
		n = max;
	if (f->pause_ms && n > TRICKLE_CHUNK)
		n = TRICKLE_CHUNK;
	memcpy(buf, f->data + pos, n);
	return (ssize_t)n;
}

static void feed_free(void *cls)
{
	struct feed *f = cls;
	free(f->data);
	free(f);
}

/* Cuts, drops or trickles the body as planned; returns the response to queue. */
static struct MHD_Response *make_response(struct mock_server *s, struct mock_response *rs,
					  const struct mock_fault_plan *plan, size_t *bytes)
{
	if (plan->is_truncated && rs->body.len > 1)
		strbuf_truncate(&rs->body, rs->body.len / 2);
	*bytes = rs->body.len;
	if (!plan->is_dropped && !s->opts.trickle_ms) {
		size_t len = rs->body.len;
		return MHD_create_response_from_buffer(len, strbuf_detach(&rs->body),
						       MHD_RESPMEM_MUST_FREE);
	}
	struct feed *f = xcalloc(1, sizeof(*f));
	f->len = rs->body.len;
	f->data = strbuf_detach(&rs->body);
	f->stop_at = plan->is_dropped ? f->len / 2 : f->len;
	f->pause_ms = s->opts.trickle_ms;
	if (plan->is_dropped)
		*bytes = f->stop_at;
	return MHD_create_response_from_callback(f->len, TRICKLE_CHUNK * 4, feed_read, f,
						 feed_free);
}

static bool is_faultable(const char *path)
{
	return !strncasecmp(path, "/api/", 5) && strcasecmp(path, "/api/authinfo") != 0;
}

static void fill_fault(struct mock_server *s, struct mock_response *rs,
		       const struct mock_fault_plan *plan)
{
	if (plan->is_limited) {
		rs->status = 429;
		rs->content_type = "application/json";
		strbuf_append_str(&rs->body, "{\"error\":\"Too many requests\"}");
		if (s->opts.rate_limit_retry_after)
			rs->retry_after_s = plan->retry_after_s;
	} else {
		rs->status = 500;
		rs->content_type = "application/json";
		strbuf_append_str(&rs->body, "{\"ClassName\":\"System.Exception\",\"Message\":"
					     "\"An unexpected error occurred (simulated)\"}");
	}
}

/* --write-fault: the refusals a write may meet, in the forms Halo answers them (a business
 * rule's plain-text 400; a permission's 403); nothing is changed then. True when answered. */
static bool refuse_write(struct mock_server *s, const struct mock_request *rq,
			 struct mock_response *rs, struct mock_fault_plan *plan)
{
	if (!is_api_write(rq) || s->opts.write_fault == MOCK_WRITE_OK)
		return false;
	switch (s->opts.write_fault) {
	case MOCK_WRITE_400:
		rs->status = 400;
		rs->content_type = "text/plain; charset=utf-8";
		strbuf_append_str(
			&rs->body,
			"CODE:TKT05/1 This ticket is locked by another agent (simulated)");
		return true;
	case MOCK_WRITE_403:
		rs->status = 403;
		rs->content_type = "text/plain; charset=utf-8";
		strbuf_append_str(&rs->body,
				  "You do not have permission to edit tickets (simulated)");
		return true;
	case MOCK_WRITE_500:
		plan->is_failed = true;
		fill_fault(s, rs, plan);
		return true;
	default:
		/* Done, then the answer is cut off: the client cannot know it was. */
		plan->is_dropped = true;
		return false;
	}
}

static enum MHD_Result answer(struct mock_server *s, struct MHD_Connection *con,
			      struct mock_request *rq, struct pending *p)
{
	struct mock_response rs = { .status = 200, .content_type = "application/json" };
	strbuf_init(&rs.body);
	strbuf_init(&rs.location);
	strbuf_init(&rs.ignored);
	struct mock_fault_plan plan = { 0 };
	if (is_faultable(rq->path))
		mock_faults_plan(&s->faults, &s->opts, &plan);
	if (plan.delay_ms)
		sleep_ms(plan.delay_ms);
	if (!hold_write(s, con, rq)) {
		/* Nobody is there to answer: like nginx's 499, logged, never applied. */
		log_line(s, rq, 499, (now_s() - p->started) * 1000, 0, 0, NULL, NULL);
		strbuf_fini(&rs.body);
		return MHD_NO;
	}
	if (p->is_too_large) {
		rs.status = 413;
		strbuf_append_str(&rs.body, "{\"error\":\"Request body too large\"}");
	} else if (plan.is_limited || plan.is_failed) {
		fill_fault(s, &rs, &plan);
	} else if (refuse_write(s, rq, &rs, &plan)) {
		/* answered */
	} else {
		mock_dispatch(s, rq, &rs);
	}
	size_t bytes;
	struct MHD_Response *resp = make_response(s, &rs, &plan, &bytes);
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, rs.content_type);
	if (rs.retry_after_s) {
		char buf[16];
		snprintf(buf, sizeof(buf), "%u", rs.retry_after_s);
		MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, buf);
	}
	if (rs.www_authenticate)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
	if (rs.location.len)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, rs.location.data);
	if (rs.ignored.len)
		MHD_add_response_header(resp, "X-Halo-Mock-Ignored", rs.ignored.data);
	enum MHD_Result ret = MHD_queue_response(con, rs.status, resp);
	MHD_destroy_response(resp);
	log_request(s, rq, &rs, (now_s() - p->started) * 1000, bytes);
	strbuf_fini(&rs.body);
	strbuf_fini(&rs.location);
	strbuf_fini(&rs.ignored);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	(void)version;
	struct mock_server *s = cls;
	struct pending *p = *con_cls;
	if (!p) {
		p = xcalloc(1, sizeof(*p));
		strbuf_init(&p->body);
		p->started = now_s();
		*con_cls = p;
		return MHD_YES;
	}
	if (*upload_size) {
		if (p->body.len + *upload_size > MAX_BODY_BYTES)
			p->is_too_large = true;
		else
			strbuf_append(&p->body, upload, *upload_size);
		*upload_size = 0;
		return MHD_YES;
	}
	struct mock_request rq = {
		.method = method, .path = url, .body = p->body.data, .body_len = p->body.len
	};
	mock_query_init(&rq.query);
	MHD_get_connection_values(con, MHD_GET_ARGUMENT_KIND, collect_arg, &rq.query);
	rq.authorization =
		MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
	rq.host = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	enum MHD_Result ret = answer(s, con, &rq, p);
	mock_query_fini(&rq.query);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *con, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)con;
	(void)toe;
	struct pending *p = *con_cls;
	if (p) {
		strbuf_fini(&p->body);
		free(p);
		*con_cls = NULL;
	}
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void copy_options(struct mock_server *s, const struct mock_options *o)
{
	s->opts = *o;
	s->opts.listen_host = s->listen_host =
		xstrdup(o->listen_host ? o->listen_host : "127.0.0.1");
	s->opts.client_id = s->client_id =
		xstrdup(o->client_id ? o->client_id : MOCK_DEMO_CLIENT_ID);
	s->opts.client_secret = s->client_secret =
		xstrdup(o->client_secret ? o->client_secret : MOCK_DEMO_CLIENT_SECRET);
	s->opts.log_path = s->log_path = dup_or_null(o->log_path);
	s->opts.state_path = s->state_path = dup_or_null(o->state_path);
}

static void server_free(struct mock_server *s)
{
	if (s->log)
		fclose(s->log);
	mock_data_free(s->data);
	mock_auth_free(s->auth);
	mock_faults_fini(&s->faults);
	pthread_mutex_destroy(&s->log_lock);
	free(s->listen_host);
	free(s->client_id);
	free(s->client_secret);
	free(s->log_path);
	free(s->state_path);
	free(s);
}

/* libmicrohttpd's own complaints: never to the terminal (the console may own it). */
static void on_mhd_error(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	(void)fmt;
	(void)ap;
}

static bool start_daemon(struct mock_server *s, char *err, size_t errlen)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(s->opts.port) };
	const char *host = s->opts.listen_host;
	if (!strcmp(host, "localhost"))
		host = "127.0.0.1";
	if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
		snprintf(err, errlen, "not a numeric IPv4 address: %s", s->opts.listen_host);
		return false;
	}
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
			 MHD_USE_POLL | MHD_USE_ERROR_LOG;
	struct MHD_Daemon *d = MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR, &addr,
		MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_EXTERNAL_LOGGER,
		on_mhd_error, s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)120,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)512, MHD_OPTION_END);
	if (!d) {
		snprintf(err, errlen, "cannot listen on %s:%u", s->opts.listen_host,
			 (unsigned)s->opts.port);
		return false;
	}
	const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : s->opts.port;
	s->daemon = d;
	return true;
}

struct mock_server *mock_server_start(const struct mock_options *o, char *err, size_t errlen)
{
	struct mock_server *s = xcalloc(1, sizeof(*s));
	pthread_mutex_init(&s->log_lock, NULL);
	copy_options(s, o);
	mock_faults_init(&s->faults, &s->opts);
	s->auth = mock_auth_new(s->opts.token_ttl_s, s->opts.seed, s->opts.clock_s,
				s->opts.clock_arg);
	if (s->opts.state_path && access(s->opts.state_path, F_OK) == 0) {
		s->data = mock_state_load(s->opts.state_path, err, errlen);
		if (!s->data)
			goto fail;
	} else {
		s->data = mock_data_new(s->opts.ticket_count, s->opts.seed);
	}
	if (s->opts.log_path && !(s->log = fopen(s->opts.log_path, "a"))) {
		snprintf(err, errlen, "cannot open the log %s", s->opts.log_path);
		goto fail;
	}
	if (!start_daemon(s, err, errlen))
		goto fail;
	return s;
fail:
	server_free(s);
	return NULL;
}

unsigned short mock_server_port(const struct mock_server *s)
{
	return s->port;
}

bool mock_server_save(struct mock_server *s, char *err, size_t errlen)
{
	if (!s->opts.state_path) {
		snprintf(err, errlen, "no state file was named");
		return false;
	}
	pthread_rwlock_wrlock(&s->data->lock);
	bool ok = mock_state_save(s->data, s->opts.state_path, err, errlen);
	if (ok)
		s->data->is_dirty = false;
	pthread_rwlock_unlock(&s->data->lock);
	return ok;
}

void mock_server_stop(struct mock_server *s)
{
	if (!s)
		return;
	if (s->daemon)
		MHD_stop_daemon(s->daemon);
	if (s->opts.state_path && (s->data->is_dirty || access(s->opts.state_path, F_OK) != 0)) {
		char err[256];
		mock_server_save(s, err, sizeof(err));
	}
	server_free(s);
}
