/* The subcommands' shared state: failures and exit codes, the connection, jobs. */
#include "config.h"

#include "cli/context.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "config/paths.h"
#include "config/profile.h"
#include "mock/mock.h"
#include "net/api.h"
#include "net/outbox.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/strbuf.h"

/* The length of S's start that needs no escape in JSON. */
static size_t plain_prefix(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f)
		p++;
	return (size_t)(p - (const unsigned char *)s);
}

void cli_json_string_sb(struct strbuf *sb, const char *s)
{
	size_t plain = plain_prefix(s);
	strbuf_append_char(sb, '"');
	strbuf_append(sb, s, plain);
	for (const unsigned char *p = (const unsigned char *)s + plain; *p; p++) {
		if (*p == '"' || *p == '\\')
			strbuf_appendf(sb, "\\%c", *p);
		else if (*p == '\n')
			strbuf_append_str(sb, "\\n");
		else if (*p == '\t')
			strbuf_append_str(sb, "\\t");
		else if (*p == '\r')
			strbuf_append_str(sb, "\\r");
		else if (*p < 0x20 || *p == 0x7f)
			strbuf_appendf(sb, "\\u%04x", *p);
		else
			strbuf_append_char(sb, (char)*p);
	}
	strbuf_append_char(sb, '"');
}

void cli_json_string(FILE *out, const char *s)
{
	struct strbuf sb;
	strbuf_init(&sb);
	cli_json_string_sb(&sb, s);
	fwrite(sb.data, 1, sb.len, out);
	strbuf_fini(&sb);
}

static int fail_text(struct cli *c, enum cli_exit code, const char *text)
{
	if (c->is_quiet) {
		free(c->last_error);
		c->last_error = xstrdup(text);
		return (int)code;
	}
	fflush(stdout);
	if (c->opt.format == CLI_FORMAT_JSON || c->opt.format == CLI_FORMAT_JSONL) {
		fputs("{\"error\":", stderr);
		cli_json_string(stderr, text);
		fprintf(stderr, ",\"exit_code\":%d", (int)code);
		if (c->name) {
			fputs(",\"command\":", stderr);
			cli_json_string(stderr, c->name);
		}
		fputs("}\n", stderr);
	} else {
		fprintf(stderr, "halotui: %s%s%s\n", c->name ? c->name : "", c->name ? ": " : "",
			text);
	}
	return (int)code;
}

int cli_fail(struct cli *c, enum cli_exit code, const char *fmt, ...)
{
	struct strbuf sb;
	strbuf_init(&sb);
	va_list ap;
	va_start(ap, fmt);
	strbuf_vappendf(&sb, fmt, ap);
	va_end(ap);
	/* One line, whatever the server's words held. */
	for (size_t i = 0; i < sb.len; i++)
		if (sb.data[i] == '\n' || sb.data[i] == '\r')
			sb.data[i] = ' ';
	fail_text(c, code, sb.len ? sb.data : "failed");
	strbuf_fini(&sb);
	return (int)code;
}

enum cli_exit cli_exit_of_status(enum status st)
{
	switch (st) {
	case STATUS_OK:
		return CLI_OK;
	case STATUS_INVALID:
		return CLI_USAGE;
	case STATUS_AUTH:
	case STATUS_HTTP_401:
	case STATUS_HTTP_403:
		return CLI_AUTH;
	case STATUS_NOT_FOUND:
	case STATUS_HTTP_404:
		return CLI_NOT_FOUND;
	case STATUS_HTTP_429:
		return CLI_RATE_LIMITED;
	case STATUS_NETWORK:
	case STATUS_TIMEOUT:
	case STATUS_TLS:
		return CLI_NETWORK;
	case STATUS_HTTP_5XX:
		return CLI_SERVER;
	default:
		return CLI_ERROR;
	}
}

int cli_fail_result(struct cli *c, const struct job_result *r)
{
	enum status st = r->error.kind != STATUS_OK ? r->error.kind : r->status;
	char *text = api_error_describe(&r->error);
	int code = cli_fail(c, cli_exit_of_status(st), "%s",
			    text && *text ? text : status_message(st));
	free(text);
	return code;
}

