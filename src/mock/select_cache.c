/* The cache of ticket selections: a few slots, replaced oldest first, shared by reference. */
#include "config.h"

#include "mock/select_cache.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void mock_select_cache_init(struct mock_select_cache *c)
{
	memset(c->slots, 0, sizeof(c->slots));
	c->next = 0;
	pthread_mutex_init(&c->lock, NULL);
}

void mock_select_cache_fini(struct mock_select_cache *c)
{
	for (size_t i = 0; i < MOCK_SELECT_CACHE_SLOTS; i++)
		mock_selection_release(c->slots[i]);
	pthread_mutex_destroy(&c->lock);
}

void mock_selection_release(struct mock_selection *s)
{
	if (!s || atomic_fetch_sub(&s->refs, 1) != 1)
		return;
	free(s->key);
	free(s->tickets);
	free(s);
}

struct mock_selection *mock_select_cache_get(struct mock_select_cache *c, const char *key,
					     uint64_t generation)
{
	struct mock_selection *found = NULL;
	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; !found && i < MOCK_SELECT_CACHE_SLOTS; i++) {
		struct mock_selection *s = c->slots[i];
		if (s && s->generation == generation && !strcmp(s->key, key))
			found = s;
	}
	if (found)
		atomic_fetch_add(&found->refs, 1);
	pthread_mutex_unlock(&c->lock);
	return found;
}

struct mock_selection *mock_select_cache_put(struct mock_select_cache *c, const char *key,
					     uint64_t generation, struct mock_ticket **tickets,
					     size_t n)
{
	struct mock_selection *s = xcalloc(1, sizeof(*s));
	atomic_init(&s->refs, 2); /* the cache's and the caller's */
	s->generation = generation;
	s->key = xstrdup(key);
	s->tickets = tickets;
	s->n = n;
	pthread_mutex_lock(&c->lock);
	struct mock_selection *old = c->slots[c->next];
	c->slots[c->next] = s;
	c->next = (c->next + 1) % MOCK_SELECT_CACHE_SLOTS;
	pthread_mutex_unlock(&c->lock);
	mock_selection_release(old);
	return s;
}
