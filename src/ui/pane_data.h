/* What the panes show: the model the app fills from results, read by the views. */
#ifndef HALOTUI_UI_PANE_DATA_H
#define HALOTUI_UI_PANE_DATA_H

#include <stdbool.h>

#include "model/action.h"
#include "model/approval.h"
#include "model/json_text.h"
#include "model/lookups.h"
#include "model/messages.h"
#include "model/outbox_items.h"
#include "model/pending.h"
#include "model/requests.h"
#include "model/seen_rows.h"
#include "model/tag_set.h"
#include "model/ticket.h"
#include "model/ticket_list.h"
#include "model/ticket_query.h"
#include "model/todo.h"
#include "ui/search.h"
#include "ui/tabs.h"

/* How a piece of data stands: loading, failed (its last good contents stay, marked stale). */
struct pane_state {
	bool is_loaded;	 /* some good data arrived */
	bool is_loading; /* a request is in flight */
	bool is_stale;	 /* the last refresh failed: what shows is older */
	char *error;	 /* the last failure in the server's words (owned) or NULL */
};

/* Sort keys of the ticket list, sent to the server as order, order2... (up to five). */
#define PANE_SORT_KEYS 5
struct pane_sort {
	const char *field[PANE_SORT_KEYS]; /* Halo field names (static or in `owned`); NULL ends */
	bool is_desc[PANE_SORT_KEYS];
	char *owned; /* the `sort` setting's text, cut into the field names (owned) */
};

/* Routes whose answers halotui shows as they came (pretty-printed JSON): Halo documents no
 * shape for them. */
enum raw_route {
	RAW_VIEW_LOG,	   /* GET /FaultViewLog?ticket_id=: who viewed the ticket, when */
	RAW_ZAPIER,	   /* GET /Tickets/zapier */
	RAW_SALES_MAILBOX, /* GET /Tickets/salesmailbox */
	RAW_ROUTE_COUNT
};

/* One record the raw pane shows instead of a route's answer: its fields, as Halo sent them. */
enum raw_record {
	RAW_RECORD_NONE,
	RAW_RECORD_APPROVAL, /* GET /TicketApproval/{ticket_id}: one step (record_id: its seq) */
	RAW_RECORD_CLOSURE,  /* GET /ConfirmClosure/{record_id} */
};

/* The answer the raw pane shows. */
struct raw_answer {
	enum raw_route route;
	enum raw_record record; /* not NONE: a record, not ROUTE's answer */
	int record_id;		/* the approval step's seq, the closure confirmation's id */
	ticket_id_t ticket_id;	/* the ticket it is about (the view log), 0 for none */
	struct json_text text;
	struct pane_state state;
	char *search; /* the `/` search of this document (owned), or NULL */
};

/* Drops RAW's document, its state and its search: the next one the pane opens starts with
 * none of them (a search typed in one answer is not the next one's). */
void raw_answer_clear(struct raw_answer *raw);

/* The name `raw` takes for ROUTE ("viewlog", "zapier", "salesmailbox"), and what the pane
 * calls it ("view log"). */
const char *raw_route_name(enum raw_route route);
const char *raw_route_title(enum raw_route route);
/* What the raw pane calls RECORD ("approval step", "closure confirmation"). */
const char *raw_record_title(enum raw_record record);
/* The route called NAME; false when there is none. */
bool raw_route_from_name(const char *name, enum raw_route *route);

/* Everything the panes draw. The app owns it and every model in it; views only read it
 * and, through their own state, remember cursors and scroll positions. */
struct pane_data {
	struct lookups lookups;
	struct ticket_list *list;
	struct pane_state list_state;
	struct pane_sort sort;
	char *columns;	    /* the `columns` setting: "id:7,summary:*,..." (owned) */
	int prefetch_pages; /* pages asked for ahead of the visible ones (`prefetch`) */

	ticket_id_t ticket_id; /* the ticket the detail panes are about; 0: none */
	struct ticket *ticket; /* owned; NULL until it arrived */
	struct pane_state ticket_state;
	struct action_list actions;
	struct pane_state actions_state;
	struct approval_list approvals;
	struct pane_state approvals_state;
	struct todo_list todos;
	struct pane_state todos_state;
	struct closure_list closures; /* GET /ConfirmClosure?ticket_id= */
	struct pane_state closures_state;
	struct forecast_list forecasts; /* GET /FaultsForecasting/{ticket_id} */
	struct pane_state forecasts_state;
	struct approval_list my_approvals;
	struct pane_state my_approvals_state;

	struct raw_answer raw; /* the raw pane's answer */

	struct messages messages; /* config diagnostics, odd fields, errors: the messages pane */

	char *web_url; /* the instance's root URL, for ticket links (owned), or NULL */
	bool is_ascii; /* line graphics: ASCII glyphs in rows and bullets */

	bool is_my_approvals_all;    /* my approvals lists decided ones too (`my-approvals all`) */
	struct outbox_items outbox;  /* the writes the server has not accepted (outbox pane) */
	struct pending_list pending; /* the console's writes out or failed: marks on the rows */
	/* What the list shows, for its title line: the query (owned by the app; order keys
	 * are in `sort`) and the saved view it came from (owned), or NULL for neither. */
	const struct ticket_query *query;
	char *view_name;
	struct list_search search; /* the `/` search over the list's rows */
	char *text_search; /* the `/` search of the detail and history text (owned); raw has its own */
	struct tag_set tags;	      /* the tagged tickets, by id (`tag`, `tagged`) */
	struct view_tabs tabs;	      /* the saved views above the list, with their counts */
	const struct seen_rows *seen; /* the shown view's seen rows (owned by the app): new marks */
};

/* Empty data with an empty list. pane_data_fini frees all of it. */
void pane_data_init(struct pane_data *d);
void pane_data_fini(struct pane_data *d);
/* Forgets the ticket, its actions, approvals and to-dos (another ticket is opened). */
void pane_data_set_ticket(struct pane_data *d, ticket_id_t ticket_id);
/* Stores PAGE (owned in every case) as page PAGE_NO of the list's GENERATION. A page that
 * contradicts what the list knows (another page size) is marked failed, so the next look
 * at it asks again, and the list's state says why: that message (owned by D) is returned
 * for the status bar. NULL when stored, or dropped as an older generation's. */
const char *pane_data_store_list_page(struct pane_data *d, unsigned generation, int page_no,
				      struct ticket_page *page);
/* Records a failure of S: stale when there was data, the message copied. */
void pane_state_fail(struct pane_state *s, const char *message);
/* Records a success of S: loaded, not stale, no error. */
void pane_state_ok(struct pane_state *s);
void pane_state_fini(struct pane_state *s);

#endif
