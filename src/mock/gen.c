/* Per-ticket records generated from (seed, id): custom fields, actions, approvals, to-dos. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/item_cache.h"
#include "mock/prng.h"
#include "mock/server.h"
#include "mock/text.h"
#include "mock/ticket.h"

#define HOUR 3600

static struct json_object *custom(int id, const char *name, const char *label, int type,
				  struct json_object *value, const char *display)
{
	struct json_object *o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int(id));
	json_object_object_add(o, "name", json_object_new_string(name));
	json_object_object_add(o, "label", json_object_new_string(label));
	json_object_object_add(o, "type", json_object_new_int(type));
	json_object_object_add(o, "value", value);
	json_object_object_add(o, "display", json_object_new_string(display));
	return o;
}

/* The generated custom field values of a ticket. */
struct customs {
	char asset[16];
	unsigned users;
	unsigned env;
};

static const char *const envs[] = { "Production", "Test", "Development", "Staging" };

/* V in decimal, at least WIDTH digits (zero-padded), into OUT (12 bytes); printf was a
 * tenth of a cold list page. */
static void format_digits(char *out, unsigned v, int width)
{
	char tmp[12];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width && n < (int)sizeof(tmp))
		tmp[n++] = '0';
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = '\0';
}

static void customs_of(const struct mock_data *d, const struct mock_ticket *t, struct customs *c)
{
	struct prng p;
	prng_init(&p, prng_hash(d->seed, (uint64_t)t->id, 400));
	memcpy(c->asset, "AST-", 4);
	format_digits(c->asset + 4, prng_below(&p, 100000), 5);
	c->users = 1 + prng_below(&p, 200);
	c->env = prng_below(&p, 4);
}

static struct json_object *gen_customs(const struct mock_data *d, const struct mock_ticket *t)
{
	struct customs c;
	customs_of(d, t, &c);
	struct json_object *a = json_object_new_array();
	char buf[16];
	json_object_array_add(a, custom(140, "CFAssetTag", "Asset tag", 0,
					json_object_new_string(c.asset), c.asset));
	format_digits(buf, c.users, 1);
	json_object_array_add(a, custom(141, "CFImpactedUsers", "Impacted users", 1,
					json_object_new_int((int)c.users), buf));
	json_object_array_add(a, custom(142, "CFEnvironment", "Environment", 2,
					json_object_new_int((int)c.env + 1), envs[c.env]));
	return a;
}

static void write_custom(struct jsonw *w, int id, const char *name, const char *label, int type)
{
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", id);
	jsonw_string(w, "name", name);
	jsonw_string(w, "label", label);
	jsonw_int(w, "type", type);
}

void mock_ticket_write_customs(struct jsonw *w, const struct mock_data *d,
			       const struct mock_ticket *t)
{
	if (t->customs) {
		mock_write_value(w, "customfields", t->customs);
		return;
	}
	/* the same as gen_customs, written straight out: list pages are hot */
	struct customs c;
	customs_of(d, t, &c);
	char buf[16];
	jsonw_array_open(w, "customfields");
	write_custom(w, 140, "CFAssetTag", "Asset tag", 0);
	jsonw_string(w, "value", c.asset);
	jsonw_string(w, "display", c.asset);
	jsonw_object_close(w);
	write_custom(w, 141, "CFImpactedUsers", "Impacted users", 1);
	jsonw_int(w, "value", c.users);
	format_digits(buf, c.users, 1);
	jsonw_string(w, "display", buf);
	jsonw_object_close(w);
	write_custom(w, 142, "CFEnvironment", "Environment", 2);
	jsonw_int(w, "value", c.env + 1);
	jsonw_string(w, "display", envs[c.env]);
	jsonw_object_close(w);
	jsonw_array_close(w);
}

