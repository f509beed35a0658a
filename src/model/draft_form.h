/* A draft of a form: its values by name as text, kept in a file while it is being written.
 *
 * The file is text: a first line "halotui-draft 1", then one "name=value" line per value,
 * where a backslash, a line break, a carriage return and a tab in the value are written
 * \\, \n, \r and \t. Lines it does not know are skipped, so an older reader keeps the rest.
 */
#ifndef HALOTUI_MODEL_DRAFT_FORM_H
#define HALOTUI_MODEL_DRAFT_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

struct draft_value {
	char *name;  /* owned */
	char *value; /* owned */
};

/* Zero-initialised is empty; draft_form_fini frees. */
struct draft_form {
	struct draft_value *values; /* in the order first set */
	size_t n, cap;
};

void draft_form_fini(struct draft_form *d);
/* Sets NAME to VALUE (both copied), replacing an earlier value of NAME. */
void draft_form_set(struct draft_form *d, const char *name, const char *value);
/* The value of NAME (borrowed), or NULL when it has none. */
const char *draft_form_get(const struct draft_form *d, const char *name);
/* The file's text of D, appended to OUT. */
void draft_form_encode(const struct draft_form *d, struct strbuf *out);
/* Reads TEXT[0..LEN) into D (emptied first). False when it is no draft (its first line). */
bool draft_form_decode(const char *text, size_t len, struct draft_form *d);

/* The id of the draft in the answer to POST /Draft BODY[0..LEN) (the record, or an array of
 * them: the last), or 0 when it names none. */
int draft_reply_id(const char *body, size_t len);

#endif
