/* GET and POST /api/Actions: a ticket's history and the notes added to it, checked against
 * the outcomes and applied to the ticket. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mock/auth.h"
#include "mock/item_cache.h"
#include "mock/outcomes.h"
#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

/* A copy of action A without note_html: Halo sends it only with includehtmlnote=true. */
static struct json_object *without_html_note(struct json_object *a)
{
	struct json_object *copy = json_object_new_object();
	json_object_object_foreach(a, key, value)
	{
		if (strcmp(key, "note_html"))
			json_object_object_add(copy, key, json_object_get(value));
	}
	return copy;
}

void route_actions_list(struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	int ticket_id = (int)mock_query_long(q, "ticket_id", 0);
	long count = mock_query_long(q, "count", 0);
	bool agent_only = mock_query_bool(q, "agentonly", false);
	bool with_html = mock_query_bool(q, "includehtmlnote", false);
	pthread_rwlock_rdlock(&c->data->lock);
	const struct mock_ticket *t = mock_data_ticket(c->data, ticket_id);
	struct json_object *list = t && !(t->flags & MOCK_T_DELETED)
					   ? mock_ticket_records(c->data, t, MOCK_REC_ACTIONS)
					   : json_object_new_array();
	size_t n = json_object_array_length(list), shown = 0;
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	if (t)
		jsonw_id(&w, "ticket_id", t->id);
	jsonw_int(&w, "record_count", (int64_t)n);
	jsonw_array_open(&w, "actions");
	for (size_t i = 0; i < n && (count <= 0 || shown < (size_t)count); i++) {
		struct json_object *a = json_object_array_get_idx(list, i);
		int who_type = 1;
		mock_json_int(a, "who_type", &who_type);
		if (agent_only && who_type != 1)
			continue;
		if (with_html) {
			mock_write_value(&w, NULL, a);
		} else {
			struct json_object *plain = without_html_note(a);
			mock_write_value(&w, NULL, plain);
			json_object_put(plain);
		}
		shown++;
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
	json_object_put(list);
	pthread_rwlock_unlock(&c->data->lock);
}

/* Answers Halo's JSON business error CODE with MSG. */
static void refuse(struct mock_ctx *c, int code, const char *msg)
{
	struct jsonw w;
	mock_reply_json(c, 400, &w);
	jsonw_object_open(&w, NULL);
	jsonw_int(&w, "resultCode", code);
	jsonw_string(&w, "errorMessage", msg);
	jsonw_object_close(&w);
}

/* The outcome an action names: outcome_id first, else the `outcome` name. NULL with the
 * plain-text 400 answered when it names none that can be used; *NAMED is false when the
 * action names no outcome at all (nothing answered then). */
static const struct mock_outcome *outcome_of(struct mock_ctx *c, struct json_object *in,
					     bool *named)
{
	char msg[300];
	int id;
	const char *name = mock_json_str(in, "outcome");
	const struct mock_outcome *o = NULL;
	*named = true;
	if (mock_json_int(in, "outcome_id", &id) && id > 0) {
		if (!(o = mock_outcome_by_id(id)))
			snprintf(msg, sizeof(msg), "CODE:ACT02/1 Outcome %d does not exist", id);
	} else if (name && *name) {
		if (!(o = mock_outcome_by_name(name)))
			snprintf(msg, sizeof(msg),
				 "CODE:ACT02/1 The outcome '%.200s' does not exist", name);
	} else {
		*named = false;
		return NULL;
	}
	if (o && o->hidden) {
		snprintf(msg, sizeof(msg), "CODE:ACT02/2 The outcome '%s' is no longer available",
			 o->outcome);
		o = NULL;
	}
	if (!o)
		mock_reply_text(c, 400, msg);
	return o;
}

/* `timetaken` is hours as a number (Halo's web app sends 0.0085...); anything else is
 * refused as model binding refuses it. */
static bool check_timetaken(struct mock_ctx *c, size_t index, struct json_object *in)
{
	struct json_object *v;
	if (!json_object_object_get_ex(in, "timetaken", &v) || !v ||
	    json_object_is_type(v, json_type_double) || json_object_is_type(v, json_type_int))
		return true;
	if (json_object_is_type(v, json_type_string)) {
		char *end;
		const char *s = json_object_get_string(v);
		strtod(s, &end);
		if (end != s && !*end)
			return true;
	}
	char msg[160];
	snprintf(msg, sizeof(msg),
		 "{\"[%zu].timetaken\":[\"The JSON value could not be converted to "
		 "System.Double.\"]}",
		 index);
	mock_reply_raw(c, 400, msg);
	return false;
}

static bool validate_action(struct mock_ctx *c, size_t index, struct json_object *in)
{
	int ticket_id = 0, status;
	bool named;
	if (!mock_json_int(in, "ticket_id", &ticket_id)) {
		refuse(c, 1, "ticket_id is required");
		return false;
	}
	if (!mock_data_live_ticket(c->data, ticket_id)) {
		refuse(c, 3, "The ticket does not exist");
		return false;
	}
	if (!outcome_of(c, in, &named)) {
		if (!named)
			refuse(c, 2, "Please select an outcome");
		return false;
	}
	if (mock_json_int(in, "new_status", &status) && status > 0 &&
	    !mock_data_status(c->data, status)) {
		refuse(c, 4, "The new status does not exist");
		return false;
	}
	return check_timetaken(c, index, in);
}

/* True when V asks for something: true, a nonzero number, a non-empty string or array. */
static bool is_asked(struct json_object *v)
{
	switch (json_object_get_type(v)) {
	case json_type_boolean:
		return json_object_get_boolean(v);
	case json_type_int:
	case json_type_double:
		return json_object_get_double(v) != 0;
	case json_type_string:
		return json_object_get_string_len(v) > 0 && strcmp(json_object_get_string(v), "0");
	case json_type_array:
		return json_object_array_length(v) > 0;
	case json_type_object:
		return true;
	default:
		return false;
	}
}

/* Fields of an action whose effect in Halo the emulator records but does not carry out. */
static const char *const not_done[][2] = {
	{ "sendemail", "sendemail: no e-mail is sent" },
	{ "emailto", "emailto: no e-mail is sent" },
	{ "emailcc", "emailcc: no e-mail is sent" },
	{ "sendsms", "sendsms: no SMS is sent" },
	{ "send_survey", "send_survey: no survey is sent" },
	{ "attachments", "attachments: not stored" },
	{ "new_agent", "new_agent: the ticket's agent is not changed" },
	{ "new_team", "new_team: the ticket's team is not changed" },
	{ "new_priority", "new_priority: the ticket's priority is not changed" },
	{ "follow", "follow: no follower is added" },
};

static void note_not_done(struct mock_ctx *c, struct json_object *in)
{
	for (size_t i = 0; i < sizeof(not_done) / sizeof(not_done[0]); i++) {
		struct json_object *v;
		if (json_object_object_get_ex(in, not_done[i][0], &v) && v && is_asked(v))
			mock_note_unimplemented(c, not_done[i][1]);
	}
}

/* The next action id of a ticket: one more than the highest. */
static int next_action_id(struct json_object *list)
{
	int next = 0;
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		int id = mock_json_int_or(json_object_array_get_idx(list, i), "id", 0);
		next = id > next ? id : next;
	}
	return next + 1;
}

