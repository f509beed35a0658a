/* Rows seen in a view: what each list row looked like when last seen, and which rows are new or
 * changed since (the list's new marks). Kept in memory, one per view. */
#ifndef HALOTUI_MODEL_SEEN_ROWS_H
#define HALOTUI_MODEL_SEEN_ROWS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "model/ticket.h"

struct seen_row {
	ticket_id_t id;
	uint64_t print; /* of the fields the list shows (seen_rows_print) */
	bool is_new;
	bool is_own; /* changed by this console: its next change is not news */
};

/* Sorted by id. Zero-initialised is empty; seen_rows_fini frees it. */
struct seen_rows {
	struct seen_row *v;
	size_t n, cap;
	time_t since;	 /* the latest last action among the rows seen */
	int pages_seen;	 /* the highest page noted: a later page is seen for the first time */
	bool is_started; /* a page was noted: from now on, what differs is new */
};

void seen_rows_fini(struct seen_rows *s);

/* A fingerprint of what ROW shows that a change moves: last action, status, priority, agent,
 * team, summary. */
uint64_t seen_rows_print(const struct ticket_row *row);

/* Notes N ROWS of page PAGE_NO. Before the first page nothing is new; after it, a known row
 * whose fingerprint changed is new, and so is an unknown row of a page seen before whose last
 * action is later than any seen (a row that arrived, not one scrolled to). Returns how many
 * rows became new. */
size_t seen_rows_note(struct seen_rows *s, int page_no, const struct ticket_row *rows, size_t n);

/* The row ID was changed from this console: the change the next page shows of it is the
 * agent's own and marks nothing (a ticket not seen yet is noted as seen). */
void seen_rows_own(struct seen_rows *s, ticket_id_t id);

/* Whether the row ID is marked new (S may be NULL: no marks). */
bool seen_rows_is_new(const struct seen_rows *s, ticket_id_t id);
/* The row ID was opened: its new mark goes. */
void seen_rows_clear(struct seen_rows *s, ticket_id_t id);

#endif
