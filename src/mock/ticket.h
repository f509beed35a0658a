/* One ticket as JSON, and the per-ticket records (custom fields, actions, approvals, to-dos)
 * that are generated from (seed, id) until a write makes them real. */
#ifndef HALOTUI_MOCK_TICKET_H
#define HALOTUI_MOCK_TICKET_H

#include "mock/data.h"
#include "mock/jsonw.h"
#include "util/strbuf.h"

enum mock_ticket_view {
	MOCK_VIEW_ID_ONLY, /* ticketidonly=true */
	MOCK_VIEW_LIST,	   /* an item of GET /Tickets */
	MOCK_VIEW_FULL,	   /* GET /Tickets/{id} and write answers */
};

/* Extras of the full view (query switches of GET /Tickets/{id}). */
enum {
	MOCK_WITH_DETAILS = 1 << 0,    /* includedetails: nested objects */
	MOCK_WITH_LASTACTION = 1 << 1, /* includelastaction */
	MOCK_WITH_CHILDIDS = 1 << 2,   /* includechildids */
	MOCK_WITH_HTML = 1 << 3,       /* details in list items */
};

/* Writes T as one JSON object. Caller holds at least the read lock. */
void mock_ticket_write(struct jsonw *w, const struct mock_data *d, const struct mock_ticket *t,
		       enum mock_ticket_view view, unsigned with);
/* The HTML details of T: the stored text, or generated into SCRATCH. */
const char *mock_ticket_details(const struct mock_data *d, const struct mock_ticket *t,
				struct strbuf *scratch);

enum mock_record_kind { MOCK_REC_CUSTOMS, MOCK_REC_ACTIONS, MOCK_REC_APPROVALS, MOCK_REC_TODOS };
/* The records of a ticket as a json-c array (generated, or a copy of the stored ones);
 * caller owns it. */
struct json_object *mock_ticket_records(const struct mock_data *d, const struct mock_ticket *t,
					enum mock_record_kind kind);
/* The records of a ticket made real (stored in the row) for writing; borrowed.
 * Caller holds the write lock. */
struct json_object *mock_ticket_records_mut(struct mock_data *d, struct mock_ticket *t,
					    enum mock_record_kind kind);
/* Writes the "customfields" member of T (stored or generated). */
/* useful_count and notuseful_count (one vote per agent). */
void mock_ticket_write_votes(struct jsonw *w, const struct mock_ticket *t);
/* your_vote and your_vote_comment of the agent the token acts as (null when it has not
 * voted): only the full ticket carries them. */
void mock_ticket_write_my_vote(struct jsonw *w, const struct mock_data *d,
			       const struct mock_ticket *t);
void mock_ticket_write_customs(struct jsonw *w, const struct mock_data *d,
			       const struct mock_ticket *t);
/* The first id of generated to-dos of ticket ID (ids are ID * 16 + n). */
#define MOCK_TODO_ID(ticket_id, n) ((ticket_id)*16 + (n))
/* New to-dos get ids from here on, above every generated one. */
#define MOCK_TODO_FIRST_NEW 100000000

#endif
