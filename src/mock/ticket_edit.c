/* Ticket writes: what POST /api/Tickets and its relatives change in a row. */
#include "config.h"

#include "mock/ticket_edit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mock/item_cache.h"
#include "mock/text.h"
#include "mock/ticket.h"
#include "mock/ticket_create.h"
#include "util/alloc.h"

#define HOUR 3600

/* Fields that have a column, or are derived, and so never land in `extra`. */
static const char *const known_keys[] = {
	"id",
	"summary",
	"details",
	"details_html",
	"status_id",
	"priority_id",
	"tickettype_id",
	"requesttype_id",
	"sla_id",
	"client_id",
	"site_id",
	"user_id",
	"agent_id",
	"team",
	"team_id",
	"parent_id",
	"flagged",
	"onhold",
	"read",
	"dateoccurred",
	"deadlinedate",
	"fixbydate",
	"respondbydate",
	"customfields",
	"excludefromsla",
	"client_name",
	"site_name",
	"user_name",
	"user_email",
	"agent_name",
	"child_count",
	"attachment_count",
	"lastactiondate",
	"last_update",
	"dateclosed",
	"slaresponsestate",
	"status_name",
	"tickettype_name",
	"sla_name",
	"priority",
	"useful_count",
	"deleted",
	"deleted_reason",
	"isbillable",
	"lastaction",
	"child_ticket_ids",
	"lastincomingemail",
	"utcoffset",
};

int64_t mock_now(void)
{
	return (int64_t)time(NULL);
}

static bool is_known(const char *key)
{
	if (key[0] == '_')
		return true;
	for (size_t i = 0; i < sizeof(known_keys) / sizeof(known_keys[0]); i++)
		if (!strcmp(known_keys[i], key))
			return true;
	return false;
}

static bool has(struct json_object *obj, const char *key)
{
	struct json_object *v;
	return json_object_object_get_ex(obj, key, &v) && v;
}

static void reply_class(struct mock_ctx *c, const char *message)
{
	struct jsonw w;
	mock_reply_json(c, 400, &w);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "ClassName", "HaloApi.Exceptions.HaloValidationException");
	jsonw_string(&w, "Message", message);
	jsonw_object_close(&w);
}

/* The ids that must name something that exists, when given. */
static bool check_refs(struct mock_ctx *c, struct json_object *obj)
{
	struct mock_data *d = c->data;
	int v;
	char msg[160];
	if (mock_json_int(obj, "status_id", &v) && !mock_data_status(d, v))
		snprintf(msg, sizeof(msg), "Status %d does not exist", v);
	else if (mock_json_int(obj, "priority_id", &v) && (v < 1 || v > 4))
		snprintf(msg, sizeof(msg), "Priority %d does not exist", v);
	else if (mock_json_int(obj, "agent_id", &v) && v > 1 && !mock_data_agent(d, v))
		snprintf(msg, sizeof(msg), "Agent %d does not exist", v);
	else if (mock_json_int(obj, "client_id", &v) && !mock_data_client_name(d, v))
		snprintf(msg, sizeof(msg), "Client %d does not exist", v);
	else if (mock_json_int(obj, "user_id", &v) && !mock_data_user(d, v))
		snprintf(msg, sizeof(msg), "User %d does not exist", v);
	else if (mock_json_int(obj, "tickettype_id", &v) &&
		 !mock_data_name(d->tickettypes, d->n_tickettypes, v))
		snprintf(msg, sizeof(msg), "Ticket type %d does not exist", v);
	else if (mock_json_int(obj, "parent_id", &v) && v > 0 && !mock_data_ticket(d, v))
		snprintf(msg, sizeof(msg), "Parent ticket %d does not exist", v);
	else
		return true;
	reply_class(c, msg);
	return false;
}

bool mock_ticket_validate(struct mock_ctx *c, struct json_object *obj, size_t index)
{
	int id = 0;
	if (has(obj, "id") && !mock_json_int(obj, "id", &id)) {
		char body[160];
		snprintf(body, sizeof(body),
			 "{\"[%zu].id\":[\"The JSON value could not be converted to "
			 "System.Int32.\"]}",
			 index);
		mock_reply_raw(c, 400, body);
		return false;
	}
	if (id > 0) {
		const struct mock_ticket *t = mock_data_ticket(c->data, id);
		if (!t || (t->flags & MOCK_T_DELETED)) {
			char body[120];
			snprintf(body, sizeof(body), "{\"error\":\"Ticket %d not found\"}", id);
			mock_reply_raw(c, 400, body);
			return false;
		}
	} else {
		const char *summary = mock_json_str(obj, "summary");
		if (!summary || !*summary) {
			mock_reply_text(c, 400, "CODE:TKT01/1 Please enter a Summary");
			return false;
		}
		if (!mock_ticket_check_create(c, obj))
			return false;
	}
	return check_refs(c, obj);
}

