/* Matching list rows against a `/` query: words, field:value, negation, as you type. */
#include "config.h"

#include "model/row_match.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

#define SEPARATOR '\x1f'

static const char *const field_names[ROW_FIELD_COUNT] = {
	[ROW_FIELD_STATUS] = "status",	   [ROW_FIELD_AGENT] = "agent",
	[ROW_FIELD_CLIENT] = "client",	   [ROW_FIELD_TEAM] = "team",
	[ROW_FIELD_PRIORITY] = "priority",
};

void row_match_init(struct row_match *m)
{
	m->terms = NULL;
	m->n = 0;
}

void row_match_fini(struct row_match *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->terms[i].needle);
	free(m->terms);
	row_match_init(m);
}

bool row_match_is_empty(const struct row_match *m)
{
	return m->n == 0;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Appends TEXT lower-cased, without separators (they would join fields). */
static void append_lower(struct strbuf *out, const char *text)
{
	for (const char *p = text ? text : ""; *p; p++)
		strbuf_append_char(out, *p == SEPARATOR ? ' ' : lower(*p));
}

/* Adds the word W (LEN bytes) as a term. */
static void add_term(struct row_match *m, const char *w, size_t len)
{
	struct row_match_term t = { .field = ROW_FIELD_ANY };
	if (len && *w == '!') {
		t.is_negated = true;
		w++, len--;
	}
	const char *colon = memchr(w, ':', len);
	for (int f = 0; colon && f < ROW_FIELD_COUNT; f++) {
		size_t name_len = (size_t)(colon - w);
		if (name_len == strlen(field_names[f]) && !strncmp(w, field_names[f], name_len)) {
			t.field = (enum row_field)f;
			len -= name_len + 1;
			w = colon + 1;
			break;
		}
	}
	if (!len)
		return;
	t.needle = xstrndup(w, len);
	for (char *p = t.needle; *p; p++)
		*p = lower(*p);
	m->terms = xreallocarray(m->terms, m->n + 1, sizeof(*m->terms));
	m->terms[m->n++] = t;
}

void row_match_parse(struct row_match *m, const char *query)
{
	row_match_fini(m);
	const char *p = query ? query : "";
	while (*p) {
		p += strspn(p, " \t");
		size_t len = strcspn(p, " \t");
		if (len)
			add_term(m, p, len);
		p += len;
	}
}

void row_match_haystack(const struct ticket_row *row, const struct lookups *lk, struct strbuf *out)
{
	strbuf_appendf(out, "%d ", (int)row->id);
	append_lower(out, row->summary);
	const char *status = lookups_status_name(lk, row->status_id);
	const char *agent = lookups_agent_name(lk, row->agent_id);
	const char *priority = lookups_priority_name(lk, row->priority_id, row->sla_id);
	if (!agent)
		agent = *row->agent_name ? row->agent_name : row->agent_id == 1 ? "Unassigned" : "";
	const char *fields[ROW_FIELD_COUNT] = {
		[ROW_FIELD_STATUS] = status ? status : row->status_name,
		[ROW_FIELD_AGENT] = agent,
		[ROW_FIELD_CLIENT] = row->client_name,
		[ROW_FIELD_TEAM] = row->team,
		[ROW_FIELD_PRIORITY] = priority ? priority : row->priority_name,
	};
	for (int f = 0; f < ROW_FIELD_COUNT; f++) {
		strbuf_append_char(out, SEPARATOR);
		append_lower(out, fields[f]);
	}
}

/* True when field F of HAY holds NEEDLE. */
static bool field_holds(const char *hay, enum row_field f, const char *needle)
{
	const char *start = hay;
	for (int k = 0; k <= (int)f && start; k++) {
		start = strchr(start, SEPARATOR);
		if (start)
			start++;
	}
	if (!start)
		return false;
	const char *end = strchr(start, SEPARATOR);
	size_t len = end ? (size_t)(end - start) : strlen(start);
	size_t n = strlen(needle);
	if (n > len)
		return false;
	for (const char *p = start; p + n <= start + len; p++) {
		p = memchr(p, *needle, (size_t)(start + len - p));
		if (!p || p + n > start + len)
			return false;
		if (!memcmp(p, needle, n))
			return true;
	}
	return false;
}

bool row_match_test(const struct row_match *m, const char *hay)
{
	for (size_t i = 0; i < m->n; i++) {
		const struct row_match_term *t = &m->terms[i];
		bool is_in = t->field == ROW_FIELD_ANY ? strstr(hay, t->needle) != NULL
						       : field_holds(hay, t->field, t->needle);
		if (is_in == t->is_negated)
			return false;
	}
	return true;
}

bool row_match_is_narrower(const struct row_match *now, const struct row_match *before)
{
	if (now->n < before->n)
		return false;
	for (size_t i = 0; i < before->n; i++) {
		const struct row_match_term *a = &now->terms[i], *b = &before->terms[i];
		if (a->field != b->field || a->is_negated != b->is_negated)
			return false;
		/* A longer plain word holds the shorter; a longer negated word excludes less. */
		if (a->is_negated ? strcmp(a->needle, b->needle) != 0
				  : !strstr(a->needle, b->needle))
			return false;
	}
	return true;
}