/* The note and its flags as Halo keeps them: both note forms, privacy by the outcome unless
 * given, e-mail off unless asked, time taken in hours. */
static void fill_note(struct json_object *a, struct json_object *in, const struct mock_outcome *o)
{
	const char *html = mock_json_str(in, "note_html"), *plain = mock_json_str(in, "note");
	if (!plain)
		json_object_object_add(a, "note", json_object_new_string(html ? html : ""));
	if (!html)
		json_object_object_add(a, "note_html", json_object_new_string(plain ? plain : ""));
	bool hidden = o->hidefromuser, email = false;
	mock_json_bool(in, "hiddenfromuser", &hidden);
	mock_json_bool(in, "sendemail", &email);
	json_object_object_add(a, "hiddenfromuser", json_object_new_boolean(hidden));
	json_object_object_add(a, "sendemail", json_object_new_boolean(email));
	struct json_object *v;
	double hours = 0;
	if (json_object_object_get_ex(in, "timetaken", &v) && v)
		hours = json_object_get_double(v);
	json_object_object_add(a, "timetaken", json_object_new_double(hours));
}

/* Applies the action to its ticket: the new status (through the ticket writer, which dates
 * the change), or else only the last action date. */
static void touch_ticket(struct mock_data *d, struct mock_ticket *t, struct json_object *a,
			 int status, int64_t now)
{
	if (status > 0) {
		const struct mock_status *st = mock_data_status(d, status);
		json_object_object_add(a, "old_status", json_object_new_int(t->status_id));
		json_object_object_add(a, "new_status", json_object_new_int(status));
		json_object_object_add(a, "new_status_name",
				       json_object_new_string(st ? st->name : ""));
		struct json_object *change = json_object_new_object();
		json_object_object_add(change, "id", json_object_new_int(t->id));
		json_object_object_add(change, "status_id", json_object_new_int(status));
		bool created;
		mock_ticket_apply(d, change, &created);
		json_object_put(change);
	} else {
		json_object_object_del(a, "new_status");
		mock_item_cache_forget(d, t);
	}
	t->lastactiondate = now;
}

