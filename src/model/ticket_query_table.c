/* The two parameter tables built from their .def files, lookup by name, and suggestions. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/ticket_query.h"

static const struct query_param list_params[] = {
#define X(name, type, wire, group, description) { #name, type, wire, group, description },
#include "model/ticket_query_params.def"
#undef X
};

static const struct query_param get_params[] = {
#define X(name, type, wire, group, description) { #name, type, wire, group, description },
#include "model/ticket_get_params.def"
#undef X
};

static const struct query_table list_table = {
	.endpoint = "GET /api/Tickets",
	.params = list_params,
	.count = sizeof list_params / sizeof list_params[0],
};

static const struct query_table get_table = {
	.endpoint = "GET /api/Tickets/{id}",
	.params = get_params,
	.count = sizeof get_params / sizeof get_params[0],
};

/* Names longer than this are never close to a parameter: no suggestion is computed. */
enum { SUGGEST_MAX_NAME = 64 };

const struct query_table *ticket_query_list_table(void)
{
	return &list_table;
}

const struct query_table *ticket_query_get_table(void)
{
	return &get_table;
}

static int compare_name(const void *key, const void *row)
{
	return strcmp(key, ((const struct query_param *)row)->name);
}

long query_table_index(const struct query_table *table, const char *name)
{
	const struct query_param *p =
		bsearch(name, table->params, table->count, sizeof *table->params, compare_name);
	return p ? (long)(p - table->params) : -1;
}

const struct query_param *query_table_find(const struct query_table *table, const char *name)
{
	long i = query_table_index(table, name);
	return i < 0 ? NULL : &table->params[i];
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

/* Edits (insert, delete, substitute, swap two neighbours) from A to B, ignoring ASCII case.
 * Both are at most SUGGEST_MAX_NAME bytes. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb)
{
	size_t rows[3][SUGGEST_MAX_NAME + 1];
	size_t *before = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= nb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= na; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
			    lower(a[i - 2]) == lower(b[j - 1]) && before[j - 2] + 1 < cur[j])
				cur[j] = before[j - 2] + 1;
		}
		size_t *spare = before;
		before = prev;
		prev = cur;
		cur = spare;
	}
	return prev[nb];
}

const struct query_param *query_table_suggest(const struct query_table *table, const char *name)
{
	size_t len = strlen(name);
	if (len == 0 || len > SUGGEST_MAX_NAME)
		return NULL;
	const struct query_param *best = NULL;
	size_t best_distance = 0;
	for (size_t i = 0; i < table->count; i++) {
		const char *candidate = table->params[i].name;
		size_t clen = strlen(candidate);
		size_t allowed = clen <= 4 ? 1 : 2;
		if (clen > SUGGEST_MAX_NAME || (clen > len ? clen - len : len - clen) > allowed)
			continue;
		size_t d = edit_distance(name, len, candidate, clen);
		if (d <= allowed && (!best || d < best_distance)) {
			best = &table->params[i];
			best_distance = d;
		}
	}
	return best;
}

size_t ticket_query_param_count(void)
{
	return list_table.count;
}

const struct query_param *ticket_query_param(size_t i)
{
	return i < list_table.count ? &list_params[i] : NULL;
}

const struct query_param *ticket_query_param_find(const char *name)
{
	return query_table_find(&list_table, name);
}

const char *query_group_name(enum query_group group)
{
	static const char *const names[] = {
		[QG_FILTER] = "filter",
		[QG_SEARCH] = "search",
		[QG_INCLUDE] = "include",
		[QG_DATE] = "date",
		[QG_ORDER] = "order",
		[QG_PAGING] = "paging",
		[QG_INTEGRATION] = "integration",
	};
	return (unsigned)group < QG_COUNT ? names[group] : "?";
}

const char *query_type_name(enum query_type type)
{
	static const char *const names[] = {
		[QP_INT] = "number",  [QP_INT_LIST] = "id list", [QP_BOOL] = "true/false",
		[QP_STRING] = "text", [QP_DOUBLE] = "decimal",	 [QP_DATE] = "date",
	};
	return (unsigned)type <= QP_DATE ? names[type] : "?";
}
