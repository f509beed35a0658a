/* A query: validated, normalised values held by parameter, listed in table order. */
#include "config.h"

#include "model/ticket_query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/ticket_query_value.h"
#include "util/alloc.h"

struct ticket_query *ticket_query_new(const struct query_table *table)
{
	struct ticket_query *q = xmalloc(sizeof *q);
	q->table = table;
	q->values = xcalloc(table->count ? table->count : 1, sizeof *q->values);
	return q;
}

void ticket_query_free(struct ticket_query *q)
{
	if (!q)
		return;
	ticket_query_clear(q);
	free(q->values);
	free(q);
}

struct ticket_query *ticket_query_copy(const struct ticket_query *q)
{
	struct ticket_query *copy = ticket_query_new(q->table);
	for (size_t i = 0; i < q->table->count; i++)
		copy->values[i] = xstrdup(q->values[i]);
	return copy;
}

void ticket_query_clear(struct ticket_query *q)
{
	for (size_t i = 0; i < q->table->count; i++) {
		free(q->values[i]);
		q->values[i] = NULL;
	}
}

/* Index of NAME in Q's table; on a miss, -1 and a message in ERR naming NAME and, when
 * one is close, the parameter it probably meant. */
static long lookup(const struct ticket_query *q, const char *name, struct strbuf *err)
{
	long i = query_table_index(q->table, name);
	if (i >= 0 || !err)
		return i;
	strbuf_reset(err);
	strbuf_append_str(err, "unknown parameter ");
	query_value_quote(err, name);
	strbuf_appendf(err, " of %s", q->table->endpoint);
	const struct query_param *near = query_table_suggest(q->table, name);
	if (near)
		strbuf_appendf(err, "; did you mean \"%s\"?", near->name);
	return -1;
}

enum status ticket_query_set(struct ticket_query *q, const char *name, const char *value,
			     struct strbuf *err)
{
	long i = lookup(q, name, err);
	if (i < 0)
		return STATUS_NOT_FOUND;
	char *normal;
	enum status st = query_value_normalise(&q->table->params[i], value, &normal, err);
	if (st != STATUS_OK)
		return st;
	free(q->values[i]);
	q->values[i] = normal;
	return STATUS_OK;
}

enum status ticket_query_set_assignment(struct ticket_query *q, const char *assignment,
					struct strbuf *err)
{
	const char *eq = strchr(assignment, '=');
	if (!eq) {
		if (err) {
			strbuf_reset(err);
			strbuf_append_str(err, "expected NAME=VALUE, got ");
			query_value_quote(err, assignment);
		}
		return STATUS_INVALID;
	}
	const char *start = assignment, *end = eq;
	while (start < end && *start == ' ')
		start++;
	while (end > start && end[-1] == ' ')
		end--;
	char *name = xstrndup(start, (size_t)(end - start));
	enum status st = ticket_query_set(q, name, eq + 1, err);
	free(name);
	return st;
}

enum status ticket_query_unset(struct ticket_query *q, const char *name, struct strbuf *err)
{
	long i = lookup(q, name, err);
	if (i < 0)
		return STATUS_NOT_FOUND;
	free(q->values[i]);
	q->values[i] = NULL;
	return STATUS_OK;
}

const char *ticket_query_get(const struct ticket_query *q, const char *name)
{
	long i = query_table_index(q->table, name);
	return i < 0 ? NULL : q->values[i];
}

size_t ticket_query_count_set(const struct ticket_query *q)
{
	size_t n = 0;
	for (size_t i = 0; i < q->table->count; i++)
		n += q->values[i] != NULL;
	return n;
}

bool ticket_query_equal(const struct ticket_query *a, const struct ticket_query *b)
{
	if (a->table != b->table)
		return false;
	for (size_t i = 0; i < a->table->count; i++) {
		const char *x = a->values[i], *y = b->values[i];
		if ((x == NULL) != (y == NULL) || (x && strcmp(x, y) != 0))
			return false;
	}
	return true;
}

bool ticket_query_next(const struct ticket_query *q, size_t *pos, const struct query_param **param,
		       const char **value)
{
	for (size_t i = *pos; i < q->table->count; i++) {
		if (q->values[i]) {
			*param = &q->table->params[i];
			*value = q->values[i];
			*pos = i + 1;
			return true;
		}
	}
	*pos = q->table->count;
	return false;
}

/* Checks that N, the value of paging parameter NAME, is at least 1. */
static bool paging_value_ok(const char *name, long long n, struct strbuf *err)
{
	if (n >= 1)
		return true;
	if (err) {
		strbuf_reset(err);
		strbuf_appendf(err, "%s: expected a whole number of at least 1, got \"%lld\"", name,
			       n);
	}
	return false;
}

enum status ticket_query_set_paging(struct ticket_query *q, long long page_size, long long page_no,
				    struct strbuf *err)
{
	static const char *const names[] = { "pageinate", "page_size", "page_no" };
	long index[3];
	for (size_t k = 0; k < 3; k++) {
		index[k] = lookup(q, names[k], err);
		if (index[k] < 0)
			return STATUS_NOT_FOUND;
	}
	if (!paging_value_ok("page_size", page_size, err) ||
	    !paging_value_ok("page_no", page_no, err))
		return STATUS_INVALID;
	char size_text[24], no_text[24];
	snprintf(size_text, sizeof size_text, "%lld", page_size);
	snprintf(no_text, sizeof no_text, "%lld", page_no);
	const char *const texts[] = { "true", size_text, no_text };
	for (size_t k = 0; k < 3; k++) {
		free(q->values[index[k]]);
		q->values[index[k]] = xstrdup(texts[k]);
	}
	return STATUS_OK;
}
