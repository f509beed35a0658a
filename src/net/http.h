/* One HTTP exchange on a libcurl easy handle: options, URL rules, the reply buffer. */
#ifndef HALOTUI_NET_HTTP_H
#define HALOTUI_NET_HTTP_H

#include <curl/curl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* Options every request shares; strings owned by whoever owns the struct. */
struct http_options {
	char *ca_bundle;
	bool insecure;
	char *proxy;
	long connect_timeout_ms;
	long low_speed_time_s;
	long request_timeout_ms; /* the whole exchange, connection included */
	int64_t max_reply_bytes; /* refused past this, on the wire or decoded */
};

/* Bytes per second below which a transfer counts as stalled (low_speed_time_s long): high
 * enough that a trickle of a byte a second cannot hold a request open. */
#define HTTP_LOW_SPEED_BYTES_S 64L

/* One request in flight: the easy handle and what it needs to live. */
struct http_exchange {
	CURL *easy;
	struct curl_slist *headers;
	char *url;
	char *body; /* request body (owned), sent as-is */
	struct strbuf reply;
	char errbuf[CURL_ERROR_SIZE];
	int64_t started_ms;
	int64_t max_reply_bytes; /* copied from the options */
	bool is_too_large;	 /* refused for size (max_reply_bytes): never retried */
	void *owner;		 /* the worker's record for this exchange */
};

/* True when URL is absolute http(s), and plain http only to a loopback host
 * (localhost, 127.0.0.0/8, ::1): util/url_check's rule, the config's too. Otherwise false
 * with the reason in ERR. */
bool http_url_is_allowed(const char *url, char *err, size_t errlen);
/* NULL when URL's host is HOME_URL's (compared as curl_url reads them, case aside); else the
 * foreign host, or URL itself when it has none (caller frees). Credentials go only home. */
char *http_url_foreign_host(const char *url, const char *home_url);
/* True when HOST (as curl_url gives it, IPv6 in brackets) is a loopback host. */
bool http_host_is_loopback(const char *host);

/* A handle for METHOD URL with BODY (may be NULL) and CONTENT_TYPE, the shared OPTIONS,
 * and an Authorization: Bearer BEARER header when BEARER is set. Caller owns the result
 * (http_exchange_free); NULL when libcurl cannot make a handle. */
struct http_exchange *http_exchange_new(const struct http_options *options, const char *method,
					const char *url, const char *body, const char *content_type,
					const char *bearer);
/* Removes nothing from a multi handle: detach it first. NULL-safe. */
void http_exchange_free(struct http_exchange *ex);

/* The reply's HTTP code (0 when none) and Retry-After in seconds (-1 when absent). */
long http_exchange_code(struct http_exchange *ex);
long http_exchange_retry_after_s(struct http_exchange *ex);

#endif