static void set_text(char **field, const char *value)
{
	free(*field);
	*field = xstrdup(value);
}

static void set_user(struct mock_data *d, struct mock_ticket *t, int user_id)
{
	const struct mock_user *u = mock_data_user(d, user_id);
	if (!u)
		return;
	t->user_id = u->id;
	t->site_id = u->site_id;
	t->client_id = u->client_id;
}

static void set_parent(struct mock_data *d, struct mock_ticket *t, int parent_id)
{
	if (parent_id == t->id)
		return;
	struct mock_ticket *old = mock_data_ticket(d, t->parent_id);
	if (old && old->child_count > 0)
		old->child_count--;
	mock_item_cache_forget(d, old);
	struct mock_ticket *parent = mock_data_ticket(d, parent_id);
	mock_item_cache_forget(d, parent);
	t->parent_id = parent ? parent->id : 0;
	if (parent)
		parent->child_count++;
}

static void set_status(struct mock_data *d, struct mock_ticket *t, int status_id)
{
	t->status_id = status_id;
	const struct mock_status *s = mock_data_status(d, status_id);
	if (s && s->type == MOCK_STATUS_CLOSED) {
		if (!t->dateclosed)
			t->dateclosed = mock_now();
	} else {
		t->dateclosed = 0;
	}
	if (s && s->type == MOCK_STATUS_HOLD)
		t->flags |= MOCK_T_ONHOLD;
	else
		t->flags &= ~(unsigned)MOCK_T_ONHOLD;
}

static void set_flag(struct mock_ticket *t, struct json_object *obj, const char *key, unsigned f)
{
	bool b;
	if (!mock_json_bool(obj, key, &b))
		return;
	if (b)
		t->flags |= f;
	else
		t->flags &= ~f;
}

static void set_date(struct json_object *obj, const char *key, int64_t *field)
{
	const char *s = mock_json_str(obj, key);
	int64_t v;
	if (s && mock_parse_date(s, &v))
		*field = v;
}

/* customfields: [{id or name, value}] sets values of the ticket's fields. */
static void set_customs(struct mock_data *d, struct mock_ticket *t, struct json_object *list)
{
	struct json_object *mine = mock_ticket_records_mut(d, t, MOCK_REC_CUSTOMS);
	for (size_t i = 0; i < json_object_array_length(list); i++) {
		struct json_object *in = json_object_array_get_idx(list, i);
		struct json_object *value;
		int id = 0;
		const char *name = mock_json_str(in, "name");
		if (!json_object_object_get_ex(in, "value", &value))
			continue;
		mock_json_int(in, "id", &id);
		for (size_t k = 0; k < json_object_array_length(mine); k++) {
			struct json_object *cf = json_object_array_get_idx(mine, k);
			int cid = 0;
			mock_json_int(cf, "id", &cid);
			const char *cname = mock_json_str(cf, "name");
			if (!(id && id == cid) && !(name && cname && !strcmp(name, cname)))
				continue;
			json_object_object_add(cf, "value", json_object_get(value));
			json_object_object_add(
				cf, "display",
				json_object_new_string(value ? json_object_get_string(value) : ""));
		}
	}
}

static void apply_ints(struct mock_data *d, struct mock_ticket *t, struct json_object *obj)
{
	int v;
	if (mock_json_int(obj, "user_id", &v))
		set_user(d, t, v);
	if (mock_json_int(obj, "client_id", &v))
		t->client_id = v;
	if (mock_json_int(obj, "site_id", &v) && mock_data_site(d, v))
		t->site_id = v;
	if (mock_json_int(obj, "status_id", &v))
		set_status(d, t, v);
	if (mock_json_int(obj, "priority_id", &v))
		t->priority_id = v;
	if (mock_json_int(obj, "sla_id", &v) && mock_data_name(d->slas, d->n_slas, v))
		t->sla_id = v;
	if (mock_json_int(obj, "tickettype_id", &v) || mock_json_int(obj, "requesttype_id", &v))
		if (mock_data_name(d->tickettypes, d->n_tickettypes, v))
			t->tickettype_id = v;
	if (mock_json_int(obj, "agent_id", &v))
		t->agent_id = v > 1 ? v : 0;
	if (mock_json_int(obj, "team_id", &v) && mock_data_name(d->teams, d->n_teams, v))
		t->team_id = v;
	const char *team = mock_json_str(obj, "team");
	if (team && mock_data_team_by_name(d, team))
		t->team_id = mock_data_team_by_name(d, team);
	if (mock_json_int(obj, "parent_id", &v))
		set_parent(d, t, v);
}

