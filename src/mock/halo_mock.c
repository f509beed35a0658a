/* halo-mock: the HaloPSA emulator as a program (options, signals, the listening line). */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/mock.h"

static const char usage_text[] =
	"usage: halo-mock [OPTION]...\n"
	"A HaloPSA emulator on loopback: OAuth2 client credentials and agent sign-in\n"
	"(authorization code with PKCE, refresh tokens), /api/Tickets and friends.\n"
	"\n"
	"  --listen HOST:PORT      address to bind (default 127.0.0.1:0; port 0 picks a free "
	"one)\n"
	"  --port-file FILE        write the bound port to FILE once listening\n"
	"  --tickets N             tickets in the generated data set (default 2500)\n"
	"  --seed S                seed of the data and of every fault (default 1)\n"
	"  --client-id ID          accepted client_id (default the demo GUID)\n"
	"  --client-secret SECRET  accepted client_secret (default the demo secret)\n"
	"  --token-ttl SECONDS     access token lifetime (default 3600)\n"
	"  --latency-ms N[:J]      delay every API answer by N ms plus up to J ms jitter\n"
	"  --fail-rate P           answer a share P (0..1) of API requests with 500\n"
	"  --rate-limit N/SECONDS  answer 429 above N API requests per rolling window\n"
	"  --retry-after yes|no    send Retry-After with 429 (default yes)\n"
	"  --drop-rate P           cut a share P of answers mid-body and close the connection\n"
	"  --truncate-rate P       cut the JSON of a share P of answers short (valid HTTP)\n"
	"  --trickle-ms N          send every body in 1 KiB pieces, N ms apart\n"
	"  --delete-body empty|object  body of DELETE /api/Tickets/{id} (default object)\n"
	"  --missing-ticket 404|empty200  answer for an unknown ticket id (default 404)\n"
	"  --date-format z|noz|frac    dates end in Z, have no Z, or carry fractions (default z)\n"
	"  --loose-ids int|decimal|string  how ids are written (default int)\n"
	"  --odd-fields yes|no     every 25th ticket carries fields of odd types, as years-old\n"
	"                          Halo data does: flagged 2, onhold \"yes\", category_1 an\n"
	"                          object, deadlinedate a number (default no)\n"
	"  --drafts yes|no         serve POST /api/Draft (default yes; no answers 404)\n"
	"  --authinfo-url URL      the auth_url /api/authinfo names, as on an instance whose\n"
	"                          auth server is shared (default this server's /auth)\n"
	"  --log FILE              append one JSON line per request (method, path, query, status,\n"
	"                          ms, bytes; a write's body (held writes are logged as \"held\" "
	"at their start); what it asked that is not done)\n"
	"  --state FILE            load the data from FILE at start (if it exists) and save it\n"
	"                          there on exit\n"
	"  --read-only-app yes|no  the API application may only read, as one given read:*\n"
	"                          permissions only: every other /api request answers 403\n"
	"                          (default no)\n"
	"  --write-fault none|400|403|500|drop  every API write is refused with a plain-text\n"
	"                          400, a 403 or a 500 (nothing changes), or is done and its\n"
	"                          answer cut off mid-body (default none)\n"
	"  --write-fault-ticket ID  writes about ticket ID alone (POST /api/Tickets with its id,\n"
	"                          POST /api/Actions with its ticket_id) answer a plain-text 403,\n"
	"                          as to an agent who may not edit it; nothing changes\n"
	"  --authorize-auto AGENT  /auth/authorize signs agent id AGENT in at once (a redirect\n"
	"                          with a code) instead of showing the login page (tests)\n"
	"  --hold-writes-ms N      hold every write (POST, DELETE to /api/) N ms before it is\n"
	"                          applied and answered, logged at its start as \"held\"; a\n"
	"                          write whose client hangs up meanwhile is not applied\n"
	"                          (logged with status 499)\n"
	"  --help                  show this help\n"
	"\n"
	"Latency, faults and the rate limit apply to /api/ requests other than /api/authinfo;\n"
	"/auth/token is never faulted. The same --seed gives the same data and the same faults.\n"
	"SIGTERM or SIGINT stop it cleanly (saving the state when --state is given).\n"
	"Demo credentials:\n"
	"  client_id     " MOCK_DEMO_CLIENT_ID "\n"
	"  client_secret " MOCK_DEMO_CLIENT_SECRET "\n";

