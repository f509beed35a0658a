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

/* A request's filters and order, read once; fini frees the sets. */
struct ticket_filter {
	const struct mock_data *d;
	struct int_set agents, statuses, priorities, teams, clients, types, ticketids, exclude,
		flagged, children;
	int site_id, user_id, parent_id; /* 0: any */
	bool open_only, closed_only, with_deleted;
	const char *search, *search_summary, *search_details, *search_id;
	enum order_field date_field;
	int64_t start, end; /* 0: open-ended */
	struct order_key order[TICKET_ORDER_MAX];
	struct int_set closed; /* the statuses of the closed type, read once per request */
	int n_order;
};

/* Reads the filter and order parameters of C's query. */
void ticket_filter_parse(struct ticket_filter *f, const struct mock_ctx *c);
void ticket_filter_fini(struct ticket_filter *f);
/* True when T passes every filter of F. */
bool ticket_filter_matches(const struct ticket_filter *f, const struct mock_ticket *t);
/* True when every ticket matches in id order: the page can be cut without a scan. */
bool ticket_filter_is_trivial(const struct ticket_filter *f);
/* True when the integer-list S holds V (or S was not given). */
bool ticket_filter_set_has(const struct int_set *s, int v);

#endif
