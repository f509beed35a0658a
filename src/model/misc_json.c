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

static enum status forecasts_from_root(json_object *root, struct forecast_list *out,
				       struct model_error *err)
{
	static const char *const keys[] = { "forecasts", "records", NULL };
	struct jf_records rec;
	enum status st = jf_records_find(root, keys, true, &rec, err);
	if (st != STATUS_OK)
		return st;
	size_t n = jf_records_count(&rec);
	out->items = xcalloc(n ? n : 1, sizeof(*out->items));
	for (size_t i = 0; i < n; i++) {
		char path[64], subject[96];
		json_object *obj = jf_records_object(&rec, i, "forecast", path, sizeof(path),
						     subject, sizeof(subject), err);
		if (!obj)
			continue;
		st = jf_read_fields(obj, subject, "", forecast_fields,
				    sizeof(forecast_fields) / sizeof(forecast_fields[0]),
				    &out->items[out->count++], NULL, err);
		if (st != STATUS_OK)
			return st;
	}
	return STATUS_OK;
}

enum status forecast_list_from_json(const char *body, size_t len, struct forecast_list *out,
				    struct model_error *err)
{
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = forecasts_from_root(root, out, err);
	json_object_put(root);
	if (st != STATUS_OK)
		forecast_list_fini(out);
	return st;
}

static enum status closures_from_root(json_object *root, struct closure_list *out,
				      struct model_error *err)
{
	static const char *const keys[] = { "confirmclosures", "records", NULL };
	struct jf_records rec;
	enum status st = jf_records_find(root, keys, true, &rec, err);
	if (st != STATUS_OK)
		return st;
	size_t n = jf_records_count(&rec);
	out->items = xcalloc(n ? n : 1, sizeof(*out->items));
	for (size_t i = 0; i < n; i++) {
		char path[64], subject[96];
		json_object *obj = jf_records_object(&rec, i, "closure", path, sizeof(path),
						     subject, sizeof(subject), err);
		if (!obj)
			continue;
		struct closure *c = &out->items[out->count++]; /* so fini frees what it holds */
		st = jf_read_fields(obj, subject, "", closure_fields,
				    sizeof(closure_fields) / sizeof(closure_fields[0]), c, NULL,
				    err);
		if (st != STATUS_OK)
			return st;
		c->has_result = jf_get(obj, "result") != NULL;
	}
	return STATUS_OK;
}

enum status closure_list_from_json(const char *body, size_t len, struct closure_list *out,
				   struct model_error *err)
{
	model_error_clear(err);
	memset(out, 0, sizeof(*out));
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	st = closures_from_root(root, out, err);
	json_object_put(root);
	if (st != STATUS_OK)
		closure_list_fini(out);
	return st;
}
