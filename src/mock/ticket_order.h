/* How halo-mock orders GET /api/Tickets: Halo's order names, keys and the sort. */
#ifndef HALOTUI_MOCK_TICKET_ORDER_H
#define HALOTUI_MOCK_TICKET_ORDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mock/data.h"
#include "mock/query.h"

/* order, order2 ... order5 */
#define TICKET_ORDER_MAX 5

/* A column a list can be ordered (or searched by date) by. */
enum order_field {
	ORDER_NONE,
	ORDER_ID,
	ORDER_DATEOCCURRED,
	ORDER_LASTACTION,
	ORDER_DEADLINE,
	ORDER_FIXBY,
	ORDER_RESPONDBY,
	ORDER_DATECLOSED,
	ORDER_SUMMARY,
	ORDER_STATUS,
	ORDER_PRIORITY,
	ORDER_AGENT,
	ORDER_CLIENT,
	ORDER_USER,
	ORDER_SITE,
	ORDER_TEAM,
	ORDER_TYPE,
};

/* One order key: a column, ascending or descending. */
struct order_key {
	enum order_field field;
	bool is_desc;
};

/* The column Halo's NAME stands for ("dateoccurred", "client_name", ...); ORDER_NONE when
 * NAME is NULL or unknown. */
enum order_field ticket_order_field(const char *name);
/* Reads order/orderdesc ... order5/orderdesc5 of Q into KEYS (TICKET_ORDER_MAX of them);
 * returns how many were given. */
int ticket_order_parse(struct order_key *keys, const struct mock_query *q);
/* The date column FIELD of T (dateoccurred for any other field). */
int64_t ticket_order_date(const struct mock_ticket *t, enum order_field field);
/* Sorts LIST (N tickets of D, in id order) by the N_KEYS KEYS, ties in id order as Halo
 * gives them. */
void ticket_order_sort(struct mock_ticket **list, size_t n, const struct mock_data *d,
		       const struct order_key *keys, int n_keys);

#endif
