/* The agent sign-in's requests, each a blocking libcurl exchange. */
#include "config.h"

#include "net/oauth_flow.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/auth_json.h"
#include "model/error_json.h"
#include "net/payload.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

static void forget(char **s)
{
	wipe_string(*s);
	free(*s);
	*s = NULL;
}

void oauth_login_fini(struct oauth_login *l)
{
	free(l->found_auth_url);
	free(l->found_tenant);
	free(l->redirect_used);
	free(l->scope_used);
	l->found_auth_url = l->found_tenant = l->redirect_used = l->scope_used = NULL;
	oauth_pkce_wipe(&l->pkce);
}

static char *say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_vappendf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_take(&sb);
}

/* METHOD URL with a form BODY (may be NULL); the HTTP code (0: no answer, *ERR says why). */
static long perform(const struct http_options *http, const char *method, const char *url,
		    const char *body, struct strbuf *reply, char **err)
{
	struct http_exchange *ex = http_exchange_new(
		http, method, url, body, body ? "application/x-www-form-urlencoded" : NULL, NULL);
	if (!ex) {
		*err = xstrdup("libcurl could not make a handle");
		return 0;
	}
	CURLcode rc = curl_easy_perform(ex->easy);
	long code = rc == CURLE_OK ? http_exchange_code(ex) : 0;
	if (rc != CURLE_OK)
		*err = say("%s: %s", url, *ex->errbuf ? ex->errbuf : curl_easy_strerror(rc));
	strbuf_append(reply, ex->reply.data, ex->reply.len);
	wipe_bytes(ex->reply.data, ex->reply.len);
	http_exchange_free(ex);
	return code;
}

static void form_append(struct strbuf *sb, const char *name, const char *value)
{
	if (sb->len)
		strbuf_append_char(sb, '&');
	strbuf_append_str(sb, name);
	strbuf_append_char(sb, '=');
	char *v = curl_easy_escape(NULL, value ? value : "", 0);
	strbuf_append_str(sb, v ? v : "");
	if (v) {
		wipe_string(v);
		curl_free(v);
	}
}

static enum status discover(struct oauth_login *l, char **err)
{
	struct strbuf url, reply;
	strbuf_init(&url);
	strbuf_init(&reply);
	strbuf_appendf(&url, "%s/authinfo", l->api_url);
	long code = perform(&l->http, "GET", url.data, NULL, &reply, err);
	enum status st = STATUS_OK;
	if (code == 404 && !l->auth_url) {
		/* No discovery here: the auth server is where most tenants have it. */
		size_t n = strlen(l->api_url);
		if (n >= 4 && !strcmp(l->api_url + n - 4, "/api")) {
			struct strbuf sb;
			strbuf_init(&sb);
			strbuf_appendf(&sb, "%.*s/auth", (int)(n - 4), l->api_url);
			l->found_auth_url = strbuf_take(&sb);
		}
	} else if (code == 200) {
		char *auth_url = NULL, *tenant = NULL;
		st = payload_parse_authinfo(reply.data, reply.len, &auth_url, &tenant, err);
		if (st == STATUS_OK) {
			l->found_auth_url = auth_url;
			l->found_tenant = tenant;
		}
	} else if (code != 404) {
		if (!*err)
			*err = say("GET %s answered HTTP %ld", url.data, code);
		st = code ? STATUS_HTTP_5XX : STATUS_NETWORK;
	}
	strbuf_fini(&url);
	strbuf_fini(&reply);
	return st;
}

static const char *auth_url_of(const struct oauth_login *l)
{
	return l->auth_url ? l->auth_url : l->found_auth_url;
}

static const char *tenant_of(const struct oauth_login *l)
{
	return l->tenant ? l->tenant : l->found_tenant;
}

enum status oauth_login_prepare(struct oauth_login *l, char **err)
{
	*err = NULL;
	if (!l->auth_url || !l->tenant) {
		enum status st = discover(l, err);
		if (st != STATUS_OK)
			return st;
	}
	char why[256];
	if (!auth_url_of(l)) {
		*err = xstrdup("no auth server: set auth_url");
		return STATUS_CONFIG;
	}
	if (!http_url_is_allowed(auth_url_of(l), why, sizeof(why))) {
		*err = xstrdup(why);
		return STATUS_CONFIG;
	}
	char *foreign = l->auth_url ? NULL : http_url_foreign_host(auth_url_of(l), l->api_url);
	if (foreign) {
		*err = say("authinfo names the auth server %s, not this instance's host: set "
			   "auth_url to it to sign in there",
			   foreign);
		free(foreign);
		return STATUS_CONFIG;
	}
	const char *scope = l->scope && *l->scope ? l->scope : "all";
	l->scope_used =
		strstr(scope, "offline_access") ? xstrdup(scope) : say("%s offline_access", scope);
	if (!oauth_pkce_new(&l->pkce)) {
		*err = xstrdup("the system gave no random bytes for the sign-in");
		return STATUS_IO;
	}
	oauth_login_set_port(l, 0);
	return STATUS_OK;
}

