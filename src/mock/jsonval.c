/* json-c helpers of the routes: loose field readers, and writing records with the variants. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/server.h"

bool mock_json_int(struct json_object *obj, const char *key, int *out)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v) || !v)
		return false;
	switch (json_object_get_type(v)) {
	case json_type_int:
	case json_type_double: {
		double d = json_object_get_double(v);
		if (d < -2147483648.0 || d > 2147483647.0)
			return false;
		*out = (int)d;
		return true;
	}
	case json_type_string: {
		const char *s = json_object_get_string(v);
		char *end;
		errno = 0;
		double d = strtod(s, &end);
		if (end == s || *end || errno || d < -2147483648.0 || d > 2147483647.0)
			return false;
		*out = (int)d;
		return true;
	}
	case json_type_boolean:
		*out = json_object_get_boolean(v);
		return true;
	default:
		return false;
	}
}

int mock_json_int_or(struct json_object *obj, const char *key, int fallback)
{
	int v;
	return mock_json_int(obj, key, &v) ? v : fallback;
}

bool mock_json_bool(struct json_object *obj, const char *key, bool *out)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v) || !v)
		return false;
	if (json_object_is_type(v, json_type_string)) {
		const char *s = json_object_get_string(v);
		*out = !strcasecmp(s, "true") || !strcmp(s, "1");
		return true;
	}
	*out = json_object_get_boolean(v);
	return true;
}

const char *mock_json_str(struct json_object *obj, const char *key)
{
	struct json_object *v;
	if (!obj || !json_object_object_get_ex(obj, key, &v) || !v ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

struct json_object *mock_json_date(int64_t unix_s)
{
	char buf[48];
	jsonw_format_date(buf, sizeof(buf), unix_s, MOCK_DATE_Z);
	return json_object_new_string(buf);
}

static bool is_id_key(const char *key)
{
	size_t n = key ? strlen(key) : 0;
	return n && (!strcmp(key, "id") || (n > 3 && !strcmp(key + n - 3, "_id")) ||
		     !strcmp(key, "seq"));
}

/* A canonical date "YYYY-MM-DDTHH:MM:SSZ" as stored in records. */
static bool is_canonical_date(const char *s, size_t len)
{
	return len == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' &&
	       s[16] == ':' && s[19] == 'Z';
}

void mock_write_value(struct jsonw *w, const char *key, struct json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_object:
		jsonw_object_open(w, key);
		json_object_object_foreach(v, k, child)
		{
			mock_write_value(w, k, child);
		}
		jsonw_object_close(w);
		return;
	case json_type_array:
		jsonw_array_open(w, key);
		for (size_t i = 0; i < json_object_array_length(v); i++)
			mock_write_value(w, NULL, json_object_array_get_idx(v, i));
		jsonw_array_close(w);
		return;
	case json_type_int:
		if (is_id_key(key))
			jsonw_id(w, key, json_object_get_int64(v));
		else
			jsonw_int(w, key, json_object_get_int64(v));
		return;
	case json_type_string: {
		const char *s = json_object_get_string(v);
		int64_t t;
		if (is_canonical_date(s, (size_t)json_object_get_string_len(v)) &&
		    mock_parse_date(s, &t))
			jsonw_date(w, key, t);
		else
			jsonw_string(w, key, s);
		return;
	}
	case json_type_boolean:
		jsonw_bool(w, key, json_object_get_boolean(v));
		return;
	case json_type_double:
		jsonw_double(w, key, json_object_get_double(v));
		return;
	default:
		/* never json-c's own serialiser here: it caches its text inside the object,
		 * a write that concurrent readers of shared records would race on */
		jsonw_null(w, key);
	}
}
