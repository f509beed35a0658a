/* Authentication routes: the OAuth2 token endpoint and the discovery document. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mock/routes.h"

static void reply_tokens(struct mock_ctx *c, const char *access, const char *refresh,
			 const char *scope)
{
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "scope", scope && *scope ? scope : "all");
	jsonw_string(&w, "token_type", "Bearer");
	jsonw_string(&w, "access_token", access);
	jsonw_int(&w, "expires_in", c->server->opts.token_ttl_s);
	if (refresh)
		jsonw_string(&w, "refresh_token", refresh);
	char id_token[160];
	snprintf(id_token, sizeof(id_token), "eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.%.16s",
		 access);
	jsonw_string(&w, "id_token", id_token);
	jsonw_object_close(&w);
}

static int base64_value(char ch)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = ch ? strchr(alphabet, ch) : NULL;
	return p ? (int)(p - alphabet) : -1;
}

/* OAuth clients may send "Authorization: Basic base64(id:secret)" instead of form fields. */
static void add_basic_credentials(struct mock_query *form, const char *authorization)
{
	if (!authorization || strncasecmp(authorization, "Basic ", 6) != 0)
		return;
	char plain[512];
	size_t n = 0;
	unsigned bits = 0, acc = 0;
	for (const char *p = authorization + 6; *p && *p != '=' && n + 1 < sizeof(plain); p++) {
		int v = base64_value(*p);
		if (v < 0)
			return;
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			plain[n++] = (char)((acc >> bits) & 0xff);
		}
	}
	plain[n] = '\0';
	char *colon = strchr(plain, ':');
	if (!colon)
		return;
	*colon = '\0';
	mock_query_add(form, "client_id", plain);
	mock_query_add(form, "client_secret", colon + 1);
}

static void oauth_error(struct mock_ctx *c, unsigned status, const char *error,
			const char *description)
{
	struct jsonw w;
	mock_reply_json(c, status, &w);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "error", error);
	jsonw_string(&w, "error_description", description);
	jsonw_object_close(&w);
}

static const char *const code_errors[] = {
	[MOCK_CODE_UNKNOWN] = "The authorization code is not valid",
	[MOCK_CODE_USED] = "The authorization code has already been used",
	[MOCK_CODE_EXPIRED] = "The authorization code has expired",
	[MOCK_CODE_REDIRECT] = "The redirect_uri does not match the one the code was issued to",
	[MOCK_CODE_VERIFIER] = "The code_verifier does not match the code_challenge",
	[MOCK_CODE_CLIENT] = "The code was issued to another client",
};

static void grant_code(struct mock_ctx *c, const struct mock_query *form)
{
	char access[MOCK_TOKEN_CHARS + 1], refresh[MOCK_TOKEN_CHARS + 1];
	char scope[MOCK_SCOPE_CHARS + 1];
	enum mock_code_error e = mock_auth_code_take(
		c->server->auth, mock_query_get(form, "code"), mock_query_get(form, "client_id"),
		mock_query_get(form, "redirect_uri"), mock_query_get(form, "code_verifier"), access,
		refresh, scope);
	if (e != MOCK_CODE_OK)
		oauth_error(c, 400, "invalid_grant", code_errors[e]);
	else
		reply_tokens(c, access, *refresh ? refresh : NULL, scope);
}

static void grant_client(struct mock_ctx *c, const struct mock_query *form)
{
	char access[MOCK_TOKEN_CHARS + 1], refresh[MOCK_TOKEN_CHARS + 1];
	const char *id = mock_query_get(form, "client_id");
	const char *secret = mock_query_get(form, "client_secret");
	if (!id || !secret || strcmp(id, c->server->opts.client_id) != 0 ||
	    strcmp(secret, c->server->opts.client_secret) != 0) {
		mock_reply_raw(c, 401, "{\"error\":\"invalid_client\"}");
		return;
	}
	const char *scope = mock_query_get(form, "scope");
	mock_auth_issue_for(c->server->auth, 0, scope, access, refresh);
	reply_tokens(c, access, refresh, scope);
}

static void grant_refresh(struct mock_ctx *c, const struct mock_query *form)
{
	char access[MOCK_TOKEN_CHARS + 1], refresh[MOCK_TOKEN_CHARS + 1];
	const char *old = mock_query_get(form, "refresh_token");
	struct mock_grant g;
	if (!old || !mock_auth_refresh(c->server->auth, old, access, refresh)) {
		oauth_error(c, 400, "invalid_grant",
			    "The refresh token is not valid: it was used, revoked or has expired");
		return;
	}
	char bearer[MOCK_TOKEN_CHARS + 8];
	snprintf(bearer, sizeof(bearer), "Bearer %s", access);
	const char *scope = mock_auth_lookup(c->server->auth, bearer, &g) ? g.scope : NULL;
	reply_tokens(c, access, refresh, scope);
}

void route_token(struct mock_ctx *c)
{
	struct mock_query form;
	mock_query_init(&form);
	mock_query_parse(&form, c->rq->body, c->rq->body_len);
	add_basic_credentials(&form, c->rq->authorization);
	const char *grant = mock_query_get(&form, "grant_type");
	const char *tenant = mock_query_get(&c->rq->query, "tenant");
	if (tenant && strcasecmp(tenant, MOCK_DEMO_TENANT) != 0)
		oauth_error(c, 400, "invalid_request", "Unknown tenant");
	else if (!grant)
		mock_reply_raw(c, 400, "{\"error\":\"invalid_request\"}");
	else if (!strcmp(grant, "client_credentials"))
		grant_client(c, &form);
	else if (!strcmp(grant, "refresh_token"))
		grant_refresh(c, &form);
	else if (!strcmp(grant, "authorization_code"))
		grant_code(c, &form);
	else
		mock_reply_raw(c, 400, "{\"error\":\"unsupported_grant_type\"}");
	mock_query_fini(&form);
}

void route_authinfo(struct mock_ctx *c)
{
	char url[300];
	if (c->server->opts.authinfo_url)
		snprintf(url, sizeof(url), "%.299s", c->server->opts.authinfo_url);
	else if (c->rq->host)
		snprintf(url, sizeof(url), "http://%.256s/auth", c->rq->host);
	else
		snprintf(url, sizeof(url), "http://%s:%u/auth", c->server->opts.listen_host,
			 (unsigned)c->server->port);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "auth_url", url);
	jsonw_string(&w, "tenant_id", MOCK_DEMO_TENANT);
	jsonw_object_close(&w);
}
