/* The `/` search of the ticket list: a query of words matched against list rows, as you
 * type. Words are ANDed; `field:value` looks in one field (status, agent, client, team,
 * priority); `!` before a word negates it; matching is by substring, ASCII case ignored. */
#ifndef HALOTUI_MODEL_ROW_MATCH_H
#define HALOTUI_MODEL_ROW_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lookups.h"
#include "model/ticket.h"
#include "util/strbuf.h"

/* The fields a `field:value` word names; ROW_FIELD_ANY is a word without a field, looked for
 * in the id, the summary and every field. */
enum row_field {
	ROW_FIELD_STATUS,
	ROW_FIELD_AGENT,
	ROW_FIELD_CLIENT,
	ROW_FIELD_TEAM,
	ROW_FIELD_PRIORITY,
	ROW_FIELD_COUNT,
	ROW_FIELD_ANY = ROW_FIELD_COUNT,
};

struct row_match_term {
	enum row_field field;
	bool is_negated;
	char *needle; /* lower case; owned */
};

/* A parsed query. Zero-initialise or row_match_init; row_match_fini frees. */
struct row_match {
	struct row_match_term *terms;
	size_t n;
};

void row_match_init(struct row_match *m);
void row_match_fini(struct row_match *m);
/* Parses QUERY into M (replacing what it held). A word "name:value" whose name is not a
 * field is plain text; "!" alone or "field:" with no value adds nothing. */
void row_match_parse(struct row_match *m, const char *query);
/* True when M has no term: it matches every row. */
bool row_match_is_empty(const struct row_match *m);
/* Appends to OUT the text of ROW that queries look in, lower case: "ID SUMMARY", then each
 * field of enum row_field after a 0x1F separator, names from LK where the row has only ids. */
void row_match_haystack(const struct ticket_row *row, const struct lookups *lk, struct strbuf *out);
/* True when the haystack HAY (row_match_haystack) passes every term of M. */
bool row_match_test(const struct row_match *m, const char *hay);
/* True when every row NOW matches also matched BEFORE (NOW only adds to or lengthens the
 * plain words of BEFORE): a search as you type need only look again at BEFORE's matches. */
bool row_match_is_narrower(const struct row_match *now, const struct row_match *before);

#endif
