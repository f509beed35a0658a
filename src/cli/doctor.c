/* halotui doctor: one verdict per thing that can stop halotui from working. */
#include "config.h"

#include <netdb.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "cli/context.h"
#include "cli/output.h"
#include "config/paths.h"
#include "config/profile.h"
#include "net/api.h"
#include "net/outbox.h"
#include "net/probe.h"
#include "net/worker.h"
#include "util/strbuf.h"
#include "util/url_check.h"

/* Seconds the local clock may differ from the server's before tokens and dates suffer. */
#define DOCTOR_MAX_SKEW_S 60
/* Days before a certificate's end that make a warning. */
#define DOCTOR_CERT_WARN_DAYS 14

struct doctor {
	struct cli *c;
	struct cli_output o;
	unsigned n_failed;
	char *host; /* the instance's, as libcurl reads its URL */
	bool is_url_ok;
	bool is_output; /* --format: records through cli_output, else aligned lines */
};

/* One line: VERDICT is "ok", "warn" (passes) or "FAIL". */
static void verdict(struct doctor *d, const char *v, const char *check, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void verdict(struct doctor *d, const char *v, const char *check, const char *fmt, ...)
{
	struct strbuf sb;
	strbuf_init(&sb);
	va_list ap;
	va_start(ap, fmt);
	strbuf_vappendf(&sb, fmt, ap);
	va_end(ap);
	if (!strcmp(v, "FAIL"))
		d->n_failed++;
	if (d->is_output) {
		static const char *const keys[] = { "verdict", "check", "detail" };
		const char *values[] = { v, check, sb.data ? sb.data : "" };
		cli_output_texts(&d->o, keys, values, 3);
	} else {
		printf("%-5s %-15s %s\n", v, check, sb.data ? sb.data : "");
	}
	strbuf_fini(&sb);
}

static void check_config(struct doctor *d)
{
	struct cli *c = d->c;
	cli_load_config(c);
	char *path = paths_config_file();
	char *shown = path ? config_shown_path(path) : NULL;
	size_t n_errors = 0;
	for (size_t i = 0; i < c->cfg.n_diags; i++) {
		const struct config_diag *diag = &c->cfg.diags[i];
		verdict(d, diag->is_warning ? "warn" : "FAIL", "config", "%s", diag->text);
		n_errors += !diag->is_warning;
	}
	if (!n_errors)
		verdict(d, "ok", "config", "%s: %s", shown ? shown : "(no config path)",
			c->cfg.n_diags ? "loads" : "loads without a problem");
	free(shown);
	free(path);
}

/* The profile's URL (not the secret: that is the connection's check). */
static bool check_profile(struct doctor *d)
{
	struct cli *c = d->c;
	if (c->opt.is_demo) {
		verdict(d, "ok", "profile", "the built-in emulator (--demo)");
		return true;
	}
	char *error = NULL;
	if (profile_select(&c->cfg, c->opt.profile, &error) != STATUS_OK) {
		verdict(d, "FAIL", "profile", "%s", error ? error : "no such profile");
		free(error);
		return false;
	}
	const char *url = getenv("HALOTUI_URL");
	if (!url || !*url)
		url = config_get_string(&c->cfg, SETTING_URL);
	const struct config_profile *p = &c->cfg.profiles[c->cfg.selected];
	if (!*url) {
		verdict(d, "FAIL", "profile", "profile '%s' has no url", p->name);
		return false;
	}
	if (!url_check_allowed(url, &d->host, &error)) {
		verdict(d, "FAIL", "profile", "%s", error ? error : url);
		free(error);
		return false;
	}
	d->is_url_ok = true;
	verdict(d, "ok", "profile", "%s%s%s", *p->name ? p->name : "(unnamed)", ": ", url);
	return true;
}

static void check_dns(struct doctor *d)
{
	if (d->c->opt.is_demo)
		verdict(d, "ok", "dns", "not used (--demo: 127.0.0.1)");
	if (!d->is_url_ok)
		return;
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM }, *res = NULL;
	int rc = getaddrinfo(d->host, NULL, &hints, &res);
	if (rc != 0) {
		verdict(d, "FAIL", "dns", "%s: %s", d->host, gai_strerror(rc));
		return;
	}
	char addr[NI_MAXHOST] = "";
	getnameinfo(res->ai_addr, res->ai_addrlen, addr, sizeof(addr), NULL, 0, NI_NUMERICHOST);
	freeaddrinfo(res);
	verdict(d, "ok", "dns", "%s is %s", d->host, addr);
}

/* The proxy that libcurl will take: the setting, else the environment's. */
static const char *proxy_in_use(struct cli *c, const char **from)
{
	const char *set = config_get_string(&c->cfg, SETTING_PROXY);
	if (*set) {
		*from = "the proxy setting";
		return set;
	}
	static const char *const vars[] = { "https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy",
					    "ALL_PROXY" };
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			*from = vars[i];
			return v;
		}
	}
	return NULL;
}

static void check_proxy(struct doctor *d)
{
	const char *from = NULL;
	const char *proxy = d->c->opt.is_demo ? NULL : proxy_in_use(d->c, &from);
	const char *no_proxy = getenv("no_proxy");
	if (!proxy)
		verdict(d, "ok", "proxy", "none: direct connections");
	else
		verdict(d, "ok", "proxy", "%s (from %s)%s%s", proxy, from,
			no_proxy && *no_proxy ? "; no_proxy=" : "", no_proxy ? no_proxy : "");
}

