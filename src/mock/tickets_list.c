/* GET /api/Tickets: filters, ordering and paging as Halo does them. */
#include "config.h"

#include "mock/item_cache.h"
#include "mock/keysort.h"
#include "mock/routes.h"
#include "mock/ticket.h"

#include "util/alloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DEFAULT_PAGE_SIZE 50
#define MAX_PAGE_SIZE 100
#define MAX_ORDER 5
/* About the size of a list item: the page's buffer is sized once, not doubled ten times. */
#define ITEM_BYTES_GUESS 1200

/* Ids below this are also kept as bits: a scan tests one bit a row, not a list. */
#define SMALL_IDS 512

/* An integer-list parameter: absent (n == 0 and !is_set) matches everything. */
struct int_set {
	int *ids;
	size_t n;
	bool is_set;
	uint64_t small[SMALL_IDS / 64];
};

enum order_field {
	ORDER_NONE,
	ORDER_ID,
	ORDER_DATEOCCURRED,
	ORDER_LASTACTION,
	ORDER_DEADLINE,
	ORDER_FIXBY,
	ORDER_RESPONDBY,
	ORDER_DATECLOSED,
	ORDER_SUMMARY,
	ORDER_STATUS,
	ORDER_PRIORITY,
	ORDER_AGENT,
	ORDER_CLIENT,
	ORDER_USER,
	ORDER_SITE,
	ORDER_TEAM,
	ORDER_TYPE,
};

struct order_key {
	enum order_field field;
	bool is_desc;
};

struct filter {
	const struct mock_data *d;
	struct int_set agents, statuses, priorities, teams, clients, types, ticketids, exclude,
		flagged, children;
	int site_id, user_id, parent_id; /* 0: any */
	bool open_only, closed_only, with_deleted;
	const char *search, *search_summary, *search_details, *search_id;
	enum order_field date_field;
	int64_t start, end; /* 0: open-ended */
	struct order_key order[MAX_ORDER];
	struct int_set closed; /* the statuses of the closed type, read once per request */
	int n_order;
};

static void set_add(struct int_set *s, const char *value)
{
	if (!value || !*value)
		return;
	int *ids;
	size_t n;
	if (!strcasecmp(value, "true"))
		n = 1, ids = xmalloc(sizeof(int)), ids[0] = 1;
	else if (!strcasecmp(value, "false"))
		n = 1, ids = xmalloc(sizeof(int)), ids[0] = 0;
	else
		n = mock_parse_int_list(value, &ids);
	s->ids = xreallocarray(s->ids, s->n + n + 1, sizeof(int));
	memcpy(s->ids + s->n, ids, n * sizeof(int));
	s->n += n;
	s->is_set = true;
	for (size_t i = 0; i < n; i++)
		if (ids[i] >= 0 && ids[i] < SMALL_IDS)
			s->small[ids[i] / 64] |= (uint64_t)1 << (ids[i] % 64);
	free(ids);
}

static void set_add_id(struct int_set *s, int id)
{
	char text[16];
	snprintf(text, sizeof(text), "%d", id);
	set_add(s, text);
}

static bool set_has(const struct int_set *s, int v)
{
	if (!s->is_set)
		return true;
	if (v >= 0 && v < SMALL_IDS)
		return (s->small[v / 64] >> (v % 64)) & 1;
	for (size_t i = 0; i < s->n; i++)
		if (s->ids[i] == v)
			return true;
	return false;
}

static const struct {
	const char *name;
	enum order_field field;
} order_names[] = {
	{ "id", ORDER_ID },
	{ "faultid", ORDER_ID },
	{ "dateoccurred", ORDER_DATEOCCURRED },
	{ "dateoccured", ORDER_DATEOCCURRED },
	{ "datereported", ORDER_DATEOCCURRED },
	{ "lastactiondate", ORDER_LASTACTION },
	{ "last_update", ORDER_LASTACTION },
	{ "deadlinedate", ORDER_DEADLINE },
	{ "fixbydate", ORDER_FIXBY },
	{ "respondbydate", ORDER_RESPONDBY },
	{ "dateclosed", ORDER_DATECLOSED },
	{ "datecleared", ORDER_DATECLOSED },
	{ "summary", ORDER_SUMMARY },
	{ "symptom", ORDER_SUMMARY },
	{ "status_id", ORDER_STATUS },
	{ "status", ORDER_STATUS },
	{ "priority_id", ORDER_PRIORITY },
	{ "priority", ORDER_PRIORITY },
	{ "agent_id", ORDER_AGENT },
	{ "agent", ORDER_AGENT },
	{ "client_name", ORDER_CLIENT },
	{ "client_id", ORDER_CLIENT },
	{ "user_name", ORDER_USER },
	{ "user_id", ORDER_USER },
	{ "site_name", ORDER_SITE },
	{ "site_id", ORDER_SITE },
	{ "team", ORDER_TEAM },
	{ "tickettype_id", ORDER_TYPE },
	{ "requesttype_id", ORDER_TYPE },
};

