/* /Tickets pages read straight from the body, declining anything the json-c reader must judge. */
#include "config.h"

#include "model/ticket_scan.h"

#include "model/json_scan.h"
#include "model/scalar.h"
#include "model/values.h"
#include "util/alloc.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROW(member, kind) JF(struct ticket_row, member, kind)
const struct jf_field ticket_row_fields[] = {
	ROW(summary, JF_STR),
	ROW(status_id, JF_INT),
	ROW(priority_id, JF_INT),
	ROW(tickettype_id, JF_INT),
	ROW(sla_id, JF_INT),
	ROW(client_id, JF_INT),
	ROW(client_name, JF_STR),
	ROW(site_id, JF_INT),
	ROW(site_name, JF_STR),
	ROW(user_id, JF_INT),
	ROW(user_name, JF_STR),
	ROW(agent_id, JF_INT),
	ROW(agent_name, JF_STR),
	ROW(team, JF_STR),
	ROW(status_name, JF_STR),
	ROW(priority_name, JF_STR),
	ROW(category_1, JF_STR),
	ROW(dateoccurred, JF_TIME),
	ROW(lastactiondate, JF_TIME),
	ROW(deadlinedate, JF_TIME),
	ROW(fixbydate, JF_TIME),
	ROW(respondbydate, JF_TIME),
	ROW(dateclosed, JF_TIME),
	ROW(lastincomingemail, JF_TIME),
	JF_AS(struct ticket_row, sla_state_raw, "slaresponsestate", JF_STR),
	JF_AS(struct ticket_row, is_onhold, "onhold", JF_BOOL),
	JF_AS(struct ticket_row, is_flagged, "flagged", JF_BOOL),
	JF_AS(struct ticket_row, is_read, "read", JF_BOOL),
	ROW(excludefromsla, JF_BOOL),
	ROW(attachment_count, JF_COUNT),
	ROW(child_count, JF_COUNT),
	ROW(parent_id, JF_INT),
};
#undef ROW
const size_t ticket_row_field_count = sizeof(ticket_row_fields) / sizeof(ticket_row_fields[0]);

static const struct jf_field id_field = JF(struct ticket_row, id, JF_INT);

/* Keys of a row → field, by open addressing; built once per page on the stack. */
enum { KEY_SLOTS = 128, SHORT_TEXT = 64, ESCAPED_MAX = 1024 };
struct key_table {
	const struct jf_field *fields[KEY_SLOTS];
	unsigned char index[KEY_SLOTS]; /* the field's bit in a row's "seen" mask */
	size_t key_len[KEY_SLOTS];
};

static unsigned key_hash(const char *key, size_t len)
{
	if (len == 0)
		return 0;
	return ((unsigned)len * 31u + (unsigned char)key[0] * 7u +
		(unsigned char)key[len / 2] * 3u + (unsigned char)key[len - 1]) %
	       KEY_SLOTS;
}

static void key_table_add(struct key_table *t, const struct jf_field *f, unsigned index)
{
	size_t len = strlen(f->key);
	unsigned h = key_hash(f->key, len);
	while (t->fields[h])
		h = (h + 1) % KEY_SLOTS;
	t->fields[h] = f;
	t->key_len[h] = len;
	t->index[h] = (unsigned char)index;
}

static void key_table_init(struct key_table *t)
{
	memset(t, 0, sizeof(*t));
	for (size_t i = 0; i < ticket_row_field_count; i++)
		key_table_add(t, &ticket_row_fields[i], (unsigned)i);
	key_table_add(t, &id_field, (unsigned)ticket_row_field_count);
}

/* The slot of KEY, or -1 when the row has no such field. */
static int key_table_find(const struct key_table *t, const char *key, size_t len)
{
	for (unsigned h = key_hash(key, len); t->fields[h]; h = (h + 1) % KEY_SLOTS) {
		if (t->key_len[h] == len && memcmp(t->fields[h]->key, key, len) == 0)
			return (int)h;
	}
	return -1;
}

/* The scanned string or number as a C string in BUF; false when it does not fit. */
static bool short_text(const struct json_scan *s, char *buf, size_t size)
{
	if (s->len >= size || s->has_escapes)
		return false;
	memcpy(buf, s->text, s->len);
	buf[s->len] = '\0';
	return true;
}

