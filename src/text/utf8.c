/* UTF-8 decoding with maximal-subpart error recovery, and encoding. */
#include "config.h"

#include "text/utf8.h"

/* Bounds of the second byte after lead byte B: the places where overlongs, surrogates
 * and values past U+10FFFF are cut off. */
static void second_byte_range(unsigned char b, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (b == 0xE0)
		*lo = 0xA0;
	else if (b == 0xED)
		*hi = 0x9F;
	else if (b == 0xF0)
		*lo = 0x90;
	else if (b == 0xF4)
		*hi = 0x8F;
}

size_t utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char b = u[0];
	size_t need;
	uint32_t v;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		need = 2;
		v = b & 0x1F;
	} else if (b >= 0xE0 && b <= 0xEF) {
		need = 3;
		v = b & 0x0F;
	} else if (b >= 0xF0 && b <= 0xF4) {
		need = 4;
		v = b & 0x07;
	} else {
		*cp = UTF8_REPLACEMENT;
		return 1;
	}
	unsigned char lo, hi;
	second_byte_range(b, &lo, &hi);
	for (size_t i = 1; i < need; i++) {
		if (i >= len || u[i] < lo || u[i] > hi) {
			*cp = UTF8_REPLACEMENT;
			return i;
		}
		v = (v << 6) | (u[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	return need;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool utf8_is_valid(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		/* A real U+FFFD is the three bytes EF BF BD; a decoding error is shorter. */
		if (cp == UTF8_REPLACEMENT && (n != 3 || (unsigned char)s[i] != 0xEF))
			return false;
		i += n;
	}
	return true;
}
