/* /Tickets pages read straight from the body, declining anything the json-c reader must judge. */
#include "config.h"

#include "model/ticket_scan.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/json_scan.h"
#include "model/scalar.h"
#include "model/values.h"
#include "util/alloc.h"

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

/* A row's "seen" mask has one bit per field, the id included. */
typedef uint64_t field_mask;
_Static_assert(sizeof(ticket_row_fields) / sizeof(ticket_row_fields[0]) + 1 <=
		       sizeof(field_mask) * CHAR_BIT,
	       "every row field and the id need a bit of field_mask");
#define ROW_FIELDS (sizeof(ticket_row_fields) / sizeof(ticket_row_fields[0]) + 1)

/* Keys of a row → field, by open addressing; built once per page on the stack. */
enum { KEY_SLOTS = 128, SHORT_TEXT = 64, ESCAPED_MAX = 1024 };
struct key_table {
	const struct jf_field *fields[KEY_SLOTS];
	unsigned char index[KEY_SLOTS]; /* the field's bit in a row's "seen" mask */
	_Static_assert(ROW_FIELDS <= UCHAR_MAX, "a field's index fits index[]");
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

/* What reading one value gave: a value, one json-c leaves unset with a note, or one the
 * scanner leaves to json-c (the whole page is declined). */
enum verdict { V_OK, V_ODD, V_DECLINE };

/* Why a value was odd, as field_json words it: "expected EXPECTED, got GOT". */
struct odd_value {
	const char *expected;
	char got[64];
};

static enum verdict odd(struct odd_value *o, const char *expected)
{
	o->expected = expected;
	return V_ODD;
}

/* An integer as jf_int/jf_long read it; *PRESENT false for "" (unset). */
static enum verdict scan_integer(const struct json_scan *s, enum js_token t, long long lo,
				 long long hi, long long *out, bool *present, struct odd_value *o,
				 const char *expected)
{
	char buf[SHORT_TEXT];
	*present = true;
	if (t == JS_NUMBER && s->is_integer) {
		*out = s->integer;
		if (s->integer >= lo && s->integer <= hi)
			return V_OK;
		return odd(o, expected ? expected : "an integer in range");
	}
	if (t == JS_NUMBER) {
		if (!short_text(s, buf, sizeof(buf)))
			return V_DECLINE;
		if (scalar_whole(strtod(buf, NULL), lo, hi, out))
			return V_OK;
		return odd(o, expected ? expected : "a whole number");
	}
	if (t != JS_STRING)
		return odd(o, expected ? expected : "an integer");
	if (s->len == 0) {
		*present = false;
		return V_OK;
	}
	if (!short_text(s, buf, sizeof(buf)))
		return V_DECLINE;
	if (scalar_int_from_text(buf, lo, hi, out))
		return V_OK;
	return odd(o, expected ? expected : "an integer");
}

static enum verdict scan_int_field(const struct json_scan *s, enum js_token t, enum jf_kind kind,
				   int *dst, struct odd_value *o)
{
	long long n;
	bool present;
	enum verdict v = scan_integer(s, t, INT_MIN, INT_MAX, &n, &present, o, NULL);
	if (v != V_OK)
		return v;
	int unset = kind == JF_COUNT ? 0 : MODEL_UNSET;
	*dst = present && n != -1 ? (int)n : unset;
	return V_OK;
}

static enum verdict scan_bool_field(const struct json_scan *s, enum js_token t, bool *dst,
				    struct odd_value *o)
{
	char buf[SHORT_TEXT];
	long long n;
	enum verdict v;
	switch (t) {
	case JS_TRUE:
	case JS_FALSE:
		*dst = t == JS_TRUE;
		return V_OK;
	case JS_NUMBER:
		v = scan_integer(s, t, 0, 1, &n, &(bool){ 0 }, o, "a boolean");
		if (v == V_OK)
			*dst = n == 1;
		return v;
	case JS_STRING:
		if (!short_text(s, buf, sizeof(buf)))
			return V_DECLINE;
		return scalar_bool_from_text(buf, dst) ? V_OK : odd(o, "a boolean");
	default:
		return odd(o, "a boolean");
	}
}

/* Text as jf_text gives it: a string, or an integer or boolean as its JSON text. */
static enum verdict scan_string_field(const struct json_scan *s, enum js_token t, const char **dst,
				      struct arena *arena, struct odd_value *o)
{
	char num[SHORT_TEXT];
	if (t == JS_TRUE || t == JS_FALSE) {
		*dst = t == JS_TRUE ? "true" : "false";
		return V_OK;
	}
	if (t == JS_NUMBER) {
		/* Decimals keep their own spelling in json-c, and "-0" is its own case: decline. */
		if (!s->is_integer || (s->integer == 0 && s->text[0] == '-'))
			return V_DECLINE;
		snprintf(num, sizeof(num), "%lld", (long long)s->integer);
		*dst = arena_strdup(arena, num);
		return V_OK;
	}
	if (t != JS_STRING)
		return odd(o, "a string");
	if (!s->has_escapes) {
		*dst = arena_strndup(arena, s->text, s->len);
		return V_OK;
	}
	char buf[ESCAPED_MAX];
	size_t n;
	if (s->len > sizeof(buf) || !json_scan_unescape(s->text, s->len, buf, &n))
		return V_DECLINE;
	*dst = arena_strndup(arena, buf, n);
	return V_OK;
}

static enum verdict scan_time_field(const struct json_scan *s, enum js_token t, time_t *dst,
				    struct odd_value *o)
{
	char buf[SHORT_TEXT];
	if (t != JS_STRING)
		return odd(o, "a date");
	if (s->len == 0)
		return V_OK;
	if (!short_text(s, buf, sizeof(buf)))
		return V_DECLINE;
	return model_time_parse(buf, dst) ? V_OK : odd(o, "a date");
}

/* One known field's value; null keeps the default, as an absent field would. */
static enum verdict scan_field(const struct json_scan *s, enum js_token t, const struct jf_field *f,
			       struct ticket_row *row, struct arena *arena, struct odd_value *o)
{
	void *dst = (char *)row + f->offset;
	if (t == JS_NULL)
		return V_OK;
	switch (f->kind) {
	case JF_INT:
	case JF_COUNT:
		return scan_int_field(s, t, f->kind, dst, o);
	case JF_STR:
		return scan_string_field(s, t, dst, arena, o);
	case JF_TIME:
		return scan_time_field(s, t, dst, o);
	case JF_BOOL:
		return scan_bool_field(s, t, dst, o);
	default:
		return V_DECLINE;
	}
}

/* The value last scanned as jf_describe shows it (strings reach here without escapes). */
static void describe(const struct json_scan *s, enum js_token t, char *buf, size_t size)
{
	switch (t) {
	case JS_OBJECT:
		snprintf(buf, size, "an object");
		break;
	case JS_ARRAY:
		snprintf(buf, size, "an array");
		break;
	case JS_TRUE:
	case JS_FALSE:
		snprintf(buf, size, "%s", t == JS_TRUE ? "true" : "false");
		break;
	case JS_STRING:
		scalar_describe_string(s->text, s->len, buf, size);
		break;
	case JS_NUMBER:
		if (s->is_integer)
			snprintf(buf, size, "%lld", (long long)s->integer);
		else
			snprintf(buf, size, "%.*s", (int)(s->len < 40 ? s->len : 40), s->text);
		break;
	default:
		snprintf(buf, size, "null");
		break;
	}
}

/* A field left as if absent: what row_defaults gives it. */
static void field_unset(const struct jf_field *f, struct ticket_row *row)
{
	void *dst = (char *)row + f->offset;
	switch (f->kind) {
	case JF_INT:
		*(int *)dst = MODEL_UNSET;
		break;
	case JF_COUNT:
		*(int *)dst = 0;
		break;
	case JF_STR:
		*(const char **)dst = "";
		break;
	case JF_TIME:
		*(time_t *)dst = MODEL_NO_TIME;
		break;
	case JF_BOOL:
		*(bool *)dst = false;
		break;
	default:
		break;
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

/* The odd values of one row, by field index, noted once its id is known. */
struct row_notes {
	field_mask odd;
	struct odd_value values[ROW_FIELDS];
};

/* One member of a row object (its key in s->text); false to decline the page. */
static bool scan_member(struct json_scan *s, const struct key_table *keys, struct ticket_row *row,
			struct arena *arena, field_mask *seen, struct row_notes *notes)
{
	if (s->has_escapes)
		return false;
	int slot = key_table_find(keys, s->text, s->len);
	enum js_token t = json_scan_value(s);
	if (t == JS_ERROR)
		return false; /* not a value at all: never an odd one */
	if (slot < 0)
		return json_scan_skip(s, t);
	unsigned index = keys->index[slot];
	field_mask bit = (field_mask)1 << index;
	const struct jf_field *f = keys->fields[slot];
	if (*seen & bit)
		return false;
	*seen |= bit;
	struct odd_value *o = &notes->values[index];
	enum verdict v = scan_field(s, t, f, row, arena, o);
	if (v == V_DECLINE)
		return false;
	if (v == V_ODD) {
		describe(s, t, o->got, sizeof(o->got));
		field_unset(f, row);
		notes->odd |= bit;
		if ((t == JS_OBJECT || t == JS_ARRAY) && !json_scan_skip(s, t))
			return false;
	}
	if (f->offset == offsetof(struct ticket_row, is_read))
		row->has_is_read = t != JS_NULL;
	return true;
}

/* One row object into ROW; false on anything to decline. *IS_KEPT false: no usable id. */
static bool scan_row(struct json_scan *s, const struct key_table *keys, struct ticket_row *row,
		     struct arena *arena, struct odd_fields *odd, bool *is_kept)
{
	if (json_scan_value(s) != JS_OBJECT)
		return false;
	memset(row, 0, sizeof(*row));
	row_defaults(row);
	field_mask seen = 0;
	struct row_notes notes;
	notes.odd = 0;
	int r;
	for (size_t i = 0; (r = json_scan_next_key(s, i)) == 1; i++)
		if (!scan_member(s, keys, row, arena, &seen, &notes))
			return false;
	if (r != 0)
		return false;
	*is_kept = row->id > 0;
	if (!*is_kept)
		return true;
	/* In the order of the field table, as json-c reads them. */
	for (size_t i = 0; i < ticket_row_field_count; i++) {
		const struct odd_value *o = &notes.values[i];
		if (notes.odd & ((field_mask)1 << i))
			odd_fields_add(odd, "ticket %d: %s: expected %s, got %s", row->id,
				       ticket_row_fields[i].key, o->expected, o->got);
	}
	row->sla_state = sla_state_from_text(row->sla_state_raw);
	return true;
}

/* The elements of the tickets array, after its '['. */
static bool scan_rows(struct json_scan *s, size_t body_len, struct ticket_page *page,
		      struct odd_fields *odd)
{
	struct key_table keys;
	key_table_init(&keys);
	size_t cap = body_len / 512 + 1 < 256 ? body_len / 512 + 1 : 256;
	page->rows = xcalloc(cap, sizeof(*page->rows));
	int r;
	for (size_t i = 0; (r = json_scan_next_element(s, i)) == 1; i++) {
		if (page->count == cap) {
			page->rows = xreallocarray(page->rows, cap * 2, sizeof(*page->rows));
			memset(page->rows + cap, 0, cap * sizeof(*page->rows));
			cap *= 2;
		}
		bool is_kept;
		if (!scan_row(s, &keys, &page->rows[page->count], &page->arena, odd, &is_kept))
			return false;
		if (is_kept) {
			page->count++;
		} else {
			odd_fields_add(odd, TICKET_ROW_SKIPPED_NOTE, i);
			page->skipped++;
		}
	}
	if (page->count < cap)
		memset(&page->rows[page->count], 0, sizeof(*page->rows));
	return r == 0;
}

/* A wrapper number (page_no, page_size, record_count) as jf_int/jf_long read it. */
static bool scan_wrapper_number(const struct json_scan *s, enum js_token t, long long lo,
				long long hi, long long *out)
{
	bool present;
	struct odd_value o;
	if (t == JS_NULL)
		return true;
	if (scan_integer(s, t, lo, hi, out, &present, &o, NULL) != V_OK)
		return false; /* json-c notes it */
	if (!present || *out == -1)
		*out = MODEL_UNSET;
	return true;
}

enum { W_PAGE_NO = 1, W_PAGE_SIZE = 2, W_RECORD_COUNT = 4, W_TICKETS = 8 };

/* One member of the wrapper object (its key in s->text); false to decline. */
static bool scan_wrapper_member(struct json_scan *s, size_t body_len, struct ticket_page *page,
				unsigned *seen, long long *numbers, struct odd_fields *odd)
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
		return t == JS_ARRAY && scan_rows(s, body_len, page, odd);
	case W_RECORD_COUNT:
		return scan_wrapper_number(s, t, LONG_MIN, LONG_MAX, &numbers[2]);
	default:
		return scan_wrapper_number(s, t, INT_MIN, INT_MAX, &numbers[which >> 1]);
	}
}

static bool scan_wrapper(struct json_scan *s, size_t body_len, struct ticket_page *page,
			 struct odd_fields *odd)
{
	unsigned seen = 0;
	long long numbers[3] = { MODEL_UNSET, MODEL_UNSET, MODEL_UNSET };
	int r;
	for (size_t i = 0; (r = json_scan_next_key(s, i)) == 1; i++)
		if (!scan_wrapper_member(s, body_len, page, &seen, numbers, odd))
			return false;
	if (r != 0 || !(seen & W_TICKETS))
		return false;
	page->page_no = (int)numbers[0];
	page->page_size_field = (int)numbers[1];
	long sent = (long)(page->count + page->skipped);
	page->record_count = numbers[2] == MODEL_UNSET ? sent : (long)numbers[2];
	if (page->record_count < sent)
		return false;
	ticket_page_doubt_count(page, numbers[2] == MODEL_UNSET, odd);
	return true;
}

bool ticket_page_scan(const char *body, size_t len, struct ticket_page **out,
		      struct odd_fields *odd)
{
	if (!body || len == 0 || len > INT_MAX)
		return false;
	struct json_scan s;
	json_scan_init(&s, body, len);
	struct ticket_page *page = xcalloc(1, sizeof(*page));
	/* Notes wait here until the page is accepted: a declined page leaves ODD as it was. */
	struct odd_fields *notes = xcalloc(1, sizeof(*notes));
	page->page_no = MODEL_UNSET;
	page->page_size_field = MODEL_UNSET;
	enum js_token t = json_scan_value(&s);
	bool ok = false;
	if (t == JS_ARRAY) {
		ok = scan_rows(&s, len, page, notes);
		page->record_count = (long)(page->count + page->skipped);
	} else if (t == JS_OBJECT) {
		ok = scan_wrapper(&s, len, page, notes);
	}
	ok = ok && json_scan_at_end(&s);
	if (ok && odd) {
		for (size_t i = 0; i < notes->n; i++)
			odd_fields_add(odd, "%s", notes->text[i]);
		odd->more += notes->more;
	}
	free(notes);
	if (!ok) {
		ticket_page_free(page);
		return false;
	}
	*out = page;
	return true;
}
