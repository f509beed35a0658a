/* The checks of POST /api/Tickets without an id: what each ticket type requires. */
#ifndef HALOTUI_MOCK_TICKET_CREATE_H
#define HALOTUI_MOCK_TICKET_CREATE_H

#include <stdbool.h>

#include "mock/server.h"

/* True when OBJ (a ticket to create, its summary already checked) holds what its ticket type
 * requires; otherwise the 400 is answered in Halo's words (plain text or a validation
 * class) and false returned. */
bool mock_ticket_check_create(struct mock_ctx *c, struct json_object *obj);

#endif
