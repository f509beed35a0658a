/* Tests of the client's policies: rate budget, retry back-off, URL rules, log redaction. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config/url.h"
#include "harness.h"
#include "net/budget.h"
#include "net/http.h"
#include "net/reqlog.h"
#include "net/retry.h"

START_TEST(a_budget_allows_its_limit_then_makes_requests_wait_for_the_window)
{
	struct budget b;
	budget_init(&b, 3, 1000);
	ck_assert_int_eq(budget_remaining(&b, 0), 3);
	budget_spend(&b, 0);
	budget_spend(&b, 100);
	budget_spend(&b, 200);
	ck_assert_int_eq(budget_remaining(&b, 300), 0);
	ck_assert_int_eq(budget_wait_ms(&b, 300), 700);
	ck_assert_int_eq(budget_wait_ms(&b, 999), 1);
	ck_assert_int_eq(budget_wait_ms(&b, 1000), 0);
	ck_assert_int_eq(budget_remaining(&b, 1000), 1);
	ck_assert_int_eq(budget_remaining(&b, 1200), 3);
	ck_assert_int_eq(budget_wait_ms(&b, 1200), 0);
	budget_fini(&b);
}
END_TEST

START_TEST(a_budget_window_rolls_rather_than_resetting_at_fixed_times)
{
	struct budget b;
	budget_init(&b, 2, 1000);
	budget_spend(&b, 0);
	budget_spend(&b, 900);
	/* At 1000 the first send has left the window but the second has not. */
	ck_assert_int_eq(budget_remaining(&b, 1000), 1);
	budget_spend(&b, 1000);
	ck_assert_int_eq(budget_wait_ms(&b, 1001), 899);
	budget_fini(&b);
}
END_TEST

START_TEST(a_settled_request_counts_from_when_its_answer_came)
{
	struct budget b;
	budget_init(&b, 2, 1000);
	budget_spend(&b, 0);
	budget_spend(&b, 10);
	budget_settle(&b, 0, 400);
	ck_assert_int_eq(budget_wait_ms(&b, 900), 110);
	ck_assert_int_eq(budget_remaining(&b, 1100), 1);
	ck_assert_int_eq(budget_remaining(&b, 1400), 2);
	budget_fini(&b);
}
END_TEST

START_TEST(backoff_doubles_each_attempt_with_jitter_and_a_cap)
{
	uint32_t rng = 12345;
	for (unsigned attempt = 0; attempt < 20; attempt++) {
		long d = 100;
		for (unsigned i = 0; i < attempt && d < RETRY_MAX_WAIT_MS; i++)
			d *= 2;
		if (d > RETRY_MAX_WAIT_MS)
			d = RETRY_MAX_WAIT_MS;
		long wait = retry_backoff_ms(attempt, 100, &rng);
		ck_assert_int_ge(wait, d / 2);
		ck_assert_int_le(wait, d);
	}
	/* Jitter: two clients never march in step. */
	uint32_t a = 1, b = 2;
	int differ = 0;
	for (int i = 0; i < 10; i++)
		differ += retry_backoff_ms(5, 100, &a) != retry_backoff_ms(5, 100, &b);
	ck_assert_int_gt(differ, 0);
}
END_TEST

START_TEST(a_429_waits_as_long_as_retry_after_says_else_backs_off)
{
	uint32_t rng = 7;
	ck_assert_int_eq(retry_429_wait_ms(3, 0, 500, &rng), 3000);
	ck_assert_int_eq(retry_429_wait_ms(100000, 0, 500, &rng), RETRY_MAX_WAIT_MS);
	long wait = retry_429_wait_ms(-1, 2, 500, &rng);
	ck_assert_int_ge(wait, 1000);
	ck_assert_int_le(wait, 2000);
}
END_TEST

START_TEST(only_failures_that_may_have_gone_unanswered_are_transient)
{
	ck_assert(retry_is_transient(CURLE_OPERATION_TIMEDOUT));
	ck_assert(retry_is_transient(CURLE_GOT_NOTHING));
	ck_assert(retry_is_transient(CURLE_PARTIAL_FILE));
	ck_assert(retry_is_transient(CURLE_RECV_ERROR));
	ck_assert(!retry_is_transient(CURLE_PEER_FAILED_VERIFICATION));
	ck_assert(!retry_is_transient(CURLE_URL_MALFORMAT));
	ck_assert(retry_never_sent(CURLE_COULDNT_CONNECT));
	ck_assert(!retry_never_sent(CURLE_RECV_ERROR));
}
END_TEST

