/* Terminal-safe text: one linear pass removing controls, escape sequences and bidi. */
#include "config.h"

#include "text/safe_text.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "text/utf8.h"
#include "text/width.h"
#include "util/strbuf.h"

#define ESC 0x1B
#define BEL 0x07
#define CAN 0x18
#define SUB 0x1A
#define TAB_STOP 8

struct cleaner {
	struct strbuf *out;
	const unsigned char *s;
	size_t len;
	unsigned flags;
	int col; /* display cells since the last kept line break; only for tab expansion */
};

/* Index just past a string sequence (OSC, DCS, SOS, PM, APC) whose body starts at J. */
static size_t skip_string(const unsigned char *s, size_t len, size_t j)
{
	for (; j < len; j++) {
		unsigned char c = s[j];
		if (c == BEL || c == CAN || c == SUB)
			return j + 1;
		if (c == '\n' || c == '\r')
			return j;
		if (c == ESC)
			return (j + 1 < len && s[j + 1] == '\\') ? j + 2 : j;
		if (c == 0xC2 && j + 1 < len && s[j + 1] == 0x9C)
			return j + 2;
	}
	return len;
}

/* Index just past a control sequence whose parameters start at J. A byte that cannot
 * belong to it ends the sequence there and is then read as ordinary text. */
static size_t skip_csi(const unsigned char *s, size_t len, size_t j)
{
	while (j < len && s[j] >= 0x20 && s[j] <= 0x3F)
		j++;
	if (j < len && s[j] >= 0x40 && s[j] <= 0x7E)
		j++;
	return j;
}

/* Index just past the escape sequence whose ESC was just before J. */
static size_t skip_escape(const unsigned char *s, size_t len, size_t j)
{
	if (j >= len)
		return j;
	switch (s[j]) {
	case '[':
		return skip_csi(s, len, j + 1);
	case ']':
	case 'P':
	case 'X':
	case '^':
	case '_':
		return skip_string(s, len, j + 1);
	default:
		break;
	}
	while (j < len && s[j] >= 0x20 && s[j] <= 0x2F)
		j++;
	if (j < len && s[j] >= 0x30 && s[j] <= 0x7E)
		j++;
	return j;
}

static bool is_bidi_control(uint32_t cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

static void put_newline(struct cleaner *c)
{
	if (c->flags & SAFE_TEXT_KEEP_NEWLINE) {
		strbuf_append_char(c->out, '\n');
		c->col = 0;
	} else {
		strbuf_append_char(c->out, ' ');
		c->col++;
	}
}

static void put_tab(struct cleaner *c)
{
	if (c->flags & SAFE_TEXT_EXPAND_TAB) {
		do {
			strbuf_append_char(c->out, ' ');
			c->col++;
		} while (c->col % TAB_STOP != 0);
	} else if (c->flags & SAFE_TEXT_KEEP_TAB) {
		strbuf_append_char(c->out, '\t');
		c->col += TAB_STOP - c->col % TAB_STOP;
	} else {
		strbuf_append_char(c->out, ' ');
		c->col++;
	}
}

/* Handles the C0 control or DEL at I; returns the index after what it consumed. */
static size_t on_c0(struct cleaner *c, size_t i)
{
	unsigned char b = c->s[i];
	if (b == ESC)
		return skip_escape(c->s, c->len, i + 1);
	if (b == '\n') {
		put_newline(c);
	} else if (b == '\r') {
		if (i + 1 < c->len && c->s[i + 1] == '\n')
			i++;
		put_newline(c);
	} else if (b == '\t') {
		put_tab(c);
	}
	return i + 1;
}

/* Handles the C1 control CP whose encoding ends just before J. */
static size_t on_c1(struct cleaner *c, uint32_t cp, size_t j)
{
	switch (cp) {
	case 0x9B:
		return skip_csi(c->s, c->len, j);
	case 0x90:
	case 0x98:
	case 0x9D:
	case 0x9E:
	case 0x9F:
		return skip_string(c->s, c->len, j);
	default:
		return j;
	}
}

/* Copies the run of printable ASCII at I; returns the index after it. */
static size_t copy_ascii_run(struct cleaner *c, size_t i)
{
	size_t start = i;
	while (i < c->len && c->s[i] >= 0x20 && c->s[i] < 0x7F)
		i++;
	strbuf_append(c->out, c->s + start, i - start);
	c->col += (int)(i - start);
	return i;
}

/* Handles the non-ASCII sequence at I; returns the index after it. */
static size_t on_multibyte(struct cleaner *c, size_t i)
{
	uint32_t cp;
	size_t n = utf8_decode((const char *)c->s + i, c->len - i, &cp);
	if (cp >= 0x80 && cp <= 0x9F)
		return on_c1(c, cp, i + n);
	if (cp == 0x2028 || cp == 0x2029) {
		put_newline(c);
		return i + n;
	}
	if (is_bidi_control(cp))
		return i + n;
	if (cp == UTF8_REPLACEMENT) {
		char enc[4];
		strbuf_append(c->out, enc, utf8_encode(cp, enc));
	} else {
		strbuf_append(c->out, c->s + i, n);
	}
	if (c->flags & SAFE_TEXT_EXPAND_TAB)
		c->col += text_char_width(cp);
	return i + n;
}

void safe_text_append(struct strbuf *out, const char *s, size_t len, unsigned flags)
{
	struct cleaner c = {
		.out = out, .s = (const unsigned char *)s, .len = len, .flags = flags
	};
	strbuf_grow(out, len);
	size_t i = 0;
	while (i < len) {
		unsigned char b = c.s[i];
		if (b >= 0x20 && b < 0x7F)
			i = copy_ascii_run(&c, i);
		else if (b < 0x80)
			i = on_c0(&c, i);
		else
			i = on_multibyte(&c, i);
	}
}

char *safe_text_clean_n(const char *s, size_t len, unsigned flags)
{
	struct strbuf sb;
	strbuf_init(&sb);
	if (s)
		safe_text_append(&sb, s, len, flags);
	char *result = strbuf_take(&sb);
	return result;
}

char *safe_text_clean(const char *s, unsigned flags)
{
	if (!s)
		return NULL;
	return safe_text_clean_n(s, strlen(s), flags);
}
