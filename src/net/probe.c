/* A single GET that reports the certificate, the Date header and the address used. */
#include "config.h"

#include "net/probe.h"

#include <curl/curl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static size_t discard_body(char *data, size_t size, size_t n, void *arg)
{
	(void)data;
	(void)arg;
	return size * n;
}

static size_t read_header(char *data, size_t size, size_t n, void *arg)
{
	struct probe_result *out = arg;
	size_t len = size * n;
	char line[256];
	if (len > 5 && len < sizeof(line) && !strncasecmp(data, "date:", 5)) {
		memcpy(line, data + 5, len - 5);
		line[len - 5] = '\0';
		time_t t = curl_getdate(line, NULL);
		if (t > 0)
			out->server_date = t;
	}
	return len;
}

static void copy_value(char *dst, size_t size, const char *entry, const char *key)
{
	size_t klen = strlen(key);
	if (!strncasecmp(entry, key, klen) && entry[klen] == ':')
		snprintf(dst, size, "%s", entry + klen + 1);
}

/* The first certificate of the chain is the server's own. */
static void read_certinfo(CURL *easy, struct probe_result *out)
{
	struct curl_certinfo *ci = NULL;
	if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &ci) != CURLE_OK || !ci ||
	    ci->num_of_certs < 1)
		return;
	for (struct curl_slist *s = ci->certinfo[0]; s; s = s->next) {
		copy_value(out->subject, sizeof(out->subject), s->data, "Subject");
		copy_value(out->issuer, sizeof(out->issuer), s->data, "Issuer");
		copy_value(out->expire, sizeof(out->expire), s->data, "Expire date");
	}
	if (*out->expire) {
		time_t t = curl_getdate(out->expire, NULL);
		out->expire_at = t > 0 ? t : 0;
	}
}

bool probe_server(const struct probe_options *opt, struct probe_result *out)
{
	memset(out, 0, sizeof(*out));
	CURL *easy = curl_easy_init();
	if (!easy) {
		snprintf(out->error, sizeof(out->error), "libcurl could not start");
		return false;
	}
	out->is_tls = !strncasecmp(opt->url, "https:", 6);
	curl_easy_setopt(easy, CURLOPT_URL, opt->url);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(easy, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, opt->timeout_ms > 0 ? opt->timeout_ms : 10000L);
	curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard_body);
	curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, read_header);
	curl_easy_setopt(easy, CURLOPT_HEADERDATA, out);
	curl_easy_setopt(easy, CURLOPT_CERTINFO, 1L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, opt->insecure ? 0L : 1L);
	curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, opt->insecure ? 0L : 2L);
	if (opt->ca_bundle)
		curl_easy_setopt(easy, CURLOPT_CAINFO, opt->ca_bundle);
	if (opt->proxy)
		curl_easy_setopt(easy, CURLOPT_PROXY, opt->proxy);
	char errbuf[CURL_ERROR_SIZE] = "";
	curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errbuf);
	CURLcode rc = curl_easy_perform(easy);
	if (rc == CURLE_OK) {
		out->is_answered = true;
		curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &out->http_code);
		out->is_verified = out->is_tls && !opt->insecure;
		read_certinfo(easy, out);
	} else {
		snprintf(out->error, sizeof(out->error), "%s",
			 *errbuf ? errbuf : curl_easy_strerror(rc));
	}
	char *ip = NULL;
	if (curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip)
		snprintf(out->primary_ip, sizeof(out->primary_ip), "%s", ip);
	if (opt->ca_bundle) {
		snprintf(out->ca_path, sizeof(out->ca_path), "%s", opt->ca_bundle);
	} else {
#if LIBCURL_VERSION_NUM >= 0x075400
		char *ca = NULL;
		if (curl_easy_getinfo(easy, CURLINFO_CAINFO, &ca) == CURLE_OK && ca)
			snprintf(out->ca_path, sizeof(out->ca_path), "%s", ca);
#endif
	}
	curl_easy_cleanup(easy);
	return out->is_answered;
}
