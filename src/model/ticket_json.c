/* JSON -> tickets: list pages, one ticket, and the answers of POST and DELETE. */
#include "config.h"

#include "model/ticket_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/field_json.h"
#include "model/ticket_scan.h"
#include "model/values.h"
#include "util/alloc.h"
#include "util/plural.h"

#define TK(member, kind) JF(struct ticket, member, kind)
static const struct jf_field ticket_fields[] = {
	JF_AS(struct ticket, details_html, "details", JF_STR),
	TK(tickettype_name, JF_STR),
	TK(sla_name, JF_STR),
	TK(category_2, JF_STR),
	TK(category_3, JF_STR),
	TK(category_4, JF_STR),
	TK(user_email, JF_STR),
	TK(reportedby, JF_STR),
	TK(emailcclist, JF_STR),
	TK(workflow_stage, JF_STR),
	TK(lastnote, JF_STR),
	TK(web_url, JF_STR),
	TK(child_ticket_id_string, JF_STR),
	TK(responsedate, JF_TIME),
	TK(dateassigned, JF_TIME),
	TK(slaactiondate, JF_TIME),
	TK(startdate, JF_TIME),
	TK(targetdate, JF_TIME),
	TK(last_update, JF_TIME),
	JF_AS(struct ticket, slatimeleft_h, "slatimeleft", JF_DOUBLE),
	TK(slapercused, JF_DOUBLE),
	JF_AS(struct ticket, slaholdtime_h, "slaholdtime", JF_DOUBLE),
	JF_AS(struct ticket, timetaken_h, "timetaken", JF_DOUBLE),
	JF_AS(struct ticket, estimate_h, "estimate", JF_DOUBLE),
	TK(impact, JF_INT),
	TK(urgency, JF_INT),
	TK(approval_status, JF_INT),
	TK(workflow_id, JF_INT),
	TK(workflow_stage_id, JF_INT),
	TK(organisation_id, JF_INT),
	TK(department_id, JF_INT),
	TK(child_count_open, JF_COUNT),
	TK(merged_into_id, JF_INT),
	TK(hasbeenclosed, JF_BOOL),
	TK(is_vip, JF_BOOL),
};
#undef TK

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The positive id of the ticket OBJ, or MODEL_UNSET when it has none we can use. */
static int ticket_json_id(json_object *obj)
{
	struct model_error why;
	int id = MODEL_UNSET;
	if (jf_int(jf_get(obj, "id"), "", "id", &id, &why) != STATUS_OK || id <= 0)
		return MODEL_UNSET;
	return id;
}

/* Reads the row fields of OBJ, an object with a usable id; notes name it by that id, in
 * SUBJECT (SIZE bytes) for the caller's notes too. */
static enum status row_from_object(json_object *obj, struct ticket_row *row, struct arena *arena,
				   char *subject, size_t size, struct model_error *err)
{
	row->id = ticket_json_id(obj);
	snprintf(subject, size, "ticket %d", row->id);
	enum status st = jf_read_fields(obj, subject, "", ticket_row_fields, ticket_row_field_count,
					row, arena, err);
	if (st != STATUS_OK)
		return st;
	row->sla_state = sla_state_from_text(row->sla_state_raw);
	row->has_is_read = jf_get(obj, "read") != NULL;
	return STATUS_OK;
}

static enum status page_rows(const struct jf_records *rec, struct ticket_page *page,
			     struct model_error *err)
{
	size_t n = jf_records_count(rec);
	page->rows = xcalloc(n ? n : 1, sizeof(*page->rows));
	for (size_t i = 0; i < n; i++) {
		json_object *obj = jf_records_at(rec, i);
		char subject[48];
		if (!json_object_is_type(obj, json_type_object) ||
		    ticket_json_id(obj) == MODEL_UNSET) {
			model_error_note(err, TICKET_ROW_SKIPPED_NOTE, i);
			page->skipped++;
			continue;
		}
		enum status st = row_from_object(obj, &page->rows[page->count], &page->arena,
						 subject, sizeof(subject), err);
		if (st != STATUS_OK)
			return st;
		page->count++;
	}
	return STATUS_OK;
}

static enum status page_from_root(json_object *root, struct ticket_page *page,
				  struct model_error *err)
{
	static const char *const keys[] = { "tickets", NULL };
	static const struct jf_field wrapper[] = {
		JF(struct ticket_page, page_no, JF_INT),
		JF_AS(struct ticket_page, page_size_field, "page_size", JF_INT),
		JF(struct ticket_page, record_count, JF_LONG),
	};
	struct jf_records rec;
	enum status st = jf_records_find(root, keys, false, &rec, err);
	if (st != STATUS_OK)
		return st;
	if (rec.array != root &&
	    (st = jf_read_fields(root, "", "", wrapper, N(wrapper), page, NULL, err)) != STATUS_OK)
		return st;
	if ((st = page_rows(&rec, page, err)) != STATUS_OK)
		return st;
	size_t sent = page->count + page->skipped;
	bool is_missing = page->record_count == MODEL_UNSET;
	if (is_missing)
		page->record_count = (long)sent;
	if (page->record_count < (long)sent && rec.array != root) {
		model_error_set(err, "record_count: %ld is less than the %zu %s returned",
				page->record_count, sent,
				plural((long long)sent, "ticket", "tickets"));
		return STATUS_INVALID;
	}
	if (rec.array != root)
		ticket_page_doubt_count(page, is_missing, err ? &err->odd : NULL);
	return STATUS_OK;
}

