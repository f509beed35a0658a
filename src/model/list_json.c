/* Reading any list body (array, wrapper, or single object) into an array of model structs. */
#include "config.h"

#include "model/field_json.h"

#include "model/values.h"

#include <stdint.h>

static enum status read_items(json_object *root, const struct jf_list_spec *spec, void **items,
			      size_t *count, long *record_count, struct arena *arena,
			      struct model_error *err)
{
	struct jf_records rec;
	enum status st = jf_records_find(root, spec->keys, spec->accept_single, &rec, err);
	if (st != STATUS_OK)
		return st;
	size_t n = jf_records_count(&rec);
	if (record_count) {
		*record_count = MODEL_UNSET;
		if (rec.array && rec.array != root &&
		    (st = jf_long(jf_get(root, "record_count"), "", "record_count", record_count,
				  err)) != STATUS_OK)
			return st;
		if (*record_count == MODEL_UNSET)
			*record_count = (long)n;
	}
	if (n > SIZE_MAX / spec->item_size)
		return STATUS_NOMEM;
	unsigned char *base = arena_alloc(arena, (n ? n : 1) * spec->item_size);
	for (size_t i = 0; i < n; i++) {
		char path[64];
		jf_records_path(&rec, i, path, sizeof(path));
		json_object *obj = jf_records_at(&rec, i);
		void *item = base + i * spec->item_size;
		st = jf_read_fields(obj, path, spec->fields, spec->n_fields, item, arena, err);
		if (st == STATUS_OK && spec->finish)
			st = spec->finish(obj, path, item, arena, err);
		if (st != STATUS_OK)
			return st;
	}
	*items = base;
	*count = n;
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