/* The parts of a loopback http URI: where the authority ends and whether it has a port. */
static bool loopback_parts(const char *uri, size_t *host_end, bool *has_port)
{
	static const char *const hosts[] = { "http://127.0.0.1", "http://localhost",
					     "http://[::1]" };
	for (size_t i = 0; uri && i < sizeof(hosts) / sizeof(hosts[0]); i++) {
		size_t n = strlen(hosts[i]);
		if (strncmp(uri, hosts[i], n) != 0 || (uri[n] && !strchr(":/", uri[n])))
			continue;
		*host_end = n;
		*has_port = uri[n] == ':';
		return true;
	}
	return false;
}

unsigned short oauth_redirect_port(const char *uri)
{
	size_t end;
	bool has_port;
	if (!loopback_parts(uri, &end, &has_port) || !has_port)
		return 0;
	long port = strtol(uri + end + 1, NULL, 10);
	return port > 0 && port < 65536 ? (unsigned short)port : 0;
}

void oauth_login_set_port(struct oauth_login *l, unsigned short port)
{
	free(l->redirect_used);
	size_t end;
	bool has_port;
	const char *uri = l->redirect_uri;
	if (port && loopback_parts(uri, &end, &has_port) && !has_port) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%.*s:%u%s", (int)end, uri, (unsigned)port,
			       uri[end] ? uri + end : "/");
		l->redirect_used = strbuf_take(&sb);
	} else if (loopback_parts(uri, &end, &has_port) && !uri[end]) {
		l->redirect_used = say("%s/", uri); /* a loopback root: its path is "/" */
	} else {
		l->redirect_used = xstrdup(uri);
	}
}

char *oauth_login_authorize_url(const struct oauth_login *l)
{
	struct strbuf q, url;
	strbuf_init(&q);
	strbuf_init(&url);
	form_append(&q, "response_type", "code");
	form_append(&q, "client_id", l->client_id);
	form_append(&q, "redirect_uri", l->redirect_used);
	form_append(&q, "scope", l->scope_used);
	form_append(&q, "state", l->pkce.state);
	form_append(&q, "code_challenge", l->pkce.challenge);
	form_append(&q, "code_challenge_method", "S256");
	if (tenant_of(l))
		form_append(&q, "tenant", tenant_of(l));
	strbuf_appendf(&url, "%s/authorize?%s", auth_url_of(l), q.data);
	strbuf_fini(&q);
	return strbuf_take(&url);
}

/* The value of NAME in the query QUERY (decoded; caller frees), or NULL. */
static char *query_value(const char *query, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = query; p && *p;) {
		size_t len = strcspn(p, "&#");
		if (len > n && !strncmp(p, name, n) && p[n] == '=') {
			int out_len = 0;
			char *v = curl_easy_unescape(NULL, p + n + 1, (int)(len - n - 1), &out_len);
			char *copy = v ? xstrndup(v, (size_t)out_len) : NULL;
			if (v) {
				wipe_bytes(v, (size_t)out_len);
				curl_free(v);
			}
			return copy;
		}
		p += len;
		if (*p != '&')
			break;
		p++;
	}
	return NULL;
}

