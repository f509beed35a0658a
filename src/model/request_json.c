/* Model -> request bodies. Every POST body is a JSON array of objects. */
#include "config.h"

#include "model/request_json.h"

#include <string.h>

#include "model/field_json.h"
#include "model/values.h"
#include "util/alloc.h"

static char *finish(json_object *v)
{
	char *s = xstrdup(json_object_to_json_string_ext(
		v, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(v);
	return s;
}

static void put(json_object *obj, const char *key, json_object *v)
{
	json_object_object_add(obj, key, v);
}

static void put_int(json_object *obj, const char *key, long long v)
{
	put(obj, key, json_object_new_int64(v));
}

static void put_str(json_object *obj, const char *key, const char *s)
{
	if (s)
		put(obj, key, json_object_new_string(s));
}

/* A date, or null to clear it. */
static void put_time(json_object *obj, const char *key, time_t t)
{
	char buf[MODEL_TIME_BUF];
	if (t == MODEL_NO_TIME)
		put(obj, key, NULL);
	else
		put(obj, key, json_object_new_string(model_time_format(t, buf, sizeof(buf))));
}

static void put_field(json_object *obj, const struct ticket_update *u, enum ticket_field f)
{
	const char *key = ticket_field_name(f);
	const union field_value *v = &u->values[f];
	switch (ticket_field_type(f)) {
	case FIELD_TYPE_STRING:
		put(obj, key, json_object_new_string(v->s ? v->s : ""));
		break;
	case FIELD_TYPE_INT:
		put_int(obj, key, v->i);
		break;
	case FIELD_TYPE_BOOL:
		put(obj, key, json_object_new_boolean(v->b));
		break;
	case FIELD_TYPE_TIME:
		put_time(obj, key, v->t);
		break;
	case FIELD_TYPE_DOUBLE:
		put(obj, key, json_object_new_double(v->d));
		break;
	}
}

static json_object *ticket_update_object(const struct ticket_update *u)
{
	json_object *obj = json_object_new_object();
	if (u->id > 0)
		put_int(obj, "id", u->id);
	for (int f = 0; f < TICKET_FIELD_COUNT; f++)
		if (ticket_update_is_set(u, (enum ticket_field)f))
			put_field(obj, u, (enum ticket_field)f);
	if (u->n_customfields) {
		json_object *arr = json_object_new_array();
		for (size_t i = 0; i < u->n_customfields; i++) {
			json_object *cf = json_object_new_object();
			put_int(cf, "id", u->customfields[i].id);
			put_str(cf, "name", u->customfields[i].name);
			put_str(cf, "value", u->customfields[i].value);
			json_object_array_add(arr, cf);
		}
		put(obj, "customfields", arr);
	}
	return obj;
}

char *ticket_updates_to_json(const struct ticket_update *updates, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(arr, ticket_update_object(&updates[i]));
	return finish(arr);
}

char *ticket_update_object_to_json(const struct ticket_update *u)
{
	return finish(ticket_update_object(u));
}

static json_object *action_object(const struct action_create *a)
{
	json_object *obj = json_object_new_object();
	put_int(obj, "ticket_id", a->ticket_id);
	put_str(obj, "outcome", a->outcome);
	if (a->outcome_id != MODEL_UNSET)
		put_int(obj, "outcome_id", a->outcome_id);
	put_str(obj, "note_html", a->note_html);
	put(obj, "hiddenfromuser", json_object_new_boolean(a->hiddenfromuser));
	if (a->new_status != MODEL_UNSET)
		put_int(obj, "new_status", a->new_status);
	if (a->timetaken_h >= 0)
		put(obj, "timetaken", json_object_new_double(a->timetaken_h));
	put(obj, "sendemail", json_object_new_boolean(a->sendemail));
	put_str(obj, "emailto", a->emailto);
	put_str(obj, "emailcc", a->emailcc);
	put_str(obj, "emailsubject", a->emailsubject);
	return obj;
}

char *action_creates_to_json(const struct action_create *actions, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(arr, action_object(&actions[i]));
	return finish(arr);
}

char *approval_decisions_to_json(const struct approval_decision *decisions, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		const struct approval_decision *d = &decisions[i];
		json_object *obj = json_object_new_object();
		put_int(obj, "ticket_id", d->ticket_id);
		put_int(obj, "seq", d->seq);
		put_int(obj, "result", approval_result_to_int(d->result));
		put_str(obj, "approver_note", d->approver_note);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *approval_steps_to_json(const struct approval_step *steps, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *obj = json_object_new_object();
		put_int(obj, "ticket_id", steps[i].ticket_id);
		put_int(obj, "agent_id", steps[i].agent_id);
		put_str(obj, "note", steps[i].note);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

static json_object *todo_object(const struct todo_update *u)
{
	json_object *obj = json_object_new_object();
	if (u->id > 0)
		put_int(obj, "id", u->id);
	if (u->ticket_id > 0)
		put_int(obj, "ticket_id", u->ticket_id);
	if (u->has_text)
		put(obj, "text", json_object_new_string(u->text ? u->text : ""));
	if (u->has_done)
		put(obj, "done", json_object_new_boolean(u->is_done));
	if (u->has_group && u->group_id > 0)
		put_int(obj, "group_id", u->group_id);
	if (u->has_group)
		put_str(obj, "group_name", u->group_name);
	if (u->has_sequence)
		put_int(obj, "sequence", u->sequence);
	return obj;
}

char *todo_updates_to_json(const struct todo_update *updates, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++)
		json_object_array_add(arr, todo_object(&updates[i]));
	return finish(arr);
}

static void put_id_or_null(json_object *obj, const char *key, int v)
{
	put(obj, key, v == MODEL_UNSET ? NULL : json_object_new_int64(v));
}

char *drafts_to_json(const struct draft *drafts, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		const struct draft *d = &drafts[i];
		json_object *obj = json_object_new_object();
		put_int(obj, "id", d->id > 0 ? d->id : 0);
		put_id_or_null(obj, "tickettype_id", d->tickettype_id);
		put_id_or_null(obj, "service_id", d->service_id);
		json_object *content = NULL;
		size_t len = d->json_content ? strlen(d->json_content) : 0;
		if (len && jf_parse(d->json_content, len, &content, NULL) != STATUS_OK)
			content = json_object_new_string(d->json_content);
		put(obj, "json_content", content);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *forecasts_to_json(const struct forecast *forecasts, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		const struct forecast *f = &forecasts[i];
		json_object *obj = json_object_new_object();
		if (f->id > 0)
			put_int(obj, "id", f->id);
		put_id_or_null(obj, "agent_id", f->agent_id);
		put_id_or_null(obj, "ticket_id", f->ticket_id);
		put_time(obj, "date", f->date);
		put(obj, "hours", json_object_new_double(f->hours));
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *closures_to_json(const struct closure *closures, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		const struct closure *c = &closures[i];
		json_object *obj = json_object_new_object();
		if (c->id > 0)
			put_int(obj, "id", c->id);
		put_id_or_null(obj, "ticket_id", c->ticket_id);
		put_str(obj, "key", c->key);
		if (c->has_result)
			put(obj, "result", json_object_new_boolean(c->result));
		if (c->date != MODEL_NO_TIME)
			put_time(obj, "date", c->date);
		put_str(obj, "comment", c->comment);
		put_str(obj, "user_message", c->user_message);
		put(obj, "withfeedback", json_object_new_boolean(c->withfeedback));
		put_str(obj, "feedbackhtml", c->feedbackhtml);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *ticket_votes_to_json(const struct ticket_vote *votes, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *obj = json_object_new_object();
		put_int(obj, "id", votes[i].ticket_id);
		put_int(obj, "your_vote", votes[i].vote);
		put_str(obj, "your_vote_comment", votes[i].comment);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *ticket_billable_to_json(const int *ids, size_t n, bool is_billable)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *obj = json_object_new_object();
		put_int(obj, "id", ids[i]);
		put(obj, "isbillable", json_object_new_boolean(is_billable));
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}

char *ticket_ids_to_json(const int *ids, size_t n)
{
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < n; i++) {
		json_object *obj = json_object_new_object();
		put_int(obj, "id", ids[i]);
		json_object_array_add(arr, obj);
	}
	return finish(arr);
}