enum {
	OPT_LISTEN = 256,
	OPT_PORT_FILE,
	OPT_TICKETS,
	OPT_SEED,
	OPT_CLIENT_ID,
	OPT_CLIENT_SECRET,
	OPT_TOKEN_TTL,
	OPT_LATENCY,
	OPT_FAIL_RATE,
	OPT_RATE_LIMIT,
	OPT_RETRY_AFTER,
	OPT_DROP_RATE,
	OPT_TRUNCATE_RATE,
	OPT_TRICKLE,
	OPT_DELETE_BODY,
	OPT_MISSING,
	OPT_DATE_FORMAT,
	OPT_LOOSE_IDS,
	OPT_DRAFTS,
	OPT_ODD_FIELDS,
	OPT_AUTHINFO_URL,
	OPT_LOG,
	OPT_STATE,
	OPT_READ_ONLY_APP,
	OPT_AUTHORIZE_AUTO,
	OPT_HELP,
	OPT_WRITE_FAULT,
	OPT_HOLD_WRITES,
	OPT_WRITE_FAULT_TICKET,
};

static const struct option long_options[] = {
	{ "listen", required_argument, NULL, OPT_LISTEN },
	{ "port-file", required_argument, NULL, OPT_PORT_FILE },
	{ "tickets", required_argument, NULL, OPT_TICKETS },
	{ "seed", required_argument, NULL, OPT_SEED },
	{ "client-id", required_argument, NULL, OPT_CLIENT_ID },
	{ "client-secret", required_argument, NULL, OPT_CLIENT_SECRET },
	{ "token-ttl", required_argument, NULL, OPT_TOKEN_TTL },
	{ "latency-ms", required_argument, NULL, OPT_LATENCY },
	{ "fail-rate", required_argument, NULL, OPT_FAIL_RATE },
	{ "rate-limit", required_argument, NULL, OPT_RATE_LIMIT },
	{ "retry-after", required_argument, NULL, OPT_RETRY_AFTER },
	{ "drop-rate", required_argument, NULL, OPT_DROP_RATE },
	{ "truncate-rate", required_argument, NULL, OPT_TRUNCATE_RATE },
	{ "trickle-ms", required_argument, NULL, OPT_TRICKLE },
	{ "delete-body", required_argument, NULL, OPT_DELETE_BODY },
	{ "missing-ticket", required_argument, NULL, OPT_MISSING },
	{ "date-format", required_argument, NULL, OPT_DATE_FORMAT },
	{ "loose-ids", required_argument, NULL, OPT_LOOSE_IDS },
	{ "drafts", required_argument, NULL, OPT_DRAFTS },
	{ "odd-fields", required_argument, NULL, OPT_ODD_FIELDS },
	{ "authinfo-url", required_argument, NULL, OPT_AUTHINFO_URL },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "state", required_argument, NULL, OPT_STATE },
	{ "read-only-app", required_argument, NULL, OPT_READ_ONLY_APP },
	{ "authorize-auto", required_argument, NULL, OPT_AUTHORIZE_AUTO },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "write-fault", required_argument, NULL, OPT_WRITE_FAULT },
	{ "hold-writes-ms", required_argument, NULL, OPT_HOLD_WRITES },
	{ "write-fault-ticket", required_argument, NULL, OPT_WRITE_FAULT_TICKET },
	{ NULL, 0, NULL, 0 },
};

/* Where the parsed options go besides struct mock_options. */
struct cli {
	struct mock_options opts;
	const char *port_file;
	char host[64];
};

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (end == s || *end || errno || v > max || s[0] == '-')
		return false;
	*out = v;
	return true;
}

static bool parse_rate(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || *end || !(v >= 0 && v <= 1))
		return false;
	*out = v;
	return true;
}

