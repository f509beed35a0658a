/* The outbox's record framing: magic, length, CRC-32, then the record's fields. */
#ifndef HALOTUI_NET_OUTBOX_RECORD_H
#define HALOTUI_NET_OUTBOX_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "net/outbox.h"
#include "util/strbuf.h"

enum {
	OUTBOX_REC_WRITE = 'W',	 /* a write to send (every field) */
	OUTBOX_REC_FAILED = 'F', /* id + last_status, last_http_code, message, unknown flag */
	OUTBOX_REC_DONE = 'D',	 /* id: done or discarded */
	OUTBOX_REC_NEXT = 'N',	 /* id: the next id to hand out, first after a compaction */
};

/* Size of the frame header before each record's payload. */
#define OUTBOX_FRAME_HEADER 12

uint32_t outbox_crc32(const void *data, size_t len);
/* Appends the framed record of TYPE for E to OUT. */
void outbox_record_encode(struct strbuf *out, char type, const struct outbox_entry *e);
/* Reads the record at DATA (LEN bytes available) into TYPE and E (E's strings then owned
 * by the caller). Returns the bytes it spans, or 0 when it is incomplete or damaged. */
size_t outbox_record_decode(const char *data, size_t len, char *type, struct outbox_entry *e);
/* Where the next whole, valid record starts in DATA (LEN bytes), searching from offset 1:
 * the end of a damaged stretch. LEN when no valid record follows (a torn tail). */
size_t outbox_record_resync(const char *data, size_t len);

#endif
