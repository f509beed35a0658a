/* The outbox as the console shows it: each write not yet accepted by the server, with its
 * target and the change in words. */
#ifndef HALOTUI_MODEL_OUTBOX_ITEMS_H
#define HALOTUI_MODEL_OUTBOX_ITEMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "model/lookups.h"
#include "model/ticket_id.h"

/* Where a write stands: waiting (or on its way), refused or failed, or sent without an
 * answer (a create that may have been made: resent only when the user confirms). */
enum outbox_item_state { OUTBOX_ITEM_PENDING, OUTBOX_ITEM_FAILED, OUTBOX_ITEM_UNKNOWN };

struct outbox_item {
	uint64_t id;	       /* the journal's id (worker_outbox_resend, _discard) */
	int kind;	       /* the write's route (enum job_kind of net/job.h) */
	char *route;	       /* "POST /ToDo"; owned */
	ticket_id_t ticket_id; /* the ticket it is about, 0 when unknown */
	char *words;	       /* "#1234 status → In Progress"; owned, never NULL */
	char *body;	       /* the JSON sent (owned, may be NULL): edit reads it */
	time_t queued_at;
	enum outbox_item_state state;
	bool is_sending;
	bool is_create; /* a new record: resending one of unknown outcome may make two */
	long http_code; /* of the last failure, 0 when none or no answer */
	char *error;	/* the server's words of the last failure; owned, or NULL */
};

struct outbox_items {
	size_t count;
	struct outbox_item *items; /* oldest first */
};

/* Frees every item; ITEMS is empty afterwards. NULL-safe. */
void outbox_items_clear(struct outbox_items *items);
/* Appends one item (its strings copied); returns it for the caller to fill the rest. */
struct outbox_item *outbox_items_add(struct outbox_items *items, uint64_t id, const char *route,
				     const char *body);
/* The item with journal id ID, or NULL. */
const struct outbox_item *outbox_items_find(const struct outbox_items *items, uint64_t id);
/* "waiting", "sending", "failed", "unknown outcome". */
const char *outbox_item_state_name(const struct outbox_item *item);

/* The change BODY (JSON) makes at PATH ("/Tickets", "/ToDo"...) in words, names from L:
 * "#1234 status → In Progress", "#12 to-do added: call back", "#12 step 1 approved: ok".
 * RECORD_ID is the id in the path (0: none). *TICKET_ID gets the ticket it is about (0 when
 * it cannot be told). Caller owns the text; never NULL. */
char *write_words(const char *path, const char *body, long record_id, const struct lookups *l,
		  ticket_id_t *ticket_id);

/* The first element's KEY of the JSON BODY as text (a string as it is, a number written),
 * or NULL when absent. Caller owns. */
char *write_text(const char *body, const char *key);

#endif