/* Picks one of NAMES (NULL-terminated); returns its index or -1. */
static int parse_choice(const char *s, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (!strcasecmp(s, names[i]))
			return i;
	return -1;
}

static bool parse_listen(struct cli *cli, const char *s)
{
	const char *colon = strrchr(s, ':');
	unsigned long port;
	if (!colon || (size_t)(colon - s) >= sizeof(cli->host) || colon == s ||
	    !parse_uint(colon + 1, 65535, &port))
		return false;
	memcpy(cli->host, s, (size_t)(colon - s));
	cli->host[colon - s] = '\0';
	cli->opts.listen_host = cli->host;
	cli->opts.port = (unsigned short)port;
	return true;
}

static bool parse_pair(const char *s, char sep, unsigned long *a, unsigned long *b, bool need_b)
{
	char buf[64];
	snprintf(buf, sizeof(buf), "%s", s);
	char *mid = strchr(buf, sep);
	if (mid)
		*mid++ = '\0';
	else if (need_b)
		return false;
	*b = 0;
	return parse_uint(buf, 1000000000UL, a) && (!mid || parse_uint(mid, 1000000000UL, b));
}

static bool parse_switch(struct mock_options *o, int opt, const char *arg)
{
	static const char *const yes_no[] = { "no", "yes", NULL };
	static const char *const delete_bodies[] = { "empty", "object", NULL };
	static const char *const missing[] = { "404", "empty200", NULL };
	static const char *const dates[] = { "z", "noz", "frac", NULL };
	static const char *const ids[] = { "int", "decimal", "string", NULL };
	static const char *const write_faults[] = { "none", "400", "403", "500", "drop", NULL };
	int v;
	switch (opt) {
	case OPT_WRITE_FAULT:
		v = parse_choice(arg, write_faults);
		o->write_fault = v < 0 ? MOCK_WRITE_OK : (enum mock_write_fault)v;
		return v >= 0;
	case OPT_RETRY_AFTER:
		v = parse_choice(arg, yes_no);
		o->rate_limit_retry_after = v == 1;
		return v >= 0;
	case OPT_DRAFTS:
		v = parse_choice(arg, yes_no);
		o->drafts = v == 1;
		return v >= 0;
	case OPT_ODD_FIELDS:
		v = parse_choice(arg, yes_no);
		o->odd_fields = v == 1;
		return v >= 0;
	case OPT_READ_ONLY_APP:
		v = parse_choice(arg, yes_no);
		o->read_only_app = v == 1;
		return v >= 0;
	case OPT_AUTHINFO_URL:
		o->authinfo_url = arg;
		return arg[0] != '\0';
	case OPT_DELETE_BODY:
		v = parse_choice(arg, delete_bodies);
		o->delete_body = v == 0 ? MOCK_DELETE_EMPTY : MOCK_DELETE_OBJECT;
		return v >= 0;
	case OPT_MISSING:
		v = parse_choice(arg, missing);
		o->missing_ticket = v == 1 ? MOCK_MISSING_EMPTY200 : MOCK_MISSING_404;
		return v >= 0;
	case OPT_DATE_FORMAT:
		v = parse_choice(arg, dates);
		o->date_format = v == 1 ? MOCK_DATE_NOZ : v == 2 ? MOCK_DATE_FRAC : MOCK_DATE_Z;
		return v >= 0;
	default:
		v = parse_choice(arg, ids);
		o->loose_ids = v == 1 ? MOCK_IDS_DECIMAL : v == 2 ? MOCK_IDS_STRING : MOCK_IDS_INT;
		return v >= 0;
	}
}