static struct json_object *gen_action(const struct mock_data *d, const struct mock_ticket *t,
				      int number, int total, struct prng *p)
{
	struct json_object *o = json_object_new_object();
	const char *outcome = mock_text_outcome(d->seed, t->id, number);
	int64_t span = t->lastactiondate - t->dateoccurred;
	int64_t when = t->dateoccurred + (total > 1 ? span * (number - 1) / (total - 1) : 0);
	const struct mock_agent *agent = &d->agents[prng_below(p, (uint32_t)d->n_agents)];
	const struct mock_user *user = mock_data_user(d, t->user_id);
	bool by_user = number == 1 || !strcmp(outcome, "Email Received");
	struct strbuf note;
	strbuf_init(&note);
	json_object_object_add(o, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(o, "id", json_object_new_int(number));
	json_object_object_add(o, "outcome", json_object_new_string(outcome));
	json_object_object_add(o, "who",
			       json_object_new_string(by_user && user ? user->name : agent->name));
	json_object_object_add(o, "who_type", json_object_new_int(by_user ? 2 : 1));
	json_object_object_add(o, "who_agentid", json_object_new_int(by_user ? 0 : agent->id));
	json_object_object_add(o, "datetime", mock_json_date(when));
	mock_text_note(&note, d->seed, t->id, number, 0);
	json_object_object_add(o, "note", json_object_new_string(note.data));
	strbuf_reset(&note);
	mock_text_note(&note, d->seed, t->id, number, 1);
	json_object_object_add(o, "note_html", json_object_new_string(note.data));
	json_object_object_add(o, "hiddenfromuser", json_object_new_boolean(prng_below(p, 3) == 0));
	json_object_object_add(o, "important", json_object_new_boolean(false));
	json_object_object_add(o, "timetaken", json_object_new_double(prng_below(p, 8) * 0.25));
	if (number == total && number > 1) {
		const struct mock_status *s = mock_data_status(d, t->status_id);
		json_object_object_add(o, "new_status", json_object_new_int(t->status_id));
		json_object_object_add(o, "new_status_name",
				       json_object_new_string(s ? s->name : ""));
	}
	strbuf_fini(&note);
	return o;
}

static struct json_object *gen_actions(const struct mock_data *d, const struct mock_ticket *t)
{
	struct json_object *a = json_object_new_array();
	if ((unsigned)(t->id - d->first_id) >= d->generated_count)
		return a; /* created through the API: its actions are stored, never generated */
	struct prng p;
	prng_init(&p, prng_hash(d->seed, (uint64_t)t->id, 500));
	int total = 1 + (int)prng_below(&p, 6);
	for (int i = 1; i <= total; i++)
		json_object_array_add(a, gen_action(d, t, i, total, &p));
	return a;
}

static struct json_object *gen_approval(const struct mock_data *d, const struct mock_ticket *t,
					int seq, int steps, struct prng *p)
{
	static const char *const step_names[] = { "Line manager", "Finance", "CAB" };
	static const char *const notes[] = { "Approved, go ahead.", "Budget not available.",
					     "Fine by me", "Rejected: use the standard model" };
	int result;
	if (t->status_id == 20)
		result = seq < steps ? MOCK_APPROVAL_APPROVED : MOCK_APPROVAL_PENDING;
	else
		result = (int)prng_below(p, 3);
	bool mine = prng_below(p, 3) == 0;
	const struct mock_agent *agent =
		mine ? mock_data_agent(d, d->me_agent_id)
		     : &d->agents[1 + prng_below(p, (uint32_t)d->n_agents - 1)];
	struct json_object *o = json_object_new_object();
	json_object_object_add(o, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(o, "seq", json_object_new_int(seq));
	json_object_object_add(o, "step_id", json_object_new_int(seq));
	json_object_object_add(o, "step_name", json_object_new_string(step_names[(seq - 1) % 3]));
	json_object_object_add(o, "result", json_object_new_int(result));
	json_object_object_add(o, "type", json_object_new_int(0));
	json_object_object_add(o, "agent_id", json_object_new_int(agent->id));
	json_object_object_add(o, "name", json_object_new_string(agent->name));
	json_object_object_add(o, "emailaddress", json_object_new_string(agent->email));
	json_object_object_add(o, "approval_process_id", json_object_new_int(1 + (seq > 2)));
	json_object_object_add(
		o, "approval_process_name",
		json_object_new_string(seq > 2 ? "Change approval" : "Purchase approval"));
	json_object_object_add(o, "summary", json_object_new_string(t->summary));
	json_object_object_add(o, "datetime", mock_json_date(t->dateoccurred + HOUR));
	json_object_object_add(o, "is_mandatory", json_object_new_boolean(true));
	json_object_object_add(o, "votes_required_to_accept", json_object_new_int(1));
	if (result != MOCK_APPROVAL_PENDING) {
		json_object_object_add(o, "dateapproved",
				       mock_json_date(t->dateoccurred + (2 + seq) * HOUR));
		json_object_object_add(o, "approver_note",
				       json_object_new_string(notes[(result - 1) * 2 + (seq & 1)]));
	}
	return o;
}

static struct json_object *gen_approvals(const struct mock_data *d, const struct mock_ticket *t)
{
	struct json_object *a = json_object_new_array();
	if (!(t->flags & MOCK_T_APPROVALS))
		return a;
	struct prng p;
	prng_init(&p, prng_hash(d->seed, (uint64_t)t->id, 600));
	int steps = 1 + (int)prng_below(&p, 3);
	if (t->status_id == 20 && steps < 2)
		steps = 2;
	for (int seq = 1; seq <= steps; seq++)
		json_object_array_add(a, gen_approval(d, t, seq, steps, &p));
	return a;
}

static struct json_object *gen_todos(const struct mock_data *d, const struct mock_ticket *t)
{
	struct json_object *a = json_object_new_array();
	if (!(t->flags & MOCK_T_TODOS))
		return a;
	struct prng p;
	prng_init(&p, prng_hash(d->seed, (uint64_t)t->id, 700));
	int n = 2 + (int)prng_below(&p, 4);
	const struct mock_agent *me = mock_data_agent(d, d->me_agent_id);
	for (int i = 1; i <= n; i++) {
		bool done = prng_below(&p, 3) == 0;
		struct json_object *o = json_object_new_object();
		json_object_object_add(o, "id", json_object_new_int(MOCK_TODO_ID(t->id, i)));
		json_object_object_add(o, "ticket_id", json_object_new_int(t->id));
		json_object_object_add(o, "text",
				       json_object_new_string(mock_text_todo(d->seed, t->id, i)));
		json_object_object_add(o, "done", json_object_new_boolean(done));
		json_object_object_add(o, "sequence", json_object_new_int(i));
		json_object_object_add(o, "addedby", json_object_new_int(me->id));
		if (done) {
			json_object_object_add(o, "done_by_id", json_object_new_int(me->id));
			json_object_object_add(o, "done_by_name", json_object_new_string(me->name));
			json_object_object_add(o, "actual_end",
					       mock_json_date(t->dateoccurred + i * HOUR));
		}
		json_object_array_add(a, o);
	}
	return a;
}

static struct json_object **slot(struct mock_ticket *t, enum mock_record_kind kind)
{
	switch (kind) {
	case MOCK_REC_CUSTOMS:
		return &t->customs;
	case MOCK_REC_ACTIONS:
		return &t->actions;
	case MOCK_REC_APPROVALS:
		return &t->approvals;
	default:
		return &t->todos;
	}
}

static struct json_object *generate(const struct mock_data *d, const struct mock_ticket *t,
				    enum mock_record_kind kind)
{
	switch (kind) {
	case MOCK_REC_CUSTOMS:
		return gen_customs(d, t);
	case MOCK_REC_ACTIONS:
		return gen_actions(d, t);
	case MOCK_REC_APPROVALS:
		return gen_approvals(d, t);
	default:
		return gen_todos(d, t);
	}
}

struct json_object *mock_ticket_records(const struct mock_data *d, const struct mock_ticket *t,
					enum mock_record_kind kind)
{
	struct json_object *stored = kind == MOCK_REC_CUSTOMS	  ? t->customs
				     : kind == MOCK_REC_ACTIONS	  ? t->actions
				     : kind == MOCK_REC_APPROVALS ? t->approvals
								  : t->todos;
	if (!stored)
		return generate(d, t, kind);
	/* a copy, not a reference: json-c's reference count is not atomic and readers run
	 * side by side under the read lock */
	struct json_object *copy = NULL;
	if (json_object_deep_copy(stored, &copy, NULL) != 0)
		return json_object_new_array();
	return copy;
}

struct json_object *mock_ticket_records_mut(struct mock_data *d, struct mock_ticket *t,
					    enum mock_record_kind kind)
{
	mock_item_cache_forget(d, t); /* the caller changes it next */
	struct json_object **s = slot(t, kind);
	if (!*s)
		*s = generate(d, t, kind);
	return *s;
}