START_TEST(plain_http_is_refused_except_to_loopback_hosts)
{
	char err[256];
	ck_assert(http_url_is_allowed("https://example.halopsa.com/api", err, sizeof(err)));
	ck_assert(http_url_is_allowed("http://127.0.0.1:8080/api", err, sizeof(err)));
	ck_assert(http_url_is_allowed("http://127.3.4.5/api", err, sizeof(err)));
	ck_assert(http_url_is_allowed("http://localhost/api", err, sizeof(err)));
	ck_assert(http_url_is_allowed("http://[::1]:99/api", err, sizeof(err)));
	ck_assert(!http_url_is_allowed("http://example.halopsa.com/api", err, sizeof(err)));
	ck_assert_ptr_nonnull(strstr(err, "https"));
	ck_assert(!http_url_is_allowed("http://127.0.0.1.evil.example/api", err, sizeof(err)));
	ck_assert(!http_url_is_allowed("http://128.0.0.1/api", err, sizeof(err)));
	ck_assert(!http_url_is_allowed("ftp://127.0.0.1/api", err, sizeof(err)));
	ck_assert(!http_url_is_allowed("not a url", err, sizeof(err)));
}
END_TEST

/* The config's check (at `set url`) and the network's (before a request) read URLs alike:
 * as libcurl reads them, which is what it would connect to. */
START_TEST(config_and_network_agree_on_tricky_urls)
{
	static const struct {
		const char *url;
		bool is_allowed;
	} cases[] = {
		{ "http://localhost.", false },	      /* may be asked of DNS */
		{ "http://127.0.0.1.", false },	      /* a name, not the address */
		{ "http://127.1", true },	      /* libcurl connects to 127.0.0.1 */
		{ "http://2130706433", true },	      /* the same, as one number */
		{ "http://0x7f.0.0.1", true },	      /* and in hex */
		{ "http://[0:0:0:0:0:0:0:1]", true }, /* ::1 written long */
		{ "http://[::ffff:127.0.0.1]", false },
		{ "http://LocalHost:80/", true },
		{ "http://127.0.0.1:8080@evil.com", false },
		{ "http://evil.com#@127.0.0.1", false },
		{ "https://host:0", false },
		{ "https://host:65536", false },
		{ "https://exa mple.com", false },
		{ "http:127.0.0.1", false },
		{ "HTTP://127.0.0.1", true },
		{ "https://user:pw@example.com:8443/halo", true },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char err[256] = "", *why = NULL;
		bool net = http_url_is_allowed(cases[i].url, err, sizeof(err));
		bool config = url_check(cases[i].url, &why);
		ck_assert_msg(net == cases[i].is_allowed, "net: %s: %s", cases[i].url, err);
		ck_assert_msg(config == net, "config and net differ on %s", cases[i].url);
		ck_assert_msg(config || (why && strcmp(why, err) == 0), "%s: %s / %s", cases[i].url,
			      why, err);
		free(why);
	}
}
END_TEST

START_TEST(log_routes_hide_secrets_and_keep_everything_else)
{
	char *r = reqlog_redact_route(
		"https://h.example/auth/token?tenant=acme&client_secret=S3CR3T&access_token=tok");
	ck_assert_str_eq(
		r, "/auth/token?tenant=acme&client_secret=[redacted]&access_token=[redacted]");
	free(r);
	r = reqlog_redact_route("http://127.0.0.1:1/api/Tickets?page_no=2&search=code%3D1");
	ck_assert_str_eq(r, "/api/Tickets?page_no=2&search=code%3D1");
	free(r);
	r = reqlog_redact_route("http://127.0.0.1:1");
	ck_assert_str_eq(r, "/");
	free(r);
}
END_TEST

START_TEST(a_log_line_names_method_route_status_time_bytes_and_retries)
{
	char path[] = "/tmp/halotui-reqlog-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	struct log *log = log_open(path, LOG_DEBUG);
	ck_assert_ptr_nonnull(log);
	reqlog_line(log, "GET", "http://127.0.0.1:9/api/Tickets?token=abc&page_no=1", 200, 12, 3456,
		    2, NULL);
	log_close(log);
	FILE *f = fopen(path, "r");
	char line[512] = "";
	ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
	fclose(f);
	unlink(path);
	ck_assert_ptr_nonnull(strstr(
		line, "GET /api/Tickets?token=[redacted]&page_no=1 200 12ms 3456B retries=2"));
	ck_assert_ptr_null(strstr(line, "abc"));
}
END_TEST

START_TEST(an_answer_is_stamped_after_the_millisecond_it_came_in)
{
	int64_t before = budget_now_ms();
	int64_t settled = budget_settled_ms();
	/* Never before the server's count: rounded up, not cut down. */
	ck_assert_int_gt(settled, before);
}
END_TEST

HARNESS_MAIN("net_policy", config_and_network_agree_on_tricky_urls,
	     a_budget_allows_its_limit_then_makes_requests_wait_for_the_window,
	     a_budget_window_rolls_rather_than_resetting_at_fixed_times,
	     a_settled_request_counts_from_when_its_answer_came,
	     an_answer_is_stamped_after_the_millisecond_it_came_in,
	     backoff_doubles_each_attempt_with_jitter_and_a_cap,
	     a_429_waits_as_long_as_retry_after_says_else_backs_off,
	     only_failures_that_may_have_gone_unanswered_are_transient,
	     plain_http_is_refused_except_to_loopback_hosts,
	     log_routes_hide_secrets_and_keep_everything_else,
	     a_log_line_names_method_route_status_time_bytes_and_retries)