static enum order_field order_field(const char *name)
{
	for (size_t i = 0; name && i < sizeof(order_names) / sizeof(order_names[0]); i++)
		if (!strcasecmp(order_names[i].name, name))
			return order_names[i].field;
	return ORDER_NONE;
}

static void parse_order(struct filter *f, const struct mock_query *q)
{
	static const char *const keys[MAX_ORDER][2] = {
		{ "order", "orderdesc" },   { "order2", "orderdesc2" }, { "order3", "orderdesc3" },
		{ "order4", "orderdesc4" }, { "order5", "orderdesc5" },
	};
	for (int i = 0; i < MAX_ORDER; i++) {
		enum order_field field = order_field(mock_query_get(q, keys[i][0]));
		if (field == ORDER_NONE)
			continue;
		f->order[f->n_order].field = field;
		f->order[f->n_order].is_desc = mock_query_bool(q, keys[i][1], false);
		f->n_order++;
	}
}

static void parse_dates(struct filter *f, const struct mock_query *q)
{
	const char *start = mock_query_get(q, "startdate");
	const char *end = mock_query_get(q, "enddate");
	if (!start && !end)
		return;
	f->date_field = order_field(mock_query_get(q, "datesearch"));
	if (f->date_field == ORDER_NONE)
		f->date_field = ORDER_DATEOCCURRED;
	if (start && !mock_parse_date(start, &f->start))
		f->start = 0;
	if (end && !mock_parse_date(end, &f->end))
		f->end = 0;
	if (end && strlen(end) == 10 && f->end) /* a date alone means the whole day */
		f->end += 86399;
}

static void parse_filter(struct filter *f, const struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	memset(f, 0, sizeof(*f));
	f->d = c->data;
	set_add(&f->agents, mock_query_get(q, "agent"));
	set_add(&f->agents, mock_query_get(q, "agent_id"));
	if (mock_query_bool(q, "mine", false)) {
		char me[16];
		snprintf(me, sizeof(me), "%d", c->data->me_agent_id);
		set_add(&f->agents, me);
	}
	set_add(&f->statuses, mock_query_get(q, "status"));
	set_add(&f->statuses, mock_query_get(q, "status_id"));
	set_add(&f->priorities, mock_query_get(q, "priority"));
	set_add(&f->teams, mock_query_get(q, "team"));
	set_add(&f->clients, mock_query_get(q, "client_id"));
	set_add(&f->clients, mock_query_get(q, "client_ids"));
	set_add(&f->types, mock_query_get(q, "requesttype"));
	set_add(&f->types, mock_query_get(q, "requesttype_id"));
	set_add(&f->ticketids, mock_query_get(q, "ticketids"));
	set_add(&f->exclude, mock_query_get(q, "excludethese"));
	set_add(&f->flagged, mock_query_get(q, "flagged"));
	set_add(&f->children, mock_query_get(q, "includechildren"));
	f->site_id = (int)mock_query_long(q, "site_id", 0);
	f->user_id = (int)mock_query_long(q, "user_id", 0);
	f->parent_id = (int)mock_query_long(q, "parent_id", 0);
	f->open_only = mock_query_bool(q, "open_only", false);
	f->closed_only = mock_query_bool(q, "closed_only", false);
	for (size_t i = 0; (f->open_only || f->closed_only) && i < c->data->n_statuses; i++)
		if (c->data->statuses[i].type == MOCK_STATUS_CLOSED)
			set_add_id(&f->closed, c->data->statuses[i].id);
	f->with_deleted = mock_query_bool(q, "deleted", false);
	f->search = mock_query_get(q, "search");
	f->search_summary = mock_query_get(q, "search_summary");
	f->search_details = mock_query_get(q, "search_details");
	f->search_id = mock_query_get(q, "search_id");
	parse_dates(f, q);
	parse_order(f, q);
}

static void filter_fini(struct filter *f)
{
	struct int_set *sets[] = { &f->agents,	&f->statuses, &f->priorities, &f->teams,
				   &f->clients, &f->types,    &f->ticketids,  &f->exclude,
				   &f->flagged, &f->children, &f->closed };
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		free(sets[i]->ids);
}

