/* Access tokens of the emulator: issued for client credentials, valid for a fixed time. */
#ifndef HALOTUI_MOCK_AUTH_H
#define HALOTUI_MOCK_AUTH_H

#include <stdbool.h>
#include <stdint.h>

#define MOCK_TOKEN_CHARS 48

struct mock_auth;

/* A token table whose tokens live TTL_S seconds by CLOCK_S(CLOCK_ARG) (NULL: the system's
 * monotonic clock). Tokens differ from run to run. */
struct mock_auth *mock_auth_new(unsigned ttl_s, uint64_t seed, double (*clock_s)(void *),
				void *clock_arg);
void mock_auth_free(struct mock_auth *auth);
/* Issues an access token and a refresh token (each MOCK_TOKEN_CHARS + 1 bytes). */
void mock_auth_issue(struct mock_auth *auth, char *access, char *refresh);
/* Trades a refresh token for new tokens (refresh tokens rotate); false when unknown. */
bool mock_auth_refresh(struct mock_auth *auth, const char *old_refresh, char *access,
		       char *refresh);
/* True when AUTHORIZATION ("Bearer TOKEN") names a live access token. */
bool mock_auth_check(struct mock_auth *auth, const char *authorization);

#endif