void cli_load_config(struct cli *c)
{
	if (c->is_config_loaded)
		return;
	c->is_config_loaded = true;
	config_load_user(&c->cfg);
	/* The console shows these in its messages pane; a script sees them on stderr. */
	for (size_t i = 0; i < c->cfg.n_diags && !c->is_quiet; i++)
		if (!c->cfg.diags[i].is_warning)
			fprintf(stderr, "halotui: warning: %s\n", c->cfg.diags[i].text);
}

static int start_demo(struct cli *c, struct net_settings *ns, char *err, size_t err_size)
{
	struct mock_options mo;
	mock_options_init(&mo);
	mo.port = 0;
	/* The emulator's threads must not take the signals meant for this one. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	c->mock = mock_server_start(&mo, err, err_size);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!c->mock)
		return cli_fail(c, CLI_ERROR, "the emulator could not start: %s", err);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "http://127.0.0.1:%u", (unsigned)mock_server_port(c->mock));
	c->url = strbuf_take(&sb);
	strbuf_appendf(&sb, "%s/api", c->url);
	c->api_url = strbuf_take(&sb);
	strbuf_appendf(&sb, "%s/auth", c->url);
	c->auth_url = strbuf_take(&sb);
	ns->auth_url = c->auth_url;
	ns->api_url = c->api_url;
	ns->client_id = MOCK_DEMO_CLIENT_ID;
	ns->client_secret = MOCK_DEMO_CLIENT_SECRET;
	return CLI_OK;
}

static int open_log(struct cli *c)
{
	const char *path = c->opt.log_path;
	if (!path)
		path = config_get_string(&c->cfg, SETTING_LOG_FILE);
	if (!*path)
		return CLI_OK;
	c->log = log_open(path, LOG_INFO);
	if (!c->log)
		return cli_fail(c, CLI_ERROR, "cannot open the log %s: %s", path, strerror(errno));
	return CLI_OK;
}

static void fill_settings(struct cli *c, struct net_settings *ns)
{
	const struct config *cfg = &c->cfg;
	ns->connect_timeout_ms = config_get_int(cfg, SETTING_CONNECT_TIMEOUT) * 1000;
	ns->low_speed_time_s = config_get_int(cfg, SETTING_LOW_SPEED_TIME);
	ns->request_timeout_ms = config_get_int(cfg, SETTING_REQUEST_TIMEOUT) * 1000;
	ns->max_connections = (int)config_get_int(cfg, SETTING_MAX_CONNECTIONS);
	ns->budget_requests = (int)config_get_int(cfg, SETTING_REQUEST_BUDGET);
	ns->budget_window_s = (int)config_get_int(cfg, SETTING_BUDGET_WINDOW);
	ns->read_only = c->is_read_only = config_get_bool(cfg, SETTING_READ_ONLY);
	ns->log = c->log;
	if (c->opt.is_no_retry)
		ns->max_get_retries = ns->max_429_retries = -1;
}

/* When the profile leaves the auth server or the tenant to /api/authinfo, its answer is kept
 * in the cache folder for the next runs (the folder made here, as the worker cannot). */
static void keep_authinfo(struct cli *c, const struct profile_connection *conn,
			  struct net_settings *ns)
{
	if (ns->auth_url && ns->tenant)
		return;
	c->authinfo_cache_path = paths_authinfo_cache(conn->profile, true);
	ns->authinfo_cache_path = c->authinfo_cache_path;
}

/* The selected profile's connection into NS; the strings stay in CONN. */
static int resolve_profile(struct cli *c, struct profile_connection *conn, struct net_settings *ns)
{
	char *error = NULL;
	int code = CLI_OK;
	if (profile_select(&c->cfg, c->opt.profile, &error) != STATUS_OK ||
	    profile_connection(&c->cfg, conn, &error) != STATUS_OK) {
		code = cli_fail(c, CLI_ERROR, "%s (try halotui --demo)",
				error ? error : "no connection");
		free(error);
		return code;
	}
	c->url = xstrdup(conn->url);
	c->api_url = xstrdup(conn->api_url);
	c->outbox_path = outbox_default_path(conn->profile);
	const char *ca = config_get_string(&c->cfg, SETTING_CA_BUNDLE);
	const char *proxy = config_get_string(&c->cfg, SETTING_PROXY);
	ns->api_url = conn->api_url;
	ns->auth_url = conn->is_auth_url_derived ? NULL : conn->auth_url;
	ns->tenant = *conn->tenant ? conn->tenant : NULL;
	ns->client_id = conn->client_id;
	ns->client_secret = conn->client_secret;
	ns->ca_bundle = *ca ? ca : NULL;
	ns->insecure = config_get_bool(&c->cfg, SETTING_INSECURE);
	ns->proxy = *proxy ? proxy : NULL;
	ns->outbox_path = c->outbox_path;
	keep_authinfo(c, conn, ns);
	return CLI_OK;
}

int cli_connect(struct cli *c)
{
	if (c->worker)
		return CLI_OK;
	cli_load_config(c);
	int code = open_log(c);
	if (code != CLI_OK)
		return code;
	if (!wake_pipe_open(&c->wake))
		return cli_fail(c, CLI_ERROR, "cannot make a pipe: %s", strerror(errno));
	struct net_settings ns = { 0 };
	struct profile_connection conn = { 0 };
	char err[256] = "";
	code = c->opt.is_demo ? start_demo(c, &ns, err, sizeof(err))
			      : resolve_profile(c, &conn, &ns);
	if (code == CLI_OK && c->is_without_outbox)
		ns.outbox_path = NULL;
	if (code == CLI_OK) {
		fill_settings(c, &ns);
		c->worker = worker_start(&ns, &c->wake, err, sizeof(err));
		if (!c->worker)
			code = cli_fail(c, CLI_ERROR, "%s", err);
		else if (worker_outbox_warning(c->worker) && !c->is_quiet)
			fprintf(stderr, "halotui: warning: %s\n", worker_outbox_warning(c->worker));
	}
	profile_connection_fini(&conn);
	return code;
}

bool cli_submit(struct cli *c, struct job *job)
{
	return job && worker_submit(c->worker, job);
}

struct job_result *cli_wait_any(struct cli *c)
{
	for (;;) {
		struct job_result *r = worker_take_result(c->worker);
		if (r)
			return r;
		struct pollfd p = { .fd = c->wake.read_fd, .events = POLLIN };
		if (poll(&p, 1, -1) < 0 && errno != EINTR)
			abort();
		wake_pipe_drain(&c->wake);
	}
}

struct job_result *cli_run_job(struct cli *c, struct job *job)
{
	/* The worker owns the job once it is submitted (and may free it at once): its answer is
	 * known by a generation of its own, set before. */
	static unsigned last_generation;
	unsigned generation = ++last_generation ? last_generation : ++last_generation;
	enum job_kind kind = job ? job->kind : JOB_TICKET_GET;
	if (job)
		job->generation = generation;
	if (!cli_submit(c, job)) {
		struct job_result *r = xcalloc(1, sizeof(*r));
		r->kind = kind;
		r->status = STATUS_IO;
		api_error_init(&r->error);
		api_error_set(&r->error, STATUS_IO, 0, NULL, "the request could not be made");
		return r;
	}
	for (;;) {
		struct job_result *r = cli_wait_any(c);
		if (r->generation == generation)
			return r;
		job_result_free(r);
	}
}

int cli_fetch_lookup(struct cli *c, enum job_kind kind)
{
	int code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	struct job_result *r = cli_run_job(c, api_lookup(kind, 0));
	if (r->status != STATUS_OK)
		code = cli_fail_result(c, r);
	else if (kind == JOB_STATUSES)
		lookups_set_statuses(&c->lookups, r->data.statuses);
	else if (kind == JOB_PRIORITIES)
		lookups_set_priorities(&c->lookups, r->data.priorities);
	else if (kind == JOB_AGENTS)
		lookups_set_agents(&c->lookups, r->data.agents);
	else if (kind == JOB_AGENT_ME)
		lookups_set_me(&c->lookups, r->data.agents);
	else if (kind == JOB_TEAMS)
		lookups_set_teams(&c->lookups, r->data.named);
	else if (kind == JOB_TICKET_TYPES)
		lookups_set_tickettypes(&c->lookups, r->data.named);
	else if (kind == JOB_CLIENTS)
		lookups_set_clients(&c->lookups, r->data.named);
	job_result_free(r);
	return code;
}

bool cli_parse_id(const char *text, long *id)
{
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (!*text || *end || errno || v <= 0 || text[0] == '+' || text[0] == ' ')
		return false;
	*id = v;
	return true;
}
