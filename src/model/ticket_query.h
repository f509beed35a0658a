/* The /Tickets parameter tables and a query object that holds validated values by parameter. */
#ifndef HALOTUI_MODEL_TICKET_QUERY_H
#define HALOTUI_MODEL_TICKET_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "util/status.h"
#include "util/strbuf.h"

/* How a parameter's value is validated and normalised (see ticket_query_value.h). */
enum query_type {
	QP_INT,	     /* a whole number in int64 range: "-1", "42" */
	QP_INT_LIST, /* comma-separated whole numbers (ids): "1,2,3" */
	QP_BOOL,     /* "true" or "false" */
	QP_STRING,   /* UTF-8 text without control characters */
	QP_DOUBLE,   /* a decimal number: "480", "-5.5" */
	QP_DATE,     /* ISO-8601 date or date-time, sent in UTC */
};

/* Where a parameter is shown; the rule for each is in ticket_query_params.def. */
enum query_group {
	QG_FILTER,
	QG_SEARCH,
	QG_INCLUDE,
	QG_DATE,
	QG_ORDER,
	QG_PAGING,
	QG_INTEGRATION,
	QG_COUNT
};

/* One row of a parameter table: static data, never freed. */
struct query_param {
	const char *name;	 /* as Halo spells it on the wire */
	enum query_type type;	 /* how halotui validates it */
	const char *wire_type;	 /* Halo's declared type: "int", "int_array", "bool", ... */
	enum query_group group;	 /* where the form and help show it */
	const char *description; /* Halo's own words */
};

/* A parameter table: rows sorted by name (strcmp order), which is also the order in
 * which a query lists and renders its values. */
struct query_table {
	const char *endpoint; /* "GET /api/Tickets" */
	const struct query_param *params;
	size_t count;
};

/* The table of GET /api/Tickets (ticket_query_params.def) and of GET /api/Tickets/{id}
 * (ticket_get_params.def). Static, never NULL. */
const struct query_table *ticket_query_list_table(void);
const struct query_table *ticket_query_get_table(void);

/* Index of NAME in TABLE by bisection, or -1 when TABLE has no such parameter.
 * The match is exact (Halo's names are lowercase). */
long query_table_index(const struct query_table *table, const char *name);
/* Row of NAME, or NULL when unknown. */
const struct query_param *query_table_find(const struct query_table *table, const char *name);
/* The parameter of TABLE closest to the unknown NAME (case and a typo or two apart), or NULL
 * when none is close enough to suggest. */
const struct query_param *query_table_suggest(const struct query_table *table, const char *name);

/* Shorthands for the GET /api/Tickets table: row count, row I (I < count), row by name
 * (NULL when unknown). */
size_t ticket_query_param_count(void);
const struct query_param *ticket_query_param(size_t i);
const struct query_param *ticket_query_param_find(const char *name);

/* Short names for the filter form and help: "filter", "int list", ... Static strings. */
const char *query_group_name(enum query_group group);
const char *query_type_name(enum query_type type);

/* A set of parameter values for one table. Values are kept normalised (the text that goes
 * on the wire, see ticket_query_value.h); unset parameters are NULL. */
struct ticket_query {
	const struct query_table *table;
	char **values; /* table->count slots, each NULL or owned */
};

/* A query with nothing set, for TABLE (ticket_query_list_table() or _get_table()).
 * Caller frees with ticket_query_free (NULL-safe). */
struct ticket_query *ticket_query_new(const struct query_table *table);
void ticket_query_free(struct ticket_query *q);
/* A deep copy of Q; caller frees. */
struct ticket_query *ticket_query_copy(const struct ticket_query *q);
/* Unsets every value. */
void ticket_query_clear(struct ticket_query *q);

/* Validates VALUE for parameter NAME and stores its normalised form, replacing an old one.
 * STATUS_NOT_FOUND when NAME is not in the table, STATUS_INVALID when VALUE does not fit the
 * parameter's type; then Q is unchanged and ERR (when not NULL) holds a one-line message
 * that names the parameter and what was expected. ERR is left alone on success. */
enum status ticket_query_set(struct ticket_query *q, const char *name, const char *value,
			     struct strbuf *err);
/* ticket_query_set for one "NAME=VALUE" word, as typed after a command or a flag: split at
 * the first '=', spaces around NAME dropped. STATUS_INVALID with a message in ERR when there
 * is no '=', otherwise as ticket_query_set. */
enum status ticket_query_set_assignment(struct ticket_query *q, const char *assignment,
					struct strbuf *err);
/* Unsets NAME. STATUS_NOT_FOUND (message in ERR, which may be NULL) when NAME is unknown;
 * unsetting a parameter that is not set is fine. */
enum status ticket_query_unset(struct ticket_query *q, const char *name, struct strbuf *err);
/* The normalised value of NAME, or NULL when unset or unknown. Owned by Q, valid until the
 * next change of that parameter. */
const char *ticket_query_get(const struct ticket_query *q, const char *name);
/* Number of parameters set. */
size_t ticket_query_count_set(const struct ticket_query *q);
/* True when A and B are for the same table and hold the same values. */
bool ticket_query_equal(const struct ticket_query *a, const struct ticket_query *b);

/* Walks the set values in table order. Start with *POS = 0; each call that returns true
 * fills *PARAM and *VALUE (owned by Q) and advances *POS. Q must not change meanwhile. */
bool ticket_query_next(const struct ticket_query *q, size_t *pos, const struct query_param **param,
		       const char **value);

/* Paging of GET /api/Tickets: sets pageinate=true, page_size and page_no (both at least 1;
 * Halo caps page_size at 100 itself). STATUS_INVALID with a message in ERR otherwise, and
 * STATUS_NOT_FOUND for a table without paging; Q is unchanged on failure. */
enum status ticket_query_set_paging(struct ticket_query *q, long long page_size, long long page_no,
				    struct strbuf *err);

/* ticket_query_set, but a NAME already set is refused (STATUS_INVALID, "NAME is given
 * twice...") rather than replaced: what a person types or saves names each parameter once. */
enum status ticket_query_set_once(struct ticket_query *q, const char *name, const char *value,
				  struct strbuf *err);
/* Checks Q as the query of the paged ticket list: no paging parameter (the list pages by
 * itself), no ticketidonly (Halo does not page it), no contradiction (open_only with
 * closed_only), orderdescN only with orderN and order keys in turn. STATUS_INVALID with the
 * reason in ERR (may be NULL). */
enum status ticket_query_check_list(const struct ticket_query *q, struct strbuf *err);
/* Takes order..order5 and orderdesc..orderdesc5 out of Q and writes them to SPEC in the form
 * of the `sort` setting ("lastactiondate:desc,id"); returns how many keys there were. */
size_t ticket_query_take_order(struct ticket_query *q, struct strbuf *spec);

#endif
