/* Query URLs: libcurl's URL API does all encoding, so no value is ever escaped by hand. */
#include "config.h"

#include "net/query_url.h"

#include <curl/curl.h>
#include <stdbool.h>
#include <string.h>

#include "util/alloc.h"

/* Fills ERR with WHAT and libcurl's reason for RC; returns the status RC stands for. */
static enum status url_error(struct strbuf *err, const char *what, CURLUcode rc)
{
	if (err) {
		strbuf_reset(err);
#if LIBCURL_VERSION_NUM >= 0x075000
		strbuf_appendf(err, "%s: %s", what, curl_url_strerror(rc));
#else
		strbuf_appendf(err, "%s: URL error %d", what, (int)rc);
#endif
	}
	return rc == CURLUE_OUT_OF_MEMORY ? STATUS_NOMEM : STATUS_INVALID;
}

/* Sets BASE as the URL of U; only http and https are taken. */
static enum status set_base(CURLU *u, const char *base, struct strbuf *err)
{
	CURLUcode rc = curl_url_set(u, CURLUPART_URL, base, 0);
	if (rc != CURLUE_OK)
		return url_error(err, "base URL", rc);
	char *scheme = NULL;
	rc = curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
	if (rc != CURLUE_OK)
		return url_error(err, "base URL", rc);
	bool is_http = strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0;
	curl_free(scheme);
	if (is_http)
		return STATUS_OK;
	if (err) {
		strbuf_reset(err);
		strbuf_append_str(err, "base URL: expected an http or https URL");
	}
	return STATUS_INVALID;
}

/* Appends each set value of Q to U's query, in table order. */
static enum status append_values(CURLU *u, const struct ticket_query *q, struct strbuf *err)
{
	struct strbuf pair;
	strbuf_init(&pair);
	enum status st = STATUS_OK;
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	while (q && ticket_query_next(q, &pos, &p, &value)) {
		strbuf_reset(&pair);
		strbuf_appendf(&pair, "%s=%s", p->name, value);
		/* With URLENCODE, libcurl leaves the first '=' alone and encodes the rest. */
		CURLUcode rc = curl_url_set(u, CURLUPART_QUERY, pair.data,
					    CURLU_APPENDQUERY | CURLU_URLENCODE);
		if (rc != CURLUE_OK) {
			st = url_error(err, p->name, rc);
			break;
		}
	}
	strbuf_fini(&pair);
	return st;
}

enum status query_url_render(const char *base, const struct ticket_query *q, char **url,
			     struct strbuf *err)
{
	char *whole = NULL;
	enum status st;
	CURLU *u = curl_url();
	if (!u)
		return url_error(err, "base URL", CURLUE_OUT_OF_MEMORY);
	st = set_base(u, base, err);
	if (st != STATUS_OK)
		goto out;
	st = append_values(u, q, err);
	if (st != STATUS_OK)
		goto out;
	CURLUcode rc = curl_url_get(u, CURLUPART_URL, &whole, 0);
	if (rc != CURLUE_OK) {
		st = url_error(err, "URL", rc);
		goto out;
	}
	*url = xstrdup(whole);
out:
	curl_free(whole);
	curl_url_cleanup(u);
	return st;
}
