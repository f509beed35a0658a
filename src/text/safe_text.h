/* Terminal-safe text: what is left of a server string once nothing in it can drive the
 * terminal (no controls, no escape sequences, no bidi reordering, only valid UTF-8). */
#ifndef HALOTUI_TEXT_SAFE_TEXT_H
#define HALOTUI_TEXT_SAFE_TEXT_H

#include <stddef.h>

struct strbuf;

enum safe_text_flag {
	/* Keep line breaks: '\n', CR LF, lone CR, U+2028 and U+2029 all become '\n'.
	 * Without it each line break becomes one space. */
	SAFE_TEXT_KEEP_NEWLINE = 1u << 0,
	/* Keep '\t' as it is. Without this or SAFE_TEXT_EXPAND_TAB a tab becomes one space. */
	SAFE_TEXT_KEEP_TAB = 1u << 1,
	/* Replace '\t' by spaces up to the next multiple of 8 display cells in its line. */
	SAFE_TEXT_EXPAND_TAB = 1u << 2,
};

/* Cleans the LEN bytes at S and appends the result to OUT, in one linear pass:
 * - C0 controls, DEL and C1 controls (U+0080-U+009F) are removed, apart from the
 *   line breaks and tabs described by FLAGS (a bitwise or of enum safe_text_flag);
 * - whole escape sequences are removed: CSI (ESC [ or U+009B, up to the final byte),
 *   OSC, DCS, SOS, PM and APC strings (ESC ] P X ^ _ or their C1 forms, up to BEL or
 *   ST; a string also ends at CAN, SUB, ESC or a line break, so that one stray
 *   introducer cannot swallow the rest of a ticket) and two-byte ESC sequences;
 * - bidi controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) are removed:
 *   terminals disagree on bidi, and an unbalanced override could reorder the text
 *   drawn after it on the screen, while removing them loses nothing readable;
 * - invalid UTF-8 (overlong, surrogate, above U+10FFFF, truncated, stray bytes) becomes
 *   U+FFFD, one per maximal invalid subpart. NUL bytes inside LEN are removed. */
void safe_text_append(struct strbuf *out, const char *s, size_t len, unsigned flags);

/* The cleaned copy of the NUL-terminated S (see safe_text_append); caller owns it.
 * NULL gives NULL. */
char *safe_text_clean(const char *s, unsigned flags);

/* The cleaned copy of LEN bytes at S; caller owns it. S may be NULL when LEN is 0. */
char *safe_text_clean_n(const char *s, size_t len, unsigned flags);

#endif
