/* Wiping secrets: explicit_bzero, or a volatile write the compiler must keep. */
#include "config.h"

#include "util/wipe.h"

#include <string.h>

void wipe_bytes(void *p, size_t n)
{
#if defined(HAVE_EXPLICIT_BZERO) && !defined(HALOTUI_WIPE_FALLBACK)
	explicit_bzero(p, n);
#else
	volatile unsigned char *q = p;
	while (n--)
		*q++ = 0;
#endif
}

void wipe_string(char *s)
{
	if (s)
		wipe_bytes(s, strlen(s));
}
