/* Tokens of the emulator: client credentials, agent logins (authorization codes with PKCE),
 * refresh tokens that rotate and can be revoked, each token acting as one agent. */
#ifndef HALOTUI_MOCK_AUTH_H
#define HALOTUI_MOCK_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MOCK_TOKEN_CHARS 48
#define MOCK_SCOPE_CHARS 127
#define MOCK_REDIRECT_CHARS 255
/* An authorization code works once, for this many seconds of the table's clock. */
#define MOCK_CODE_TTL_S 60

struct mock_auth;

/* Who a token acts as: AGENT_ID 0 is the API application's own agent (client credentials). */
struct mock_grant {
	int agent_id;
	bool is_read_only; /* the scope grants reading only: writes answer 403 */
	char scope[MOCK_SCOPE_CHARS + 1];
};

/* Why a code exchange was refused, for Halo-style `invalid_grant` answers. */
enum mock_code_error {
	MOCK_CODE_OK,
	MOCK_CODE_UNKNOWN,
	MOCK_CODE_USED,
	MOCK_CODE_EXPIRED,
	MOCK_CODE_REDIRECT,
	MOCK_CODE_VERIFIER,
	MOCK_CODE_CLIENT,
};

/* A token table whose tokens live TTL_S seconds by CLOCK_S(CLOCK_ARG) (NULL: the system's
 * monotonic clock). Tokens differ from run to run. */
struct mock_auth *mock_auth_new(unsigned ttl_s, uint64_t seed, double (*clock_s)(void *),
				void *clock_arg);
void mock_auth_free(struct mock_auth *auth);
/* Issues an access token and a refresh token (each MOCK_TOKEN_CHARS + 1 bytes) for the API
 * application's own agent with scope "all". */
void mock_auth_issue(struct mock_auth *auth, char *access, char *refresh);
/* The same for AGENT_ID with SCOPE (space-separated; NULL: "all"). */
void mock_auth_issue_for(struct mock_auth *auth, int agent_id, const char *scope, char *access,
			 char *refresh);
/* Trades a refresh token for new tokens of the same agent and scope (refresh tokens rotate:
 * the old one stops working); false when unknown, used or revoked. */
bool mock_auth_refresh(struct mock_auth *auth, const char *old_refresh, char *access,
		       char *refresh);
/* True when AUTHORIZATION ("Bearer TOKEN") names a live access token. */
bool mock_auth_check(struct mock_auth *auth, const char *authorization);
/* As mock_auth_check, and fills GRANT with who the token acts as. */
bool mock_auth_lookup(struct mock_auth *auth, const char *authorization, struct mock_grant *grant);
/* Forgets TOKEN (an access or a refresh token) and, with it, the other token of its pair. */
void mock_auth_revoke(struct mock_auth *auth, const char *token);
/* Whether SCOPE (space-separated) grants reading only: every word is "read:..." (besides
 * offline_access and openid). */
bool mock_scope_is_read_only(const char *scope);

/* A code for AGENT_ID's sign-in (CODE: MOCK_TOKEN_CHARS + 1 bytes) bound to CLIENT_ID,
 * REDIRECT_URI, the S256 CHALLENGE and SCOPE. */
void mock_auth_code_new(struct mock_auth *auth, int agent_id, const char *client_id,
			const char *redirect_uri, const char *challenge, const char *scope,
			char *code);
/* Exchanges CODE for tokens when CLIENT_ID, REDIRECT_URI and VERIFIER match what it was
 * issued for; a code is spent by its first exchange, right or wrong. REFRESH is set to ""
 * when the scope did not ask offline_access. The granted scope is copied to SCOPE. */
enum mock_code_error mock_auth_code_take(struct mock_auth *auth, const char *code,
					 const char *client_id, const char *redirect_uri,
					 const char *verifier, char *access, char *refresh,
					 char *scope);

/* The agent the request being answered on this thread acts as (set by the dispatcher for
 * the time of one request: libmicrohttpd answers each connection on its own thread), or
 * FALLBACK when it acts as the API application. */
int mock_request_agent(int fallback);
void mock_request_agent_set(int agent_id);

#endif