enum status oauth_parse_redirect(const char *text, const char *state, char **code, char **err)
{
	*code = NULL;
	*err = NULL;
	while (*text == ' ' || *text == '\t')
		text++;
	size_t len = strcspn(text, "\r\n");
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	char *copy = xstrndup(text, len);
	const char *query = strchr(copy, '?');
	query = query ? query + 1 : strchr(copy, '=') ? copy : NULL;
	enum status st = STATUS_OK;
	if (!query) { /* a bare code: nothing to check it against */
		if (len == 0 || strspn(copy, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
					     "0123456789-._~") != len) {
			*err = xstrdup("that is neither the address the browser was sent to nor a "
				       "code");
			st = STATUS_INVALID;
		} else {
			*code = xstrdup(copy);
		}
		goto out;
	}
	char *error = query_value(query, "error");
	char *got_state = query_value(query, "state");
	char *got_code = query_value(query, "code");
	if (error) {
		char *desc = query_value(query, "error_description");
		*err = say("the sign-in was refused: %s%s%s", error, desc ? ": " : "",
			   desc ? desc : "");
		free(desc);
		st = STATUS_AUTH;
	} else if (!got_state || strcmp(got_state, state) != 0) {
		*err = xstrdup("the state in the address does not match this sign-in's: "
			       "start again");
		st = STATUS_INVALID;
	} else if (!got_code || !*got_code) {
		*err = xstrdup("the address carries no code");
		st = STATUS_INVALID;
	} else {
		*code = got_code;
		got_code = NULL;
	}
	free(error);
	free(got_state);
	forget(&got_code);
out:
	wipe_string(copy);
	free(copy);
	return st;
}

/* The words of a refused token request: error_description, else error, else the status. */
static char *server_words(long code, const struct strbuf *reply)
{
	struct api_error e;
	api_error_init(&e);
	api_error_from_response(&e, code, "POST /token", reply->data, reply->len);
	struct strbuf sb;
	strbuf_init(&sb);
	if (e.message)
		strbuf_append_str(&sb, e.message);
	if (e.code && (!e.message || !strstr(e.message, e.code)))
		strbuf_appendf(&sb, "%s%s", sb.len ? " " : "", e.code);
	if (!sb.len)
		strbuf_appendf(&sb, "HTTP %ld", code);
	api_error_fini(&e);
	return strbuf_take(&sb);
}

static void token_url(struct strbuf *url, const char *auth_url, const char *tenant,
		      const char *what)
{
	strbuf_appendf(url, "%s/%s", auth_url, what);
	if (tenant) {
		char *t = curl_easy_escape(NULL, tenant, 0);
		strbuf_appendf(url, "?tenant=%s", t ? t : "");
		curl_free(t);
	}
}

enum status oauth_login_exchange(struct oauth_login *l, const char *code, struct token *out,
				 char **err)
{
	*err = NULL;
	memset(out, 0, sizeof(*out));
	struct strbuf url, body, reply;
	strbuf_init(&url);
	strbuf_init(&body);
	strbuf_init(&reply);
	token_url(&url, auth_url_of(l), tenant_of(l), "token");
	form_append(&body, "grant_type", "authorization_code");
	form_append(&body, "code", code);
	form_append(&body, "redirect_uri", l->redirect_used);
	form_append(&body, "code_verifier", l->pkce.verifier);
	form_append(&body, "client_id", l->client_id);
	long http_code = perform(&l->http, "POST", url.data, body.data, &reply, err);
	enum status st = STATUS_OK;
	if (http_code == 0) {
		st = STATUS_NETWORK;
	} else if (http_code < 200 || http_code >= 300) {
		char *words = server_words(http_code, &reply);
		*err = say("the server refused the code: %s", words);
		free(words);
		st = STATUS_AUTH;
	} else {
		struct model_error me;
		st = token_from_json(reply.data, reply.len, time(NULL), out, &me);
		if (st != STATUS_OK)
			*err = xstrdup(me.message[0] ? me.message : status_message(st));
	}
	wipe_bytes(body.data, body.len);
	wipe_bytes(reply.data, reply.len);
	strbuf_fini(&url);
	strbuf_fini(&body);
	strbuf_fini(&reply);
	return st;
}

enum status oauth_revoke(const struct http_options *http, const char *auth_url, const char *tenant,
			 const char *client_id, const char *token, char **err)
{
	*err = NULL;
	struct strbuf url, body, reply;
	strbuf_init(&url);
	strbuf_init(&body);
	strbuf_init(&reply);
	token_url(&url, auth_url, tenant, "revoke");
	form_append(&body, "token", token);
	form_append(&body, "token_type_hint", "refresh_token");
	form_append(&body, "client_id", client_id);
	long code = perform(http, "POST", url.data, body.data, &reply, err);
	enum status st = STATUS_OK;
	if (code == 0)
		st = STATUS_NETWORK;
	else if (code == 404 || code == 405)
		st = STATUS_NOT_FOUND;
	else if (code < 200 || code >= 300) {
		*err = server_words(code, &reply);
		st = STATUS_AUTH;
	}
	wipe_bytes(body.data, body.len);
	strbuf_fini(&url);
	strbuf_fini(&body);
	strbuf_fini(&reply);
	return st;
}
