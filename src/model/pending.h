/* Writes sent and not yet answered, laid over the ticket data so a change shows at once. */
#ifndef HALOTUI_MODEL_PENDING_H
#define HALOTUI_MODEL_PENDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "model/ticket.h"
#include "model/ticket_id.h"
#include "model/ticket_update.h"

/* At most this many ticket fields in one change (the `edit` form sends the most). */
#define PENDING_MAX_FIELDS 16

/* One field's value, by the field's type (ticket_field_type): I for ints, S for strings
 * (held by the list's string pool, never NULL), B for booleans, T for dates. */
struct pending_value {
	long long i;
	const char *s;
	bool b;
	time_t t;
};

struct pending_field {
	enum ticket_field field;
	struct pending_value old; /* what the ticket showed before: comes back on failure */
	struct pending_value new; /* what was sent: shown while the write is out */
};

/* What a write is: ticket fields (POST /Tickets), a note (POST /Actions, which may carry a
 * new status), an approval decision, a to-do. Any kind may carry fields laid over the row. */
enum pending_kind {
	PENDING_FIELDS,
	PENDING_ACTION,
	PENDING_APPROVAL,
	PENDING_TODO,
	PENDING_OTHER,
};

/* One write of this session. WRITE_ID is the key its result carries back (the job's
 * generation); OUTBOX_ID its journal record (0: no outbox). */
struct pending_change {
	unsigned write_id;
	uint64_t outbox_id;
	enum pending_kind kind;
	ticket_id_t ticket_id;
	bool is_failed; /* answered with an error: its values no longer show, the row is marked */
	size_t n_fields;
	struct pending_field fields[PENDING_MAX_FIELDS];
};

/* Every write of the session still out or failed, the last field change (for undo), and a
 * pool of the strings the rows borrow from it. Zero-initialised or pending_init; fini frees. */
struct pending_list {
	size_t count, cap;
	struct pending_change *items;
	bool has_last;
	struct pending_change last; /* the last field change sent (its fields: what undo reverts) */
	char **pool;		    /* strings the values and the rows point to, freed by fini */
	size_t n_pool, cap_pool;
};

void pending_init(struct pending_list *p);
void pending_fini(struct pending_list *p);

/* A copy of S kept until pending_fini (rows point to it after the change ends). */
const char *pending_keep(struct pending_list *p, const char *s);

/* Adds CHANGE (copied; its strings must come from pending_keep). A change with fields also
 * becomes the last change, which undo reverts. */
void pending_add(struct pending_list *p, const struct pending_change *change);
/* The change with WRITE_ID, or NULL. */
struct pending_change *pending_find(struct pending_list *p, unsigned write_id);
/* Forgets the change with WRITE_ID (done, or its outbox record discarded); false when none. */
bool pending_remove(struct pending_list *p, unsigned write_id);
/* Forgets the failed change whose journal record is OUTBOX_ID; false when none. */
bool pending_remove_outbox(struct pending_list *p, uint64_t outbox_id);
/* Marks the change WRITE_ID failed (its values stop showing). A failed last change is no
 * longer what undo reverts. False when none. */
bool pending_fail(struct pending_list *p, unsigned write_id);

/* Writes still out (not failed), and failed ones still listed. */
size_t pending_count_out(const struct pending_list *p);
size_t pending_count_failed(const struct pending_list *p);
/* Whether TICKET_ID has a write out, or a failed one. */
bool pending_is_out(const struct pending_list *p, ticket_id_t ticket_id);
bool pending_has_failed(const struct pending_list *p, ticket_id_t ticket_id);

/* The value FIELD of ROW shows now (read from the row), into OUT; false for a field the
 * row does not hold (then nothing is laid over it). */
bool pending_row_value(const struct ticket_row *row, enum ticket_field field,
		       struct pending_value *out);
/* Sets FIELD of ROW to V (strings borrowed from the pool); false when the row has no such
 * field. A changed agent or type forgets the name the server sent with the old one. */
bool pending_row_set(struct ticket_row *row, enum ticket_field field,
		     const struct pending_value *v);
/* Replaces DST with the server's SRC (the answer to a write), its strings kept in P's pool,
 * so DST stays valid after SRC is freed. */
void pending_copy_row(struct pending_list *p, struct ticket_row *dst, const struct ticket_row *src);
/* Lays every change still out on ROW's ticket over ROW, oldest first. */
void pending_apply_row(const struct pending_list *p, struct ticket_row *row);

/* Reads FIELD of the update U into OUT (strings kept in P's pool); false when unset. */
bool pending_value_from_update(struct pending_list *p, const struct ticket_update *u,
			       enum ticket_field field, struct pending_value *out);
/* Sets FIELD of U to V. */
void pending_value_to_update(const struct pending_value *v, enum ticket_field field,
			     struct ticket_update *u);
/* V as the status bar shows a field's value when no lookup names it ("12", "yes", the
 * text, "2026-12-01"). */
void pending_value_text(const struct pending_value *v, enum ticket_field field, char *buf,
			size_t size);

#endif
