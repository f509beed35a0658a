/* Reading any list body (array, wrapper, or single object) into an array of model structs. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "model/field_json.h"
#include "model/values.h"

const char *jf_subject(json_object *obj, const char *noun, const char *path, char *buf, size_t size)
{
	struct model_error why;
	int id = MODEL_UNSET;
	if (jf_int(jf_get(obj, "id"), "", "id", &id, &why) == STATUS_OK && id > 0)
		snprintf(buf, size, "%s %d", noun, id);
	else
		snprintf(buf, size, "%s", *path ? path : noun);
	return buf;
}

json_object *jf_records_object(const struct jf_records *rec, size_t i, const char *noun, char *path,
			       size_t path_size, char *subject, size_t subject_size,
			       struct model_error *err)
{
	jf_records_path(rec, i, path, path_size);
	json_object *obj = jf_records_at(rec, i);
	if (!json_object_is_type(obj, json_type_object)) {
		char got[64];
		model_error_note(err, "%s: expected an object, got %s; skipped", path,
				 jf_describe(obj, got, sizeof(got)));
		return NULL;
	}
	jf_subject(obj, noun, path, subject, subject_size);
	return obj;
}

/* Record I of REC into ITEM; false when it is skipped (noted). */
static bool read_item(const struct jf_records *rec, size_t i, const struct jf_list_spec *spec,
		      void *item, struct arena *arena, struct model_error *err, enum status *st)
{
	char path[64], subject[96];
	json_object *obj = jf_records_object(rec, i, spec->noun ? spec->noun : "record", path,
					     sizeof(path), subject, sizeof(subject), err);
	if (!obj)
		return false;
	if (spec->subject)
		spec->subject(obj, path, subject, sizeof(subject));
	*st = jf_read_fields(obj, subject, "", spec->fields, spec->n_fields, item, arena, err);
	if (*st != STATUS_OK)
		return false;
	return !spec->finish || spec->finish(obj, subject, path, item, arena, err);
}

static enum status read_items(json_object *root, const struct jf_list_spec *spec, void **items,
			      size_t *count, long *record_count, struct arena *arena,
			      struct model_error *err)
{
	struct jf_records rec;
	enum status st = jf_records_find(root, spec->keys, spec->accept_single, &rec, err);
	if (st != STATUS_OK)
		return st;
	size_t n = jf_records_count(&rec);
	if (n > SIZE_MAX / spec->item_size)
		return STATUS_NOMEM;
	unsigned char *base = arena_alloc(arena, (n ? n : 1) * spec->item_size);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		void *item = base + kept * spec->item_size;
		if (read_item(&rec, i, spec, item, arena, err, &st))
			kept++;
		else if (st != STATUS_OK)
			return st;
		else
			memset(item, 0, spec->item_size);
	}
	if (record_count) {
		static const struct jf_field rc = { "record_count", JF_LONG, 0 };
		*record_count = MODEL_UNSET;
		if (rec.array && rec.array != root)
			jf_read_fields(root, "", "", &rc, 1, record_count, NULL, err);
		if (*record_count == MODEL_UNSET)
			*record_count = (long)kept;
	}
	*items = base;
	*count = kept;
	return STATUS_OK;
}

enum status jf_list_from_json(const char *body, size_t len, const struct jf_list_spec *spec,
			      void **items, size_t *count, long *record_count, struct arena *arena,
			      struct model_error *err)
{
	model_error_clear(err);
	*items = NULL;
	*count = 0;
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = read_items(root, spec, items, count, record_count, arena, err);
	json_object_put(root);
	if (st != STATUS_OK) {
		arena_fini(arena);
		*items = NULL;
		*count = 0;
	}
	return st;
}
