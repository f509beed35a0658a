/* Tolerant, typed reading of json-c values with errors that name the field. */
#include "config.h"

#include "model/field_json.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/scalar.h"
#include "model/values.h"
#include "util/plural.h"

enum status jf_parse(const char *body, size_t len, json_object **out, struct model_error *err)
{
	*out = NULL;
	if (!body || len == 0) {
		model_error_set(err, "empty body where JSON was expected");
		return STATUS_PARSE;
	}
	if (len > INT_MAX) {
		model_error_set(err, "body too large (%zu bytes)", len);
		return STATUS_PARSE;
	}
	json_tokener *tok = json_tokener_new_ex(JF_MAX_DEPTH);
	if (!tok)
		return STATUS_NOMEM;
	json_object *root = json_tokener_parse_ex(tok, body, (int)len);
	enum json_tokener_error jerr = json_tokener_get_error(tok);
	size_t used = json_tokener_get_parse_end(tok);
	if (jerr == json_tokener_continue) {
		/* A bare number or literal is only known complete when something follows it. */
		root = json_tokener_parse_ex(tok, " ", 1);
		jerr = json_tokener_get_error(tok);
		used = len;
	}
	json_tokener_free(tok);
	if (jerr == json_tokener_continue) {
		model_error_set(err, "JSON ends early (after %zu %s)", len,
				plural((long long)len, "byte", "bytes"));
		goto fail;
	}
	if (jerr != json_tokener_success) {
		model_error_set(err, "not JSON: %s at byte %zu", json_tokener_error_desc(jerr),
				used);
		goto fail;
	}
	for (size_t i = used; i < len; i++) {
		if (!strchr(" \t\r\n", body[i])) {
			model_error_set(err,
					"not JSON: unexpected data after the value at byte %zu", i);
			goto fail;
		}
	}
	*out = root;
	return STATUS_OK;
fail:
	json_object_put(root);
	return STATUS_PARSE;
}

json_object *jf_get(json_object *obj, const char *key)
{
	json_object *v = NULL;
	if (!obj || !json_object_is_type(obj, json_type_object))
		return NULL;
	if (!json_object_object_get_ex(obj, key, &v))
		return NULL;
	return v; /* json-c represents null as NULL */
}

const char *jf_join(char *buf, size_t size, const char *path, const char *key)
{
	if (path && *path)
		snprintf(buf, size, "%s.%s", path, key);
	else
		snprintf(buf, size, "%s", key);
	return buf;
}

const char *jf_index(char *buf, size_t size, const char *path, size_t i)
{
	snprintf(buf, size, "%s[%zu]", path ? path : "", i);
	return buf;
}

const char *jf_describe(json_object *v, char *buf, size_t size)
{
	switch (json_object_get_type(v)) {
	case json_type_null:
		return "null";
	case json_type_object:
		return "an object";
	case json_type_array:
		return "an array";
	case json_type_string:
		return scalar_describe_string(json_object_get_string(v),
					      (size_t)json_object_get_string_len(v), buf, size);
	default:
		snprintf(buf, size, "%.40s", json_object_to_json_string(v));
		return buf;
	}
}

static enum status type_error(json_object *v, const char *path, const char *key,
			      const char *expected, struct model_error *err)
{
	char where[160], got[64];
	model_error_set(err, "%s: expected %s, got %s", jf_join(where, sizeof(where), path, key),
			expected, jf_describe(v, got, sizeof(got)));
	return STATUS_INVALID;
}

static enum status read_integer(json_object *v, const char *path, const char *key, long long lo,
				long long hi, long long *out, bool *present,
				struct model_error *err)
{
	*present = false;
	if (!v)
		return STATUS_OK;
	switch (json_object_get_type(v)) {
	case json_type_int: {
		errno = 0;
		int64_t i = json_object_get_int64(v);
		if (i < lo || i > hi || (errno == EINVAL))
			return type_error(v, path, key, "an integer in range", err);
		*out = i;
		*present = true;
		return STATUS_OK;
	}
	case json_type_double:
		if (!scalar_whole(json_object_get_double(v), lo, hi, out))
			return type_error(v, path, key, "a whole number", err);
		*present = true;
		return STATUS_OK;
	case json_type_string:
		if (json_object_get_string_len(v) == 0)
			return STATUS_OK; /* "" = unset */
		if (!scalar_int_from_text(json_object_get_string(v), lo, hi, out))
			return type_error(v, path, key, "an integer", err);
		*present = true;
		return STATUS_OK;
	default:
		return type_error(v, path, key, "an integer", err);
	}
}

enum status jf_int(json_object *v, const char *path, const char *key, int *out,
		   struct model_error *err)
{
	long long n = MODEL_UNSET;
	bool present;
	enum status st = read_integer(v, path, key, INT_MIN, INT_MAX, &n, &present, err);
	if (st != STATUS_OK)
		return st;
	*out = present && n != -1 ? (int)n : MODEL_UNSET;
	return STATUS_OK;
}

