/* Rows seen in a view, and the rows new or changed since. */
#include "config.h"

#include "model/seen_rows.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void seen_rows_fini(struct seen_rows *s)
{
	if (!s)
		return;
	free(s->v);
	*s = (struct seen_rows){ 0 };
}

/* FNV-1a over BYTES. */
static uint64_t mix(uint64_t h, const void *bytes, size_t len)
{
	const unsigned char *p = bytes;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static uint64_t mix_str(uint64_t h, const char *s)
{
	return s ? mix(h, s, strlen(s) + 1) : mix(h, "", 1);
}

uint64_t seen_rows_print(const struct ticket_row *row)
{
	uint64_t h = 14695981039346656037ULL;
	long long when = (long long)row->lastactiondate;
	int ids[] = { row->status_id, row->priority_id, row->agent_id };
	h = mix(h, &when, sizeof(when));
	h = mix(h, ids, sizeof(ids));
	h = mix_str(h, row->team);
	return mix_str(h, row->summary);
}

/* The index of ID, or where it would go; *FOUND says which. */
static size_t find(const struct seen_rows *s, ticket_id_t id, bool *found)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < s->n && s->v[lo].id == id;
	return lo;
}

static void insert(struct seen_rows *s, size_t at, const struct seen_row *row)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	memmove(&s->v[at + 1], &s->v[at], (s->n - at) * sizeof(*s->v));
	s->v[at] = *row;
	s->n++;
}

size_t seen_rows_note(struct seen_rows *s, int page_no, const struct ticket_row *rows, size_t n)
{
	size_t fresh = 0;
	time_t since = s->since;
	bool is_page_known = s->is_started && page_no <= s->pages_seen;
	for (size_t i = 0; i < n; i++) {
		const struct ticket_row *r = &rows[i];
		struct seen_row row = { r->id, seen_rows_print(r), false, false };
		bool found;
		size_t at = find(s, r->id, &found);
		if (found && s->v[at].is_own) {
			row.is_new = s->v[at].is_new;
			s->v[at] = row;
		} else if (found) {
			row.is_new =
				s->v[at].is_new || (s->is_started && s->v[at].print != row.print);
			fresh += row.is_new && !s->v[at].is_new;
			s->v[at] = row;
		} else {
			row.is_new = is_page_known && r->lastactiondate > since;
			fresh += row.is_new;
			insert(s, at, &row);
		}
		if (r->lastactiondate > s->since)
			s->since = r->lastactiondate;
	}
	if (page_no > s->pages_seen)
		s->pages_seen = page_no;
	s->is_started = true;
	return fresh;
}

void seen_rows_own(struct seen_rows *s, ticket_id_t id)
{
	bool found;
	size_t at = find(s, id, &found);
	if (found) {
		s->v[at].is_own = true;
		return;
	}
	struct seen_row row = { id, 0, false, true };
	insert(s, at, &row);
}

bool seen_rows_is_new(const struct seen_rows *s, ticket_id_t id)
{
	bool found;
	if (!s)
		return false;
	size_t at = find(s, id, &found);
	return found && s->v[at].is_new;
}

void seen_rows_clear(struct seen_rows *s, ticket_id_t id)
{
	bool found;
	size_t at = s ? find(s, id, &found) : 0;
	if (s && found)
		s->v[at].is_new = false;
}
