/* One HTTP exchange: libcurl easy options (TLS, proxy, timeouts, agent), URL rules. */
#include "config.h"

#include "net/http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "net/budget.h"
#include "util/alloc.h"
#include "util/url_check.h"
#include "util/wipe.h"

/* libcurl's receive buffer: a page of tickets is hundreds of KB, and a larger buffer takes
 * it in fewer reads and callbacks (the curl tool uses 100 KB too). */
#define HTTP_RECEIVE_BUFFER_BYTES (100L * 1024)

bool http_host_is_loopback(const char *host)
{
	return url_check_is_loopback(host);
}

bool http_url_is_allowed(const char *url, char *err, size_t errlen)
{
	char *why = NULL;
	bool ok = url_check_allowed(url, NULL, &why);
	if (!ok)
		snprintf(err, errlen, "%s", why ? why : "not a valid URL");
	free(why);
	return ok;
}

/* URL's host as curl_url reads it (caller frees with curl_free), or NULL. */
static char *http_url_host(const char *url)
{
	char *host = NULL;
	CURLU *u = curl_url();
	if (u && url && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK)
		host = NULL;
	curl_url_cleanup(u);
	return host;
}

char *http_url_foreign_host(const char *url, const char *home_url)
{
	char *host = http_url_host(url), *home = http_url_host(home_url);
	char *foreign = NULL;
	if (!host)
		foreign = xstrdup(url ? url : "(none)");
	else if (!home || strcasecmp(host, home) != 0)
		foreign = xstrdup(host);
	curl_free(host);
	curl_free(home);
	return foreign;
}

/* Decoded bytes: kept up to max_reply_bytes, then the transfer stops. */
static size_t http_on_data(char *data, size_t size, size_t nmemb, void *arg)
{
	struct http_exchange *ex = arg;
	size_t n = size * nmemb;
	if ((int64_t)n > ex->max_reply_bytes - (int64_t)ex->reply.len) {
		ex->is_too_large = true;
		return 0; /* CURLE_WRITE_ERROR */
	}
	/* The body's room at once, from its length, rather than by doubling. */
	curl_off_t whole = -1;
	if (ex->reply.len == 0 &&
	    curl_easy_getinfo(ex->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &whole) == CURLE_OK &&
	    whole > (curl_off_t)n && whole <= ex->max_reply_bytes)
		strbuf_grow(&ex->reply, (size_t)whole);
	strbuf_append(&ex->reply, data, n);
	return n;
}

/* Bytes on the wire (compressed ones too): a body that promises more than the limit, or
 * sends more, stops here before it is decoded any further. */
static int http_on_progress(void *arg, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
			    curl_off_t ulnow)
{
	struct http_exchange *ex = arg;
	(void)ultotal;
	(void)ulnow;
	if (dlnow > ex->max_reply_bytes || dltotal > ex->max_reply_bytes) {
		ex->is_too_large = true;
		return 1; /* CURLE_ABORTED_BY_CALLBACK */
	}
	return 0;
}

/* Options of the transport itself: TLS, proxy, timeouts, protocols. */
static void http_set_transport(CURL *easy, const struct http_options *o)
{
	curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(easy, CURLOPT_USERAGENT, "halotui/" PACKAGE_VERSION);
	curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, HTTP_RECEIVE_BUFFER_BYTES);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
	curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
	curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, HTTP_LOW_SPEED_BYTES_S);
	curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, o->low_speed_time_s);
	if (o->request_timeout_ms > 0)
		curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, o->request_timeout_ms);
	if (o->max_reply_bytes > 0)
		curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_reply_bytes);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, o->insecure ? 0L : 1L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, o->insecure ? 0L : 2L);
	if (o->ca_bundle)
		curl_easy_setopt(easy, CURLOPT_CAINFO, o->ca_bundle);
	if (o->proxy)
		curl_easy_setopt(easy, CURLOPT_PROXY, o->proxy);
}

/* The method line and body: GET, POST with a body, DELETE. */
static void http_set_method(struct http_exchange *ex, const char *method)
{
	if (strcmp(method, "POST") == 0) {
		curl_easy_setopt(ex->easy, CURLOPT_POST, 1L);
		curl_easy_setopt(ex->easy, CURLOPT_POSTFIELDS, ex->body ? ex->body : "");
		curl_easy_setopt(ex->easy, CURLOPT_POSTFIELDSIZE_LARGE,
				 (curl_off_t)(ex->body ? strlen(ex->body) : 0));
	} else if (strcmp(method, "GET") != 0) {
		curl_easy_setopt(ex->easy, CURLOPT_CUSTOMREQUEST, method);
	}
}

struct http_exchange *http_exchange_new(const struct http_options *options, const char *method,
					const char *url, const char *body, const char *content_type,
					const char *bearer)
{
	struct http_exchange *ex = xcalloc(1, sizeof(*ex));
	ex->easy = curl_easy_init();
	if (!ex->easy) {
		free(ex);
		return NULL;
	}
	strbuf_init(&ex->reply);
	ex->url = xstrdup(url);
	ex->body = xstrdup(body);
	ex->started_ms = budget_now_ms();
	ex->max_reply_bytes = options->max_reply_bytes > 0 ? options->max_reply_bytes : INT64_MAX;
	http_set_transport(ex->easy, options);
	curl_easy_setopt(ex->easy, CURLOPT_XFERINFOFUNCTION, http_on_progress);
	curl_easy_setopt(ex->easy, CURLOPT_XFERINFODATA, ex);
	curl_easy_setopt(ex->easy, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(ex->easy, CURLOPT_URL, ex->url);
	curl_easy_setopt(ex->easy, CURLOPT_WRITEFUNCTION, http_on_data);
	curl_easy_setopt(ex->easy, CURLOPT_WRITEDATA, ex);
	curl_easy_setopt(ex->easy, CURLOPT_ERRORBUFFER, ex->errbuf);
	curl_easy_setopt(ex->easy, CURLOPT_PRIVATE, ex);
	http_set_method(ex, method);
	ex->headers = curl_slist_append(ex->headers, "Accept: application/json");
	if (content_type) {
		char line[128];
		snprintf(line, sizeof(line), "Content-Type: %s", content_type);
		ex->headers = curl_slist_append(ex->headers, line);
	}
	if (bearer) {
		struct strbuf auth;
		strbuf_init(&auth);
		strbuf_appendf(&auth, "Authorization: Bearer %s", bearer);
		ex->headers = curl_slist_append(ex->headers, auth.data);
		strbuf_fini(&auth);
	}
	curl_easy_setopt(ex->easy, CURLOPT_HTTPHEADER, ex->headers);
	return ex;
}

void http_exchange_free(struct http_exchange *ex)
{
	if (!ex)
		return;
	curl_easy_cleanup(ex->easy);
	curl_slist_free_all(ex->headers);
	strbuf_fini(&ex->reply);
	free(ex->url);
	wipe_string(ex->body); /* a token request's body holds the client secret */
	free(ex->body);
	free(ex);
}

long http_exchange_code(struct http_exchange *ex)
{
	long code = 0;
	curl_easy_getinfo(ex->easy, CURLINFO_RESPONSE_CODE, &code);
	return code;
}

long http_exchange_retry_after_s(struct http_exchange *ex)
{
	curl_off_t secs = 0;
	if (curl_easy_getinfo(ex->easy, CURLINFO_RETRY_AFTER, &secs) != CURLE_OK || secs <= 0)
		return -1;
	return (long)secs;
}
