/* Ordering GET /api/Tickets as Halo does: order names, keys, a stable sort by id. */
#include "config.h"

#include "mock/ticket_order.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/keysort.h"
#include "util/alloc.h"

/* What the comparator needs: the data (for names) and the keys. */
struct order_sort {
	const struct mock_data *d;
	const struct order_key *keys;
	int n_keys;
};

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

enum order_field ticket_order_field(const char *name)
{
	for (size_t i = 0; name && i < sizeof(order_names) / sizeof(order_names[0]); i++)
		if (!strcasecmp(order_names[i].name, name))
			return order_names[i].field;
	return ORDER_NONE;
}

int ticket_order_parse(struct order_key *keys, const struct mock_query *q)
{
	static const char *const names[TICKET_ORDER_MAX][2] = {
		{ "order", "orderdesc" },   { "order2", "orderdesc2" }, { "order3", "orderdesc3" },
		{ "order4", "orderdesc4" }, { "order5", "orderdesc5" },
	};
	int n = 0;
	for (int i = 0; i < TICKET_ORDER_MAX; i++) {
		enum order_field field = ticket_order_field(mock_query_get(q, names[i][0]));
		if (field == ORDER_NONE)
			continue;
		keys[n].field = field;
		keys[n].is_desc = mock_query_bool(q, names[i][1], false);
		n++;
	}
	return n;
}

int64_t ticket_order_date(const struct mock_ticket *t, enum order_field field)
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
		return ticket_order_date(t, field);
	}
}

static bool is_text_field(enum order_field field)
{
	return field == ORDER_SUMMARY || field == ORDER_CLIENT || field == ORDER_USER ||
	       field == ORDER_SITE || field == ORDER_TEAM;
}

static int compare(const void *a, const void *b, void *arg)
{
	const struct order_sort *f = arg;
	const struct mock_ticket *x = *(const struct mock_ticket *const *)a;
	const struct mock_ticket *y = *(const struct mock_ticket *const *)b;
	for (int i = 0; i < f->n_keys; i++) {
		enum order_field field = f->keys[i].field;
		int r;
		if (is_text_field(field)) {
			const char *s = text_key(f->d, x, field), *u = text_key(f->d, y, field);
			r = strcasecmp(s ? s : "", u ? u : "");
		} else {
			int64_t s = int_key(x, field), u = int_key(y, field);
			r = s < u ? -1 : s > u;
		}
		if (r)
			return f->keys[i].is_desc ? -r : r;
	}
	return x->id < y->id ? -1 : x->id > y->id;
}

/* HALOTUI_SORT_FALLBACK: a test build of the path taken where qsort_r is missing or BSD's. */
#if defined(HAVE_GNU_QSORT_R) && !defined(HALOTUI_SORT_FALLBACK)
#define USE_GNU_QSORT_R 1
#endif

#ifndef USE_GNU_QSORT_R
/* Without GNU's qsort_r, the keys reach the comparator through this thread's slot
 * (requests are answered on several threads at once). */
static _Thread_local const struct order_sort *sort_slot;

static int compare_by_slot(const void *a, const void *b)
{
	return compare(a, b, (void *)(uintptr_t)sort_slot);
}
#endif

/* Sorts LIST by the keys of F, then by id. */
static void sort_by_keys(struct mock_ticket **list, size_t n, const struct order_sort *f)
{
#ifdef USE_GNU_QSORT_R
	qsort_r(list, n, sizeof(*list), compare, (void *)(uintptr_t)f);
#else
	sort_slot = f;
	qsort(list, n, sizeof(*list), compare_by_slot);
	sort_slot = NULL;
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

void ticket_order_sort(struct mock_ticket **list, size_t n, const struct mock_data *d,
		       const struct order_key *keys, int n_keys)
{
	if (n_keys == 1 && !is_text_field(keys[0].field)) {
		sort_by_int(list, n, &keys[0]);
	} else if (n_keys > 0) {
		struct order_sort sort = { .d = d, .keys = keys, .n_keys = n_keys };
		sort_by_keys(list, n, &sort);
	}
}
