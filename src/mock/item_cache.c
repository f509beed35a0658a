/* The cache of rendered list items, one atomic pointer per ticket row. */
#include "config.h"

#include "mock/item_cache.h"

#include <stdlib.h>
#include <string.h>

#include "mock/ticket.h"
#include "util/alloc.h"

/* Most items fit: the scratch buffer is allocated once, not doubled seven times. */
#define RENDER_BYTES_GUESS 2048

/* One rendered item and the wire variants it was rendered in. */
struct mock_item {
	size_t len;
	enum mock_date_format date_format;
	enum mock_loose_ids loose_ids;
	char json[];
};

static bool fits(const struct mock_item *item, enum mock_date_format df, enum mock_loose_ids ids)
{
	return item->date_format == df && item->loose_ids == ids;
}

/* Renders T alone; caller frees. */
static struct mock_item *render(const struct jsonw *w, const struct mock_data *d,
				const struct mock_ticket *t)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_grow(&sb, RENDER_BYTES_GUESS);
	struct jsonw one;
	jsonw_init(&one, &sb, w->date_format, w->loose_ids);
	one.odd_fields = w->odd_fields; /* fixed for the server's life, like the cache */
	mock_ticket_write(&one, d, t, MOCK_VIEW_LIST, 0);
	struct mock_item *item = xmalloc(sizeof(*item) + sb.len + 1);
	item->len = sb.len;
	item->date_format = w->date_format;
	item->loose_ids = w->loose_ids;
	memcpy(item->json, sb.data, sb.len + 1);
	strbuf_fini(&sb);
	return item;
}

/* Keeps ITEM as T's unless another reader got there first or the budget is spent; returns
 * the item to write and whether the caller still owns ITEM. */
static const struct mock_item *keep(struct mock_data *d, struct mock_ticket *t,
				    struct mock_item *item, bool *is_owned)
{
	size_t size = sizeof(*item) + item->len + 1;
	*is_owned = true;
	if (atomic_fetch_add(&d->item_bytes, size) + size > MOCK_ITEM_CACHE_MAX) {
		atomic_fetch_sub(&d->item_bytes, size);
		return item;
	}
	struct mock_item *expected = NULL;
	if (atomic_compare_exchange_strong(&t->item, &expected, item)) {
		*is_owned = false;
		return item;
	}
	atomic_fetch_sub(&d->item_bytes, size);
	return fits(expected, item->date_format, item->loose_ids) ? expected : item;
}

void mock_item_cache_write(struct jsonw *w, struct mock_data *d, struct mock_ticket *t)
{
	const struct mock_item *item = atomic_load(&t->item);
	if (item && fits(item, w->date_format, w->loose_ids)) {
		jsonw_raw(w, NULL, item->json, item->len);
		return;
	}
	bool is_owned = true;
	struct mock_item *fresh = render(w, d, t);
	item = item ? fresh : keep(d, t, fresh, &is_owned);
	jsonw_raw(w, NULL, item->json, item->len);
	if (is_owned)
		free(fresh);
}

void mock_item_cache_forget(struct mock_data *d, struct mock_ticket *t)
{
	d->generation++; /* T changes: selections made before may no longer hold */
	if (!t)
		return;
	struct mock_item *item = atomic_exchange(&t->item, NULL);
	if (item)
		atomic_fetch_sub(&d->item_bytes, sizeof(*item) + item->len + 1);
	free(item);
}
