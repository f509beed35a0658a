/* A ticket query in words, for the list's title line. */
#ifndef HALOTUI_MODEL_TICKET_QUERY_DESCRIBE_H
#define HALOTUI_MODEL_TICKET_QUERY_DESCRIBE_H

#include "model/lookups.h"
#include "model/ticket_query.h"
#include "util/strbuf.h"

/* The lead words of Q (NULL: no query): "My open", "Open", "My closed", "Closed", "Mine" or
 * "All tickets", from mine, open_only and closed_only. Static. */
const char *ticket_query_lead(const struct ticket_query *q);
/* Appends Q in words to OUT: VIEW_NAME (or the lead words when NULL), then each other
 * parameter after " · ": id lists by their names in LK ("status New, In Progress"; a number
 * when unknown), true booleans by name, strings quoted, the rest NAME=VALUE. Order and
 * paging parameters are left out (the list says its sort itself). */
void ticket_query_describe(const struct ticket_query *q, const struct lookups *lk,
			   const char *view_name, struct strbuf *out);

#endif