enum status jf_long(json_object *v, const char *path, const char *key, long *out,
		    struct model_error *err)
{
	long long n = MODEL_UNSET;
	bool present;
	enum status st = read_integer(v, path, key, LONG_MIN, LONG_MAX, &n, &present, err);
	if (st != STATUS_OK)
		return st;
	*out = present && n != -1 ? (long)n : MODEL_UNSET;
	return STATUS_OK;
}

enum status jf_bool(json_object *v, const char *path, const char *key, bool *out,
		    struct model_error *err)
{
	*out = false;
	if (!v)
		return STATUS_OK;
	long long n;
	switch (json_object_get_type(v)) {
	case json_type_boolean:
		*out = json_object_get_boolean(v);
		return STATUS_OK;
	case json_type_int:
	case json_type_double:
		if (!scalar_whole(json_object_get_double(v), 0, 1, &n))
			return type_error(v, path, key, "a boolean", err);
		*out = n == 1;
		return STATUS_OK;
	case json_type_string:
		if (!scalar_bool_from_text(json_object_get_string(v), out))
			return type_error(v, path, key, "a boolean", err);
		return STATUS_OK;
	default:
		return type_error(v, path, key, "a boolean", err);
	}
}

enum status jf_double(json_object *v, const char *path, const char *key, double *out,
		      struct model_error *err)
{
	*out = 0;
	if (!v)
		return STATUS_OK;
	switch (json_object_get_type(v)) {
	case json_type_int:
	case json_type_double: {
		double d = json_object_get_double(v);
		if (!isfinite(d))
			return type_error(v, path, key, "a finite number", err);
		*out = d;
		return STATUS_OK;
	}
	case json_type_string: {
		const char *s = json_object_get_string(v);
		if (!*s)
			return STATUS_OK;
		char *end;
		double d = strtod(s, &end);
		if (*end || !isfinite(d))
			return type_error(v, path, key, "a number", err);
		*out = d;
		return STATUS_OK;
	}
	default:
		return type_error(v, path, key, "a number", err);
	}
}

enum status jf_time(json_object *v, const char *path, const char *key, time_t *out,
		    struct model_error *err)
{
	*out = MODEL_NO_TIME;
	if (!v)
		return STATUS_OK;
	if (!json_object_is_type(v, json_type_string))
		return type_error(v, path, key, "a date", err);
	const char *s = json_object_get_string(v);
	if (!*s)
		return STATUS_OK;
	if ((size_t)json_object_get_string_len(v) != strlen(s) || !model_time_parse(s, out))
		return type_error(v, path, key, "a date", err);
	return STATUS_OK;
}

enum status jf_text(json_object *v, const char *path, const char *key, const char **out,
		    size_t *len, struct model_error *err)
{
	*out = NULL;
	*len = 0;
	if (!v)
		return STATUS_OK;
	switch (json_object_get_type(v)) {
	case json_type_string:
		*out = json_object_get_string(v);
		*len = (size_t)json_object_get_string_len(v);
		return STATUS_OK;
	case json_type_int:
	case json_type_double:
	case json_type_boolean:
		/* Shown as its text: a number where a string belongs loses nothing. */
		*out = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
		*len = strlen(*out);
		return STATUS_OK;
	default:
		return type_error(v, path, key, "a string", err);
	}
}

char *jf_copy_text(struct arena *arena, const char *s, size_t len)
{
	size_t nuls = 0;
	for (const char *p = s; (p = memchr(p, '\0', len - (size_t)(p - s))) != NULL; p++)
		nuls++;
	size_t size = len + 2 * nuls + 1;
	char *d = arena ? arena_alloc(arena, size) : malloc(size);
	if (!d)
		return NULL;
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\0') {
			d[n++] = s[i];
			continue;
		}
		memcpy(d + n, "\xEF\xBF\xBD", 3); /* U+FFFD */
		n += 3;
	}
	d[n] = '\0';
	return d;
}

static enum status read_string_field(json_object *v, const char *path, const struct jf_field *f,
				     void *dst, struct arena *arena, struct model_error *err)
{
	const char *s;
	size_t len;
	enum status st = jf_text(v, path, f->key, &s, &len, err);
	if (st != STATUS_OK)
		return st;
	if (f->kind == JF_STR) {
		*(const char **)dst = s ? jf_copy_text(arena, s, len) : "";
	} else if (s) {
		char **d = dst;
		free(*d);
		*d = jf_copy_text(NULL, s, len);
		if (!*d)
			return STATUS_NOMEM;
	}
	return STATUS_OK;
}