enum status ticket_page_from_json(const char *body, size_t len, struct ticket_page **out,
				  struct model_error *err)
{
	model_error_clear(err);
	/* Most pages are plain: read them without a tree; json-c judges everything else. */
	if (ticket_page_scan(body, len, out, err ? &err->odd : NULL))
		return STATUS_OK;
	return ticket_page_from_json_tree(body, len, out, err);
}

enum status ticket_page_from_json_tree(const char *body, size_t len, struct ticket_page **out,
				       struct model_error *err)
{
	model_error_clear(err);
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	struct ticket_page *page = xcalloc(1, sizeof(*page));
	page->page_no = MODEL_UNSET;
	page->page_size_field = MODEL_UNSET;
	page->record_count = MODEL_UNSET;
	st = page_from_root(root, page, err);
	json_object_put(root);
	if (st != STATUS_OK) {
		ticket_page_free(page);
		return st;
	}
	*out = page;
	return STATUS_OK;
}

static enum status custom_field_from_object(json_object *obj, const char *subject, const char *path,
					    struct custom_field *cf, struct arena *arena,
					    struct model_error *err)
{
	static const struct jf_field fields[] = {
		JF(struct custom_field, id, JF_INT),	JF(struct custom_field, name, JF_STR),
		JF(struct custom_field, label, JF_STR), JF(struct custom_field, display, JF_STR),
		JF(struct custom_field, type, JF_INT),
	};
	enum status st = jf_read_fields(obj, subject, path, fields, N(fields), cf, arena, err);
	if (st != STATUS_OK)
		return st;
	json_object *v = jf_get(obj, "value");
	if (json_object_is_type(v, json_type_object) || json_object_is_type(v, json_type_array)) {
		/* Multi-select and lookup values: keep their JSON text. */
		cf->value = arena_strdup(arena,
					 json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN));
	} else {
		const char *s;
		size_t n;
		jf_text(v, path, "value", &s, &n, err); /* cannot fail on a scalar */
		cf->value = s ? jf_copy_text(arena, s, n) : "";
	}
	if (!*cf->display)
		cf->display = cf->value;
	return STATUS_OK;
}

/* The array under KEY in OBJ into *ARR (NULL when absent) with its length in *N; anything
 * else there is noted and read as absent. */
static void optional_array(json_object *obj, const char *subject, const char *key,
			   json_object **arr, size_t *n, struct model_error *err)
{
	*n = 0;
	*arr = jf_get(obj, key);
	if (!*arr)
		return;
	if (!json_object_is_type(*arr, json_type_array)) {
		char got[64];
		model_error_note(err, "%s: %s: expected an array, got %s", subject, key,
				 jf_describe(*arr, got, sizeof(got)));
		*arr = NULL;
		return;
	}
	*n = json_object_array_length(*arr);
}

static enum status custom_fields_from(json_object *obj, const char *subject, struct ticket *t,
				      struct model_error *err)
{
	json_object *arr;
	size_t n;
	optional_array(obj, subject, "customfields", &arr, &n, err);
	if (!arr)
		return STATUS_OK;
	t->customfields = arena_alloc(&t->arena, (n ? n : 1) * sizeof(*t->customfields));
	for (size_t i = 0; i < n; i++) {
		char path[48], got[64];
		jf_index(path, sizeof(path), "customfields", i);
		json_object *cf = json_object_array_get_idx(arr, i);
		if (!json_object_is_type(cf, json_type_object)) {
			model_error_note(err, "%s: %s: expected an object, got %s; skipped",
					 subject, path, jf_describe(cf, got, sizeof(got)));
			continue;
		}
		enum status st = custom_field_from_object(
			cf, subject, path, &t->customfields[t->n_customfields], &t->arena, err);
		if (st != STATUS_OK)
			return st;
		t->n_customfields++;
	}
	return STATUS_OK;
}

static void child_ids_from(json_object *obj, const char *subject, struct ticket *t,
			   struct model_error *err)
{
	json_object *arr;
	size_t n;
	optional_array(obj, subject, "child_ticket_ids", &arr, &n, err);
	if (!arr)
		return;
	t->child_ticket_ids = arena_alloc(&t->arena, (n ? n : 1) * sizeof(int));
	for (size_t i = 0; i < n; i++) {
		char key[48];
		snprintf(key, sizeof(key), "child_ticket_ids[%zu]", i);
		struct model_error why;
		int id = MODEL_UNSET;
		if (jf_int(json_object_array_get_idx(arr, i), "", key, &id, &why) != STATUS_OK)
			jf_note(err, subject, why.message);
		if (id > 0)
			t->child_ticket_ids[t->n_child_ticket_ids++] = id;
	}
}

