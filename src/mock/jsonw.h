/* A small streaming JSON writer: responses are written straight into a string buffer,
 * with the wire variants (date format, loose ids) applied in one place. */
#ifndef HALOTUI_MOCK_JSONW_H
#define HALOTUI_MOCK_JSONW_H

#include <json-c/json.h>
#include <stdbool.h>
#include <stdint.h>

#include "mock/mock.h"
#include "util/strbuf.h"

#define JSONW_MAX_DEPTH 32

struct jsonw {
	struct strbuf *out; /* borrowed */
	enum mock_date_format date_format;
	enum mock_loose_ids loose_ids;
	bool odd_fields; /* write the odd-typed fields of some tickets (--odd-fields) */
	int depth;
	bool has_items[JSONW_MAX_DEPTH];
};

/* Starts writing into OUT (appending); the writer owns nothing. */
void jsonw_init(struct jsonw *w, struct strbuf *out, enum mock_date_format df,
		enum mock_loose_ids ids);

/* KEY is NULL inside arrays and at the top level. */
void jsonw_object_open(struct jsonw *w, const char *key);
void jsonw_object_close(struct jsonw *w);
void jsonw_array_open(struct jsonw *w, const char *key);
void jsonw_array_close(struct jsonw *w);
void jsonw_int(struct jsonw *w, const char *key, int64_t v);
/* An id, written as int, decimal or string per the loose-ids switch. */
void jsonw_id(struct jsonw *w, const char *key, int64_t v);
void jsonw_double(struct jsonw *w, const char *key, double v);
void jsonw_bool(struct jsonw *w, const char *key, bool v);
void jsonw_null(struct jsonw *w, const char *key);
/* A string (NULL writes null), escaped; invalid UTF-8 bytes pass through as they are. */
void jsonw_string(struct jsonw *w, const char *key, const char *s);
/* A date from Unix seconds per the date-format switch; 0 writes null. */
void jsonw_date(struct jsonw *w, const char *key, int64_t unix_s);
/* LEN bytes of JSON text written before (e.g. a cached item), copied as they are. */
void jsonw_raw(struct jsonw *w, const char *key, const char *json, size_t len);
/* A json-c value, serialised as it is (NULL writes null). */
void jsonw_json(struct jsonw *w, const char *key, struct json_object *v);

/* Formats Unix seconds as ISO-8601 per FORMAT into BUF (at least 32 bytes). */
void jsonw_format_date(char *buf, size_t size, int64_t unix_s, enum mock_date_format format);

#endif
