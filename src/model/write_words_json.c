/* A journalled write's body told in words, for the outbox pane: what it changes, on what. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/field_json.h"
#include "model/outbox_items.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* Longest piece of free text (a summary, a note) quoted in the words. */
#define WORDS_TEXT_MAX 48

static int int_of(json_object *obj, const char *key, int fallback)
{
	int v = fallback;
	json_object *f = jf_get(obj, key);
	if (f && jf_int(f, "", key, &v, NULL) != STATUS_OK)
		v = fallback;
	return v;
}

static const char *text_of(json_object *obj, const char *key)
{
	json_object *f = jf_get(obj, key);
	return f && json_object_is_type(f, json_type_string) ? json_object_get_string(f) : NULL;
}

/* TEXT on one line, cut at WORDS_TEXT_MAX bytes (on a UTF-8 boundary) with "…". */
static void append_quoted(struct strbuf *sb, const char *text)
{
	size_t len = strlen(text), cut = len;
	if (cut > WORDS_TEXT_MAX) {
		cut = WORDS_TEXT_MAX;
		while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
			cut--;
	}
	strbuf_append_char(sb, '"');
	for (size_t i = 0; i < cut; i++)
		strbuf_append_char(
			sb, text[i] == '\n' || text[i] == '\r' || text[i] == '\t' ? ' ' : text[i]);
	strbuf_append_str(sb, cut < len ? "\xE2\x80\xA6\"" : "\"");
}

/* A named id: the lookup's name, "none" for 0 or -1, else "#ID". */
static void append_named(struct strbuf *sb, const char *name, int id)
{
	if (name && *name)
		strbuf_append_str(sb, name);
	else if (id <= 0)
		strbuf_append_str(sb, "none");
	else
		strbuf_appendf(sb, "#%d", id);
}

/* One field of a ticket update: "status → In Progress". */
static void ticket_field(struct strbuf *sb, const char *key, json_object *v,
			 const struct lookups *l)
{
	int id = 0;
	bool is_int =
		json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double);
	if (is_int)
		jf_int(v, "", key, &id, NULL);
	strbuf_appendf(sb, "%s", sb->len ? ", " : "");
	if (!strcmp(key, "status_id")) {
		strbuf_append_str(sb, "status \xE2\x86\x92 ");
		append_named(sb, lookups_status_name(l, id), id);
	} else if (!strcmp(key, "agent_id")) {
		strbuf_append_str(sb, "agent \xE2\x86\x92 ");
		append_named(sb, lookups_agent_name(l, id), id);
	} else if (!strcmp(key, "priority_id")) {
		strbuf_append_str(sb, "priority \xE2\x86\x92 ");
		append_named(sb, lookups_priority_name(l, id, -1), id);
	} else if (!strcmp(key, "tickettype_id")) {
		strbuf_append_str(sb, "type \xE2\x86\x92 ");
		append_named(sb, lookups_tickettype_name(l, id), id);
	} else if (json_object_is_type(v, json_type_string)) {
		strbuf_appendf(sb, "%s \xE2\x86\x92 ", key);
		append_quoted(sb, json_object_get_string(v));
	} else {
		strbuf_appendf(sb, "%s \xE2\x86\x92 %s", key,
			       json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN));
	}
}

static void words_ticket(struct strbuf *sb, json_object *o, const struct lookups *l,
			 ticket_id_t *ticket_id)
{
	int id = int_of(o, "id", 0);
	struct strbuf fields;
	strbuf_init(&fields);
	if (id <= 0) {
		strbuf_append_str(sb, "new ticket: ");
		append_quoted(sb, text_of(o, "summary") ? text_of(o, "summary") : "");
		strbuf_fini(&fields);
		return;
	}
	*ticket_id = id;
	json_object_object_foreach(o, key, v)
	{
		if (strcmp(key, "id") && v)
			ticket_field(&fields, key, v, l);
	}
	strbuf_appendf(sb, "#%d %s", id, fields.len ? fields.data : "(no field)");
	strbuf_fini(&fields);
}

static void words_action(struct strbuf *sb, json_object *o, const struct lookups *l,
			 ticket_id_t *ticket_id)
{
	*ticket_id = int_of(o, "ticket_id", 0);
	const char *note = text_of(o, "note");
	if (!note)
		note = text_of(o, "note_html");
	strbuf_appendf(sb, "#%d note: ", *ticket_id);
	append_quoted(sb, note ? note : "");
	int status = int_of(o, "new_status", 0);
	if (status > 0) {
		strbuf_append_str(sb, ", status \xE2\x86\x92 ");
		append_named(sb, lookups_status_name(l, status), status);
	}
}

static void words_approval(struct strbuf *sb, json_object *o, ticket_id_t *ticket_id)
{
	*ticket_id = int_of(o, "ticket_id", 0);
	int result = int_of(o, "result", 0);
	strbuf_appendf(sb, "#%d step %d %s", *ticket_id, int_of(o, "seq", 0),
		       result == 1   ? "approved"
		       : result == 2 ? "rejected"
				     : "decided");
	const char *note = text_of(o, "approver_note");
	if (note && *note) {
		strbuf_append_str(sb, ": ");
		append_quoted(sb, note);
	}
}

