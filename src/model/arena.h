/* A bump allocator for strings that live and die together (one page of tickets, one list). */
#ifndef HALOTUI_MODEL_ARENA_H
#define HALOTUI_MODEL_ARENA_H

#include <stddef.h>

struct arena_block;

/* Zero-initialised (or arena_init'ed) it is empty; arena_fini frees every string at once. */
struct arena {
	struct arena_block *head; /* newest block first */
	size_t used_bytes;	  /* bytes handed out, for memory figures */
};

void arena_init(struct arena *a);
/* Frees all memory of A; A is empty and usable again afterwards. NULL-safe. */
void arena_fini(struct arena *a);
/* LEN bytes of S plus a terminator, copied into A. S may be NULL only when LEN is 0. */
const char *arena_strndup(struct arena *a, const char *s, size_t len);
/* A copy of S in A; NULL gives "" (an arena string is never NULL). */
const char *arena_strdup(struct arena *a, const char *s);
/* SIZE zeroed bytes aligned for any object, owned by A. */
void *arena_alloc(struct arena *a, size_t size);
/* Moves every block of SRC into DST (SRC ends empty); pointers into SRC stay valid. */
void arena_move(struct arena *dst, struct arena *src);

#endif
