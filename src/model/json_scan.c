/* Strict JSON, read token by token straight from the reply body. */
#include "config.h"

#include "model/json_scan.h"

#include <assert.h>
#include <string.h>

#include "text/utf8.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Longest number text the scanner reads itself (enough for any id, count or decimal). */
enum { NUMBER_MAX_LEN = 24, INTEGER_MAX_DIGITS = 18 };

void json_scan_init(struct json_scan *s, const char *body, size_t len)
{
	memset(s, 0, sizeof(*s));
	s->p = body;
	s->end = body + len;
}

static void skip_blanks(struct json_scan *s)
{
	const char *p = s->p;
	while (p < s->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
		p++;
	s->has_blanks |= p != s->p;
	s->p = p;
}

/* Called before every token: the usual case, compact JSON with no blank to skip, is decided
 * here in line. */
static inline void skip_space(struct json_scan *s)
{
	if (s->p >= s->end || (unsigned char)*s->p <= ' ')
		skip_blanks(s);
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_hex(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

#ifdef __SSE2__
/* Bytes looked at in one step of a string: 16 with SSE2 (every x86-64), else 8. */
enum { CHUNK = 16 };

/* The offset of the first quote, backslash or control byte among the CHUNK bytes at P, or
 * CHUNK. */
static inline size_t special_byte_offset(const char *p)
{
	const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	const __m128i controls = _mm_set1_epi8(0x1f);
	__m128i hits = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
				    _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
	hits = _mm_or_si128(hits, _mm_cmpeq_epi8(_mm_max_epu8(x, controls), controls));
	unsigned mask = (unsigned)_mm_movemask_epi8(hits);
	return mask ? (size_t)__builtin_ctz(mask) : CHUNK;
}
#else
enum { CHUNK = 8 };

/*
 * The offset of the first quote, backslash or control byte among the 8 bytes at P, or 8.
 * Each test is the classic "has a zero byte" trick: its lowest flagged byte is always a
 * true hit (a false one can only follow a true one), so on little-endian machines the
 * lowest set bit finds it; elsewhere the byte loop of the caller finds it.
 */
static size_t special_byte_offset(const char *p)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
	uint64_t x;
	memcpy(&x, p, sizeof(x));
	uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
	uint64_t hits = (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
			 ((x - ones * 0x20) & ~x)) &
			highs;
	if (!hits)
		return 8;
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) &&                                 \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(hits) / 8;
#else
	return 0;
#endif
}
#endif

/* After the opening quote: the string up to its closing quote, escapes checked. */
static bool scan_string(struct json_scan *s)
{
	const char *p = s->p, *end = s->end;
	s->text = p;
	s->has_escapes = false;
	for (;;) {
		size_t skip = 0;
		while (end - p >= CHUNK && (skip = special_byte_offset(p)) == CHUNK)
			p += CHUNK;
		if (end - p >= CHUNK)
			p += skip;
		while (p < end && (unsigned char)*p >= 0x20 && *p != '"' && *p != '\\')
			p++;
		if (p >= end || (unsigned char)*p < 0x20)
			return false;
		if (*p == '"')
			break;
		s->has_escapes = true;
		if (++p >= end)
			return false;
		if (*p == 'u') {
			if (end - p < 5 || !is_hex(p[1]) || !is_hex(p[2]) || !is_hex(p[3]) ||
			    !is_hex(p[4]))
				return false;
			p += 5;
		} else if (*p && strchr("\"\\/bfnrt", *p)) {
			p++;
		} else {
			return false;
		}
	}
	s->len = (size_t)(p - s->text);
	s->p = p + 1;
	return true;
}

static bool scan_number(struct json_scan *s)
{
	const char *p = s->p, *end = s->end;
	bool negative = p < end && *p == '-';
	p += negative;
	const char *digits = p;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		while (p < end && is_digit(*p))
			p++;
	else
		return false;
	size_t n_digits = (size_t)(p - digits);
	s->is_integer = true;
	if (p < end && *p == '.') {
		s->is_integer = false;
		if (++p >= end || !is_digit(*p))
			return false;
		while (p < end && is_digit(*p))
			p++;
	}
	if ((p < end && (*p == 'e' || *p == 'E')) || p - s->p > NUMBER_MAX_LEN ||
	    (s->is_integer && n_digits > INTEGER_MAX_DIGITS))
		return false;
	int64_t v = 0;
	for (size_t i = 0; s->is_integer && i < n_digits; i++)
		v = v * 10 + (digits[i] - '0');
	s->integer = negative ? -v : v;
	s->text = s->p;
	s->len = (size_t)(p - s->p);
	s->has_escapes = false;
	s->p = p;
	return true;
}

static enum js_token scan_literal(struct json_scan *s, const char *word, enum js_token token)
{
	size_t n = strlen(word);
	if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
		return JS_ERROR;
	s->p += n;
	return token;
}

static enum js_token enter(struct json_scan *s, enum js_token token)
{
	if (s->depth >= JSON_SCAN_MAX_DEPTH)
		return JS_ERROR;
	s->depth++;
	s->p++;
	return token;
}

enum js_token json_scan_value(struct json_scan *s)
{
	skip_space(s);
	if (s->p >= s->end)
		return JS_ERROR;
	switch (*s->p) {
	case '{':
		return enter(s, JS_OBJECT);
	case '[':
		return enter(s, JS_ARRAY);
	case '"':
		s->p++;
		return scan_string(s) ? JS_STRING : JS_ERROR;
	case 't':
		return scan_literal(s, "true", JS_TRUE);
	case 'f':
		return scan_literal(s, "false", JS_FALSE);
	case 'n':
		return scan_literal(s, "null", JS_NULL);
	default:
		return scan_number(s) ? JS_NUMBER : JS_ERROR;
	}
}

/* Past the separator before the next member or element, or past the closing bracket. */
static int next_item(struct json_scan *s, size_t count, char close)
{
	skip_space(s);
	if (s->p >= s->end)
		return -1;
	if (*s->p == close) {
		s->p++;
		s->depth--;
		return 0;
	}
	if (count > 0) {
		if (*s->p != ',')
			return -1;
		s->p++;
		skip_space(s);
	}
	return 1;
}

int json_scan_next_key(struct json_scan *s, size_t count)
{
	int r = next_item(s, count, '}');
	if (r <= 0)
		return r;
	if (s->p >= s->end || *s->p != '"')
		return -1;
	s->p++;
	if (!scan_string(s))
		return -1;
	skip_space(s);
	if (s->p >= s->end || *s->p != ':')
		return -1;
	s->p++;
	return 1;
}

int json_scan_next_element(struct json_scan *s, size_t count)
{
	return next_item(s, count, ']');
}

bool json_scan_skip(struct json_scan *s, enum js_token token)
{
	int r;
	size_t i = 0;
	switch (token) {
	case JS_ERROR:
		return false;
	case JS_OBJECT:
		while ((r = json_scan_next_key(s, i++)) == 1)
			if (!json_scan_skip(s, json_scan_value(s)))
				return false;
		return r == 0;
	case JS_ARRAY:
		while ((r = json_scan_next_element(s, i++)) == 1)
			if (!json_scan_skip(s, json_scan_value(s)))
				return false;
		return r == 0;
	default:
		return true;
	}
}

bool json_scan_at_end(struct json_scan *s)
{
	skip_space(s);
	return s->p == s->end;
}

static unsigned hex_value(const char *p)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v = v * 16 + (unsigned)(is_digit(c)		 ? c - '0'
					: (c >= 'a' && c <= 'f') ? c - 'a' + 10
								 : c - 'A' + 10);
	}
	return v;
}

