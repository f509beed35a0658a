/* The one URL check: libcurl's URL parser reads the URL, then the https/loopback rule. */
#include "config.h"

#include "util/url_check.h"

#include <curl/curl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"

static bool fail(char **error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(char **error, const char *fmt, ...)
{
	if (!error)
		return false;
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	*error = xstrdup(buf);
	return false;
}

/* Whether HOST is four dotted decimal numbers up to 255, the first 127. */
static bool is_ipv4_loopback(const char *host)
{
	unsigned v[4];
	int end = 0;
	if (sscanf(host, "%3u.%3u.%3u.%3u%n", &v[0], &v[1], &v[2], &v[3], &end) != 4 ||
	    host[end] != '\0')
		return false;
	for (const char *p = host; *p; p++)
		if (!strchr("0123456789.", *p))
			return false;
	return v[0] == 127 && v[1] < 256 && v[2] < 256 && v[3] < 256;
}

bool url_check_is_loopback(const char *host)
{
	if (!host)
		return false;
	return strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 ||
	       strcasecmp(host, "[0:0:0:0:0:0:0:1]") == 0 || is_ipv4_loopback(host);
}

/* The port of U when it has one: false when it is outside 1..65535. */
static bool port_ok(CURLU *u)
{
	char *port = NULL;
	if (curl_url_get(u, CURLUPART_PORT, &port, 0) != CURLUE_OK)
		return true; /* none given */
	long v = strtol(port, NULL, 10);
	curl_free(port);
	return v >= 1 && v <= 65535;
}

/* The https/loopback rule on SCHEME (lower case, as libcurl gives it) and HOST. */
static bool rule_ok(const char *scheme, const char *host, char **error)
{
	if (strcmp(scheme, "https") == 0)
		return true;
	if (strcmp(scheme, "http") != 0)
		return fail(error, "unsupported scheme '%s': use https://", scheme);
	if (url_check_is_loopback(host))
		return true;
	return fail(error,
		    "plain http:// is only allowed to a loopback host (127.0.0.1, ::1, "
		    "localhost): use https://%s",
		    host);
}

bool url_check_allowed(const char *text, char **host_out, char **error)
{
	bool ok = false;
	char *scheme = NULL, *host = NULL;
	if (error)
		*error = NULL;
	CURLU *u = curl_url();
	if (!u)
		return fail(error, "out of memory");
	if (!text || curl_url_set(u, CURLUPART_URL, text, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !*host) {
		fail(error, "'%s' is not a URL (expected https://HOST)", text ? text : "");
		goto out;
	}
	if (!port_ok(u)) {
		fail(error, "'%s': the port must be a number from 1 to 65535", text);
		goto out;
	}
	ok = rule_ok(scheme, host, error);
	if (ok && host_out)
		*host_out = xstrdup(host);
out:
	curl_free(scheme);
	curl_free(host);
	curl_url_cleanup(u);
	return ok;
}
