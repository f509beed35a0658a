/* Nouns that agree with their counts. */
#include "config.h"

#include "util/plural.h"

const char *plural(long long n, const char *one, const char *many)
{
	return n == 1 || n == -1 ? one : many;
}
