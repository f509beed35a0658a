/* PKCE verifier, S256 challenge and state, from getrandom. */
#include "config.h"

#include "net/oauth_pkce.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "util/base64url.h"
#include "util/sha256.h"
#include "util/wipe.h"

/* LEN bytes from the kernel's CSPRNG, retried when a signal interrupts it. */
static bool random_bytes(unsigned char *out, size_t len)
{
	size_t got = 0;
	while (got < len) {
		ssize_t n = getrandom(out + got, len - got, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		got += (size_t)n;
	}
	return true;
}

void oauth_pkce_challenge(const char *verifier, char *out)
{
	unsigned char digest[SHA256_DIGEST_BYTES];
	sha256_digest(verifier, strlen(verifier), digest);
	base64url_encode(digest, sizeof(digest), out);
	wipe_bytes(digest, sizeof(digest));
}

void oauth_pkce_from_bytes(struct oauth_pkce *p, const unsigned char *random)
{
	base64url_encode(random, OAUTH_PKCE_RANDOM_BYTES, p->verifier);
	oauth_pkce_challenge(p->verifier, p->challenge);
}

bool oauth_pkce_new(struct oauth_pkce *p)
{
	unsigned char random[OAUTH_PKCE_RANDOM_BYTES + 16];
	bool ok = random_bytes(random, sizeof(random));
	if (ok) {
		oauth_pkce_from_bytes(p, random);
		base64url_encode(random + OAUTH_PKCE_RANDOM_BYTES, 16, p->state);
	}
	wipe_bytes(random, sizeof(random));
	return ok;
}

void oauth_pkce_wipe(struct oauth_pkce *p)
{
	wipe_bytes(p, sizeof(*p));
}
