/* Any body -> pretty-printed lines, for routes whose answer shape nobody documents. */
#include "config.h"

#include "model/json_text_json.h"

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

enum status json_text_from_json(const char *body, size_t len, struct json_text *out,
				struct model_error *err)
{
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	size_t first = 0;
	while (first < len && strchr(" \t\r\n", body[first]))
		first++;
	if (!body || first == len)
		return STATUS_OK;
	json_object *root;
	if (jf_parse(body, len, &root, NULL) != STATUS_OK) {
		split_lines(out, body, len);
		return STATUS_OK;
	}
	out->is_json = true;
	const char *pretty = json_object_to_json_string_ext(
		root,
		JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	split_lines(out, pretty, strlen(pretty));
	json_object_put(root);
	return STATUS_OK;
}