static enum status read_value(json_object *v, const char *path, const struct jf_field *f, void *dst,
			      struct arena *arena, struct model_error *err)
{
	enum status st;
	switch (f->kind) {
	case JF_INT:
		return jf_int(v, path, f->key, dst, err);
	case JF_COUNT:
		st = jf_int(v, path, f->key, dst, err);
		if (st == STATUS_OK && *(int *)dst == MODEL_UNSET)
			*(int *)dst = 0;
		return st;
	case JF_LONG:
		return jf_long(v, path, f->key, dst, err);
	case JF_STR:
	case JF_DSTR:
		return read_string_field(v, path, f, dst, arena, err);
	case JF_TIME:
		return jf_time(v, path, f->key, dst, err);
	case JF_BOOL:
		return jf_bool(v, path, f->key, dst, err);
	case JF_DOUBLE:
		return jf_double(v, path, f->key, dst, err);
	}
	return STATUS_INVALID;
}

void jf_field_default(const struct jf_field *f, void *base)
{
	void *dst = (char *)base + f->offset;
	switch (f->kind) {
	case JF_INT:
		*(int *)dst = MODEL_UNSET;
		break;
	case JF_COUNT:
		*(int *)dst = 0;
		break;
	case JF_LONG:
		*(long *)dst = MODEL_UNSET;
		break;
	case JF_STR:
		*(const char **)dst = "";
		break;
	case JF_DSTR:
		break;
	case JF_TIME:
		*(time_t *)dst = MODEL_NO_TIME;
		break;
	case JF_BOOL:
		*(bool *)dst = false;
		break;
	case JF_DOUBLE:
		*(double *)dst = 0;
		break;
	}
}

void jf_note(struct model_error *err, const char *subject, const char *what)
{
	if (subject && *subject)
		model_error_note(err, "%s: %s", subject, what);
	else
		model_error_note(err, "%s", what);
}

/* One field; a value of a type it cannot use leaves it as if absent, with a note. */
static enum status read_field(json_object *obj, const char *subject, const char *path,
			      const struct jf_field *f, void *base, struct arena *arena,
			      struct model_error *err)
{
	struct model_error why;
	enum status st =
		read_value(jf_get(obj, f->key), path, f, (char *)base + f->offset, arena, &why);
	if (st != STATUS_INVALID)
		return st;
	jf_field_default(f, base);
	jf_note(err, subject, why.message);
	return STATUS_OK;
}

enum status jf_read_fields(json_object *obj, const char *subject, const char *path,
			   const struct jf_field *fields, size_t n, void *base, struct arena *arena,
			   struct model_error *err)
{
	if (!json_object_is_type(obj, json_type_object)) {
		char got[64];
		model_error_set(err, "%s: expected an object, got %s", *path ? path : "body",
				jf_describe(obj, got, sizeof(got)));
		return STATUS_PARSE;
	}
	for (size_t i = 0; i < n; i++) {
		enum status st = read_field(obj, subject, path, &fields[i], base, arena, err);
		if (st != STATUS_OK)
			return st;
	}
	return STATUS_OK;
}

enum status jf_records_find(json_object *root, const char *const *keys, bool accept_single,
			    struct jf_records *out, struct model_error *err)
{
	out->array = NULL;
	out->single = NULL;
	out->path = "";
	if (json_object_is_type(root, json_type_array)) {
		out->array = root;
		return STATUS_OK;
	}
	if (json_object_is_type(root, json_type_object)) {
		for (size_t i = 0; keys && keys[i]; i++) {
			json_object *v = jf_get(root, keys[i]);
			if (!v)
				continue;
			if (!json_object_is_type(v, json_type_array)) {
				char got[64];
				model_error_set(err, "%s: expected an array, got %s", keys[i],
						jf_describe(v, got, sizeof(got)));
				return STATUS_PARSE;
			}
			out->array = v;
			out->path = keys[i];
			return STATUS_OK;
		}
		if (accept_single) {
			out->single = root;
			return STATUS_OK;
		}
	}
	char got[64];
	model_error_set(err, "body: expected %s, got %s",
			keys && keys[0] ? "an array or a wrapper object" : "an array",
			jf_describe(root, got, sizeof(got)));
	return STATUS_PARSE;
}

size_t jf_records_count(const struct jf_records *r)
{
	if (r->single)
		return 1;
	return r->array ? json_object_array_length(r->array) : 0;
}

json_object *jf_records_at(const struct jf_records *r, size_t i)
{
	if (r->single)
		return i == 0 ? r->single : NULL;
	return json_object_array_get_idx(r->array, i);
}

const char *jf_records_path(const struct jf_records *r, size_t i, char *buf, size_t size)
{
	if (r->single) {
		buf[0] = '\0';
		return buf;
	}
	return jf_index(buf, size, r->path, i);
}
