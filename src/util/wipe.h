/* Wiping secrets from memory in a way the compiler may not drop as a dead store. */
#ifndef HALOTUI_UTIL_WIPE_H
#define HALOTUI_UTIL_WIPE_H

#include <stddef.h>

/* Sets N bytes at P to zero, even when P is freed right after (explicit_bzero where the C
 * library has it, else writes through a volatile pointer). */
void wipe_bytes(void *p, size_t n);
/* Wipes the characters of S (its terminator stays). NULL-safe. */
void wipe_string(char *s);

#endif
