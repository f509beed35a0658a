/* The `/` search over the list's rows: haystacks built once per page, matches kept as you type. */
#include "config.h"

#include "ui/search.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void list_search_init(struct list_search *s)
{
	memset(s, 0, sizeof(*s));
	row_match_init(&s->match);
	strbuf_init(&s->hays);
	s->query = xstrdup("");
	s->load_limit = 5000;
}

void list_search_fini(struct list_search *s)
{
	row_match_fini(&s->match);
	strbuf_fini(&s->hays);
	free(s->hay_at);
	free(s->is_match);
	free(s->query);
	memset(s, 0, sizeof(*s));
}

/* Builds the haystacks of every loaded row of LIST. */
static void build(struct list_search *s, const struct ticket_list *list, const struct lookups *lk)
{
	size_t n = ticket_list_is_known(list) ? ticket_list_record_count(list) : 0;
	free(s->hay_at);
	free(s->is_match);
	s->hay_at = xcalloc(n ? n : 1, sizeof(*s->hay_at));
	s->is_match = xcalloc(n ? n : 1, 1);
	s->n_rows = n;
	strbuf_reset(&s->hays);
	s->n_covered = 0;
	for (size_t i = 0; i < n; i++) {
		const struct ticket_row *row = ticket_list_row(list, i);
		if (!row) {
			s->hay_at[i] = SIZE_MAX;
			continue;
		}
		s->hay_at[i] = s->hays.len;
		row_match_haystack(row, lk, &s->hays);
		strbuf_append_char(&s->hays, '\0');
		s->n_covered++;
	}
	s->generation = ticket_list_generation(list);
	s->built_rows = ticket_list_loaded_rows(list);
}

/* Tests the rows again: all of them, or only the last matches when IS_NARROWER. */
static void run(struct list_search *s, bool is_narrower)
{
	s->n_matches = 0;
	bool is_empty = row_match_is_empty(&s->match);
	for (size_t i = 0; i < s->n_rows; i++) {
		if (s->hay_at[i] == SIZE_MAX || (is_narrower && !s->is_match[i])) {
			s->is_match[i] = 0;
			continue;
		}
		s->is_match[i] =
			!is_empty && row_match_test(&s->match, s->hays.data + s->hay_at[i]);
		s->n_matches += s->is_match[i];
	}
}

void list_search_set(struct list_search *s, const struct ticket_list *list,
		     const struct lookups *lk, const char *query)
{
	struct row_match before = s->match;
	row_match_init(&s->match);
	row_match_parse(&s->match, query);
	bool is_fresh = s->generation != ticket_list_generation(list) ||
			s->built_rows != ticket_list_loaded_rows(list) || !s->hay_at;
	if (is_fresh)
		build(s, list, lk);
	bool is_narrower = !is_fresh && s->is_active && !row_match_is_empty(&before) &&
			   row_match_is_narrower(&s->match, &before);
	row_match_fini(&before);
	free(s->query);
	s->query = xstrdup(query);
	s->is_active = true;
	run(s, is_narrower);
}

void list_search_rows_changed(struct list_search *s, const struct ticket_list *list,
			      const struct lookups *lk, bool force)
{
	if (!s->is_active)
		return;
	if (!force && s->generation == ticket_list_generation(list) &&
	    s->built_rows == ticket_list_loaded_rows(list))
		return;
	build(s, list, lk);
	run(s, false);
}

void list_search_clear(struct list_search *s)
{
	s->is_active = false;
	s->is_loading = false;
	free(s->query);
	s->query = xstrdup("");
	row_match_fini(&s->match);
	if (s->is_match)
		memset(s->is_match, 0, s->n_rows);
	s->n_matches = 0;
}

bool list_search_is_match(const struct list_search *s, size_t i)
{
	return s->is_active && i < s->n_rows && s->is_match[i];
}

long list_search_next(const struct list_search *s, long from, int dir)
{
	long n = (long)s->n_rows;
	if (!s->is_active || n == 0 || s->n_matches == 0)
		return -1;
	for (long step = 1; step <= n; step++) {
		long i = ((from + dir * step) % n + n) % n;
		if (s->is_match[i])
			return i;
	}
	return -1;
}

void list_search_describe(const struct list_search *s, const struct ticket_list *list,
			  struct strbuf *out)
{
	size_t total = ticket_list_is_known(list) ? ticket_list_record_count(list) : 0;
	const char *noun = s->n_matches == 1 ? "match" : "matches";
	if (s->is_loading && s->n_covered < total)
		strbuf_appendf(out, "loading %zu of %zu rows: %zu %s so far", s->n_covered, total,
			       s->n_matches, noun);
	else if (s->n_covered < total)
		strbuf_appendf(out, "%zu %s in %zu of %zu rows loaded", s->n_matches, noun,
			       s->n_covered, total);
	else
		strbuf_appendf(out, "%zu %s", s->n_matches, noun);
}

static char fold(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

bool search_text_find(const char *line, size_t from, const char *needle, size_t *at)
{
	size_t n = needle ? strlen(needle) : 0, len = strlen(line);
	if (!n || from > len)
		return false;
	for (size_t i = from; i + n <= len; i++) {
		size_t k = 0;
		while (k < n && fold(line[i + k]) == fold(needle[k]))
			k++;
		if (k == n) {
			*at = i;
			return true;
		}
	}
	return false;
}
