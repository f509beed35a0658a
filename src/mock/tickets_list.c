/* GET /api/Tickets: the selection (shared by the pages of a query) and Halo's paging. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/item_cache.h"
#include "mock/routes.h"
#include "mock/ticket.h"
#include "mock/ticket_filter.h"
#include "mock/tickets_params.h"
#include "util/alloc.h"

#define DEFAULT_PAGE_SIZE 50
#define MAX_PAGE_SIZE 100
/* About the size of a list item: the page's buffer is sized once, not doubled ten times. */
#define ITEM_BYTES_GUESS 1200

/* The matching tickets in order, scanned and sorted now; caller frees. */
static struct mock_ticket **scan_tickets(const struct ticket_filter *f, size_t *count)
{
	const struct mock_data *d = f->d;
	struct mock_ticket **out = xreallocarray(NULL, d->n_tickets + 1, sizeof(*out));
	size_t n = 0;
	for (size_t i = 0; i < d->n_tickets; i++)
		if (d->tickets[i] && ticket_filter_matches(f, d->tickets[i]))
			out[n++] = d->tickets[i];
	ticket_order_sort(out, n, d, f->order, f->n_order);
	*count = n;
	return xreallocarray(out, n + 1, sizeof(*out)); /* it is kept: only what matched */
}

/* Parameters that only cut the answer: a selection is shared whatever they say. */
static bool is_paging_key(const char *key)
{
	static const char *const keys[] = { "page_no", "page_size",    "pageinate",
					    "count",   "ticketidonly", "includedetails" };
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (!strcasecmp(key, keys[i]))
			return true;
	return false;
}

/* The query less its paging, as the key of its selection: each name (in lower case) and
 * value follows its length, so no value can pass for several parameters. */
static void selection_key(struct strbuf *key, const struct mock_query *q)
{
	for (size_t i = 0; i < q->n; i++) {
		const char *name = q->items[i].key, *value = q->items[i].value;
		if (is_paging_key(name))
			continue;
		strbuf_appendf(key, "%zu:", strlen(name));
		for (const char *k = name; *k; k++)
			strbuf_append_char(key, (char)tolower((unsigned char)*k));
		strbuf_appendf(key, "%zu:%s", strlen(value), value);
	}
}

/* The matching tickets in order: the data's own array when nothing filters, else a
 * selection shared with the other pages of the query (caller releases *HELD). */
static struct mock_ticket **select_tickets(const struct ticket_filter *f, struct mock_data *d,
					   const struct mock_query *q, size_t *count,
					   struct mock_selection **held)
{
	*held = NULL;
	if (ticket_filter_is_trivial(f)) {
		*count = d->n_tickets;
		return d->tickets;
	}
	struct strbuf key;
	strbuf_init(&key);
	strbuf_appendf(&key, "as%d;", mock_request_agent(0)); /* mine=true is per agent */
	selection_key(&key, q);
	*held = mock_select_cache_get(&d->selections, key.data, d->generation);
	if (!*held) {
		size_t n;
		struct mock_ticket **list = scan_tickets(f, &n);
		*held = mock_select_cache_put(&d->selections, key.data, d->generation, list, n);
	}
	strbuf_fini(&key);
	*count = (*held)->n;
	return (*held)->tickets;
}

/* Halo's paging switches, read once per request. */
struct paging {
	bool is_id_only, is_paged;
	long asked_size; /* echoed back as Halo does: only the items tell the real size */
	long size, number, count;
	unsigned with;
};

static void parse_paging(struct paging *p, const struct mock_query *q)
{
	p->is_id_only = mock_query_bool(q, "ticketidonly", false);
	p->is_paged = !p->is_id_only && mock_query_bool(q, "pageinate", false);
	p->asked_size = mock_query_long(q, "page_size", DEFAULT_PAGE_SIZE);
	p->size = p->asked_size < 1 ? DEFAULT_PAGE_SIZE : p->asked_size;
	p->size = p->size > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : p->size;
	p->number = mock_query_long(q, "page_no", 1);
	p->number = p->number < 1 ? 1 : p->number;
	p->count = mock_query_long(q, "count", 0);
	p->with = mock_query_bool(q, "includedetails", false) ? MOCK_WITH_HTML : 0;
}

/* The slice [*FROM, *TO) of N matches that the answer carries. */
static void slice(const struct paging *p, size_t n, size_t *from, size_t *to)
{
	*from = 0;
	*to = n;
	if (p->is_paged) {
		*from = (size_t)(p->number - 1) * (size_t)p->size;
		*from = *from > n ? n : *from;
		*to = *from + (size_t)p->size > n ? n : *from + (size_t)p->size;
	} else if (p->count > 0 && (size_t)p->count < n) {
		*to = (size_t)p->count;
	}
}

/* Refuses a view_id or columns_id that names no built-in profile, as a tenant without that
 * profile would; true when the request may go on. */
static bool profiles_exist(struct mock_ctx *c, long *columns_id)
{
	const struct mock_query *q = &c->rq->query;
	long view_id = mock_query_long(q, "view_id", 0);
	*columns_id = mock_query_long(q, "columns_id", 0);
	char text[96];
	if (mock_query_get(q, "view_id") && !mock_view_profile((int)view_id)) {
		snprintf(text, sizeof(text), "No filter profile with id %ld", view_id);
		mock_reply_text(c, 400, text);
		return false;
	}
	if (mock_query_get(q, "columns_id") && !mock_column_profile((int)*columns_id)) {
		snprintf(text, sizeof(text), "No column profile with id %ld", *columns_id);
		mock_reply_text(c, 400, text);
		return false;
	}
	return true;
}

void route_tickets_list(struct mock_ctx *c)
{
	struct ticket_filter f;
	struct paging p;
	long columns_id;
	mock_tickets_ignored(&c->rq->query, &c->rs->ignored);
	if (!profiles_exist(c, &columns_id))
		return;
	ticket_filter_parse(&f, c);
	parse_paging(&p, &c->rq->query);
	pthread_rwlock_rdlock(&c->data->lock);
	size_t n, from, to;
	struct mock_selection *held;
	struct mock_ticket **list = select_tickets(&f, c->data, &c->rq->query, &n, &held);
	slice(&p, n, &from, &to);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	if (p.is_paged) {
		jsonw_int(&w, "page_no", p.number);
		jsonw_int(&w, "page_size", p.asked_size);
	}
	jsonw_int(&w, "record_count", (int64_t)n);
	jsonw_array_open(&w, "tickets");
	strbuf_grow(w.out, (to - from) * ITEM_BYTES_GUESS);
	for (size_t i = from; i < to; i++)
		if (p.is_id_only || p.with)
			mock_ticket_write(&w, c->data, list[i],
					  p.is_id_only ? MOCK_VIEW_ID_ONLY : MOCK_VIEW_LIST,
					  p.with);
		else
			mock_item_cache_write(&w, c->data, list[i]);
	jsonw_array_close(&w);
	if (columns_id && mock_column_profile((int)columns_id))
		jsonw_int(&w, "columns_id", columns_id);
	else
		jsonw_null(&w, "columns_id");
	jsonw_bool(&w, "include_children", ticket_filter_set_has(&f.children, 2));
	jsonw_object_close(&w);
	mock_selection_release(held);
	pthread_rwlock_unlock(&c->data->lock);
	ticket_filter_fini(&f);
}
