/* A reply's records as Halo wrote them: every field's JSON text and its text for a table. */
#ifndef HALOTUI_MODEL_REPLY_H
#define HALOTUI_MODEL_REPLY_H

#include <stdbool.h>
#include <stddef.h>

#include "model/arena.h"
#include "util/status.h"

/* One field of a record, in the order the server wrote it. Strings live in the reply's
 * arena and are never NULL. */
struct reply_field {
	const char *key;
	const char *json; /* the value as compact JSON text: "42", "\"Printer\"", "null", "{...}" */
	const char *text; /* the value for a table: a string's own text, "" for null, else JSON */
	bool is_string;
};

struct reply_record {
	struct reply_field *fields;
	size_t n_fields;
	/* reply_scan_texts only (else NULL): the record's own text, compact JSON, JSON_LEN bytes
	 * and not terminated; it points into the body read when that was already compact. */
	const char *json;
	size_t json_len;
};

/* The records of one reply. record_count is the wrapper's total (-1 when it had none). */
struct reply {
	struct reply_record *records;
	size_t count;
	long record_count;
	struct arena arena;
};

/* Reads BODY (LEN bytes): a bare array of objects, a wrapper object holding the array in
 * member MEMBER ("tickets", "actions"; NULL: no wrapper expected), or, when MEMBER is NULL,
 * one bare object (a record of its own). Items that are not objects are skipped. On success
 * OUT is filled (reply_fini frees it); STATUS_PARSE when BODY is not JSON of such a shape. */
enum status reply_parse(const char *body, size_t len, const char *member, struct reply *out);
/* The same without a JSON tree: each value's own text from BODY (containers compacted), in
 * one pass. False, with OUT empty, when it declines what its scanner leaves to a full parser
 * (see json_scan_value) or a wrapper it does not expect; reply_parse tries it first. */
bool reply_scan(const char *body, size_t len, const char *member, struct reply *out);
/* The same scan, but each record is only its own text (json, json_len; no fields), its
 * strings checked but not decoded: for writing records out whole. Valid while BODY is. */
bool reply_scan_texts(const char *body, size_t len, const char *member, struct reply *out);
/* The same through json-c alone (what reply_parse falls back to), for the tests that hold
 * the two readers to the same records. */
enum status reply_parse_tree(const char *body, size_t len, const char *member, struct reply *out);
void reply_fini(struct reply *r); /* NULL-safe; leaves R empty */

/* The field KEY of REC (exact name, then case-insensitive), or NULL when absent. */
const struct reply_field *reply_record_field(const struct reply_record *rec, const char *key);

#endif