static int64_t date_of(const struct mock_ticket *t, enum order_field field)
{
	switch (field) {
	case ORDER_LASTACTION:
		return t->lastactiondate;
	case ORDER_DEADLINE:
		return t->deadlinedate;
	case ORDER_FIXBY:
		return t->fixbydate;
	case ORDER_RESPONDBY:
		return t->respondbydate;
	case ORDER_DATECLOSED:
		return t->dateclosed;
	default:
		return t->dateoccurred;
	}
}

static bool details_contain(const struct filter *f, const struct mock_ticket *t, const char *s)
{
	struct strbuf scratch;
	strbuf_init(&scratch);
	bool found = strcasestr(mock_ticket_details(f->d, t, &scratch), s) != NULL;
	strbuf_fini(&scratch);
	return found;
}

static bool text_matches(const struct filter *f, const struct mock_ticket *t)
{
	if (f->search_id && *f->search_id && atoi(f->search_id) != t->id)
		return false;
	if (f->search_summary && *f->search_summary && !strcasestr(t->summary, f->search_summary))
		return false;
	if (f->search_details && *f->search_details && !details_contain(f, t, f->search_details))
		return false;
	if (f->search && *f->search && atoi(f->search) != t->id &&
	    !strcasestr(t->summary, f->search) && !details_contain(f, t, f->search))
		return false;
	return true;
}

static bool matches(const struct filter *f, const struct mock_ticket *t)
{
	if ((t->flags & MOCK_T_DELETED) && !f->with_deleted)
		return false;
	/* the status first: the usual filter, and the one that turns most rows away */
	if (!set_has(&f->statuses, t->status_id) ||
	    !set_has(&f->agents, t->agent_id ? t->agent_id : 1) ||
	    !set_has(&f->priorities, t->priority_id) || !set_has(&f->teams, t->team_id) ||
	    !set_has(&f->clients, t->client_id) || !set_has(&f->types, t->tickettype_id) ||
	    !set_has(&f->ticketids, t->id) || (f->exclude.is_set && set_has(&f->exclude, t->id)) ||
	    !set_has(&f->flagged, (t->flags & MOCK_T_FLAGGED) ? 1 : 0) ||
	    (f->children.is_set && !set_has(&f->children, t->parent_id	   ? 2
							  : t->child_count ? 1
									   : 0)))
		return false;
	if ((f->site_id && t->site_id != f->site_id) || (f->user_id && t->user_id != f->user_id) ||
	    (f->parent_id && t->parent_id != f->parent_id))
		return false;
	if (f->open_only || f->closed_only) {
		bool closed = f->closed.is_set && set_has(&f->closed, t->status_id);
		if ((f->open_only && closed) || (f->closed_only && !closed))
			return false;
	}
	if (f->date_field != ORDER_NONE) {
		int64_t v = date_of(t, f->date_field);
		if (!v || (f->start && v < f->start) || (f->end && v > f->end))
			return false;
	}
	return text_matches(f, t);
}

static const char *text_key(const struct mock_data *d, const struct mock_ticket *t,
			    enum order_field field)
{
	const struct mock_user *u;
	const struct mock_site *s;
	switch (field) {
	case ORDER_SUMMARY:
		return t->summary;
	case ORDER_CLIENT:
		return mock_data_client_name(d, t->client_id);
	case ORDER_USER:
		u = mock_data_user(d, t->user_id);
		return u ? u->name : NULL;
	case ORDER_SITE:
		s = mock_data_site(d, t->site_id);
		return s ? s->name : NULL;
	case ORDER_TEAM:
		return mock_data_name(d->teams, d->n_teams, t->team_id);
	default:
		return NULL;
	}
}

static int64_t int_key(const struct mock_ticket *t, enum order_field field)
{
	switch (field) {
	case ORDER_ID:
		return t->id;
	case ORDER_STATUS:
		return t->status_id;
	case ORDER_PRIORITY:
		return t->priority_id;
	case ORDER_AGENT:
		return t->agent_id;
	case ORDER_TYPE:
		return t->tickettype_id;
	default:
		return date_of(t, field);
	}
}

static bool is_text_field(enum order_field field)
{
	return field == ORDER_SUMMARY || field == ORDER_CLIENT || field == ORDER_USER ||
	       field == ORDER_SITE || field == ORDER_TEAM;
}

