/* Any body -> pretty-printed lines, for routes whose answer shape nobody documents. */
#include "config.h"

#include "model/json_text_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/field_json.h"
#include "util/alloc.h"

enum { JSON_TEXT_MAX_LINES = 100000 };

static void add_line(struct json_text *t, size_t *cap, const char *s, size_t len)
{
	if (t->count == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		t->lines = xreallocarray(t->lines, *cap, sizeof(*t->lines));
	}
	t->lines[t->count++] = xstrndup(s, len);
}

/* Splits TEXT at '\n' (dropping '\r' before it), keeping at most the line limit. */
static void split_lines(struct json_text *t, const char *text, size_t len)
{
	size_t cap = 0, start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n')
			continue;
		size_t end = i;
		if (end > start && text[end - 1] == '\r')
			end--;
		if (t->count == JSON_TEXT_MAX_LINES - 1) {
			add_line(t, &cap, "...", 3);
			return;
		}
		if (i < len || end > start)
			add_line(t, &cap, text + start, end - start);
		start = i + 1;
	}
}

/* VALUE as one line: a string as it is, its control characters made spaces. */
static char *field_value(json_object *value)
{
	if (json_object_is_type(value, json_type_string)) {
		char *s = xstrdup(json_object_get_string(value));
		for (char *p = s; *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
		return s;
	}
	return xstrdup(json_object_to_json_string_ext(
		value, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
}

static void record_fields(struct json_text *t, size_t *cap, json_object *obj)
{
	if (t->count >= JSON_TEXT_MAX_LINES - 1)
		return;
	if (!json_object_is_type(obj, json_type_object)) {
		char *v = obj ? field_value(obj) : xstrdup("null");
		add_line(t, cap, v, strlen(v));
		free(v);
		return;
	}
	json_object_object_foreach(obj, key, value)
	{
		if (!value || t->count >= JSON_TEXT_MAX_LINES - 1)
			continue;
		char *v = field_value(value);
		size_t n = strlen(key) + strlen(v) + 3;
		char *line = xmalloc(n);
		snprintf(line, n, "%s: %s", key, v);
		for (char *p = line; *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
		add_line(t, cap, line, strlen(line));
		free(line);
		free(v);
	}
}

/* OUT emptied; ROOT of BODY when it is JSON. Otherwise NULL, with OUT holding BODY's lines as
 * they came (nothing for an empty or blank body). */
static json_object *parse_or_lines(const char *body, size_t len, struct json_text *out,
				   struct model_error *err)
{
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	size_t first = 0;
	while (body && first < len && strchr(" \t\r\n", body[first]))
		first++;
	if (!body || first == len)
		return NULL;
	json_object *root;
	if (jf_parse(body, len, &root, NULL) != STATUS_OK) {
		split_lines(out, body, len);
		return NULL;
	}
	return root;
}

enum status json_text_record_from_json(const char *body, size_t len, struct json_text *out,
				       struct model_error *err)
{
	json_object *root = parse_or_lines(body, len, out, err);
	if (!root)
		return STATUS_OK;
	out->is_json = out->is_record = true;
	size_t cap = 0;
	if (json_object_is_type(root, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(root); i++) {
			if (i && out->count < JSON_TEXT_MAX_LINES - 1)
				add_line(out, &cap, "", 0);
			record_fields(out, &cap, json_object_array_get_idx(root, i));
		}
	} else {
		record_fields(out, &cap, root);
	}
	json_object_put(root);
	return STATUS_OK;
}

enum status json_text_from_json(const char *body, size_t len, struct json_text *out,
				struct model_error *err)
{
	json_object *root = parse_or_lines(body, len, out, err);
	if (!root)
		return STATUS_OK;
	out->is_json = true;
	const char *pretty = json_object_to_json_string_ext(
		root,
		JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	split_lines(out, pretty, strlen(pretty));
	json_object_put(root);
	return STATUS_OK;
}