static void words_todo(struct strbuf *sb, json_object *o, ticket_id_t *ticket_id)
{
	*ticket_id = int_of(o, "ticket_id", 0);
	int id = int_of(o, "id", 0);
	const char *text = text_of(o, "text");
	json_object *done = jf_get(o, "done");
	strbuf_appendf(sb, "#%d ", *ticket_id);
	if (id <= 0) {
		strbuf_append_str(sb, "to-do added: ");
		append_quoted(sb, text ? text : "");
		return;
	}
	strbuf_appendf(sb, "to-do %d", id);
	if (done)
		strbuf_append_str(sb, json_object_get_boolean(done) ? " done" : " not done");
	if (text) {
		strbuf_append_str(sb, done ? ", text \xE2\x86\x92 " : " text \xE2\x86\x92 ");
		append_quoted(sb, text);
	}
}

/* A forecast entry: "#12 forecast 2.5 h for Ana Hughes on 2026-12-24" (entry N when it
 * changes one). */
static void words_forecast(struct strbuf *sb, json_object *o, const struct lookups *l,
			   ticket_id_t *ticket_id)
{
	*ticket_id = int_of(o, "ticket_id", 0);
	int id = int_of(o, "id", 0), agent = int_of(o, "agent_id", 0);
	double hours = 0;
	json_object *h = jf_get(o, "hours");
	if (h)
		hours = json_object_get_double(h);
	strbuf_appendf(sb, "#%d forecast", *ticket_id);
	if (id > 0)
		strbuf_appendf(sb, " entry %d", id);
	strbuf_appendf(sb, " %.6g h for ", hours);
	append_named(sb, lookups_agent_name(l, agent), agent);
	const char *date = text_of(o, "date");
	if (date && strlen(date) >= 10)
		strbuf_appendf(sb, " on %.10s", date);
}

/* The words of one element O of a body posted to PATH. */
static void words_item(struct strbuf *sb, const char *path, json_object *o, const struct lookups *l,
		       ticket_id_t *ticket_id)
{
	if (!strcasecmp(path, "/Tickets")) {
		words_ticket(sb, o, l, ticket_id);
	} else if (!strcasecmp(path, "/Actions")) {
		words_action(sb, o, l, ticket_id);
	} else if (!strcasecmp(path, "/TicketApproval")) {
		words_approval(sb, o, ticket_id);
	} else if (!strcasecmp(path, "/ToDo")) {
		words_todo(sb, o, ticket_id);
	} else if (!strcasecmp(path, "/FaultsForecasting")) {
		words_forecast(sb, o, l, ticket_id);
	} else if (!strcasecmp(path, "/Tickets/Object")) {
		*ticket_id = int_of(o, "id", 0);
		strbuf_appendf(sb, "#%d sent whole", *ticket_id);
	} else if (!strcasecmp(path, "/Tickets/View")) {
		*ticket_id = int_of(o, "id", 0);
		strbuf_appendf(sb, "#%d marked viewed", *ticket_id);
	} else {
		int id = int_of(o, "ticket_id", int_of(o, "id", 0));
		strbuf_appendf(sb, "%s", path);
		if (id > 0)
			strbuf_appendf(sb, " #%d", id);
	}
}

char *write_words(const char *path, const char *body, long record_id, const struct lookups *l,
		  ticket_id_t *ticket_id)
{
	struct strbuf sb;
	strbuf_init(&sb);
	*ticket_id = 0;
	json_object *v = NULL;
	size_t len = body ? strlen(body) : 0;
	if (len && jf_parse(body, len, &v, NULL) != STATUS_OK)
		v = NULL;
	json_object *first = v;
	size_t n = 1;
	if (v && json_object_is_type(v, json_type_array)) {
		n = json_object_array_length(v);
		first = n ? json_object_array_get_idx(v, 0) : NULL;
	}
	if (first && json_object_is_type(first, json_type_object)) {
		words_item(&sb, path, first, l, ticket_id);
		if (n > 1)
			strbuf_appendf(&sb, " (and %zu more)", n - 1);
	} else if (record_id > 0 && !strcasecmp(path, "/Tickets/{id}")) {
		/* The writes without a body are the deletes: the path names the record. */
		*ticket_id = (ticket_id_t)record_id;
		strbuf_appendf(&sb, "#%ld ticket deleted", record_id);
	} else if (record_id > 0) {
		const char *brace = strstr(path, "{id}");
		int head = brace ? (int)(brace - path) : (int)strlen(path);
		strbuf_appendf(&sb, "%.*s%ld%s deleted", head, path, record_id,
			       brace ? brace + 4 : "");
	} else {
		strbuf_append_str(&sb, path);
	}
	json_object_put(v);
	return strbuf_take(&sb);
}

char *write_text(const char *body, const char *key)
{
	json_object *v = NULL;
	size_t len = body ? strlen(body) : 0;
	if (!len || jf_parse(body, len, &v, NULL) != STATUS_OK)
		return NULL;
	json_object *first =
		json_object_is_type(v, json_type_array) ? json_object_array_get_idx(v, 0) : v;
	json_object *f = jf_get(first, key);
	char *text = NULL;
	if (f && !json_object_is_type(f, json_type_object) &&
	    !json_object_is_type(f, json_type_array))
		text = xstrdup(json_object_get_string(f));
	json_object_put(v);
	return text;
}
