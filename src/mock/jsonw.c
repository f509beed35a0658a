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

static void put_escaped(struct strbuf *sb, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	strbuf_append_char(sb, '"');
	const char *run = s;
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		strbuf_append(sb, run, (size_t)(p - run));
		run = p + 1;
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
	strbuf_append_str(sb, run);
	strbuf_append_char(sb, '"');
}

static void begin_value(struct jsonw *w, const char *key)
{
	if (w->depth > 0) {
		if (w->has_items[w->depth])
			strbuf_append_char(w->out, ',');
		w->has_items[w->depth] = true;
	}
	if (key) {
		put_escaped(w->out, key);
		strbuf_append_char(w->out, ':');
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

void jsonw_int(struct jsonw *w, const char *key, int64_t v)
{
	begin_value(w, key);
	strbuf_appendf(w->out, "%" PRId64, v);
}

void jsonw_id(struct jsonw *w, const char *key, int64_t v)
{
	begin_value(w, key);
	switch (w->loose_ids) {
	case MOCK_IDS_DECIMAL:
		strbuf_appendf(w->out, "%" PRId64 ".0", v);
		break;
	case MOCK_IDS_STRING:
		strbuf_appendf(w->out, "\"%" PRId64 "\"", v);
		break;
	default:
		strbuf_appendf(w->out, "%" PRId64, v);
	}
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

void jsonw_format_date(char *buf, size_t size, int64_t unix_s, enum mock_date_format format)
{
	time_t t = (time_t)unix_s;
	struct tm tm;
	gmtime_r(&t, &tm);
	size_t n = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
	if (format == MOCK_DATE_Z)
		snprintf(buf + n, size - n, "Z");
	else if (format == MOCK_DATE_FRAC)
		snprintf(buf + n, size - n, ".%03uZ", (unsigned)((uint64_t)unix_s * 7919u % 1000u));
}

void jsonw_date(struct jsonw *w, const char *key, int64_t unix_s)
{
	begin_value(w, key);
	if (unix_s == 0) {
		strbuf_append_str(w->out, "null");
		return;
	}
	char buf[48];
	jsonw_format_date(buf, sizeof(buf), unix_s, w->date_format);
	strbuf_append_char(w->out, '"');
	strbuf_append_str(w->out, buf);
	strbuf_append_char(w->out, '"');
}

void jsonw_json(struct jsonw *w, const char *key, struct json_object *v)
{
	begin_value(w, key);
	strbuf_append_str(w->out,
			  v ? json_object_to_json_string_ext(
				      v, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
			    : "null");
}