static void tls_verdict(struct doctor *d, const struct probe_result *p, bool insecure)
{
	if (!p->is_tls) {
		verdict(d, "ok", "tls", "not used (http on loopback)");
		return;
	}
	if (!p->is_answered) {
		verdict(d, "FAIL", "tls", "%s", p->error);
		return;
	}
	long days = p->expire_at ? (long)((p->expire_at - time(NULL)) / 86400) : 0;
	const char *v = insecure				       ? "warn"
			: p->expire_at && p->expire_at < time(NULL)    ? "FAIL"
			: p->expire_at && days < DOCTOR_CERT_WARN_DAYS ? "warn"
								       : "ok";
	verdict(d, v, "tls", "%s; certificate %s, issued by %s, expires %s (%ld days); CA %s",
		insecure ? "NOT VERIFIED (insecure is set)" : "verified", p->subject, p->issuer,
		*p->expire ? p->expire : "?", days, *p->ca_path ? p->ca_path : "the system's");
}

static void check_server(struct doctor *d)
{
	struct cli *c = d->c;
	if (!c->api_url)
		return;
	struct strbuf url;
	strbuf_init(&url);
	strbuf_appendf(&url, "%s/authinfo", c->api_url);
	const char *ca = config_get_string(&c->cfg, SETTING_CA_BUNDLE);
	const char *from = NULL;
	bool insecure = config_get_bool(&c->cfg, SETTING_INSECURE);
	struct probe_options po = {
		.url = url.data,
		.ca_bundle = *ca ? ca : NULL,
		.proxy = c->opt.is_demo ? NULL : proxy_in_use(c, &from),
		.insecure = insecure,
		.timeout_ms = config_get_int(&c->cfg, SETTING_CONNECT_TIMEOUT) * 1000,
	};
	struct probe_result p;
	probe_server(&po, &p);
	tls_verdict(d, &p, insecure);
	if (!p.is_answered && !p.is_tls)
		verdict(d, "FAIL", "network", "%s", p.error);
	if (!p.is_answered)
		verdict(d, "FAIL", "clock", "no answer to compare with");
	else if (!p.server_date)
		verdict(d, "warn", "clock", "the server sent no Date header");
	else {
		long skew = (long)difftime(time(NULL), p.server_date);
		verdict(d, labs(skew) > DOCTOR_MAX_SKEW_S ? "FAIL" : "ok", "clock",
			"%ld s %s the server's Date", labs(skew), skew < 0 ? "behind" : "ahead of");
	}
	strbuf_fini(&url);
}

static void check_auth(struct doctor *d)
{
	struct cli *c = d->c;
	struct job_result *r = cli_run_job(c, api_lookup(JOB_AGENT_ME, 0));
	if (r->status == STATUS_OK) {
		const struct agent_list *me = r->data.agents;
		verdict(d, "ok", "authentication", "token accepted; signed in as %s",
			me && me->count ? me->items[0].name : "the API application");
	} else {
		char *text = api_error_describe(&r->error);
		verdict(d, "FAIL", "authentication", "%s", text ? text : "refused");
		free(text);
	}
	job_result_free(r);
}

static void check_budget(struct doctor *d)
{
	struct cli *c = d->c;
	int left = worker_budget_remaining(c->worker), limit = worker_budget_limit(c->worker);
	verdict(d, left > 0 ? "ok" : "FAIL", "budget",
		"%d of %d requests left in the %ld s window (request-budget, budget-window)", left,
		limit, config_get_int(&c->cfg, SETTING_BUDGET_WINDOW));
}

static void check_outbox(struct doctor *d)
{
	struct cli *c = d->c;
	if (!c->outbox_path) {
		verdict(d, "ok", "outbox", "not used (--demo)");
		return;
	}
	struct outbox_entry *e = NULL;
	size_t n = worker_outbox_pending(c->worker, &e), n_bad = 0;
	for (size_t i = 0; i < n; i++)
		n_bad += e[i].last_status != STATUS_OK || e[i].is_outcome_unknown;
	outbox_entries_free(e, n);
	char *shown = config_shown_path(c->outbox_path);
	const char *warning = worker_outbox_warning(c->worker);
	if (warning)
		verdict(d, "FAIL", "outbox", "%s: %s", shown, warning);
	else if (n_bad)
		verdict(d, "FAIL", "outbox",
			"%s: %zu of %zu changes failed or have an unknown outcome "
			"(halotui outbox list)",
			shown, n_bad, n);
	else
		verdict(d, "ok", "outbox", "%s: %zu change%s waiting", shown, n, n == 1 ? "" : "s");
	free(shown);
}

static void check_connection(struct doctor *d)
{
	struct cli *c = d->c;
	if (cli_connect(c) != CLI_OK) {
		verdict(d, "FAIL", "secret", "%s", c->last_error ? c->last_error : "no connection");
		return;
	}
	if (c->opt.is_demo)
		verdict(d, "ok", "secret", "the emulator's demo credentials");
	else if (c->cfg.env_client_secret)
		verdict(d, "ok", "secret", "from HALOTUI_CLIENT_SECRET");
	else if (*config_get_string(&c->cfg, SETTING_CLIENT_SECRET_COMMAND))
		verdict(d, "ok", "secret", "client_secret_command answered");
	else
		verdict(d, "ok", "secret", "client_secret in the config file");
	check_server(d);
	check_auth(d);
	check_budget(d);
	check_outbox(d);
}

int cli_doctor(struct cli *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		return cli_fail(c, CLI_USAGE, "takes no words");
	struct doctor d = { .c = c, .is_output = c->opt.is_format_set };
	c->is_quiet = true;
	if (d.is_output)
		cli_output_begin(&d.o, c, "verdict,check,detail");
	check_config(&d);
	if (check_profile(&d)) {
		check_dns(&d);
		check_proxy(&d);
		check_connection(&d);
	}
	if (d.is_output)
		cli_output_end(&d.o);
	free(d.host);
	c->is_quiet = false;
	return d.n_failed ? CLI_ERROR : CLI_OK;
}
