/* The `/` search over the ticket list's rows: which loaded rows match the query, kept as you
 * type, and how far it covers the list. */
#ifndef HALOTUI_UI_SEARCH_H
#define HALOTUI_UI_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lookups.h"
#include "model/row_match.h"
#include "model/ticket_list.h"
#include "util/strbuf.h"

struct list_search {
	bool is_active;	 /* a query is in force: matches are marked, n and N move */
	bool is_loading; /* the list fits search-load-limit: its pages are being loaded */
	long load_limit; /* `search-load-limit` */
	char *query;	 /* owned; "" when none */
	struct row_match match;
	struct strbuf hays;	 /* the rows' haystacks (row_match_haystack), NUL-separated */
	size_t *hay_at;		 /* offset of row I's haystack in hays, or SIZE_MAX: not loaded */
	unsigned char *is_match; /* by row */
	size_t n_rows;		 /* rows of hay_at and is_match */
	size_t n_covered;	 /* loaded rows the search looked at */
	size_t n_matches;
	unsigned generation; /* of the list the haystacks were built from */
	size_t built_rows;   /* loaded rows when they were built */
};

void list_search_init(struct list_search *s);
void list_search_fini(struct list_search *s);
/* Makes QUERY the search over LIST (names from LK) and marks the rows that match. When the
 * query only narrows the last one, only the last matches are tested again. */
void list_search_set(struct list_search *s, const struct ticket_list *list,
		     const struct lookups *lk, const char *query);
/* Rows arrived or names changed (FORCE): haystacks are built again and the query re-run. */
void list_search_rows_changed(struct list_search *s, const struct ticket_list *list,
			      const struct lookups *lk, bool force);
/* Ends the search: no row is marked. */
void list_search_clear(struct list_search *s);
/* True when row I matches the search in force. */
bool list_search_is_match(const struct list_search *s, size_t i);
/* The next matching row after FROM (DIR 1) or before it (DIR -1), wrapping round; -1 when
 * none matches. FROM itself is tried last. */
long list_search_next(const struct list_search *s, long from, int dir);
/* What the search covers, for the status bar: "12 matches", "12 matches in 250 of 3,000
 * rows loaded", "loading 250 of 3,000 rows: 12 matches so far". */
void list_search_describe(const struct list_search *s, const struct ticket_list *list,
			  struct strbuf *out);

/* The first place at or after FROM where LINE holds NEEDLE, ASCII case ignored: its byte
 * offset in *AT; false when there is none (or NEEDLE is empty). */
bool search_text_find(const char *line, size_t from, const char *needle, size_t *at);

#endif
