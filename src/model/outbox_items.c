/* The outbox's items as the console lists them. */
#include "config.h"

#include "model/outbox_items.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void outbox_items_clear(struct outbox_items *items)
{
	if (!items)
		return;
	for (size_t i = 0; i < items->count; i++) {
		struct outbox_item *it = &items->items[i];
		free(it->route);
		free(it->words);
		free(it->body);
		free(it->error);
	}
	free(items->items);
	items->items = NULL;
	items->count = 0;
}

struct outbox_item *outbox_items_add(struct outbox_items *items, uint64_t id, const char *route,
				     const char *body)
{
	items->items = xreallocarray(items->items, items->count + 1, sizeof(*items->items));
	struct outbox_item *it = &items->items[items->count++];
	memset(it, 0, sizeof(*it));
	it->id = id;
	it->route = xstrdup(route ? route : "");
	it->body = body ? xstrdup(body) : NULL;
	return it;
}

const struct outbox_item *outbox_items_find(const struct outbox_items *items, uint64_t id)
{
	for (size_t i = 0; i < items->count; i++)
		if (items->items[i].id == id)
			return &items->items[i];
	return NULL;
}

const char *outbox_item_state_name(const struct outbox_item *item)
{
	if (item->is_sending)
		return "sending";
	switch (item->state) {
	case OUTBOX_ITEM_FAILED:
		return "failed";
	case OUTBOX_ITEM_UNKNOWN:
		return "unknown outcome";
	default:
		return "waiting";
	}
}
