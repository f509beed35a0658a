/* PKCE (RFC 7636) for the agent login: a code verifier from the system's CSPRNG, its S256
 * challenge, and the `state` that ties a redirect to the request that asked for it. */
#ifndef HALOTUI_NET_OAUTH_PKCE_H
#define HALOTUI_NET_OAUTH_PKCE_H

#include <stdbool.h>
#include <stddef.h>

#define OAUTH_PKCE_RANDOM_BYTES 32
/* 32 random bytes in base64url: 43 characters, the shortest verifier RFC 7636 allows. */
#define OAUTH_PKCE_VERIFIER_CHARS 43
#define OAUTH_PKCE_CHALLENGE_CHARS 43
#define OAUTH_STATE_CHARS 22 /* 16 random bytes */

/* One login attempt's secrets. Wipe with oauth_pkce_wipe when done. */
struct oauth_pkce {
	char verifier[OAUTH_PKCE_VERIFIER_CHARS + 1];
	char challenge[OAUTH_PKCE_CHALLENGE_CHARS + 1];
	char state[OAUTH_STATE_CHARS + 1];
};

/* Fills P with fresh random values (getrandom). False when the system gives no randomness. */
bool oauth_pkce_new(struct oauth_pkce *p);
/* The verifier that RANDOM (OAUTH_PKCE_RANDOM_BYTES) encodes, with its challenge: the part of
 * oauth_pkce_new that tests can check against RFC 7636's example. */
void oauth_pkce_from_bytes(struct oauth_pkce *p, const unsigned char *random);
/* BASE64URL(SHA256(VERIFIER)) into OUT (OAUTH_PKCE_CHALLENGE_CHARS + 1 bytes). */
void oauth_pkce_challenge(const char *verifier, char *out);
void oauth_pkce_wipe(struct oauth_pkce *p);

#endif
