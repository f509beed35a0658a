/* SHA-256 (FIPS 180-4): the digest behind PKCE's S256 code challenge. */
#ifndef HALOTUI_UTIL_SHA256_H
#define HALOTUI_UTIL_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_BYTES 32

/* A running digest: sha256_init, any number of sha256_update, then sha256_final. */
struct sha256 {
	uint32_t state[8];
	uint64_t total_bytes;
	unsigned char block[64];
	size_t block_len;
};

void sha256_init(struct sha256 *h);
void sha256_update(struct sha256 *h, const void *data, size_t len);
/* Writes the digest to OUT and wipes H. */
void sha256_final(struct sha256 *h, unsigned char out[SHA256_DIGEST_BYTES]);
/* The digest of LEN bytes at DATA in one call. */
void sha256_digest(const void *data, size_t len, unsigned char out[SHA256_DIGEST_BYTES]);

#endif
