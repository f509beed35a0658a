/* One ticket: GET and DELETE /api/Tickets/{id}, POST /api/Tickets and /api/Tickets/Object. */
#include "config.h"

#include <stdlib.h>

#include "mock/item_cache.h"
#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_edit.h"
#include "util/alloc.h"

static void reply_missing(struct mock_ctx *c, int id)
{
	if (c->server->opts.missing_ticket == MOCK_MISSING_EMPTY200) {
		mock_reply_raw(c, 200, "{}");
		return;
	}
	struct jsonw w;
	mock_reply_json(c, 404, &w);
	jsonw_object_open(&w, NULL);
	char msg[80];
	snprintf(msg, sizeof(msg), "Ticket %d not found", id);
	jsonw_string(&w, "Message", msg);
	jsonw_object_close(&w);
}

void route_ticket_get(struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	unsigned with = 0;
	if (mock_query_bool(q, "includedetails", false))
		with |= MOCK_WITH_DETAILS;
	if (mock_query_bool(q, "includelastaction", false))
		with |= MOCK_WITH_LASTACTION;
	if (mock_query_bool(q, "includechildids", false))
		with |= MOCK_WITH_CHILDIDS;
	enum mock_ticket_view view =
		mock_query_bool(q, "ticketidonly", false) ? MOCK_VIEW_ID_ONLY : MOCK_VIEW_FULL;
	pthread_rwlock_rdlock(&c->data->lock);
	const struct mock_ticket *t = mock_data_ticket(c->data, c->rq->ids[0]);
	if (!t || (t->flags & MOCK_T_DELETED)) {
		reply_missing(c, c->rq->ids[0]);
	} else {
		struct jsonw w;
		mock_reply_json(c, 200, &w);
		mock_ticket_write(&w, c->data, t, view, with);
	}
	pthread_rwlock_unlock(&c->data->lock);
}

void route_ticket_delete(struct mock_ctx *c)
{
	const char *reason = mock_query_get(&c->rq->query, "reason");
	pthread_rwlock_wrlock(&c->data->lock);
	struct mock_ticket *t = mock_data_ticket(c->data, c->rq->ids[0]);
	if (!t || (t->flags & MOCK_T_DELETED)) {
		struct jsonw w;
		mock_reply_json(c, 404, &w);
		jsonw_object_open(&w, NULL);
		jsonw_string(&w, "Message", "Ticket not found");
		jsonw_object_close(&w);
	} else {
		mock_item_cache_forget(c->data, t);
		t->flags |= MOCK_T_DELETED;
		c->data->n_deleted++;
		free(t->delete_reason);
		t->delete_reason = xstrdup(reason ? reason : "");
		c->data->is_dirty = true;
		if (c->server->opts.delete_body == MOCK_DELETE_EMPTY) {
			mock_reply_raw(c, 200, "{}");
		} else {
			struct jsonw w;
			mock_reply_json(c, 200, &w);
			mock_ticket_write(&w, c->data, t, MOCK_VIEW_FULL, 0);
		}
	}
	pthread_rwlock_unlock(&c->data->lock);
}

/* Validates every item, then writes them all; answers the last or (RETURNALL) all. */
static void write_tickets(struct mock_ctx *c, struct json_object *items, bool returnall,
			  bool as_array)
{
	size_t n = json_object_array_length(items);
	pthread_rwlock_wrlock(&c->data->lock);
	for (size_t i = 0; i < n; i++) {
		if (!mock_ticket_validate(c, json_object_array_get_idx(items, i), i)) {
			pthread_rwlock_unlock(&c->data->lock);
			return;
		}
	}
	struct mock_ticket **written = xcalloc(n + 1, sizeof(*written));
	bool any_created = false;
	for (size_t i = 0; i < n; i++) {
		bool created;
		written[i] =
			mock_ticket_apply(c->data, json_object_array_get_idx(items, i), &created);
		any_created |= created;
	}
	struct jsonw w;
	mock_reply_json(c, any_created ? 201 : 200, &w);
	if (returnall || as_array)
		jsonw_array_open(&w, NULL);
	for (size_t i = returnall || as_array ? 0 : (n ? n - 1 : 0); i < n; i++)
		mock_ticket_write(&w, c->data, written[i], MOCK_VIEW_FULL, 0);
	if (returnall || as_array)
		jsonw_array_close(&w);
	if (n == 0 && !returnall && !as_array)
		mock_reply_raw(c, 200, "{}");
	pthread_rwlock_unlock(&c->data->lock);
	free(written);
}

void route_tickets_post(struct mock_ctx *c)
{
	struct json_object *items = mock_body_array(c);
	if (!items)
		return;
	if (!mock_refuse_ticket_write(c, items, "id"))
		write_tickets(c, items, mock_query_bool(&c->rq->query, "returnall", false), false);
	json_object_put(items);
}

void route_tickets_object(struct mock_ctx *c)
{
	struct json_object *obj = mock_body_json(c);
	if (!obj)
		return;
	if (!json_object_is_type(obj, json_type_object)) {
		mock_reply_text(c, 400, "CODE:TKT02/1 A single ticket object is expected");
		json_object_put(obj);
		return;
	}
	struct json_object *items = json_object_new_array();
	json_object_array_add(items, obj);
	write_tickets(c, items, false, false);
	json_object_put(items);
}
