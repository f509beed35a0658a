/* Query values by type: each is checked and rewritten into the one form that goes on the wire. */
#include "config.h"

#include "model/ticket_query_value.h"

#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

/* Bytes of a value shown in a message before it is cut. */
enum { QUOTE_MAX_BYTES = 40 };

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Narrows [*start, *end) past spaces and tabs at both ends. */
static void trim(const char **start, const char **end)
{
	while (*start < *end && is_blank(**start))
		(*start)++;
	while (*end > *start && is_blank((*end)[-1]))
		(*end)--;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* [S, E) as a decimal int64: optional '-', then digits only, within range. */
static bool parse_int64(const char *s, const char *e, int64_t *out)
{
	bool negative = s < e && *s == '-';
	if (negative)
		s++;
	if (s == e)
		return false;
	uint64_t limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	uint64_t v = 0;
	for (; s < e; s++) {
		if (!is_digit(*s))
			return false;
		unsigned digit = (unsigned)(*s - '0');
		if (v > (limit - digit) / 10)
			return false;
		v = v * 10 + digit;
	}
	if (!negative)
		*out = (int64_t)v;
	else if (v == (uint64_t)INT64_MAX + 1)
		*out = INT64_MIN;
	else
		*out = -(int64_t)v;
	return true;
}

static bool normalise_int(const char *value, struct strbuf *out)
{
	const char *s = value, *e = value + strlen(value);
	int64_t v;
	trim(&s, &e);
	if (!parse_int64(s, e, &v))
		return false;
	strbuf_appendf(out, "%" PRId64, v);
	return true;
}

static bool normalise_int_list(const char *value, struct strbuf *out)
{
	const char *s = value, *end = value + strlen(value);
	for (;;) {
		const char *comma = memchr(s, ',', (size_t)(end - s));
		const char *item_end = comma ? comma : end;
		const char *item = s;
		int64_t v;
		trim(&item, &item_end);
		if (!parse_int64(item, item_end, &v))
			return false;
		strbuf_appendf(out, "%s%" PRId64, s == value ? "" : ",", v);
		if (!comma)
			return true;
		s = comma + 1;
	}
}

/* ASCII-only case-insensitive equality of [S, S+LEN) and the lowercase WORD. */
static bool equals_word(const char *s, size_t len, const char *word)
{
	if (strlen(word) != len)
		return false;
	for (size_t i = 0; i < len; i++) {
		char c = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
		if (c != word[i])
			return false;
	}
	return true;
}

static bool normalise_bool(const char *value, struct strbuf *out)
{
	static const char *const yes[] = { "true", "yes", "1" };
	static const char *const no[] = { "false", "no", "0" };
	const char *s = value, *e = value + strlen(value);
	trim(&s, &e);
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		if (equals_word(s, (size_t)(e - s), yes[i])) {
			strbuf_append_str(out, "true");
			return true;
		}
		if (equals_word(s, (size_t)(e - s), no[i])) {
			strbuf_append_str(out, "false");
			return true;
		}
	}
	return false;
}

/* Decimal numbers are parsed by hand: strtod follows LC_NUMERIC, which the console sets
 * from the user's locale, and Halo always reads '.'. */
static bool normalise_double(const char *value, struct strbuf *out)
{
	const char *s = value, *e = value + strlen(value);
	trim(&s, &e);
	bool negative = false;
	if (s < e && (*s == '-' || *s == '+'))
		negative = *s++ == '-';
	const char *int_start = s;
	while (s < e && is_digit(*s))
		s++;
	const char *int_end = s, *frac_start = s, *frac_end = s;
	if (s < e && *s == '.') {
		frac_start = ++s;
		while (s < e && is_digit(*s))
			s++;
		frac_end = s;
	}
	if (s != e || (int_start == int_end && frac_start == frac_end))
		return false;
	while (int_start < int_end && *int_start == '0')
		int_start++;
	while (frac_end > frac_start && frac_end[-1] == '0')
		frac_end--;
	bool is_zero = int_start == int_end && frac_start == frac_end;
	if (negative && !is_zero)
		strbuf_append_char(out, '-');
	if (int_start == int_end)
		strbuf_append_char(out, '0');
	strbuf_append(out, int_start, (size_t)(int_end - int_start));
	if (frac_end > frac_start) {
		strbuf_append_char(out, '.');
		strbuf_append(out, frac_start, (size_t)(frac_end - frac_start));
	}
	return true;
}

