/* A write's body against the record read again: was every field it set done? */
#include "config.h"

#include <json-c/json.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/field_json.h"
#include "model/readback.h"
#include "model/scalar.h"
#include "model/ticket_update.h"
#include "model/values.h"

/* The JSON object a body holds for one ticket: the array's only element, or the object. */
static json_object *only_object(json_object *root)
{
	if (json_object_is_type(root, json_type_array)) {
		if (json_object_array_length(root) != 1)
			return NULL;
		root = json_object_array_get_idx(root, 0);
	}
	return json_object_is_type(root, json_type_object) ? root : NULL;
}

static json_object *parse(const char *text, size_t len)
{
	json_object *root = NULL;
	if (jf_parse(text, len, &root, NULL) != STATUS_OK)
		root = NULL;
	return root;
}

/* OBJ's KEY as a whole id (12, 12.0 or "12"); 0 when absent or not a whole id. */
static int int_of(json_object *obj, const char *key)
{
	json_object *v = jf_get(obj, key);
	long long id = 0;
	if (!v || json_object_is_type(v, json_type_boolean))
		return 0;
	if (json_object_is_type(v, json_type_string)) {
		if (!scalar_int_from_text(json_object_get_string(v), 1, 2147483647LL, &id))
			return 0;
	} else if (!scalar_whole(json_object_get_double(v), 1, 2147483647LL, &id)) {
		return 0;
	}
	return (int)id;
}

/* The ticket id of OBJ ("id"); 0 when absent or not a whole id. */
static ticket_id_t id_of(json_object *obj)
{
	return (ticket_id_t)int_of(obj, "id");
}

ticket_id_t readback_ticket_of(const char *sent)
{
	if (!sent)
		return 0;
	json_object *root = parse(sent, strlen(sent));
	ticket_id_t id = root ? id_of(only_object(root)) : 0;
	json_object_put(root);
	return id;
}

/* V (a number, or a number written as text) into *OUT. */
static bool number_of(json_object *v, double *out)
{
	if (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)) {
		*out = json_object_get_double(v);
		return true;
	}
	if (!json_object_is_type(v, json_type_string))
		return false;
	const char *s = json_object_get_string(v);
	char *end = NULL;
	*out = strtod(s, &end);
	return end != s && !*end && isfinite(*out);
}

/* Whether GOT says "not set": absent, null, empty text, -1, or a date of no instant. */
static bool is_unset(json_object *got)
{
	double d;
	if (!got)
		return true;
	if (json_object_is_type(got, json_type_string)) {
		const char *s = json_object_get_string(got);
		time_t t;
		return !*s || (model_time_parse(s, &t) && t <= MODEL_NO_TIME);
	}
	return number_of(got, &d) && d == -1;
}

/* Whether the value SENT of field KEY is the value GOT holds. */
static bool same_value(const char *key, json_object *sent, json_object *got)
{
	enum ticket_field field;
	bool is_time = ticket_field_from_name(key, &field) == STATUS_OK &&
		       ticket_field_type(field) == FIELD_TYPE_TIME;
	double a, b;
	time_t ta, tb;
	if (!sent)
		return is_unset(got);
	if (!got)
		return false;
	switch (json_object_get_type(sent)) {
	case json_type_boolean: {
		bool gb;
		if (json_object_is_type(got, json_type_boolean))
			return json_object_get_boolean(got) == json_object_get_boolean(sent);
		if (json_object_is_type(got, json_type_string) &&
		    scalar_bool_from_text(json_object_get_string(got), &gb))
			return gb == json_object_get_boolean(sent);
		return number_of(got, &b) && (b != 0) == json_object_get_boolean(sent);
	}
	case json_type_int:
	case json_type_double:
		return number_of(sent, &a) && number_of(got, &b) && fabs(a - b) < 1e-9;
	case json_type_string:
		if (is_time && model_time_parse(json_object_get_string(sent), &ta))
			return json_object_is_type(got, json_type_string) &&
			       model_time_parse(json_object_get_string(got), &tb) && ta == tb;
		if (!json_object_is_type(got, json_type_string))
			return number_of(sent, &a) && number_of(got, &b) && fabs(a - b) < 1e-9;
		return !strcmp(json_object_get_string(sent), json_object_get_string(got));
	default:
		return false;
	}
}