/* An integer as jf_int/jf_long read it; *PRESENT false for "" (unset). */
static bool scan_integer(const struct json_scan *s, enum js_token t, long long lo, long long hi,
			 long long *out, bool *present)
{
	char buf[SHORT_TEXT];
	*present = true;
	if (t == JS_NUMBER && s->is_integer) {
		*out = s->integer;
		return s->integer >= lo && s->integer <= hi;
	}
	if (t == JS_NUMBER)
		return short_text(s, buf, sizeof(buf)) &&
		       scalar_whole(strtod(buf, NULL), lo, hi, out);
	if (t != JS_STRING)
		return false;
	if (s->len == 0) {
		*present = false;
		return true;
	}
	return short_text(s, buf, sizeof(buf)) && scalar_int_from_text(buf, lo, hi, out);
}

static bool scan_int_field(const struct json_scan *s, enum js_token t, enum jf_kind kind, int *dst)
{
	long long n;
	bool present;
	if (!scan_integer(s, t, INT_MIN, INT_MAX, &n, &present))
		return false;
	int unset = kind == JF_COUNT ? 0 : MODEL_UNSET;
	*dst = present && n != -1 ? (int)n : unset;
	return true;
}

static bool scan_bool_field(const struct json_scan *s, enum js_token t, bool *dst)
{
	char buf[SHORT_TEXT];
	long long n;
	switch (t) {
	case JS_TRUE:
	case JS_FALSE:
		*dst = t == JS_TRUE;
		return true;
	case JS_NUMBER:
		if (!scan_integer(s, t, 0, 1, &n, &(bool){ 0 }))
			return false;
		*dst = n == 1;
		return true;
	case JS_STRING:
		return short_text(s, buf, sizeof(buf)) && scalar_bool_from_text(buf, dst);
	default:
		return false;
	}
}

/* Text as jf_text gives it: a string, or an integer or boolean as its JSON text. */
static bool scan_string_field(const struct json_scan *s, enum js_token t, const char **dst,
			      struct arena *arena)
{
	char num[SHORT_TEXT];
	if (t == JS_TRUE || t == JS_FALSE) {
		*dst = t == JS_TRUE ? "true" : "false";
		return true;
	}
	if (t == JS_NUMBER) {
		/* Decimals keep their own spelling in json-c, and "-0" is its own case: decline. */
		if (!s->is_integer || (s->integer == 0 && s->text[0] == '-'))
			return false;
		snprintf(num, sizeof(num), "%lld", (long long)s->integer);
		*dst = arena_strdup(arena, num);
		return true;
	}
	if (t != JS_STRING)
		return false;
	if (!s->has_escapes) {
		*dst = arena_strndup(arena, s->text, s->len);
		return true;
	}
	char buf[ESCAPED_MAX];
	size_t n;
	if (s->len > sizeof(buf) || !json_scan_unescape(s->text, s->len, buf, &n))
		return false;
	*dst = arena_strndup(arena, buf, n);
	return true;
}

/* One known field's value; null keeps the default, as an absent field would. */
static bool scan_field(const struct json_scan *s, enum js_token t, const struct jf_field *f,
		       struct ticket_row *row, struct arena *arena)
{
	void *dst = (char *)row + f->offset;
	char buf[SHORT_TEXT];
	if (t == JS_NULL)
		return true;
	switch (f->kind) {
	case JF_INT:
	case JF_COUNT:
		return scan_int_field(s, t, f->kind, dst);
	case JF_STR:
		return scan_string_field(s, t, dst, arena);
	case JF_TIME:
		if (t != JS_STRING)
			return false;
		return s->len == 0 ||
		       (short_text(s, buf, sizeof(buf)) && model_time_parse(buf, dst));
	case JF_BOOL:
		return scan_bool_field(s, t, dst);
	default:
		return false;
	}
}

static void row_defaults(struct ticket_row *row)
{
	for (size_t i = 0; i < ticket_row_field_count; i++) {
		const struct jf_field *f = &ticket_row_fields[i];
		void *dst = (char *)row + f->offset;
		if (f->kind == JF_INT)
			*(int *)dst = MODEL_UNSET;
		else if (f->kind == JF_STR)
			*(const char **)dst = "";
	}
	row->id = MODEL_UNSET;
}

/* One row object; false on anything to decline (a missing id included). */
static bool scan_row(struct json_scan *s, const struct key_table *keys, struct ticket_row *row,
		     struct arena *arena)
{
	if (json_scan_value(s) != JS_OBJECT)
		return false;
	row_defaults(row);
	uint64_t seen = 0;
	int r;
	for (size_t i = 0; (r = json_scan_next_key(s, i)) == 1; i++) {
		if (s->has_escapes)
			return false;
		int slot = key_table_find(keys, s->text, s->len);
		enum js_token t = json_scan_value(s);
		if (slot < 0) {
			if (!json_scan_skip(s, t))
				return false;
			continue;
		}
		uint64_t bit = UINT64_C(1) << keys->index[slot];
		const struct jf_field *f = keys->fields[slot];
		if ((seen & bit) || !scan_field(s, t, f, row, arena))
			return false;
		seen |= bit;
		if (f->offset == offsetof(struct ticket_row, is_read))
			row->has_is_read = t != JS_NULL;
	}
	if (r != 0 || row->id <= 0)
		return false;
	row->sla_state = sla_state_from_text(row->sla_state_raw);
	return true;
}

