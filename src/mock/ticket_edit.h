/* Writing tickets: validation with Halo's error bodies, then partial updates and creation. */
#ifndef HALOTUI_MOCK_TICKET_EDIT_H
#define HALOTUI_MOCK_TICKET_EDIT_H

#include "mock/server.h"

/* Checks OBJ (item INDEX of a body) against the data; on a problem answers the 400 that Halo
 * would and returns false. Caller holds the data lock. */
bool mock_ticket_validate(struct mock_ctx *c, struct json_object *obj, size_t index);
/* Creates (no id) or updates (id) a ticket from OBJ, validated before; returns it and sets
 * *CREATED. Caller holds the write lock. */
struct mock_ticket *mock_ticket_apply(struct mock_data *d, struct json_object *obj, bool *created);
/* The current wall-clock time in Unix seconds. */
int64_t mock_now(void);

#endif
