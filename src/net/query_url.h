/* Turning a ticket query into a request URL, encoded by libcurl's URL API. */
#ifndef HALOTUI_NET_QUERY_URL_H
#define HALOTUI_NET_QUERY_URL_H

#include "model/ticket_query.h"
#include "util/status.h"
#include "util/strbuf.h"

/* BASE (an absolute http(s) URL such as "https://x.halopsa.com/api/Tickets", used as given:
 * a trailing slash and a query of its own are kept) with the set values of Q (NULL: none)
 * appended as name=value in table order, every value percent-encoded by libcurl (a space
 * becomes '+'). On success *URL is the whole URL (caller frees). STATUS_INVALID when libcurl
 * refuses BASE, STATUS_NOMEM when it runs out of memory; then ERR (when not NULL) holds the
 * reason and *URL is untouched. */
enum status query_url_render(const char *base, const struct ticket_query *q, char **url,
			     struct strbuf *err);

#endif