static int compare(const void *a, const void *b, void *arg)
{
	const struct filter *f = arg;
	const struct mock_ticket *x = *(const struct mock_ticket *const *)a;
	const struct mock_ticket *y = *(const struct mock_ticket *const *)b;
	for (int i = 0; i < f->n_order; i++) {
		enum order_field field = f->order[i].field;
		int r;
		if (is_text_field(field)) {
			const char *s = text_key(f->d, x, field), *u = text_key(f->d, y, field);
			r = strcasecmp(s ? s : "", u ? u : "");
		} else {
			int64_t s = int_key(x, field), u = int_key(y, field);
			r = s < u ? -1 : s > u;
		}
		if (r)
			return f->order[i].is_desc ? -r : r;
	}
	return x->id < y->id ? -1 : x->id > y->id;
}

/* HALOTUI_SORT_FALLBACK: a test build of the path taken where qsort_r is missing or BSD's. */
#if defined(HAVE_GNU_QSORT_R) && !defined(HALOTUI_SORT_FALLBACK)
#define USE_GNU_QSORT_R 1
#endif

#ifndef USE_GNU_QSORT_R
/* Without GNU's qsort_r, the filter reaches the comparator through this thread's slot
 * (requests are answered on several threads at once). */
static _Thread_local const struct filter *sort_filter;

static int compare_by_slot(const void *a, const void *b)
{
	return compare(a, b, (void *)(uintptr_t)sort_filter);
}
#endif

/* Sorts LIST by the filter's order keys, then by id. */
static void sort_by_keys(struct mock_ticket **list, size_t n, const struct filter *f)
{
#ifdef USE_GNU_QSORT_R
	qsort_r(list, n, sizeof(*list), compare, (void *)(uintptr_t)f);
#else
	sort_filter = f;
	qsort(list, n, sizeof(*list), compare_by_slot);
	sort_filter = NULL;
#endif
}

/* One integer key (the usual order=...): the list is in id order and the sort is stable, so
 * ties stay in id order as Halo gives them. */
static void sort_by_int(struct mock_ticket **list, size_t n, const struct order_key *order)
{
	struct mock_keyed *k = xreallocarray(NULL, 2 * n + 1, sizeof(*k));
	for (size_t i = 0; i < n; i++) {
		k[i].key = int_key(list[i], order->field);
		if (order->is_desc)
			k[i].key = -k[i].key;
		k[i].item = list[i];
	}
	mock_keysort(k, k + n, n);
	for (size_t i = 0; i < n; i++)
		list[i] = k[i].item;
	free(k);
}

/* True when every ticket matches in id order: the page can be cut without a scan. */
static bool is_trivial(const struct filter *f)
{
	const struct int_set *sets[] = { &f->agents,  &f->statuses, &f->priorities, &f->teams,
					 &f->clients, &f->types,    &f->ticketids,  &f->exclude,
					 &f->flagged, &f->children };
	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++)
		if (sets[i]->is_set)
			return false;
	bool no_text = !(f->search && *f->search) && !(f->search_summary && *f->search_summary) &&
		       !(f->search_details && *f->search_details) &&
		       !(f->search_id && *f->search_id);
	return no_text && !f->site_id && !f->user_id && !f->parent_id && !f->open_only &&
	       !f->closed_only && f->date_field == ORDER_NONE && f->n_order == 0 &&
	       (f->d->n_deleted == 0 || f->with_deleted);
}

/* The matching tickets in order, scanned and sorted now; caller frees. */
static struct mock_ticket **scan_tickets(const struct filter *f, size_t *count)
{
	const struct mock_data *d = f->d;
	struct mock_ticket **out = xreallocarray(NULL, d->n_tickets + 1, sizeof(*out));
	size_t n = 0;
	for (size_t i = 0; i < d->n_tickets; i++)
		if (d->tickets[i] && matches(f, d->tickets[i]))
			out[n++] = d->tickets[i];
	if (f->n_order == 1 && !is_text_field(f->order[0].field))
		sort_by_int(out, n, &f->order[0]);
	else if (f->n_order > 0)
		sort_by_keys(out, n, f);
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
static struct mock_ticket **select_tickets(const struct filter *f, struct mock_data *d,
					   const struct mock_query *q, size_t *count,
					   struct mock_selection **held)
{
	*held = NULL;
	if (is_trivial(f)) {
		*count = d->n_tickets;
		return d->tickets;
	}
	struct strbuf key;
	strbuf_init(&key);
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

void route_tickets_list(struct mock_ctx *c)
{
	struct filter f;
	struct paging p;
	parse_filter(&f, c);
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
	jsonw_null(&w, "columns_id");
	jsonw_bool(&w, "include_children", set_has(&f.children, 2));
	jsonw_object_close(&w);
	mock_selection_release(held);
	pthread_rwlock_unlock(&c->data->lock);
	filter_fini(&f);
}
