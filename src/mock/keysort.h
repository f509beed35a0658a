/* A stable sort of items by 64-bit integer keys (least-significant-byte radix): ordering a
 * selection of tens of thousands of tickets by a date costs a few passes, not n log n calls. */
#ifndef HALOTUI_MOCK_KEYSORT_H
#define HALOTUI_MOCK_KEYSORT_H

#include <stddef.h>
#include <stdint.h>

struct mock_keyed {
	int64_t key;
	void *item; /* borrowed */
};

/* Sorts the N entries of ITEMS by key, ascending; entries with equal keys keep their order.
 * SCRATCH has room for N entries. Never fails. */
void mock_keysort(struct mock_keyed *items, struct mock_keyed *scratch, size_t n);

#endif
