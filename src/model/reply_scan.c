/* Reading a reply's records straight from the body: no JSON tree, the server's own text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "model/json_scan.h"
#include "model/reply.h"
#include "util/alloc.h"

/* What a reading keeps while it goes: the reply it fills, the fields of the record being
 * read (reused from record to record), and whether records are kept as text alone. */
struct reading {
	struct reply *r;
	struct reply_field *items;
	size_t n, cap;
	bool is_text_only;
};

/* A copy of the container TEXT[0..LEN) without the blanks between tokens (the scanner has
 * checked it is JSON, so a quote opens or closes a string unless escaped). */
static const char *compact_copy(struct arena *a, const char *text, size_t len)
{
	char *out = arena_alloc(a, len + 1);
	size_t n = 0;
	bool is_in_string = false;
	for (size_t i = 0; i < len; i++) {
		char ch = text[i];
		if (is_in_string && ch == '\\') {
			out[n++] = ch;
			out[n++] = text[++i];
			continue;
		}
		if (ch == '"')
			is_in_string = !is_in_string;
		else if (!is_in_string && (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t'))
			continue;
		out[n++] = ch;
	}
	out[n] = '\0';
	return out;
}

/* The decoded text of the string the scanner stands after; NULL when it declines. */
static const char *string_text(struct arena *a, const struct json_scan *s)
{
	if (!s->has_escapes)
		return arena_strndup(a, s->text, s->len);
	char *out = arena_alloc(a, s->len + 1);
	size_t n = 0;
	if (!json_scan_unescape(s->text, s->len, out, &n))
		return NULL;
	out[n] = '\0';
	return out;
}

/* The value after a key into F; false on what the scanner declines. */
static bool read_value(struct json_scan *s, struct arena *a, struct reply_field *f)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
		s->p++;
	const char *start = s->p;
	enum js_token t = json_scan_value(s);
	f->is_string = t == JS_STRING;
	switch (t) {
	case JS_ERROR:
		return false;
	case JS_STRING:
		f->json = arena_strndup(a, start, (size_t)(s->p - start));
		f->text = string_text(a, s);
		return f->text != NULL;
	case JS_OBJECT:
	case JS_ARRAY:
		if (!json_scan_skip(s, t))
			return false;
		f->json = compact_copy(a, start, (size_t)(s->p - start));
		break;
	default:
		f->json = arena_strndup(a, start, (size_t)(s->p - start));
		break;
	}
	f->text = t == JS_NULL ? "" : f->json;
	return true;
}

/* The object the scanner has just entered, as its own text alone; false when declined. */
static bool read_record_text(struct json_scan *s, struct reading *g, struct reply_record *rec)
{
	const char *start = s->p - 1;
	s->has_blanks = false;
	if (!json_scan_skip(s, JS_OBJECT))
		return false;
	size_t len = (size_t)(s->p - start);
	rec->json = s->has_blanks ? compact_copy(&g->r->arena, start, len) : start;
	rec->json_len = s->has_blanks ? strlen(rec->json) : len;
	rec->fields = NULL;
	rec->n_fields = 0;
	return true;
}

/* The object the scanner has just entered, as one record; false when declined. */
static bool read_record(struct json_scan *s, struct reading *g, struct reply_record *rec)
{
	if (g->is_text_only)
		return read_record_text(s, g, rec);
	struct arena *a = &g->r->arena;
	g->n = 0;
	int more;
	while ((more = json_scan_next_key(s, g->n)) == 1) {
		if (g->n == g->cap) {
			g->cap = g->cap ? g->cap * 2 : 64;
			g->items = xreallocarray(g->items, g->cap, sizeof(*g->items));
		}
		struct reply_field *f = &g->items[g->n];
		if (!(f->key = string_text(a, s)) || !read_value(s, a, f))
			return false;
		g->n++;
	}
	if (more < 0)
		return false;
	rec->n_fields = g->n;
	rec->fields = arena_alloc(a, (g->n ? g->n : 1) * sizeof(*rec->fields));
	memcpy(rec->fields, g->items, g->n * sizeof(*rec->fields));
	rec->json = NULL;
	rec->json_len = 0;
	return true;
}

/* The array the scanner has just entered: its objects become records, the rest is skipped. */
static bool read_array(struct json_scan *s, struct reading *g)
{
	struct reply *r = g->r;
	size_t cap = 0, i = 0;
	int more;
	while ((more = json_scan_next_element(s, i++)) == 1) {
		enum js_token t = json_scan_value(s);
		if (t != JS_OBJECT) {
			if (!json_scan_skip(s, t))
				return false;
			continue;
		}
		if (r->count == cap) {
			cap = cap ? cap * 2 : 128;
			r->records = xreallocarray(r->records, cap, sizeof(*r->records));
		}
		if (!read_record(s, g, &r->records[r->count]))
			return false;
		r->count++;
	}
	return more == 0;
}

/* A wrapper object: the array in MEMBER, the total in record_count; false when declined. */
static bool read_wrapper(struct json_scan *s, const char *member, struct reading *g)
{
	size_t i = 0;
	bool has_array = false;
	int more;
	while ((more = json_scan_next_key(s, i++)) == 1) {
		bool is_member = !s->has_escapes && s->len == strlen(member) &&
				 !memcmp(s->text, member, s->len);
		bool is_count =
			!s->has_escapes && s->len == 12 && !memcmp(s->text, "record_count", 12);
		enum js_token t = json_scan_value(s);
		if (is_member && (t != JS_ARRAY || has_array))
			return false;
		if (is_member) {
			has_array = true;
			if (!read_array(s, g))
				return false;
		} else if (is_count && t == JS_NUMBER && s->is_integer) {
			g->r->record_count = (long)s->integer;
		} else if (is_count || !json_scan_skip(s, t)) {
			return false;
		}
	}
	return more == 0 && has_array;
}

static bool scan(const char *body, size_t len, const char *member, bool is_text_only,
		 struct reply *out)
{
	memset(out, 0, sizeof(*out));
	out->record_count = -1;
	struct json_scan s;
	json_scan_init(&s, body ? body : "", body ? len : 0);
	struct reading g = { .r = out, .is_text_only = is_text_only };
	enum js_token t = json_scan_value(&s);
	bool ok = false;
	if (t == JS_ARRAY) {
		ok = read_array(&s, &g);
	} else if (t == JS_OBJECT && member) {
		ok = read_wrapper(&s, member, &g);
	} else if (t == JS_OBJECT) {
		out->records = xcalloc(1, sizeof(*out->records));
		ok = read_record(&s, &g, &out->records[0]);
		out->count = ok;
	}
	free(g.items);
	if (!ok || !json_scan_at_end(&s)) {
		reply_fini(out);
		return false;
	}
	if (!out->records)
		out->records = xcalloc(1, sizeof(*out->records));
	return true;
}

bool reply_scan(const char *body, size_t len, const char *member, struct reply *out)
{
	return scan(body, len, member, false, out);
}

bool reply_scan_texts(const char *body, size_t len, const char *member, struct reply *out)
{
	return scan(body, len, member, true, out);
}
