/* JSON -> forecasts (one, or a ticket's) and closure confirmations. */
#include "config.h"

#include "model/misc_json.h"

#include <string.h>

#include "model/field_json.h"
#include "model/values.h"
#include "util/alloc.h"

static const struct jf_field forecast_fields[] = {
	JF(struct forecast, id, JF_INT),	JF(struct forecast, agent_id, JF_INT),
	JF(struct forecast, ticket_id, JF_INT), JF(struct forecast, date, JF_TIME),
	JF(struct forecast, hours, JF_DOUBLE),
};

static const struct jf_field closure_fields[] = {
	JF(struct closure, id, JF_INT),
	JF(struct closure, ticket_id, JF_INT),
	JF(struct closure, key, JF_DSTR),
	JF(struct closure, result, JF_BOOL),
	JF(struct closure, date, JF_TIME),
	JF(struct closure, comment, JF_DSTR),
	JF(struct closure, user_message, JF_DSTR),
	JF(struct closure, withfeedback, JF_BOOL),
	JF(struct closure, feedbackhtml, JF_DSTR),
};

enum status forecast_from_json(const char *body, size_t len, struct forecast *out,
			       struct model_error *err)
{
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	char subject[48];
	jf_subject(root, "forecast", "", subject, sizeof(subject));
	st = jf_read_fields(root, subject, "", forecast_fields,
			    sizeof(forecast_fields) / sizeof(forecast_fields[0]), out, NULL, err);
	json_object_put(root);
	return st;
}

/* How a list of records is read into an array of structs (items and strings malloc'd). */
struct records_spec {
	const char *const *keys; /* wrapper keys, NULL-terminated */
	const char *noun;	 /* names a record in notes ("closure 12") */
	const struct jf_field *fields;
	size_t n_fields;
	size_t item_size;
	void (*finish)(json_object *obj, void *item); /* optional: what the table cannot say */
};

/* Reads ROOT's records into *ITEMS (set first, so the caller's fini frees a partial read);
 * *COUNT counts each item before it is read, for the same reason. */
static enum status records_from_root(json_object *root, const struct records_spec *spec,
				     void **items, size_t *count, struct model_error *err)
{
	struct jf_records rec;
	enum status st = jf_records_find(root, spec->keys, true, &rec, err);
	if (st != STATUS_OK)
		return st;
	size_t n = jf_records_count(&rec);
	unsigned char *base = xcalloc(n ? n : 1, spec->item_size);
	*items = base;
	for (size_t i = 0; i < n; i++) {
		char path[64], subject[96];
		json_object *obj = jf_records_object(&rec, i, spec->noun, path, sizeof(path),
						     subject, sizeof(subject), err);
		if (!obj)
			continue;
		void *item = base + (*count)++ * spec->item_size;
		st = jf_read_fields(obj, subject, "", spec->fields, spec->n_fields, item, NULL,
				    err);
		if (st != STATUS_OK)
			return st;
		if (spec->finish)
			spec->finish(obj, item);
	}
	return STATUS_OK;
}

/* Parses BODY and reads its records per SPEC; on failure the caller's fini frees the rest. */
static enum status records_from_json(const char *body, size_t len, const struct records_spec *spec,
				     void **items, size_t *count, struct model_error *err)
{
	model_error_clear(err);
	*items = NULL;
	*count = 0;
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = records_from_root(root, spec, items, count, err);
	json_object_put(root);
	return st;
}

enum status forecast_list_from_json(const char *body, size_t len, struct forecast_list *out,
				    struct model_error *err)
{
	static const char *const keys[] = { "forecasts", "records", NULL };
	static const struct records_spec spec = {
		.keys = keys,
		.noun = "forecast",
		.fields = forecast_fields,
		.n_fields = sizeof(forecast_fields) / sizeof(forecast_fields[0]),
		.item_size = sizeof(struct forecast),
	};
	memset(out, 0, sizeof(*out));
	void *items;
	enum status st = records_from_json(body, len, &spec, &items, &out->count, err);
	out->items = items;
	if (st != STATUS_OK)
		forecast_list_fini(out);
	return st;
}

static void closure_finish(json_object *obj, void *item)
{
	struct closure *c = item;
	c->has_result = jf_get(obj, "result") != NULL;
}

enum status closure_list_from_json(const char *body, size_t len, struct closure_list *out,
				   struct model_error *err)
{
	static const char *const keys[] = { "confirmclosures", "records", NULL };
	static const struct records_spec spec = {
		.keys = keys,
		.noun = "closure",
		.fields = closure_fields,
		.n_fields = sizeof(closure_fields) / sizeof(closure_fields[0]),
		.item_size = sizeof(struct closure),
		.finish = closure_finish,
	};
	memset(out, 0, sizeof(*out));
	void *items;
	enum status st = records_from_json(body, len, &spec, &items, &out->count, err);
	out->items = items;
	if (st != STATUS_OK)
		closure_list_fini(out);
	return st;
}
