/* The agent sign-in of the emulator: GET /auth/authorize (a login page, or a redirect at once
 * with --authorize-auto), the form it posts, and POST /auth/revoke. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/routes.h"

/* What an authorization request carries. */
struct authorize_request {
	const char *response_type, *client_id, *redirect_uri, *scope, *state, *challenge, *method;
};

static void read_request(const struct mock_query *q, struct authorize_request *r)
{
	r->response_type = mock_query_get(q, "response_type");
	r->client_id = mock_query_get(q, "client_id");
	r->redirect_uri = mock_query_get(q, "redirect_uri");
	r->scope = mock_query_get(q, "scope");
	r->state = mock_query_get(q, "state");
	r->challenge = mock_query_get(q, "code_challenge");
	r->method = mock_query_get(q, "code_challenge_method");
}

/* A native application's redirect: http on a loopback address (RFC 8252 section 7.3). */
static bool is_loopback_redirect(const char *uri)
{
	static const char *const prefixes[] = { "http://127.0.0.1:", "http://127.0.0.1/",
						"http://localhost:", "http://localhost/",
						"http://[::1]:" };
	if (!uri || strlen(uri) > MOCK_REDIRECT_CHARS || strpbrk(uri, "#\"<> \r\n"))
		return false;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (!strncmp(uri, prefixes[i], strlen(prefixes[i])))
			return true;
	return false;
}

static void append_encoded(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p)) {
			strbuf_append_char(sb, (char)*p);
		} else {
			strbuf_append_char(sb, '%');
			strbuf_append_char(sb, hex[*p >> 4]);
			strbuf_append_char(sb, hex[*p & 15]);
		}
	}
}

static void append_html(struct strbuf *sb, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<':
			strbuf_append_str(sb, "&lt;");
			break;
		case '>':
			strbuf_append_str(sb, "&gt;");
			break;
		case '&':
			strbuf_append_str(sb, "&amp;");
			break;
		case '"':
			strbuf_append_str(sb, "&quot;");
			break;
		default:
			strbuf_append_char(sb, *s);
		}
	}
}

/* 302 to the client's redirect_uri with NAME=VALUE and the state. */
static void redirect(struct mock_ctx *c, const struct authorize_request *r, const char *name,
		     const char *value)
{
	struct strbuf *loc = &c->rs->location;
	strbuf_reset(loc);
	strbuf_append_str(loc, r->redirect_uri);
	strbuf_append_char(loc, strchr(r->redirect_uri, '?') ? '&' : '?');
	strbuf_append_str(loc, name);
	strbuf_append_char(loc, '=');
	append_encoded(loc, value);
	if (r->state) {
		strbuf_append_str(loc, "&state=");
		append_encoded(loc, r->state);
	}
	mock_reply_text(c, 302, "");
}

static void html_page(struct mock_ctx *c, unsigned status, const char *title, const char *body)
{
	mock_reply_text(c, status, "");
	c->rs->content_type = "text/html; charset=utf-8";
	strbuf_appendf(
		&c->rs->body,
		"<!DOCTYPE html>\n<html><head><title>%s</title></head>\n<body><h1>%s</h1>\n%s"
		"</body></html>\n",
		title, title, body);
}

/* Checks R; answers the error (a page when the redirect cannot be trusted, else a redirect
 * with the OAuth error) and returns false when it is not a request to sign in. */
static bool check_request(struct mock_ctx *c, const struct authorize_request *r)
{
	if (!r->client_id || strcmp(r->client_id, c->server->opts.client_id) != 0) {
		html_page(c, 400, "Sign-in error", "<p>invalid_client: unknown client_id</p>\n");
		return false;
	}
	if (!is_loopback_redirect(r->redirect_uri)) {
		html_page(c, 400, "Sign-in error",
			  "<p>invalid_request: the redirect_uri is not one registered for this "
			  "application (a loopback http address)</p>\n");
		return false;
	}
	if (!r->response_type || strcmp(r->response_type, "code") != 0) {
		redirect(c, r, "error", "unsupported_response_type");
		return false;
	}
	if (!r->challenge || !r->method || strcmp(r->method, "S256") != 0 ||
	    strlen(r->challenge) != 43) {
		redirect(c, r, "error", "invalid_request");
		return false;
	}
	return true;
}

