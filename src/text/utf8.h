/* UTF-8 decoding and encoding that never trusts its input. */
#ifndef HALOTUI_TEXT_UTF8_H
#define HALOTUI_TEXT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decodes the sequence at S (LEN >= 1 bytes readable) into *CP and returns the bytes used.
 * An invalid sequence (overlong, surrogate, > U+10FFFF, truncated, stray byte) gives
 * U+FFFD and consumes its maximal subpart (at least one byte), as Unicode recommends. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes CP (a Unicode scalar value) as UTF-8 into OUT; returns 1-4. Others give U+FFFD. */
size_t utf8_encode(uint32_t cp, char out[4]);

/* True when the LEN bytes at S are well-formed UTF-8. */
bool utf8_is_valid(const char *s, size_t len);

#endif
