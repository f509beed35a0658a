/* Fuzzes the outbox record reader: any bytes, as a journal after a crash might hold.
 * Whatever decodes must encode back to the very same bytes, and after damage the reader
 * resumes exactly at a record that decodes (or at the end). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "net/outbox_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void entry_fini(struct outbox_entry *e)
{
	free(e->query);
	free(e->body);
	free(e->last_message);
}

/* Skips a damaged stretch as replay does; checks where it stops. */
static size_t skip_damage(const char *p, size_t size)
{
	size_t next = outbox_record_resync(p, size);
	if (next == 0 || next > size)
		abort();
	if (next < size) {
		char type;
		struct outbox_entry e;
		if (outbox_record_decode(p + next, size - next, &type, &e) == 0)
			abort();
		entry_fini(&e);
	}
	return next;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	while (size > 0) {
		char type;
		struct outbox_entry e;
		size_t n = outbox_record_decode(p, size, &type, &e);
		if (n == 0) {
			n = skip_damage(p, size);
			p += n;
			size -= n;
			continue;
		}
		if (n > size)
			abort();
		struct strbuf again;
		strbuf_init(&again);
		outbox_record_encode(&again, type, &e);
		/* Text after a NUL in a field cannot survive; every other record must. */
		if (again.len == n && memcmp(again.data, p, n) != 0)
			abort();
		strbuf_fini(&again);
		entry_fini(&e);
		p += n;
		size -= n;
	}
	return 0;
}