/* Length of the well-formed UTF-8 sequence at S (1-4), or 0 when it is not one: overlong
 * forms, surrogates and code points past U+10FFFF are refused. *CP gets the code point. */
static size_t utf8_sequence(const unsigned char *s, uint32_t *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 0;
	static const uint32_t min_cp[] = { 0, 0, 0x80, 0x800, 0x10000 };
	if (!len || s[0] > 0xf4)
		return 0;
	uint32_t v = s[0] & (0x7f >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min_cp[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

static bool is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

static bool normalise_string(const char *value, struct strbuf *out)
{
	const unsigned char *s = (const unsigned char *)value;
	while (*s) {
		uint32_t cp;
		size_t len = utf8_sequence(s, &cp);
		if (!len || is_control(cp))
			return false;
		s += len;
	}
	strbuf_append_str(out, value);
	return true;
}

struct type_rule {
	bool (*normalise)(const char *value, struct strbuf *out);
	const char *expected;
};

static const struct type_rule type_rules[] = {
	[QP_INT] = { normalise_int, "a whole number" },
	[QP_INT_LIST] = { normalise_int_list, "a comma-separated list of ids" },
	[QP_BOOL] = { normalise_bool, "true or false (or yes/no, 1/0)" },
	[QP_STRING] = { normalise_string, "UTF-8 text without control characters" },
	[QP_DOUBLE] = { normalise_double, "a decimal number such as 480 or -5.5" },
	[QP_DATE] = { query_date_normalise,
		      "an ISO-8601 date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]" },
};

enum status query_value_normalise(const struct query_param *p, const char *value, char **out,
				  struct strbuf *err)
{
	size_t len = strlen(value);
	if (len > QUERY_VALUE_MAX_BYTES) {
		if (err) {
			strbuf_reset(err);
			strbuf_appendf(err, "%s: expected at most %d bytes, got %zu", p->name,
				       QUERY_VALUE_MAX_BYTES, len);
		}
		return STATUS_INVALID;
	}
	const struct type_rule *rule = &type_rules[p->type];
	struct strbuf sb;
	strbuf_init(&sb);
	if (!rule->normalise(value, &sb)) {
		strbuf_fini(&sb);
		if (err) {
			strbuf_reset(err);
			strbuf_appendf(err, "%s: expected %s, got ", p->name, rule->expected);
			query_value_quote(err, value);
		}
		return STATUS_INVALID;
	}
	*out = strbuf_take(&sb);
	return STATUS_OK;
}

void query_value_quote(struct strbuf *sb, const char *value)
{
	const unsigned char *s = (const unsigned char *)value;
	const unsigned char *start = s;
	strbuf_append_char(sb, '"');
	while (*s) {
		if ((size_t)(s - start) >= QUOTE_MAX_BYTES) {
			strbuf_append_str(sb, "...");
			break;
		}
		uint32_t cp;
		size_t len = utf8_sequence(s, &cp);
		if (!len || is_control(cp)) {
			len = len ? len : 1;
			for (size_t i = 0; i < len; i++)
				strbuf_appendf(sb, "\\x%02x", s[i]);
		} else if (cp == '"' || cp == '\\') {
			strbuf_append_char(sb, '\\');
			strbuf_append_char(sb, (char)cp);
		} else {
			strbuf_append(sb, s, len);
		}
		s += len;
	}
	strbuf_append_char(sb, '"');
}
