/* The radix sort of keyed items, one byte a pass, passes where every key agrees skipped. */
#include "config.h"

#include "mock/keysort.h"

#include <stdbool.h>
#include <string.h>

static unsigned digit(int64_t key, unsigned shift)
{
	/* the sign bit flipped: negative keys sort before positive ones */
	return (unsigned)((((uint64_t)key ^ ((uint64_t)1 << 63)) >> shift) & 0xff);
}

/* One stable pass from FROM to TO on the byte at SHIFT; false when it would change nothing. */
static bool pass(const struct mock_keyed *from, struct mock_keyed *to, size_t n, unsigned shift)
{
	size_t count[256] = { 0 };
	for (size_t i = 0; i < n; i++)
		count[digit(from[i].key, shift)]++;
	if (count[digit(from[0].key, shift)] == n)
		return false;
	size_t at = 0;
	for (unsigned b = 0; b < 256; b++) {
		size_t c = count[b];
		count[b] = at;
		at += c;
	}
	for (size_t i = 0; i < n; i++)
		to[count[digit(from[i].key, shift)]++] = from[i];
	return true;
}

void mock_keysort(struct mock_keyed *items, struct mock_keyed *scratch, size_t n)
{
	if (n < 2)
		return;
	struct mock_keyed *from = items, *to = scratch;
	for (unsigned shift = 0; shift < 64; shift += 8) {
		if (!pass(from, to, n, shift))
			continue;
		struct mock_keyed *swap = from;
		from = to;
		to = swap;
	}
	if (from != items)
		memcpy(items, from, n * sizeof(*items));
}
