/* The smaller ticket routes: zapier, salesmailbox, vote, View (and the view log),
 * processchildren, SetBillableProject. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mock/auth.h"
#include "mock/item_cache.h"
#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"

#define ZAPIER_TICKETS 10

void route_tickets_zapier(struct mock_ctx *c)
{
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	int shown = 0;
	for (size_t i = c->data->n_tickets; i-- > 0 && shown < ZAPIER_TICKETS;) {
		const struct mock_ticket *t = c->data->tickets[i];
		if (t->flags & MOCK_T_DELETED)
			continue;
		mock_ticket_write(&w, c->data, t, MOCK_VIEW_LIST, 0);
		shown++;
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

void route_tickets_salesmailbox(struct mock_ctx *c)
{
	static const char *const boxes[][2] = {
		{ "Sales", "sales@halodemo.example.com" },
		{ "Renewals", "renewals@halodemo.example.com" },
		{ "Partners", "partners@halodemo.example.com" },
	};
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < sizeof(boxes) / sizeof(boxes[0]); i++) {
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", (int64_t)i + 1);
		jsonw_string(&w, "name", boxes[i][0]);
		jsonw_string(&w, "emailaddress", boxes[i][1]);
		jsonw_bool(&w, "isdefault", i == 0);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
}

/* Runs EACH over the live tickets named by the `id` of every item of the body array,
 * under the write lock; answers 400 when an id names no ticket. False on a bad body. */
static bool for_each_item(struct mock_ctx *c, struct json_object *items,
			  void (*each)(struct mock_ctx *c, struct mock_ticket *t,
				       struct json_object *in, struct jsonw *w))
{
	size_t n = json_object_array_length(items);
	for (size_t i = 0; i < n; i++) {
		int id = 0;
		mock_json_int(json_object_array_get_idx(items, i), "id", &id);
		struct mock_ticket *t = mock_data_ticket(c->data, id);
		if (!t || (t->flags & MOCK_T_DELETED)) {
			char msg[100];
			snprintf(msg, sizeof(msg), "{\"error\":\"Ticket %d not found\"}", id);
			mock_reply_raw(c, 400, msg);
			return false;
		}
	}
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < n; i++) {
		struct json_object *in = json_object_array_get_idx(items, i);
		int id = 0;
		mock_json_int(in, "id", &id);
		struct mock_ticket *t = mock_data_ticket(c->data, id);
		mock_item_cache_forget(c->data, t);
		each(c, t, in, &w);
	}
	jsonw_array_close(&w);
	c->data->is_dirty = n > 0 || c->data->is_dirty;
	return true;
}

static void run_items(struct mock_ctx *c, void (*each)(struct mock_ctx *c, struct mock_ticket *t,
						       struct json_object *in, struct jsonw *w))
{
	struct json_object *items = mock_body_array(c);
	if (!items)
		return;
	pthread_rwlock_wrlock(&c->data->lock);
	for_each_item(c, items, each);
	pthread_rwlock_unlock(&c->data->lock);
	json_object_put(items);
}

/* A vote is Faults' own `your_vote` (1 useful, -1 not useful, 0 takes it back) and
 * `your_vote_comment`, for the agent the token acts as: voting again replaces that agent's
 * vote, so the counts hold one vote per agent. */
static void vote_one(struct mock_ctx *c, struct mock_ticket *t, struct json_object *in,
		     struct jsonw *w)
{
	struct mock_data *d = c->data;
	int vote = 0;
	mock_json_int(in, "your_vote", &vote);
	vote = vote > 0 ? 1 : vote < 0 ? -1 : 0;
	char key[16];
	snprintf(key, sizeof(key), "%d", mock_request_agent(d->me_agent_id));
	struct json_object *old = NULL;
	int old_vote = 0;
	if (t->voters && json_object_object_get_ex(t->voters, key, &old))
		mock_json_int(old, "your_vote", &old_vote);
	t->votes -= old_vote > 0;
	t->votes += vote > 0;
	if (!t->voters)
		t->voters = json_object_new_object();
	if (vote) {
		struct json_object *mine = json_object_new_object(), *comment = NULL;
		json_object_object_add(mine, "your_vote", json_object_new_int(vote));
		if (json_object_object_get_ex(in, "your_vote_comment", &comment) &&
		    json_object_is_type(comment, json_type_string))
			json_object_object_add(mine, "your_vote_comment", json_object_get(comment));
		json_object_object_add(t->voters, key, mine);
	} else {
		json_object_object_del(t->voters, key);
	}
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", t->id);
	mock_ticket_write_votes(w, t);
	mock_ticket_write_my_vote(w, d, t);
	jsonw_object_close(w);
}

