/* The test client of halo-mock: libcurl easy handle reuse over keep-alive. */
#include "config.h"

#include "mock_http.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
	struct mh *mh = arg;
	size_t len = size * n;
	mh->body = realloc(mh->body, mh->body_len + len + 1);
	ck_assert_ptr_nonnull(mh->body);
	memcpy(mh->body + mh->body_len, data, len);
	mh->body_len += len;
	mh->body[mh->body_len] = '\0';
	return len;
}

static size_t on_header(char *data, size_t size, size_t n, void *arg)
{
	struct mh *mh = arg;
	size_t len = size * n;
	if (len > 12 && !strncasecmp(data, "Retry-After:", 12)) {
		size_t k = 0;
		for (size_t i = 12; i < len && k + 1 < sizeof(mh->retry_after); i++)
			if (data[i] != ' ' && data[i] != '\r' && data[i] != '\n')
				mh->retry_after[k++] = data[i];
		mh->retry_after[k] = '\0';
	}
	static const char ignored[] = "X-Halo-Mock-Ignored:";
	if (len > sizeof(ignored) - 1 && !strncasecmp(data, ignored, sizeof(ignored) - 1)) {
		size_t k = 0;
		for (size_t i = sizeof(ignored) - 1; i < len && k + 1 < sizeof(mh->ignored); i++)
			if (data[i] != ' ' && data[i] != '\r' && data[i] != '\n')
				mh->ignored[k++] = data[i];
		mh->ignored[k] = '\0';
	}
	return len;
}

void mh_options(struct mock_options *opts)
{
	mock_options_init(opts);
	opts->ticket_count = 300;
}

void mh_start(struct mh *mh, const struct mock_options *opts)
{
	memset(mh, 0, sizeof(*mh));
	struct mock_options defaults;
	if (!opts) {
		mh_options(&defaults);
		opts = &defaults;
	}
	char err[256];
	mh->server = mock_server_start(opts, err, sizeof(err));
	ck_assert_msg(mh->server != NULL, "server did not start: %s", err);
	snprintf(mh->base, sizeof(mh->base), "http://127.0.0.1:%u",
		 (unsigned)mock_server_port(mh->server));
	mh->curl = curl_easy_init();
	ck_assert_ptr_nonnull(mh->curl);
	long status = mh_token(mh, opts->client_id, opts->client_secret, "");
	ck_assert_int_eq(status, 200);
}

void mh_stop(struct mh *mh)
{
	curl_easy_cleanup(mh->curl);
	mock_server_stop(mh->server);
	free(mh->body);
	memset(mh, 0, sizeof(*mh));
}

long mh_send(struct mh *mh, const char *method, const char *path, const char *body, bool with_token)
{
	char url[4096], auth[256];
	snprintf(url, sizeof(url), "%s%s", mh->base, path);
	free(mh->body);
	mh->body = calloc(1, 1);
	mh->body_len = 0;
	mh->retry_after[0] = '\0';
	mh->ignored[0] = '\0';
	CURL *c = mh->curl;
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, mh);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, mh);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	struct curl_slist *headers = curl_slist_append(NULL, "Accept: application/json");
	if (with_token) {
		snprintf(auth, sizeof(auth), "Authorization: Bearer %s", mh->token);
		headers = curl_slist_append(headers, auth);
	}
	if (body) {
		headers = curl_slist_append(headers, "Content-Type: application/json");
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
	mh->result = curl_easy_perform(c);
	mh->status = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &mh->status);
	curl_easy_getinfo(c, CURLINFO_TOTAL_TIME, &mh->seconds);
	curl_slist_free_all(headers);
	return mh->status;
}

struct json_object *mh_get(struct mh *mh, const char *path)
{
	mh_send(mh, "GET", path, NULL, true);
	return json_tokener_parse(mh->body);
}

struct json_object *mh_post(struct mh *mh, const char *path, const char *body)
{
	mh_send(mh, "POST", path, body, true);
	return json_tokener_parse(mh->body);
}

long mh_token(struct mh *mh, const char *id, const char *secret, const char *query)
{
	char *eid = curl_easy_escape(mh->curl, id, 0);
	char *esecret = curl_easy_escape(mh->curl, secret, 0);
	char form[1024], path[256];
	snprintf(form, sizeof(form),
		 "grant_type=client_credentials&client_id=%s&client_secret=%s&scope=all", eid,
		 esecret);
	curl_free(eid);
	curl_free(esecret);
	snprintf(path, sizeof(path), "/auth/token%s", query);
	char url[512];
	snprintf(url, sizeof(url), "%s%s", mh->base, path);
	free(mh->body);
	mh->body = calloc(1, 1);
	mh->body_len = 0;
	curl_easy_reset(mh->curl);
	curl_easy_setopt(mh->curl, CURLOPT_URL, url);
	curl_easy_setopt(mh->curl, CURLOPT_POSTFIELDS, form);
	curl_easy_setopt(mh->curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(mh->curl, CURLOPT_WRITEDATA, mh);
	mh->result = curl_easy_perform(mh->curl);
	curl_easy_getinfo(mh->curl, CURLINFO_RESPONSE_CODE, &mh->status);
	if (mh->status == 200) {
		struct json_object *o = json_tokener_parse(mh->body);
		const char *t = mh_str(o, "access_token");
		ck_assert_ptr_nonnull(t);
		snprintf(mh->token, sizeof(mh->token), "%s", t);
		json_object_put(o);
	}
	return mh->status;
}

int mh_int(struct json_object *obj, const char *key)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v))
		return -999999;
	return json_object_get_int(v);
}

const char *mh_str(struct json_object *obj, const char *key)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v) ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

bool mh_has(struct json_object *obj, const char *key)
{
	struct json_object *v;
	return obj && json_object_object_get_ex(obj, key, &v);
}