static void grant_code(struct mock_ctx *c, const struct authorize_request *r, int agent_id)
{
	char code[MOCK_TOKEN_CHARS + 1];
	mock_auth_code_new(c->server->auth, agent_id, r->client_id, r->redirect_uri, r->challenge,
			   r->scope, code);
	redirect(c, r, "code", code);
}

static void hidden(struct strbuf *sb, const char *name, const char *value)
{
	if (!value)
		return;
	strbuf_appendf(sb, "<input type=\"hidden\" name=\"%s\" value=\"", name);
	append_html(sb, value);
	strbuf_append_str(sb, "\">\n");
}

/* The login page: which agent signs in (the emulator has no passwords). */
static void login_page(struct mock_ctx *c, const struct authorize_request *r)
{
	struct strbuf form;
	strbuf_init(&form);
	strbuf_append_str(&form, "<form method=\"post\" action=\"/auth/authorize\">\n");
	hidden(&form, "response_type", r->response_type);
	hidden(&form, "client_id", r->client_id);
	hidden(&form, "redirect_uri", r->redirect_uri);
	hidden(&form, "scope", r->scope);
	hidden(&form, "state", r->state);
	hidden(&form, "code_challenge", r->challenge);
	hidden(&form, "code_challenge_method", r->method);
	strbuf_append_str(&form, "<label>Agent <select name=\"agent_id\">\n");
	for (size_t i = 0; i < c->data->n_agents; i++) {
		const struct mock_agent *a = &c->data->agents[i];
		if (a->is_disabled)
			continue;
		strbuf_appendf(&form, "<option value=\"%d\">", a->id);
		append_html(&form, a->name);
		strbuf_append_str(&form, "</option>\n");
	}
	strbuf_append_str(&form,
			  "</select></label>\n<button type=\"submit\">Sign in</button>\n"
			  "</form>\n<p>halo-mock has no passwords: choose who signs in.</p>\n");
	html_page(c, 200, "Sign in to halo-mock", form.data);
	strbuf_fini(&form);
}

void route_authorize_get(struct mock_ctx *c)
{
	struct authorize_request r;
	read_request(&c->rq->query, &r);
	if (!check_request(c, &r))
		return;
	if (c->server->opts.authorize_auto > 0)
		grant_code(c, &r, c->server->opts.authorize_auto);
	else
		login_page(c, &r);
}

void route_authorize_post(struct mock_ctx *c)
{
	struct mock_query form;
	mock_query_init(&form);
	mock_query_parse(&form, c->rq->body, c->rq->body_len);
	struct authorize_request r;
	read_request(&form, &r);
	int agent_id = (int)mock_query_long(&form, "agent_id", 0);
	const struct mock_agent *a = mock_data_agent(c->data, agent_id);
	if (check_request(c, &r)) {
		if (!a || a->is_disabled)
			redirect(c, &r, "error", "access_denied");
		else
			grant_code(c, &r, agent_id);
	}
	mock_query_fini(&form);
}

/* RFC 7009 revocation: 200 whether or not the token was known. */
void route_revoke(struct mock_ctx *c)
{
	struct mock_query form;
	mock_query_init(&form);
	mock_query_parse(&form, c->rq->body, c->rq->body_len);
	const char *token = mock_query_get(&form, "token");
	if (!token)
		mock_reply_raw(c, 400,
			       "{\"error\":\"invalid_request\",\"error_description\":\"token is "
			       "required\"}");
	else {
		mock_auth_revoke(c->server->auth, token);
		mock_reply_raw(c, 200, "{}");
	}
	mock_query_fini(&form);
}