/* The custom field of RECORD with the id (else the name) of SENT_CF, or NULL. */
static json_object *custom_field_in(json_object *record, json_object *sent_cf)
{
	json_object *cfs = jf_get(record, "customfields");
	ticket_id_t id = id_of(sent_cf);
	json_object *name = jf_get(sent_cf, "name");
	size_t n = json_object_is_type(cfs, json_type_array) ? json_object_array_length(cfs) : 0;
	for (size_t i = 0; i < n; i++) {
		json_object *cf = json_object_array_get_idx(cfs, i);
		json_object *got_name = jf_get(cf, "name");
		if (id ? id_of(cf) == id
		       : name && got_name &&
				    !strcmp(json_object_get_string(name),
					    json_object_get_string(got_name)))
			return cf;
	}
	return NULL;
}

/* Every custom field SENT set holds its value in RECORD (values compare as text). */
static enum readback_verdict compare_custom(json_object *sent, json_object *record)
{
	if (!json_object_is_type(sent, json_type_array))
		return READBACK_UNSURE;
	for (size_t i = 0; i < json_object_array_length(sent); i++) {
		json_object *want = json_object_array_get_idx(sent, i);
		json_object *got = custom_field_in(record, want);
		if (!got || !json_object_object_get_ex(got, "value", NULL))
			return READBACK_UNSURE;
		if (!same_value("value", jf_get(want, "value"), jf_get(got, "value")))
			return READBACK_NOT_DONE;
	}
	return READBACK_DONE;
}

static enum readback_verdict compare_objects(json_object *want, json_object *record, char *field,
					     size_t size)
{
	json_object_object_foreach(want, key, value)
	{
		enum readback_verdict v = READBACK_DONE;
		if (!strcmp(key, "id") || key[0] == '_')
			continue;
		if (!strcmp(key, "customfields"))
			v = compare_custom(value, record);
		else if (!json_object_object_get_ex(record, key, NULL) && value)
			v = READBACK_UNSURE;
		else if (!same_value(key, value, jf_get(record, key)))
			v = READBACK_NOT_DONE;
		if (v != READBACK_DONE) {
			snprintf(field, size, "%s", key);
			return v;
		}
	}
	return READBACK_DONE;
}

enum readback_verdict readback_compare(const char *sent, ticket_id_t id, const char *record,
				       size_t len, char *field, size_t size)
{
	snprintf(field, size, "%s", "");
	json_object *want_root = sent ? parse(sent, strlen(sent)) : NULL;
	json_object *got = record ? parse(record, len) : NULL;
	json_object *want = want_root ? only_object(want_root) : NULL;
	enum readback_verdict v = READBACK_UNSURE;
	if (want && id > 0 && id_of(want) == id && json_object_is_type(got, json_type_object) &&
	    id_of(got) == id)
		v = compare_objects(want, got, field, size);
	json_object_put(want_root);
	json_object_put(got);
	return v;
}

enum readback_verdict readback_deleted(enum status got, ticket_id_t id, const char *record,
				       size_t len)
{
	if (got == STATUS_HTTP_404 || got == STATUS_NOT_FOUND)
		return READBACK_DONE;
	if (got != STATUS_OK)
		return READBACK_UNSURE;
	json_object *root = parse(record, len);
	if (!root)
		return READBACK_UNSURE;
	/* Some servers answer an unknown id with 200 and an empty object. */
	enum readback_verdict v = READBACK_UNSURE;
	if (json_object_is_type(root, json_type_object)) {
		ticket_id_t held = id_of(root);
		v = held == id ? READBACK_NOT_DONE : held == 0 ? READBACK_DONE : READBACK_UNSURE;
	}
	json_object_put(root);
	return v;
}

