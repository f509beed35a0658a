/* Fuzzes query values: input is NAME\0VALUE; whatever is accepted must render and decode back. */
#include "config.h"

#include <curl/curl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/ticket_query.h"
#include "model/ticket_query_value.h"
#include "net/query_url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The query of URL must be exactly NAME=encoded(VALUE): decode and compare. */
static void check_round_trip(const char *url, const char *name, const char *value)
{
	CURLU *u = curl_url();
	char *query = NULL;
	if (!u || curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_QUERY, &query, 0) != CURLUE_OK)
		abort();
	size_t name_len = strlen(name);
	if (strncmp(query, name, name_len) != 0 || query[name_len] != '=' ||
	    strchr(query, '&') != NULL)
		abort();
	char *encoded = query + name_len + 1;
	for (char *p = encoded; *p; p++)
		if (*p == '+')
			*p = ' ';
	int len = 0;
	char *plain = curl_easy_unescape(NULL, encoded, 0, &len);
	if (!plain || (size_t)len != strlen(value) || memcmp(plain, value, (size_t)len) != 0)
		abort();
	curl_free(plain);
	curl_free(query);
	curl_url_cleanup(u);
}

/* Sets NAME=VALUE on a query of TABLE; an accepted value must render, decode back, and stay
 * the same when normalised again. A refusal must explain itself. */
static void exercise(const struct query_table *table, const char *name, const char *value)
{
	struct ticket_query *q = ticket_query_new(table);
	struct strbuf err;
	strbuf_init(&err);
	enum status st = ticket_query_set(q, name, value, &err);
	if (st != STATUS_OK) {
		if (err.len == 0 || ticket_query_count_set(q) != 0)
			abort();
		goto out;
	}
	/* Setting a value from the query's own copy is allowed and must change nothing. */
	const char *normal = ticket_query_get(q, name);
	char *first = strdup(normal);
	if (!first || ticket_query_set(q, name, normal, NULL) != STATUS_OK)
		abort();
	normal = ticket_query_get(q, name);
	if (strcmp(normal, first) != 0)
		abort();
	free(first);
	char *url = NULL;
	if (query_url_render("https://x.halopsa.com/api/Tickets", q, &url, &err) != STATUS_OK)
		abort();
	check_round_trip(url, name, normal);
	free(url);
out:
	strbuf_fini(&err);
	ticket_query_free(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	size_t name_len = strlen(text);
	const char *value = name_len < size ? text + name_len + 1 : "";
	exercise(ticket_query_list_table(), text, value);
	exercise(ticket_query_get_table(), text, value);
	free(text);
	return 0;
}