/* The code point of the \u escape at TEXT + *I (on the 'u'), joining a surrogate pair;
 * U+FFFD for \u0000 (a NUL would end the text there), 0 for lone or reversed surrogates. *I ends on the escape's last digit. */
static unsigned escaped_code_point(const char *text, size_t len, size_t *i)
{
	unsigned cp = hex_value(text + *i + 1);
	*i += 4;
	if (cp == 0)
		return 0xFFFD;
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return 0;
	if (cp < 0xD800 || cp > 0xDBFF)
		return cp;
	/* A high surrogate must be followed by an escaped low one. */
	if (len - *i < 7 || text[*i + 1] != '\\' || text[*i + 2] != 'u')
		return 0;
	unsigned low = hex_value(text + *i + 3);
	if (low < 0xDC00 || low > 0xDFFF)
		return 0;
	*i += 6;
	return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
}

/* What json_scan_value checked of the escape at TEXT[I] (a backslash): a known letter after
 * it, or u and four hex digits. */
static inline bool is_checked_escape(const char *text, size_t len, size_t i)
{
	if (i + 1 >= len)
		return false;
	char c = text[i + 1];
	if (c == 'u')
		return i + 5 < len && is_hex(text[i + 2]) && is_hex(text[i + 3]) &&
		       is_hex(text[i + 4]) && is_hex(text[i + 5]);
	return c != '\0' && strchr("\"\\/bfnrt", c) != NULL;
}

bool json_scan_unescape(const char *text, size_t len, char *out, size_t *out_len)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (text[i] != '\\') {
			out[n++] = text[i];
			continue;
		}
		assert(is_checked_escape(text, len, i)); /* the precondition */
		char c = text[++i];
		if (c == 'u') {
			unsigned cp = escaped_code_point(text, len, &i);
			if (cp == 0)
				return false;
			n += utf8_encode(cp, out + n);
		} else {
			out[n++] = to[strchr(from, c) - from];
		}
	}
	*out_len = n;
	return true;
}
