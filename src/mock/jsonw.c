/* The streaming JSON writer of the emulator's responses. */
#include "config.h"

#include "mock/jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

void jsonw_init(struct jsonw *w, struct strbuf *out, enum mock_date_format df,
		enum mock_loose_ids ids)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->date_format = df;
	w->loose_ids = ids;
}

/* Bytes that end a plain run: the terminator, control characters, quote and backslash. */
static const unsigned char is_special[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,		1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1,
};

static void put_escape(struct strbuf *sb, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	switch (c) {
	case '"':
		strbuf_append(sb, "\\\"", 2);
		break;
	case '\\':
		strbuf_append(sb, "\\\\", 2);
		break;
	case '\n':
		strbuf_append(sb, "\\n", 2);
		break;
	case '\r':
		strbuf_append(sb, "\\r", 2);
		break;
	case '\t':
		strbuf_append(sb, "\\t", 2);
		break;
	default: {
		char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
		strbuf_append(sb, u, 6);
	}
	}
}

/* Plain runs go out whole, found by one table look-up a byte (no strlen first). */
static void put_escaped(struct strbuf *sb, const char *s)
{
	strbuf_append_char(sb, '"');
	for (;;) {
		const char *run = s;
		while (!is_special[(unsigned char)*s])
			s++;
		strbuf_append(sb, run, (size_t)(s - run));
		if (!*s)
			break;
		put_escape(sb, (unsigned char)*s++);
	}
	strbuf_append_char(sb, '"');
}

/* The comma and the key go out in one write: this is the hottest path of rendering. */
static void begin_value(struct jsonw *w, const char *key)
{
	struct strbuf *sb = w->out;
	size_t klen = 0;
	while (key && !is_special[(unsigned char)key[klen]])
		klen++;
	bool is_plain = key && key[klen] == '\0';
	strbuf_grow(sb, klen + 4);
	char *p = sb->data + sb->len;
	if (w->depth > 0) {
		if (w->has_items[w->depth])
			*p++ = ',';
		w->has_items[w->depth] = true;
	}
	if (is_plain) {
		*p++ = '"';
		memcpy(p, key, klen);
		p += klen;
		*p++ = '"';
		*p++ = ':';
	}
	*p = '\0';
	sb->len = (size_t)(p - sb->data);
	if (key && !is_plain) {
		put_escaped(sb, key);
		strbuf_append_char(sb, ':');
	}
}

static void open_container(struct jsonw *w, const char *key, char c)
{
	begin_value(w, key);
	strbuf_append_char(w->out, c);
	if (w->depth < JSONW_MAX_DEPTH - 1)
		w->depth++;
	w->has_items[w->depth] = false;
}

void jsonw_object_open(struct jsonw *w, const char *key)
{
	open_container(w, key, '{');
}

void jsonw_object_close(struct jsonw *w)
{
	strbuf_append_char(w->out, '}');
	if (w->depth > 0)
		w->depth--;
}

void jsonw_array_open(struct jsonw *w, const char *key)
{
	open_container(w, key, '[');
}

void jsonw_array_close(struct jsonw *w)
{
	strbuf_append_char(w->out, ']');
	if (w->depth > 0)
		w->depth--;
}

/* Integers are most of a page: formatted by hand, printf is slow here. */
static void put_int(struct strbuf *sb, int64_t v)
{
	char buf[24];
	int i = sizeof(buf);
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	do {
		buf[--i] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		buf[--i] = '-';
	strbuf_append(sb, buf + i, sizeof(buf) - (size_t)i);
}

void jsonw_int(struct jsonw *w, const char *key, int64_t v)
{
	begin_value(w, key);
	put_int(w->out, v);
}

void jsonw_id(struct jsonw *w, const char *key, int64_t v)
{
	begin_value(w, key);
	if (w->loose_ids == MOCK_IDS_STRING)
		strbuf_append_char(w->out, '"');
	put_int(w->out, v);
	if (w->loose_ids == MOCK_IDS_STRING)
		strbuf_append_char(w->out, '"');
	else if (w->loose_ids == MOCK_IDS_DECIMAL)
		strbuf_append(w->out, ".0", 2);
}

void jsonw_double(struct jsonw *w, const char *key, double v)
{
	begin_value(w, key);
	strbuf_appendf(w->out, "%.15g", v);
}

void jsonw_bool(struct jsonw *w, const char *key, bool v)
{
	begin_value(w, key);
	strbuf_append_str(w->out, v ? "true" : "false");
}

void jsonw_null(struct jsonw *w, const char *key)
{
	begin_value(w, key);
	strbuf_append_str(w->out, "null");
}

void jsonw_string(struct jsonw *w, const char *key, const char *s)
{
	begin_value(w, key);
	if (s)
		put_escaped(w->out, s);
	else
		strbuf_append_str(w->out, "null");
}

/* Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian). */
static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

void jsonw_format_date(char *buf, size_t size, int64_t unix_s, enum mock_date_format format)
{
	int64_t days = unix_s >= 0 ? unix_s / 86400 : -((-unix_s + 86399) / 86400);
	int64_t secs = unix_s - days * 86400;
	int y, mo, d;
	civil_from_days(days, &y, &mo, &d);
	if (size < 32 || y < 0 || y > 9999) {
		snprintf(buf, size, "1900-01-01T00:00:00");
	} else {
		char *p = buf;
		put2(p, y / 100);
		put2(p + 2, y % 100);
		p[4] = '-';
		put2(p + 5, mo);
		p[7] = '-';
		put2(p + 8, d);
		p[10] = 'T';
		put2(p + 11, (int)(secs / 3600));
		p[13] = ':';
		put2(p + 14, (int)(secs / 60 % 60));
		p[16] = ':';
		put2(p + 17, (int)(secs % 60));
		p[19] = '\0';
	}
	size_t n = strlen(buf);
	if (format == MOCK_DATE_Z && n + 2 <= size) {
		buf[n] = 'Z';
		buf[n + 1] = '\0';
	} else if (format == MOCK_DATE_FRAC) {
		snprintf(buf + n, size - n, ".%03uZ", (unsigned)((uint64_t)unix_s * 7919u % 1000u));
	}
}

void jsonw_date(struct jsonw *w, const char *key, int64_t unix_s)
{
	begin_value(w, key);
	if (unix_s == 0) {
		strbuf_append_str(w->out, "null");
		return;
	}
	char buf[48];
	buf[0] = '"';
	jsonw_format_date(buf + 1, sizeof(buf) - 2, unix_s, w->date_format);
	size_t n = strlen(buf);
	buf[n++] = '"';
	strbuf_append(w->out, buf, n);
}

void jsonw_raw(struct jsonw *w, const char *key, const char *json, size_t len)
{
	begin_value(w, key);
	strbuf_append(w->out, json, len);
}

void jsonw_json(struct jsonw *w, const char *key, struct json_object *v)
{
	begin_value(w, key);
	strbuf_append_str(w->out,
			  v ? json_object_to_json_string_ext(
				      v, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
			    : "null");
}
