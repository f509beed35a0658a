/* What the emulator files a ticket under, derived from (seed, id) unless a client wrote it:
 * categories 1..4, the ticket area, the supplier. */
#ifndef HALOTUI_MOCK_TICKET_CLASS_H
#define HALOTUI_MOCK_TICKET_CLASS_H

#include "mock/data.h"

/* The id of T's category at LEVEL (1..4): categoryid_LEVEL as a client wrote it, else
 * derived; 0 when T has none at that level (every ticket has a category 1). */
int mock_ticket_category(const struct mock_data *d, const struct mock_ticket *t, int level);
/* T's ticket area id (1..3). */
int mock_ticket_area(const struct mock_data *d, const struct mock_ticket *t);
/* T's supplier id: supplier_id as written, else derived; 0 for none (most tickets). */
int mock_ticket_supplier(const struct mock_data *d, const struct mock_ticket *t);

#endif