static bool parse_option(struct cli *cli, int opt, const char *arg)
{
	struct mock_options *o = &cli->opts;
	unsigned long a, b;
	switch (opt) {
	case OPT_LISTEN:
		return parse_listen(cli, arg);
	case OPT_PORT_FILE:
		cli->port_file = arg;
		return true;
	case OPT_TICKETS:
		return parse_uint(arg, 5000000, &a) && (o->ticket_count = (unsigned)a, true);
	case OPT_SEED:
		return parse_uint(arg, (unsigned long)-1, &a) && (o->seed = a, true);
	case OPT_CLIENT_ID:
		o->client_id = arg;
		return true;
	case OPT_CLIENT_SECRET:
		o->client_secret = arg;
		return true;
	case OPT_TOKEN_TTL:
		return parse_uint(arg, 100000000, &a) && a > 0 &&
		       (o->token_ttl_s = (unsigned)a, true);
	case OPT_LATENCY:
		if (!parse_pair(arg, ':', &a, &b, false))
			return false;
		o->latency_ms = (unsigned)a;
		o->latency_jitter_ms = (unsigned)b;
		return true;
	case OPT_RATE_LIMIT:
		if (!parse_pair(arg, '/', &a, &b, true) || a == 0 || b == 0)
			return false;
		o->rate_limit_requests = (unsigned)a;
		o->rate_limit_window_s = (unsigned)b;
		return true;
	case OPT_FAIL_RATE:
		return parse_rate(arg, &o->fail_rate);
	case OPT_DROP_RATE:
		return parse_rate(arg, &o->drop_rate);
	case OPT_TRUNCATE_RATE:
		return parse_rate(arg, &o->truncate_rate);
	case OPT_TRICKLE:
		return parse_uint(arg, 60000, &a) && (o->trickle_ms = (unsigned)a, true);
	case OPT_LOG:
		o->log_path = arg;
		return true;
	case OPT_STATE:
		o->state_path = arg;
		return true;
	case OPT_AUTHORIZE_AUTO:
		return parse_uint(arg, 2147483647, &a) && a > 0 &&
		       (o->authorize_auto = (int)a, true);
	case OPT_HOLD_WRITES:
		return parse_uint(arg, 3600000, &a) && (o->hold_writes_ms = (unsigned)a, true);
	case OPT_WRITE_FAULT_TICKET:
		return parse_uint(arg, 2147483647, &a) && a > 0 &&
		       (o->write_fault_ticket = (int)a, true);
	default:
		return parse_switch(o, opt, arg);
	}
}

static bool write_port_file(const char *path, unsigned short port)
{
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	FILE *fp = fopen(tmp, "w");
	if (!fp)
		return false;
	fprintf(fp, "%u\n", (unsigned)port);
	if (fclose(fp) != 0)
		return false;
	return rename(tmp, path) == 0;
}

int main(int argc, char **argv)
{
	struct cli cli = { .port_file = NULL };
	mock_options_init(&cli.opts);
	int opt;
	while ((opt = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (opt == OPT_HELP || opt == 'h') {
			fputs(usage_text, stdout);
			return EXIT_SUCCESS;
		}
		if (opt == '?' || !parse_option(&cli, opt, optarg)) {
			if (opt != '?')
				fprintf(stderr, "halo-mock: bad value for --%s: %s\n",
					long_options[opt - OPT_LISTEN].name, optarg);
			fputs("Try 'halo-mock --help'.\n", stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "halo-mock: unexpected argument: %s\n", argv[optind]);
		return 2;
	}
	/* Block the stop signals before any thread starts, then wait for them here. */
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	pthread_sigmask(SIG_BLOCK, &stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	char err[512];
	struct mock_server *server = mock_server_start(&cli.opts, err, sizeof(err));
	if (!server) {
		fprintf(stderr, "halo-mock: %s\n", err);
		return EXIT_FAILURE;
	}
	unsigned short port = mock_server_port(server);
	if (cli.port_file && !write_port_file(cli.port_file, port)) {
		fprintf(stderr, "halo-mock: cannot write %s\n", cli.port_file);
		mock_server_stop(server);
		return EXIT_FAILURE;
	}
	printf("listening on http://%s:%u\n", cli.opts.listen_host, (unsigned)port);
	fflush(stdout);
	int sig;
	sigwait(&stop, &sig);
	int status = EXIT_SUCCESS;
	if (cli.opts.state_path && !mock_server_save(server, err, sizeof(err))) {
		fprintf(stderr, "halo-mock: %s\n", err);
		status = EXIT_FAILURE;
	}
	mock_server_stop(server);
	return status;
}
