/* Bump allocation for strings that are freed together. */
#include "config.h"

#include "model/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

enum { ARENA_BLOCK_BYTES = 16384 };

struct arena_block {
	struct arena_block *next;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->used_bytes = 0;
}

void arena_fini(struct arena *a)
{
	if (!a)
		return;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena_init(a);
}

static struct arena_block *arena_block_new(size_t size)
{
	struct arena_block *b = xmalloc(sizeof(*b) + size);
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

void *arena_alloc(struct arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	size_t rounded = (size + align - 1) / align * align;
	if (rounded < size)
		abort();
	struct arena_block *b = a->head;
	if (b) /* strings are packed unaligned: realign before an object */
		b->used = b->used + align - 1 > b->size ? b->size
							: (b->used + align - 1) / align * align;
	if (!b || b->size - b->used < rounded) {
		if (rounded > ARENA_BLOCK_BYTES / 4) {
			/* A big request gets its own block behind the current one. */
			struct arena_block *own = arena_block_new(rounded);
			own->used = rounded;
			if (b) {
				own->next = b->next;
				b->next = own;
			} else {
				a->head = own;
			}
			a->used_bytes += rounded;
			memset(own->data, 0, rounded);
			return own->data;
		}
		b = arena_block_new(ARENA_BLOCK_BYTES);
		b->next = a->head;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += rounded;
	a->used_bytes += rounded;
	memset(p, 0, rounded);
	return p;
}

static char *arena_bytes(struct arena *a, size_t size)
{
	/* Strings need no alignment: pack them tightly. */
	struct arena_block *b = a->head;
	if (b && b->size - b->used >= size) {
		char *p = (char *)b->data + b->used;
		b->used += size;
		a->used_bytes += size;
		return p;
	}
	return arena_alloc(a, size);
}

const char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	if (len == 0)
		return "";
	if (len + 1 == 0)
		abort();
	char *p = arena_bytes(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

const char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : "";
}

void arena_move(struct arena *dst, struct arena *src)
{
	if (!src->head)
		return;
	struct arena_block *tail = src->head;
	while (tail->next)
		tail = tail->next;
	/* SRC's blocks go behind DST's current one so DST keeps filling its own head. */
	if (dst->head) {
		tail->next = dst->head->next;
		dst->head->next = src->head;
	} else {
		dst->head = src->head;
	}
	dst->used_bytes += src->used_bytes;
	arena_init(src);
}
