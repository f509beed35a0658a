/* Categories, ticket areas and suppliers of the emulator's tickets: a pure function of
 * (seed, id), so that no row grows for them, overridden by what a client wrote. */
#include "config.h"

#include "mock/ticket_class.h"

#include <stdio.h>

#include "mock/prng.h"
#include "mock/server.h"

/* Salts of the hash, one per attribute, so the attributes do not move together. */
enum { SALT_CATEGORY = 0x43410000, SALT_AREA = 0x41520000, SALT_SUPPLIER = 0x53550000 };

/* A value a client wrote into the ticket's extra fields, or false. */
static bool written(const struct mock_ticket *t, const char *key, int *out)
{
	return t->extra && mock_json_int(t->extra, key, out);
}

int mock_ticket_category(const struct mock_data *d, const struct mock_ticket *t, int level)
{
	char key[24];
	int id;
	snprintf(key, sizeof(key), "categoryid_%d", level);
	if (written(t, key, &id))
		return id > 0 ? id : 0;
	if (level < 1 || level > 4)
		return 0;
	uint64_t h = prng_hash(d->seed, (uint64_t)t->id, SALT_CATEGORY + (uint64_t)level);
	/* Level 1: ids 1..6 on every ticket; deeper levels on fewer, ids LEVEL*10+1.. */
	if (level == 1)
		return 1 + (int)(h % 6);
	if (h % (uint64_t)(level + 1) != 0)
		return 0;
	return level * 10 + 1 + (int)((h >> 8) % 4);
}

int mock_ticket_area(const struct mock_data *d, const struct mock_ticket *t)
{
	int id;
	if (written(t, "ticketarea_id", &id))
		return id;
	return 1 + (int)(prng_hash(d->seed, (uint64_t)t->id, SALT_AREA) % 3);
}

int mock_ticket_supplier(const struct mock_data *d, const struct mock_ticket *t)
{
	int id;
	if (written(t, "supplier_id", &id))
		return id > 0 ? id : 0;
	uint64_t h = prng_hash(d->seed, (uint64_t)t->id, SALT_SUPPLIER);
	return h % 5 == 0 ? 1 + (int)((h >> 8) % 3) : 0;
}
