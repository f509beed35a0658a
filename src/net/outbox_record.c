/* Outbox records: "HOB1", payload length, CRC-32 of the payload, then a header line and
 * the query, body and message bytes it announces. */
#include "config.h"

#include "net/outbox_record.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

static const char frame_magic[4] = { 'H', 'O', 'B', '1' };

uint32_t outbox_crc32(const void *data, size_t len)
{
	const unsigned char *p = data;
	uint32_t crc = 0xffffffffu;
	for (size_t i = 0; i < len; i++) {
		crc ^= p[i];
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

static void put_u32(char *out, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		out[i] = (char)((v >> (8 * i)) & 0xff);
}

static uint32_t get_u32(const char *in)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++)
		v |= (uint32_t)(unsigned char)in[i] << (8 * i);
	return v;
}

void outbox_record_encode(struct strbuf *out, char type, const struct outbox_entry *e)
{
	struct strbuf payload;
	strbuf_init(&payload);
	size_t qlen = e->query ? strlen(e->query) : 0, blen = e->body ? strlen(e->body) : 0;
	size_t mlen = e->last_message ? strlen(e->last_message) : 0;
	strbuf_appendf(&payload, "%c %" PRIu64 " %s %ld %d %d %lld %s %ld %d %zu %zu %zu\n", type,
		       e->id, job_kind_name(e->kind), e->record_id, e->seq, e->is_create ? 1 : 0,
		       (long long)e->queued_at, status_name(e->last_status), e->last_http_code,
		       e->is_outcome_unknown ? 1 : 0, qlen, blen, mlen);
	strbuf_append(&payload, e->query ? e->query : "", qlen);
	strbuf_append(&payload, e->body ? e->body : "", blen);
	strbuf_append(&payload, e->last_message ? e->last_message : "", mlen);
	char header[OUTBOX_FRAME_HEADER];
	memcpy(header, frame_magic, 4);
	put_u32(header + 4, (uint32_t)payload.len);
	put_u32(header + 8, outbox_crc32(payload.data, payload.len));
	strbuf_append(out, header, sizeof(header));
	strbuf_append(out, payload.data, payload.len);
	strbuf_fini(&payload);
}

static bool kind_from_name(const char *name, enum job_kind *kind)
{
	for (int k = 0; k < JOB_KIND_COUNT; k++) {
		if (strcmp(job_kind_name((enum job_kind)k), name) == 0) {
			*kind = (enum job_kind)k;
			return true;
		}
	}
	return false;
}

static bool status_from_name(const char *name, enum status *st)
{
	for (int s = 0; s < STATUS_COUNT; s++) {
		if (strcmp(status_name((enum status)s), name) == 0) {
			*st = (enum status)s;
			return true;
		}
	}
	return false;
}

/* Parses the header line and the strings that follow it within PAYLOAD. */
static bool decode_payload(const char *payload, size_t len, char *type, struct outbox_entry *e)
{
	const char *nl = memchr(payload, '\n', len);
	if (!nl || nl - payload > 400)
		return false;
	char line[420], kind[64], st[64];
	memcpy(line, payload, (size_t)(nl - payload));
	line[nl - payload] = '\0';
	int is_create, unknown;
	long long at;
	size_t qlen, blen, mlen;
	memset(e, 0, sizeof(*e));
	if (sscanf(line, "%c %" SCNu64 " %63s %ld %d %d %lld %63s %ld %d %zu %zu %zu", type, &e->id,
		   kind, &e->record_id, &e->seq, &is_create, &at, st, &e->last_http_code, &unknown,
		   &qlen, &blen, &mlen) != 13)
		return false;
	const char *p = nl + 1;
	size_t rest = len - (size_t)(p - payload);
	if (qlen > rest || blen > rest - qlen || mlen != rest - qlen - blen ||
	    !kind_from_name(kind, &e->kind) || !status_from_name(st, &e->last_status))
		return false;
	e->is_create = is_create;
	e->is_outcome_unknown = unknown;
	e->queued_at = (time_t)at;
	e->query = qlen ? xstrndup(p, qlen) : NULL;
	e->body = blen ? xstrndup(p + qlen, blen) : NULL;
	e->last_message = mlen ? xstrndup(p + qlen + blen, mlen) : NULL;
	return true;
}

size_t outbox_record_decode(const char *data, size_t len, char *type, struct outbox_entry *e)
{
	if (len < OUTBOX_FRAME_HEADER || memcmp(data, frame_magic, 4) != 0)
		return 0;
	uint32_t plen = get_u32(data + 4);
	if (plen > len - OUTBOX_FRAME_HEADER)
		return 0;
	const char *payload = data + OUTBOX_FRAME_HEADER;
	if (outbox_crc32(payload, plen) != get_u32(data + 8))
		return 0;
	if (!decode_payload(payload, plen, type, e))
		return 0;
	return OUTBOX_FRAME_HEADER + plen;
}

size_t outbox_record_resync(const char *data, size_t len)
{
	for (size_t at = 1; at + OUTBOX_FRAME_HEADER <= len; at++) {
		const char *m = memchr(data + at, frame_magic[0], len - at);
		if (!m)
			break;
		at = (size_t)(m - data);
		char type;
		struct outbox_entry e;
		if (outbox_record_decode(m, len - at, &type, &e) > 0) {
			free(e.query);
			free(e.body);
			free(e.last_message);
			return at;
		}
	}
	return len;
}
