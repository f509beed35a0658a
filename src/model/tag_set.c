/* The tag set: a sorted array of ticket ids, searched by halves. */
#include "config.h"

#include "model/tag_set.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void tag_set_init(struct tag_set *s)
{
	memset(s, 0, sizeof(*s));
}

void tag_set_fini(struct tag_set *s)
{
	free(s->ids);
	tag_set_init(s);
}

/* The index of ID, or where it would go; *FOUND says which. */
static size_t place_of(const struct tag_set *s, ticket_id_t id, bool *found)
{
	size_t lo = 0, hi = s->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < s->count && s->ids[lo] == id;
	return lo;
}

bool tag_set_has(const struct tag_set *s, ticket_id_t id)
{
	bool found;
	place_of(s, id, &found);
	return found;
}

bool tag_set_add(struct tag_set *s, ticket_id_t id)
{
	bool found;
	size_t at = place_of(s, id, &found);
	if (found || id <= 0)
		return false;
	if (s->count == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->ids = xreallocarray(s->ids, s->cap, sizeof(*s->ids));
	}
	memmove(&s->ids[at + 1], &s->ids[at], (s->count - at) * sizeof(*s->ids));
	s->ids[at] = id;
	s->count++;
	return true;
}

bool tag_set_remove(struct tag_set *s, ticket_id_t id)
{
	bool found;
	size_t at = place_of(s, id, &found);
	if (!found)
		return false;
	memmove(&s->ids[at], &s->ids[at + 1], (s->count - at - 1) * sizeof(*s->ids));
	s->count--;
	return true;
}

bool tag_set_toggle(struct tag_set *s, ticket_id_t id)
{
	if (tag_set_remove(s, id))
		return false;
	return tag_set_add(s, id);
}

size_t tag_set_clear(struct tag_set *s)
{
	size_t n = s->count;
	s->count = 0;
	return n;
}

size_t tag_set_prune(struct tag_set *s, bool (*is_gone)(void *ctx, ticket_id_t id), void *ctx)
{
	size_t kept = 0, n = s->count;
	for (size_t i = 0; i < n; i++)
		if (!is_gone(ctx, s->ids[i]))
			s->ids[kept++] = s->ids[i];
	s->count = kept;
	return n - kept;
}
