/* The fast reader of /Tickets pages: straight from the body into rows, no JSON tree. */
#ifndef HALOTUI_MODEL_TICKET_SCAN_H
#define HALOTUI_MODEL_TICKET_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "model/field_table.h"
#include "model/odd_fields.h"
#include "model/ticket.h"

/* The fields of a list row other than "id", as both readers read them. */
extern const struct jf_field ticket_row_fields[];
extern const size_t ticket_row_field_count;

/* What both readers note for element I of the tickets array when it has no usable id. */
#define TICKET_ROW_SKIPPED_NOTE "tickets[%zu]: no usable ticket id, row skipped"

/*
 * Reads a GET /Tickets body (the wrapper or a bare array) into *OUT (caller owns), with
 * the same values and the same notes in *ODD (may be NULL; added to) that
 * ticket_page_from_json gives: a row field of a type it cannot use is left unset and noted,
 * a row without a usable id is skipped and noted. Returns false, leaving nothing allocated
 * and ODD as it was, when it declines: malformed JSON, and anything unusual (escaped keys,
 * duplicate fields, odd wrapper numbers, numbers where text belongs...). The caller then
 * reads the body through json-c, which has the full tolerance.
 */
bool ticket_page_scan(const char *body, size_t len, struct ticket_page **out,
		      struct odd_fields *odd);

#endif
