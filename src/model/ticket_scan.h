/* The fast reader of /Tickets pages: straight from the body into rows, no JSON tree. */
#ifndef HALOTUI_MODEL_TICKET_SCAN_H
#define HALOTUI_MODEL_TICKET_SCAN_H

#include "model/field_table.h"
#include "model/ticket.h"

#include <stdbool.h>
#include <stddef.h>

/* The fields of a list row other than "id", as both readers read them. */
extern const struct jf_field ticket_row_fields[];
extern const size_t ticket_row_field_count;

/*
 * Reads a GET /Tickets body (the wrapper or a bare array) into *OUT (caller owns), with
 * the same values ticket_page_from_json gives. Returns false, leaving nothing allocated,
 * when it declines: malformed JSON, and anything unusual (escaped keys, duplicate fields,
 * wrong types, numbers where text belongs...). The caller then reads the body through
 * json-c, which has the full tolerance and names the field at fault.
 */
bool ticket_page_scan(const char *body, size_t len, struct ticket_page **out);

#endif
