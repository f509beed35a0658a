/* One agent sign-in from start to end, blocking (halotui login, :login): discovery, the
 * authorize URL, the redirect read back, the code exchanged for tokens; and revocation. */
#ifndef HALOTUI_NET_OAUTH_FLOW_H
#define HALOTUI_NET_OAUTH_FLOW_H

#include <stdbool.h>

#include "model/auth.h"
#include "net/http.h"
#include "net/oauth_pkce.h"
#include "util/status.h"

/* A sign-in. The caller fills the settings (borrowed strings); the rest is owned and freed
 * (secrets wiped) by oauth_login_fini. */
struct oauth_login {
	const char *api_url;	  /* https://host/api */
	const char *auth_url;	  /* NULL: ask /api/authinfo, else api_url with /auth */
	const char *tenant;	  /* NULL: the one /api/authinfo names */
	const char *client_id;	  /* the API application of the authorization-code kind */
	const char *scope;	  /* NULL: "all"; offline_access is added */
	const char *redirect_uri; /* as set; oauth_login_set_port may give it a port */
	struct http_options http;
	/* Filled as the sign-in goes. */
	char *found_auth_url, *found_tenant, *redirect_used, *scope_used;
	struct oauth_pkce pkce;
};

void oauth_login_fini(struct oauth_login *l);
/* Asks /api/authinfo when the auth server or the tenant is not set, checks the auth server
 * (https or loopback), makes the PKCE pair and state. On failure a sentence in *ERR. */
enum status oauth_login_prepare(struct oauth_login *l, char **err);
/* The redirect URI to send: the setting, with PORT when it names a loopback address without
 * one (the listener's port); PORT 0 keeps it as set. */
void oauth_login_set_port(struct oauth_login *l, unsigned short port);
/* The port the redirect URI names, or 0 (none, or not a loopback http address). */
unsigned short oauth_redirect_port(const char *redirect_uri);
/* The URL the agent opens to sign in (caller frees). After prepare and set_port. */
char *oauth_login_authorize_url(const struct oauth_login *l);
/* What was pasted back: the redirected URL, its query, or the bare code. The code into
 * *CODE (caller frees); a `state` other than STATE, or an `error`, is refused in *ERR. */
enum status oauth_parse_redirect(const char *text, const char *state, char **code, char **err);
/* Trades CODE for tokens (authorization_code with the verifier); OUT has them (token_fini). */
enum status oauth_login_exchange(struct oauth_login *l, const char *code, struct token *out,
				 char **err);
/* Revokes TOKEN at AUTH_URL/revoke (RFC 7009). STATUS_NOT_FOUND when the server offers no
 * revocation (404). */
enum status oauth_revoke(const struct http_options *http, const char *auth_url, const char *tenant,
			 const char *client_id, const char *token, char **err);

#endif