/* The one object SENT holds when it has exactly the keys KEYS (NULL-ended; those from
 * OPTIONAL on may be left out); NULL otherwise. Its root goes to *ROOT (caller puts). */
static json_object *only_keys(const char *sent, const char *const *keys, size_t optional,
			      json_object **root)
{
	*root = sent ? parse(sent, strlen(sent)) : NULL;
	json_object *obj = *root ? only_object(*root) : NULL;
	if (!obj || !json_object_is_type(*root, json_type_array))
		return NULL;
	size_t n = 0, found = 0;
	for (; keys[n]; n++)
		if (jf_get(obj, keys[n]))
			found++;
		else if (n < optional)
			return NULL;
	return (size_t)json_object_object_length(obj) == found ? obj : NULL;
}

static const char *const todo_keys[] = { "id", "ticket_id", "done", NULL };

ticket_id_t readback_todo_of(const char *sent)
{
	json_object *root;
	json_object *obj = only_keys(sent, todo_keys, 3, &root);
	ticket_id_t id = 0;
	if (obj && int_of(obj, "id") > 0 &&
	    json_object_is_type(jf_get(obj, "done"), json_type_boolean))
		id = (ticket_id_t)int_of(obj, "ticket_id");
	json_object_put(root);
	return id;
}

enum readback_verdict readback_todo_compare(const char *sent, const char *record, size_t len)
{
	json_object *root = NULL, *got = parse(record, len);
	json_object *obj = NULL;
	if (readback_todo_of(sent) > 0)
		obj = only_keys(sent, todo_keys, 3, &root);
	enum readback_verdict v = READBACK_UNSURE;
	int todo = obj ? int_of(obj, "id") : 0;
	for (size_t i = 0; todo && got && json_object_is_type(got, json_type_array) &&
			   i < json_object_array_length(got);
	     i++) {
		json_object *item = json_object_array_get_idx(got, i);
		json_object *done = jf_get(item, "done");
		if (int_of(item, "id") != todo)
			continue;
		if (json_object_is_type(done, json_type_boolean))
			v = json_object_get_boolean(done) ==
					    json_object_get_boolean(jf_get(obj, "done"))
				    ? READBACK_DONE
				    : READBACK_NOT_DONE;
		break;
	}
	json_object_put(root);
	json_object_put(got);
	return v;
}

static const char *const approval_keys[] = { "ticket_id", "seq", "result", "approver_note", NULL };

/* The decision SENT holds (its object), or NULL; its root goes to *ROOT. */
static json_object *decision_of(const char *sent, json_object **root)
{
	json_object *obj = only_keys(sent, approval_keys, 3, root);
	int result = obj ? int_of(obj, "result") : 0;
	return obj && int_of(obj, "ticket_id") > 0 && int_of(obj, "seq") > 0 &&
			       (result == 1 || result == 2)
		       ? obj
		       : NULL;
}

ticket_id_t readback_approval_of(const char *sent)
{
	json_object *root;
	json_object *obj = decision_of(sent, &root);
	ticket_id_t id = obj ? (ticket_id_t)int_of(obj, "ticket_id") : 0;
	json_object_put(root);
	return id;
}

enum readback_verdict readback_approval_compare(const char *sent, const char *record, size_t len)
{
	json_object *root, *got = parse(record, len);
	json_object *obj = decision_of(sent, &root);
	enum readback_verdict v = READBACK_UNSURE;
	if (obj && got && json_object_is_type(got, json_type_object) &&
	    int_of(got, "seq") == int_of(obj, "seq") && jf_get(got, "result") &&
	    !json_object_is_type(jf_get(got, "result"), json_type_null)) {
		/* The step read again: decided as sent, done; still waiting or decided the
		 * other way, not done. */
		v = int_of(got, "result") == int_of(obj, "result") ? READBACK_DONE
								   : READBACK_NOT_DONE;
	}
	json_object_put(root);
	json_object_put(got);
	return v;
}
