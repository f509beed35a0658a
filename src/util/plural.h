/* Nouns that agree with their counts: "1 link", "3 links", "0 links". */
#ifndef HALOTUI_UTIL_PLURAL_H
#define HALOTUI_UTIL_PLURAL_H

/* ONE when N is 1 (or -1), else MANY: printed after N, as in "%zu %s". Returns one of the
 * two (static strings stay the caller's); never NULL when both are given. */
const char *plural(long long n, const char *one, const char *many);

#endif
