/* base64url encoding: the URL-safe alphabet, no padding. */
#include "config.h"

#include "util/base64url.h"

void base64url_encode(const void *data, size_t len, char *out)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	const unsigned char *p = data;
	size_t o = 0;
	for (size_t i = 0; i < len; i += 3) {
		unsigned long group = (unsigned long)p[i] << 16;
		if (i + 1 < len)
			group |= (unsigned long)p[i + 1] << 8;
		if (i + 2 < len)
			group |= p[i + 2];
		out[o++] = alphabet[(group >> 18) & 63];
		out[o++] = alphabet[(group >> 12) & 63];
		if (i + 1 < len)
			out[o++] = alphabet[(group >> 6) & 63];
		if (i + 2 < len)
			out[o++] = alphabet[group & 63];
	}
	out[o] = '\0';
}
