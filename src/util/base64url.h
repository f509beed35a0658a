/* base64url without padding (RFC 4648 section 5), as PKCE and OAuth states use it. */
#ifndef HALOTUI_UTIL_BASE64URL_H
#define HALOTUI_UTIL_BASE64URL_H

#include <stddef.h>

/* Characters base64url_encode writes for N bytes, without the terminator. */
#define BASE64URL_LEN(n) (((n)*4 + 2) / 3)

/* Encodes LEN bytes of DATA into OUT (BASE64URL_LEN(LEN) + 1 bytes), terminated, no '='. */
void base64url_encode(const void *data, size_t len, char *out);

#endif
