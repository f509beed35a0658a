/* A strict streaming JSON scanner over a byte buffer: no tree, no allocation. */
#ifndef HALOTUI_MODEL_JSON_SCAN_H
#define HALOTUI_MODEL_JSON_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Deepest nesting the scanner follows; deeper documents are declined (JS_ERROR). */
#define JSON_SCAN_MAX_DEPTH 32

enum js_token {
	JS_ERROR, /* not strict JSON, or something the scanner declines (see json_scan_value) */
	JS_OBJECT,
	JS_ARRAY,
	JS_STRING,
	JS_NUMBER,
	JS_TRUE,
	JS_FALSE,
	JS_NULL,
};

/*
 * Where the scanner is in BODY, and the last string or number it met. It only ever reads
 * inside the buffer given to json_scan_init, which needs no NUL terminator.
 */
struct json_scan {
	const char *p;
	const char *end;
	int depth;
	const char *text; /* the last key, string (without quotes) or number, not terminated */
	size_t len;
	bool has_escapes; /* the string holds backslash escapes: see json_scan_unescape */
	bool is_integer;  /* the number has no fraction; its value is in integer */
	bool has_blanks;  /* blanks were skipped between tokens since the caller last cleared it */
	int64_t integer;
};

void json_scan_init(struct json_scan *s, const char *body, size_t len);
/*
 * The next value's first token. An object or array is entered (read its members with
 * json_scan_next_key / json_scan_next_element); a string or number is in s->text.
 * Besides malformed JSON, JS_ERROR also declines what strict JSON allows but the scanner
 * leaves to a full parser: exponents, integers over 18 digits, raw control bytes in strings,
 * nesting deeper than JSON_SCAN_MAX_DEPTH.
 */
enum js_token json_scan_value(struct json_scan *s);
/* In an object after COUNT members: 1 with the next key in s->text (and the ':' read),
 * 0 at the closing '}', -1 on malformed input. */
int json_scan_next_key(struct json_scan *s, size_t count);
/* In an array after COUNT elements: 1 when another element follows, 0 at ']', -1 on error. */
int json_scan_next_element(struct json_scan *s, size_t count);
/* Skips the rest of a value whose first token was TOKEN; false on malformed input. */
bool json_scan_skip(struct json_scan *s, enum js_token token);
/* Whether only JSON whitespace is left. */
bool json_scan_at_end(struct json_scan *s);
/*
 * Decodes the escapes of the string TEXT[0..LEN) into OUT (at least LEN bytes); *OUT_LEN
 * gets the decoded length. TEXT must be a string as json_scan_value gave it (s->text, s->len):
 * its escapes are checked there, not here (asserted). Surrogate pairs become one code point; \u0000 becomes U+FFFD
 * (the text goes on after it); lone surrogates are declined (false).
 */
bool json_scan_unescape(const char *text, size_t len, char *out, size_t *out_len);

#endif
