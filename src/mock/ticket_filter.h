/* Which tickets GET /api/Tickets selects: Halo's filter parameters, read and matched. */
#ifndef HALOTUI_MOCK_TICKET_FILTER_H
#define HALOTUI_MOCK_TICKET_FILTER_H

#include <stdbool.h>
#include <stdint.h>

#include "mock/server.h"
#include "mock/ticket_order.h"

/* Ids below this are also kept as bits: a scan tests one bit a row, not a list. */
#define SMALL_IDS 512

/* An integer-list parameter: absent (n == 0 and !is_set) matches everything. */
struct int_set {
	int *ids;
	size_t n;
	bool is_set;
	uint64_t small[SMALL_IDS / 64];
};

/* The search_* parameters that look for text in a field of the ticket, its user or client. */
enum search_field {
	SEARCH_USER_NAME,   /* search_user_name, search_reportedby, search_oppcontactname */
	SEARCH_USER_EMAIL,  /* search_oppemailaddress */
	SEARCH_CLIENT_NAME, /* search_oppcompanyname */
	SEARCH_NOTHING,	    /* fields no emulated ticket has: a value matches none */
	SEARCH_FIELD_COUNT
};

/* A request's filters and order, read once; fini frees the sets. */
struct ticket_filter {
	const struct mock_data *d;
	struct mock_query query; /* the request's, with a view_id profile's parameters added */
	struct int_set agents, statuses, priorities, teams, clients, types, ticketids, exclude,
		flagged, children, slas, breached, hold, closed_state, categories[4];
	int site_id, user_id, parent_id, area_id, supplier_id; /* 0: any */
	bool open_only, closed_only, with_deleted, unlinked_only, with_attachments;
	const char *search, *search_summary, *search_details, *search_id, *username;
	const char *search_in[SEARCH_FIELD_COUNT]; /* NULL: not asked */
	enum order_field date_field;
	int64_t start, end;		  /* 0: open-ended */
	int64_t updated_from, updated_to; /* lastupdatefromdate/todate; 0: open-ended */
	struct order_key order[TICKET_ORDER_MAX];
	struct int_set closed; /* the statuses of the closed type, read once per request */
	int n_order;
};

/* Reads the filter and order parameters of C's query (and of its view_id profile, which the
 * caller has checked exists). */
void ticket_filter_parse(struct ticket_filter *f, const struct mock_ctx *c);
void ticket_filter_fini(struct ticket_filter *f);
/* True when T passes every filter of F. */
bool ticket_filter_matches(const struct ticket_filter *f, const struct mock_ticket *t);
/* True when every ticket matches in id order: the page can be cut without a scan. */
bool ticket_filter_is_trivial(const struct ticket_filter *f);
/* True when the integer-list S holds V (or S was not given). */
bool ticket_filter_set_has(const struct int_set *s, int v);

#endif
