/* Allocation wrappers: out of memory is not recoverable in a console, so they abort. */
#ifndef HALOTUI_UTIL_ALLOC_H
#define HALOTUI_UTIL_ALLOC_H

#include <stddef.h>

/* malloc/calloc/realloc that never return NULL: on exhaustion they print and abort. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
/* reallocarray that checks COUNT * SIZE for overflow. */
void *xreallocarray(void *ptr, size_t count, size_t size);

/* Copies of S (NULL gives NULL); caller owns the result. */
char *xstrdup(const char *s);
/* At most N bytes of S, always terminated; caller owns the result. */
char *xstrndup(const char *s, size_t n);

#endif