static void apply_rest(struct mock_data *d, struct mock_ticket *t, struct json_object *obj)
{
	const char *s;
	if ((s = mock_json_str(obj, "summary")) && *s) {
		if (!t->details && (unsigned)(t->id - d->first_id) < d->generated_count) {
			struct strbuf scratch;
			strbuf_init(&scratch);
			t->details = xstrdup(mock_ticket_details(d, t, &scratch));
			strbuf_fini(&scratch);
		}
		set_text(&t->summary, s);
	}
	if ((s = mock_json_str(obj, "details_html")) || (s = mock_json_str(obj, "details")))
		set_text(&t->details, s);
	set_flag(t, obj, "flagged", MOCK_T_FLAGGED);
	set_flag(t, obj, "onhold", MOCK_T_ONHOLD);
	set_flag(t, obj, "read", MOCK_T_READ);
	set_flag(t, obj, "excludefromsla", MOCK_T_EXCLUDESLA);
	set_date(obj, "dateoccurred", &t->dateoccurred);
	set_date(obj, "deadlinedate", &t->deadlinedate);
	set_date(obj, "fixbydate", &t->fixbydate);
	set_date(obj, "respondbydate", &t->respondbydate);
	struct json_object *customs;
	if (json_object_object_get_ex(obj, "customfields", &customs) &&
	    json_object_is_type(customs, json_type_array))
		set_customs(d, t, customs);
	json_object_object_foreach(obj, key, value)
	{
		if (is_known(key))
			continue;
		if (!t->extra)
			t->extra = json_object_new_object();
		json_object_object_add(t->extra, key, json_object_get(value));
	}
}

/* A ticket created through the API: defaults, SLA dates and its first action. */
static struct mock_ticket *create(struct mock_data *d)
{
	struct mock_ticket *t = mock_data_add_ticket(d);
	t->status_id = 1;
	t->priority_id = 3;
	t->sla_id = 1;
	t->tickettype_id = d->tickettypes[0].id;
	t->team_id = d->teams[0].id;
	set_user(d, t, d->users[0].id);
	t->dateoccurred = mock_now();
	t->lastactiondate = t->dateoccurred;
	t->actions = json_object_new_array();
	return t;
}

/* A new ticket as Halo completes it: no details is an empty body, not text made up, and a
 * client or site named without a user gets a user of that client (and site), as Halo falls
 * back to the client's own user. */
static void settle_new(struct mock_data *d, struct mock_ticket *t, struct json_object *obj)
{
	if (!t->details)
		t->details = xstrdup("");
	int v;
	if (mock_json_int(obj, "user_id", &v))
		return;
	const struct mock_user *u = mock_data_user(d, t->user_id);
	if (u && u->client_id == t->client_id && u->site_id == t->site_id)
		return;
	bool has_site = mock_json_int(obj, "site_id", &v);
	for (size_t i = 0; i < d->n_users; i++) {
		const struct mock_user *c = &d->users[i];
		if (c->client_id == t->client_id && (!has_site || c->site_id == t->site_id)) {
			t->user_id = c->id;
			t->site_id = c->site_id;
			return;
		}
	}
}

static void log_creation(struct mock_data *d, struct mock_ticket *t)
{
	const struct mock_priority *p = mock_data_priority(d, t->sla_id, t->priority_id);
	if (!t->respondbydate)
		t->respondbydate = t->dateoccurred + (p ? p->response_hours : 8) * HOUR;
	if (!t->fixbydate)
		t->fixbydate = t->dateoccurred + (p ? p->fix_hours : 24) * HOUR;
	if (!t->deadlinedate)
		t->deadlinedate = t->fixbydate;
	struct json_object *a = json_object_new_object();
	json_object_object_add(a, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(a, "id", json_object_new_int(1));
	json_object_object_add(a, "outcome", json_object_new_string("Ticket Logged"));
	json_object_object_add(
		a, "who",
		json_object_new_string(
			mock_data_agent(d, mock_request_agent(d->me_agent_id))->name));
	json_object_object_add(a, "who_agentid",
			       json_object_new_int(mock_request_agent(d->me_agent_id)));
	json_object_object_add(a, "datetime", mock_json_date(t->dateoccurred));
	json_object_object_add(a, "note", json_object_new_string(t->summary));
	json_object_object_add(a, "note_html",
			       json_object_new_string(t->details ? t->details : ""));
	json_object_object_add(a, "hiddenfromuser", json_object_new_boolean(false));
	json_object_array_add(t->actions, a);
}

struct mock_ticket *mock_ticket_apply(struct mock_data *d, struct json_object *obj, bool *created)
{
	int id = 0;
	mock_json_int(obj, "id", &id);
	struct mock_ticket *t = id > 0 ? mock_data_ticket(d, id) : NULL;
	*created = t == NULL;
	if (!t)
		t = create(d);
	mock_item_cache_forget(d, t);
	apply_ints(d, t, obj);
	apply_rest(d, t, obj);
	if (*created)
		settle_new(d, t, obj);
	if (*created)
		log_creation(d, t);
	else
		t->lastactiondate = mock_now();
	d->is_dirty = true;
	return t;
}
