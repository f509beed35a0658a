/* Validation and normalisation of query parameter values, by type. */
#ifndef HALOTUI_MODEL_TICKET_QUERY_VALUE_H
#define HALOTUI_MODEL_TICKET_QUERY_VALUE_H

#include <stdbool.h>

#include "model/ticket_query.h"
#include "util/status.h"
#include "util/strbuf.h"

/* Longest value accepted, in bytes: IIS refuses query strings past a few kilobytes. */
#define QUERY_VALUE_MAX_BYTES 2048

/* Validates VALUE for P and hands back the text to send (caller frees) in *OUT:
 *   QP_INT       optional '-', decimal digits, int64 range: "007" -> "7", "-0" -> "0"
 *   QP_INT_LIST  such numbers joined by commas, spaces around items dropped, no empty item:
 *                " 1, 2,3 " -> "1,2,3"
 *   QP_BOOL      true/false, yes/no, 1/0 in any case -> "true" or "false"
 *   QP_DOUBLE    [+-]digits[.digits] (no exponent, '.' only): "+05.50" -> "5.5"
 *   QP_DATE      see query_date_normalise
 *   QP_STRING    valid UTF-8 without C0/C1 control characters or DEL, kept as given
 * Spaces and tabs around a value are dropped for every type but QP_STRING. On failure
 * STATUS_INVALID, *OUT untouched, and ERR (when not NULL) is replaced by
 * `NAME: expected WHAT, got "VALUE"`. */
enum status query_value_normalise(const struct query_param *p, const char *value, char **out,
				  struct strbuf *err);

/* Dates, ISO-8601. A calendar day YYYY-MM-DD stays as it is. A date-time
 * YYYY-MM-DD(T| )HH:MM[:SS[.fraction]][Z|+HH:MM|-HH:MM|+HHMM|+HH] is converted to UTC and
 * written YYYY-MM-DDTHH:MM:SSZ, with .mmm added when the milliseconds are not zero (further
 * digits are dropped); a date-time without a zone is taken as UTC already. Years 0001-9999.
 * Appends the result to OUT and returns true, or returns false leaving OUT as it was. */
bool query_date_normalise(const char *value, struct strbuf *out);

/* Appends VALUE to SB in double quotes for a message: quotes, backslashes, control bytes and
 * invalid UTF-8 escaped, and cut with "..." after about 40 bytes. */
void query_value_quote(struct strbuf *sb, const char *value);

#endif