/* The elements of the tickets array, after its '['. */
static bool scan_rows(struct json_scan *s, size_t body_len, struct ticket_page *page)
{
	struct key_table keys;
	key_table_init(&keys);
	size_t cap = body_len / 512 + 1 < 256 ? body_len / 512 + 1 : 256;
	page->rows = xcalloc(cap, sizeof(*page->rows));
	int r;
	while ((r = json_scan_next_element(s, page->count)) == 1) {
		if (page->count == cap) {
			page->rows = xreallocarray(page->rows, cap * 2, sizeof(*page->rows));
			memset(page->rows + cap, 0, cap * sizeof(*page->rows));
			cap *= 2;
		}
		if (!scan_row(s, &keys, &page->rows[page->count], &page->arena))
			return false;
		page->count++;
	}
	return r == 0;
}

/* A wrapper number (page_no, page_size, record_count) as jf_int/jf_long read it. */
static bool scan_wrapper_number(const struct json_scan *s, enum js_token t, long long lo,
				long long hi, long long *out)
{
	bool present;
	if (t == JS_NULL)
		return true;
	if (!scan_integer(s, t, lo, hi, out, &present))
		return false;
	if (!present || *out == -1)
		*out = MODEL_UNSET;
	return true;
}

enum { W_PAGE_NO = 1, W_PAGE_SIZE = 2, W_RECORD_COUNT = 4, W_TICKETS = 8 };

/* One member of the wrapper object (its key in s->text); false to decline. */
static bool scan_wrapper_member(struct json_scan *s, size_t body_len, struct ticket_page *page,
				unsigned *seen, long long *numbers)
{
	static const char *const names[] = { "page_no", "page_size", "record_count", "tickets" };
	unsigned which = 0;
	for (unsigned i = 0; i < 4 && !which; i++)
		if (strlen(names[i]) == s->len && !memcmp(names[i], s->text, s->len))
			which = 1u << i;
	if (s->has_escapes || (*seen & which))
		return false;
	*seen |= which;
	enum js_token t = json_scan_value(s);
	switch (which) {
	case 0:
		return json_scan_skip(s, t);
	case W_TICKETS:
		return t == JS_ARRAY && scan_rows(s, body_len, page);
	case W_RECORD_COUNT:
		return scan_wrapper_number(s, t, LONG_MIN, LONG_MAX, &numbers[2]);
	default:
		return scan_wrapper_number(s, t, INT_MIN, INT_MAX, &numbers[which >> 1]);
	}
}

static bool scan_wrapper(struct json_scan *s, size_t body_len, struct ticket_page *page)
{
	unsigned seen = 0;
	long long numbers[3] = { MODEL_UNSET, MODEL_UNSET, MODEL_UNSET };
	int r;
	for (size_t i = 0; (r = json_scan_next_key(s, i)) == 1; i++)
		if (!scan_wrapper_member(s, body_len, page, &seen, numbers))
			return false;
	if (r != 0 || !(seen & W_TICKETS))
		return false;
	page->page_no = (int)numbers[0];
	page->page_size_field = (int)numbers[1];
	page->record_count = numbers[2] == MODEL_UNSET ? (long)page->count : (long)numbers[2];
	return page->record_count >= (long)page->count;
}

bool ticket_page_scan(const char *body, size_t len, struct ticket_page **out)
{
	if (!body || len == 0 || len > INT_MAX)
		return false;
	struct json_scan s;
	json_scan_init(&s, body, len);
	struct ticket_page *page = xcalloc(1, sizeof(*page));
	page->page_no = MODEL_UNSET;
	page->page_size_field = MODEL_UNSET;
	enum js_token t = json_scan_value(&s);
	bool ok = false;
	if (t == JS_ARRAY) {
		ok = scan_rows(&s, len, page);
		page->record_count = (long)page->count;
	} else if (t == JS_OBJECT) {
		ok = scan_wrapper(&s, len, page);
	}
	if (!ok || !json_scan_at_end(&s)) {
		ticket_page_free(page);
		return false;
	}
	*out = page;
	return true;
}
