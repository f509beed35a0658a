/* JSON -> tickets: the /Tickets list wrapper, one ticket, POST and DELETE answers. */
#ifndef HALOTUI_MODEL_TICKET_JSON_H
#define HALOTUI_MODEL_TICKET_JSON_H

#include <stddef.h>

#include "model/model_error.h"
#include "model/ticket.h"
#include "util/status.h"

/*
 * Parser convention of every *_from_json in src/model: BODY is LEN bytes (need not be
 * NUL-terminated); on STATUS_OK *OUT is filled and owned by the caller; on failure nothing
 * is left allocated, *OUT is untouched or emptied, and ERR says why. STATUS_PARSE: not JSON
 * or the wrong shape (the records are not an array...); STATUS_INVALID: the answer contradicts
 * itself (a record_count below the rows sent).
 * Tolerated: missing/null/unknown fields, ids as 21.0 or "21", -1 as unset, 0/1 booleans,
 * dates with or without Z and fractions. A number where a string is expected is shown as
 * its text (summary 42 -> "42"). Degraded, never failed: a field of a type that cannot be
 * used (an object where a scalar goes, "yes" for a boolean, a number for a date) is left as
 * if absent, and a record without a usable id is skipped; each is noted in err->odd, e.g.
 * `ticket 1234: flagged: expected a boolean, got 2`.
 */

/*
 * GET /Tickets: the wrapper {record_count, page_no, page_size, tickets[]}; also accepts a
 * bare array of tickets (ticketidonly=true answers), where record_count is the array length.
 */
enum status ticket_page_from_json(const char *body, size_t len, struct ticket_page **out,
				  struct model_error *err);
/* The same through a json-c tree alone (what ticket_page_from_json falls back to when the
 * streaming reader declines); tests compare the two readers with it. */
enum status ticket_page_from_json_tree(const char *body, size_t len, struct ticket_page **out,
				       struct model_error *err);

/*
 * GET /Tickets/{id}: the bare object. STATUS_NOT_FOUND when the body is an object without
 * an `id` (or id <= 0): Halo may answer a missing ticket with 200.
 */
enum status ticket_from_json(const char *body, size_t len, struct ticket **out,
			     struct model_error *err);

/* POST /Tickets answer: one object, or an array with returnall=true; empty body = none. */
struct ticket_post_result {
	size_t count;
	struct ticket **tickets; /* owned; each ticket_free'd by ticket_post_result_fini */
};

enum status ticket_post_result_from_json(const char *body, size_t len,
					 struct ticket_post_result *out, struct model_error *err);
void ticket_post_result_fini(struct ticket_post_result *r); /* NULL-safe */

/* DELETE /Tickets/{id} answer: `{}`, an object with `id`, or empty. *ID is 0 when none. */
enum status ticket_delete_result_from_json(const char *body, size_t len, int *id,
					   struct model_error *err);

#endif
