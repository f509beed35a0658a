/* Reading a reply's records with json-c, keeping every field as the server wrote it. */
#include "config.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/reply.h"
#include "util/alloc.h"

static const char *value_json(json_object *v)
{
	return json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN |
							 JSON_C_TO_STRING_NOSLASHESCAPE);
}

static void read_record(struct reply *r, json_object *obj, struct reply_record *rec)
{
	size_t n = (size_t)json_object_object_length(obj), i = 0;
	rec->fields = arena_alloc(&r->arena, (n ? n : 1) * sizeof(*rec->fields));
	json_object_object_foreach(obj, key, v)
	{
		struct reply_field *f = &rec->fields[i++];
		f->key = arena_strdup(&r->arena, key);
		f->json = arena_strdup(&r->arena, v ? value_json(v) : "null");
		f->is_string = json_object_is_type(v, json_type_string);
		if (!v)
			f->text = "";
		else if (f->is_string)
			f->text = arena_strndup(&r->arena, json_object_get_string(v),
						(size_t)json_object_get_string_len(v));
		else
			f->text = f->json;
	}
	rec->n_fields = i;
}

static void read_array(struct reply *r, json_object *arr)
{
	size_t n = json_object_array_length(arr);
	r->records = xcalloc(n ? n : 1, sizeof(*r->records));
	for (size_t i = 0; i < n; i++) {
		json_object *item = json_object_array_get_idx(arr, i);
		if (json_object_is_type(item, json_type_object))
			read_record(r, item, &r->records[r->count++]);
	}
}

enum status reply_parse(const char *body, size_t len, const char *member, struct reply *out)
{
	if (reply_scan(body, len, member, out))
		return STATUS_OK;
	return reply_parse_tree(body, len, member, out);
}

enum status reply_parse_tree(const char *body, size_t len, const char *member, struct reply *out)
{
	memset(out, 0, sizeof(*out));
	out->record_count = -1;
	json_tokener *tok = json_tokener_new();
	json_object *root = json_tokener_parse_ex(tok, body ? body : "", (int)len);
	bool is_complete = json_tokener_get_error(tok) == json_tokener_success;
	json_tokener_free(tok);
	enum status st = STATUS_OK;
	json_object *arr = NULL, *count = NULL;
	if (!root || !is_complete) {
		st = STATUS_PARSE;
	} else if (json_object_is_type(root, json_type_array)) {
		arr = root;
	} else if (!json_object_is_type(root, json_type_object)) {
		st = STATUS_PARSE;
	} else if (member && json_object_object_get_ex(root, member, &arr)) {
		if (!json_object_is_type(arr, json_type_array))
			st = STATUS_PARSE;
		if (json_object_object_get_ex(root, "record_count", &count))
			out->record_count = (long)json_object_get_int64(count);
	} else if (member) {
		st = STATUS_PARSE;
	}
	if (st == STATUS_OK && arr) {
		read_array(out, arr);
	} else if (st == STATUS_OK) {
		out->records = xcalloc(1, sizeof(*out->records));
		read_record(out, root, &out->records[0]);
		out->count = 1;
	}
	json_object_put(root);
	return st;
}

void reply_fini(struct reply *r)
{
	if (!r)
		return;
	free(r->records);
	arena_fini(&r->arena);
	memset(r, 0, sizeof(*r));
	r->record_count = -1;
}

const struct reply_field *reply_record_field(const struct reply_record *rec, const char *key)
{
	for (size_t i = 0; i < rec->n_fields; i++)
		if (!strcmp(rec->fields[i].key, key))
			return &rec->fields[i];
	for (size_t i = 0; i < rec->n_fields; i++)
		if (!strcasecmp(rec->fields[i].key, key))
			return &rec->fields[i];
	return NULL;
}