static struct json_object *add_action(struct mock_ctx *c, struct json_object *in)
{
	struct mock_data *d = c->data;
	bool named;
	const struct mock_outcome *o = outcome_of(c, in, &named);
	struct mock_ticket *t = mock_data_ticket(d, mock_json_int_or(in, "ticket_id", 0));
	struct json_object *list = mock_ticket_records_mut(d, t, MOCK_REC_ACTIONS);
	const struct mock_agent *me = mock_data_agent(d, mock_request_agent(d->me_agent_id));
	struct json_object *a = json_object_new_object();
	json_object_object_foreach(in, key, value)
	{
		json_object_object_add(a, key, json_object_get(value));
	}
	json_object_object_add(a, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(a, "id", json_object_new_int(next_action_id(list)));
	json_object_object_add(a, "outcome", json_object_new_string(o->outcome));
	json_object_object_add(a, "outcome_id", json_object_new_int(o->id));
	json_object_object_add(a, "who", json_object_new_string(me->name));
	json_object_object_add(a, "who_type", json_object_new_int(1));
	json_object_object_add(a, "who_agentid", json_object_new_int(me->id));
	json_object_object_add(a, "actionby_agent_id", json_object_new_int(me->id));
	int64_t now = mock_now();
	json_object_object_add(a, "datetime", mock_json_date(now));
	fill_note(a, in, o);
	touch_ticket(d, t, a, mock_json_int_or(in, "new_status", 0), now);
	note_not_done(c, in);
	json_object_array_add(list, a);
	d->is_dirty = true;
	return a;
}

static bool check_action(struct mock_ctx *c, size_t index, struct json_object *in, void *arg)
{
	(void)arg;
	if (!json_object_is_type(in, json_type_object)) {
		mock_reply_raw(c, 400, "{\"[0]\":[\"An object is expected.\"]}");
		return false;
	}
	return validate_action(c, index, in);
}

static struct json_object *store_action(struct mock_ctx *c, struct json_object *in, void *arg)
{
	(void)arg;
	return add_action(c, in);
}

void route_actions_post(struct mock_ctx *c)
{
	struct json_object *body = mock_body_listed(c);
	if (!body)
		return;
	if (!json_object_is_type(body, json_type_array)) {
		mock_reply_raw(c, 400, "{\"\":[\"An array of actions is expected.\"]}");
		json_object_put(body);
		return;
	}
	if (mock_refuse_ticket_write(c, body, "ticket_id")) {
		json_object_put(body);
		return;
	}
	static const struct mock_writer writer = { .validate = check_action,
						   .store = store_action,
						   .status = 201 };
	mock_write_items(c, body, &writer);
}