void route_tickets_vote(struct mock_ctx *c)
{
	run_items(c, vote_one);
}

static void view_one(struct mock_ctx *c, struct mock_ticket *t, struct json_object *in,
		     struct jsonw *w)
{
	(void)in;
	struct mock_data *d = c->data;
	t->flags |= MOCK_T_READ;
	struct json_object *entry = json_object_new_object();
	json_object_object_add(entry, "id",
			       json_object_new_int((int)json_object_array_length(d->viewlog) + 1));
	json_object_object_add(entry, "ticket_id", json_object_new_int(t->id));
	json_object_object_add(entry, "agent_id",
			       json_object_new_int(mock_request_agent(d->me_agent_id)));
	json_object_object_add(
		entry, "agent_name",
		json_object_new_string(
			mock_data_agent(d, mock_request_agent(d->me_agent_id))->name));
	json_object_object_add(entry, "datetime", mock_json_date(mock_now()));
	json_object_array_add(d->viewlog, entry);
	mock_write_value(w, NULL, entry);
}

void route_tickets_view(struct mock_ctx *c)
{
	run_items(c, view_one);
}

void route_viewlog(struct mock_ctx *c)
{
	int ticket_id = (int)mock_query_long(&c->rq->query, "ticket_id", 0);
	struct jsonw w;
	pthread_rwlock_rdlock(&c->data->lock);
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < json_object_array_length(c->data->viewlog); i++) {
		struct json_object *e = json_object_array_get_idx(c->data->viewlog, i);
		int id = 0;
		mock_json_int(e, "ticket_id", &id);
		if (ticket_id <= 0 || id == ticket_id)
			mock_write_value(&w, NULL, e);
	}
	jsonw_array_close(&w);
	pthread_rwlock_unlock(&c->data->lock);
}

/* Applies the item's other fields (status, agent...) to every child of the ticket. */
static void children_one(struct mock_ctx *c, struct mock_ticket *t, struct json_object *in,
			 struct jsonw *w)
{
	struct mock_data *d = c->data;
	struct json_object *change = json_object_new_object();
	json_object_object_foreach(in, key, value)
	{
		if (strcmp(key, "id") != 0 && strcmp(key, "parent_id") != 0)
			json_object_object_add(change, key, json_object_get(value));
	}
	int done = 0;
	for (size_t i = 0; i < d->n_tickets; i++) {
		struct mock_ticket *child = d->tickets[i];
		if (child->parent_id != t->id || (child->flags & MOCK_T_DELETED))
			continue;
		json_object_object_add(change, "id", json_object_new_int(child->id));
		bool created;
		mock_ticket_apply(d, change, &created);
		done++;
	}
	json_object_put(change);
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", t->id);
	jsonw_int(w, "children_processed", done);
	jsonw_object_close(w);
}

void route_tickets_processchildren(struct mock_ctx *c)
{
	run_items(c, children_one);
}

static void billable_one(struct mock_ctx *c, struct mock_ticket *t, struct json_object *in,
			 struct jsonw *w)
{
	bool billable = true;
	mock_json_bool(in, "billable", &billable);
	mock_json_bool(in, "isbillable", &billable);
	if (billable)
		t->flags |= MOCK_T_BILLABLE;
	else
		t->flags &= ~(unsigned)MOCK_T_BILLABLE;
	json_object_array_add(c->data->projects, json_object_get(in));
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", t->id);
	jsonw_bool(w, "isbillable", billable);
	jsonw_object_close(w);
}

void route_tickets_billableproject(struct mock_ctx *c)
{
	struct json_object *body = mock_body_listed(c);
	if (!body)
		return;
	bool ok = json_object_is_type(body, json_type_array);
	for (size_t i = 0; ok && i < json_object_array_length(body); i++)
		ok = json_object_is_type(json_object_array_get_idx(body, i), json_type_object);
	if (!ok) {
		mock_reply_text(c, 400, "CODE:PRJ01/1 Please select a project");
	} else {
		pthread_rwlock_wrlock(&c->data->lock);
		for_each_item(c, body, billable_one);
		pthread_rwlock_unlock(&c->data->lock);
	}
	json_object_put(body);
}