#define LA(member, kind) JF(struct ticket_last_action, member, kind)
static const struct jf_field last_action_fields[] = {
	LA(who, JF_STR),  LA(outcome, JF_STR),	 LA(datetime, JF_TIME),
	LA(note, JF_STR), LA(note_html, JF_STR),
};
#undef LA

/* `lastaction` (includelastaction=true): an action object, or null when there is none; any
 * other shape is noted and read as none. */
static enum status last_action_from(json_object *obj, const char *subject, struct ticket *t,
				    struct model_error *err)
{
	json_object *la = jf_get(obj, "lastaction");
	if (!la || json_object_is_type(la, json_type_null))
		return STATUS_OK;
	if (!json_object_is_type(la, json_type_object)) {
		char got[64];
		model_error_note(err, "%s: lastaction: expected an object, got %s", subject,
				 jf_describe(la, got, sizeof(got)));
		return STATUS_OK;
	}
	t->has_lastaction = true;
	return jf_read_fields(la, subject, "lastaction", last_action_fields, N(last_action_fields),
			      &t->lastaction, &t->arena, err);
}

/* A full ticket from OBJ; STATUS_NOT_FOUND when OBJ has no usable id. */
static enum status ticket_from_object(json_object *obj, const char *path, struct ticket **out,
				      struct model_error *err)
{
	char subject[48];
	if (json_object_is_type(obj, json_type_object) && ticket_json_id(obj) == MODEL_UNSET) {
		model_error_set(err, "%s%sno ticket id in the answer", path, *path ? ": " : "");
		return STATUS_NOT_FOUND;
	}
	if (!json_object_is_type(obj, json_type_object)) {
		char got[64];
		model_error_set(err, "%s: expected an object, got %s", *path ? path : "body",
				jf_describe(obj, got, sizeof(got)));
		return STATUS_PARSE;
	}
	struct ticket *t = xcalloc(1, sizeof(*t));
	enum status st = row_from_object(obj, &t->row, &t->arena, subject, sizeof(subject), err);
	if (st == STATUS_OK)
		st = jf_read_fields(obj, subject, "", ticket_fields, N(ticket_fields), t, &t->arena,
				    err);
	if (st == STATUS_OK)
		st = custom_fields_from(obj, subject, t, err);
	if (st == STATUS_OK)
		child_ids_from(obj, subject, t, err);
	if (st == STATUS_OK)
		st = last_action_from(obj, subject, t, err);
	if (st != STATUS_OK) {
		ticket_free(t);
		return st;
	}
	*out = t;
	return STATUS_OK;
}

enum status ticket_from_json(const char *body, size_t len, struct ticket **out,
			     struct model_error *err)
{
	model_error_clear(err);
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	if (!json_object_is_type(root, json_type_object)) {
		char got[64];
		model_error_set(err, "body: expected a ticket object, got %s",
				jf_describe(root, got, sizeof(got)));
		st = STATUS_PARSE;
	} else {
		st = ticket_from_object(root, "", out, err);
	}
	json_object_put(root);
	return st;
}

void ticket_post_result_fini(struct ticket_post_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->count; i++)
		ticket_free(r->tickets[i]);
	free(r->tickets);
	r->tickets = NULL;
	r->count = 0;
}

static bool is_blank(const char *body, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!strchr(" \t\r\n", body[i]))
			return false;
	return true;
}

enum status ticket_post_result_from_json(const char *body, size_t len,
					 struct ticket_post_result *out, struct model_error *err)
{
	model_error_clear(err);
	out->count = 0;
	out->tickets = NULL;
	if (!body || is_blank(body, len))
		return STATUS_OK;
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	struct jf_records rec;
	st = jf_records_find(root, NULL, true, &rec, err);
	size_t n = st == STATUS_OK ? jf_records_count(&rec) : 0;
	out->tickets = xcalloc(n ? n : 1, sizeof(*out->tickets));
	for (size_t i = 0; i < n && st == STATUS_OK; i++) {
		char path[48];
		jf_records_path(&rec, i, path, sizeof(path));
		st = ticket_from_object(jf_records_at(&rec, i), path, &out->tickets[i], err);
		if (st == STATUS_NOT_FOUND)
			st = STATUS_PARSE; /* a written ticket always has an id */
		if (st == STATUS_OK)
			out->count++;
	}
	json_object_put(root);
	if (st != STATUS_OK)
		ticket_post_result_fini(out);
	return st;
}

enum status ticket_delete_result_from_json(const char *body, size_t len, int *id,
					   struct model_error *err)
{
	model_error_clear(err);
	*id = 0;
	if (!body || is_blank(body, len))
		return STATUS_OK;
	json_object *root;
	enum status st = jf_parse(body, len, &root, err);
	if (st != STATUS_OK)
		return st;
	if (!json_object_is_type(root, json_type_object)) {
		char got[64];
		model_error_set(err, "body: expected an object, got %s",
				jf_describe(root, got, sizeof(got)));
		st = STATUS_PARSE;
	} else {
		int v;
		st = jf_int(jf_get(root, "id"), "", "id", &v, err);
		if (st == STATUS_OK && v > 0)
			*id = v;
	}
	json_object_put(root);
	return st;
}
