/* Checking the URLs of a profile by hand: scheme, host, port, and the loopback rule. */
#include "config.h"

#include "config/url.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/message.h"
#include "util/alloc.h"

static bool fail(char **error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(char **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*error = message_vformat(fmt, ap);
	va_end(ap);
	return false;
}

static bool parse_port(const char *p, size_t len, long *out)
{
	if (len == 0 || len > 5)
		return false;
	long v = 0;
	for (size_t i = 0; i < len; i++) {
		if (!isdigit((unsigned char)p[i]))
			return false;
		v = v * 10 + (p[i] - '0');
	}
	if (v < 1 || v > 65535)
		return false;
	*out = v;
	return true;
}

static bool host_chars_ok(const char *h, size_t len, bool is_ipv6)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)h[i];
		bool ok = is_ipv6 ? (isxdigit(c) || c == ':' || c == '.')
				  : (isalnum(c) || c == '-' || c == '.' || c == '_' || c >= 0x80);
		if (!ok)
			return false;
	}
	return len > 0;
}

/* Parses the authority AUTH (LEN bytes) into host and port. */
static bool parse_authority(const char *auth, size_t len, struct url_parts *out, char **error)
{
	const char *at = memchr(auth, '@', len);
	if (at) {
		len -= (size_t)(at + 1 - auth);
		auth = at + 1;
	}
	const char *host = auth, *port = NULL;
	size_t host_len = len;
	if (len && auth[0] == '[') {
		const char *close = memchr(auth, ']', len);
		if (!close)
			return fail(error, "unterminated [ in the host");
		host = auth + 1;
		host_len = (size_t)(close - host);
		out->is_ipv6 = true;
		if (close + 1 < auth + len) {
			if (close[1] != ':')
				return fail(error, "unexpected text after ]");
			port = close + 2;
		}
	} else {
		const char *colon = memchr(auth, ':', len);
		if (colon) {
			host_len = (size_t)(colon - auth);
			port = colon + 1;
		}
	}
	if (!host_chars_ok(host, host_len, out->is_ipv6))
		return fail(error, "missing or malformed host");
	if (port && !parse_port(port, (size_t)(auth + len - port), &out->port))
		return fail(error, "port must be a number from 1 to 65535");
	out->host = xstrndup(host, host_len);
	return true;
}

bool url_parse(const char *text, struct url_parts *out, char **error)
{
	*out = (struct url_parts){ .port = -1 };
	*error = NULL;
	const char *sep = strstr(text, "://");
	if (!sep || sep == text)
		return fail(error, "'%s' is not a URL (expected https://HOST)", text);
	for (const char *p = text; p < sep; p++)
		if (!isalpha((unsigned char)*p))
			return fail(error, "'%s' is not a URL (expected https://HOST)", text);
	const char *auth = sep + 3;
	size_t auth_len = strcspn(auth, "/?#");
	if (!parse_authority(auth, auth_len, out, error)) {
		url_parts_fini(out);
		return false;
	}
	out->scheme = xstrndup(text, (size_t)(sep - text));
	for (char *p = out->scheme; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return true;
}

void url_parts_fini(struct url_parts *parts)
{
	if (!parts)
		return;
	free(parts->scheme);
	free(parts->host);
	*parts = (struct url_parts){ .port = -1 };
}

static bool is_ipv4_loopback(const char *host)
{
	int parts = 0;
	const char *p = host;
	long first = -1;
	while (*p) {
		if (!isdigit((unsigned char)*p))
			return false;
		long v = 0;
		int digits = 0;
		while (isdigit((unsigned char)*p) && digits < 4) {
			v = v * 10 + (*p++ - '0');
			digits++;
		}
		if (v > 255 || digits > 3)
			return false;
		if (parts == 0)
			first = v;
		parts++;
		if (*p == '.' && parts < 4)
			p++;
		else if (*p)
			return false;
	}
	return parts == 4 && first == 127 && p[-1] != '.';
}

bool url_host_is_loopback(const char *host, bool is_ipv6)
{
	if (is_ipv6)
		return strcmp(host, "::1") == 0 || strcasecmp(host, "0:0:0:0:0:0:0:1") == 0;
	return strcasecmp(host, "localhost") == 0 || strcasecmp(host, "localhost.") == 0 ||
	       is_ipv4_loopback(host);
}

bool url_check(const char *text, char **error)
{
	struct url_parts parts;
	bool ok = false;
	if (!url_parse(text, &parts, error))
		return false;
	if (strcmp(parts.scheme, "https") == 0) {
		ok = true;
	} else if (strcmp(parts.scheme, "http") == 0) {
		ok = url_host_is_loopback(parts.host, parts.is_ipv6);
		if (!ok)
			fail(error,
			     "plain http:// is only allowed to a loopback host (127.0.0.1, ::1, "
			     "localhost): use https://%s",
			     parts.host);
	} else {
		fail(error, "unsupported scheme '%s': use https://", parts.scheme);
	}
	url_parts_fini(&parts);
	return ok;
}
