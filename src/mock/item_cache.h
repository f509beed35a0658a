/* Tickets' list items (the objects of GET /Tickets pages) rendered once and kept until the
 * ticket changes: a page is then a hundred copies, not a hundred renderings. */
#ifndef HALOTUI_MOCK_ITEM_CACHE_H
#define HALOTUI_MOCK_ITEM_CACHE_H

#include "mock/data.h"
#include "mock/jsonw.h"

/* Cached items stop being kept (they are rendered each time) beyond this many bytes. */
#define MOCK_ITEM_CACHE_MAX ((size_t)256 * 1024 * 1024)

/* Writes T as a list item through W: T's cached text when it was rendered in W's wire
 * variants, else rendered now and kept for the next page. Safe for concurrent readers;
 * caller holds at least the read lock. */
void mock_item_cache_write(struct jsonw *w, struct mock_data *d, struct mock_ticket *t);
/* Drops T's cached item and marks the data changed (cached selections go stale). Every
 * change to a ticket calls it; caller holds the write lock. NULL-safe. */
void mock_item_cache_forget(struct mock_data *d, struct mock_ticket *t);

#endif
