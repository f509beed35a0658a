/* Drafts of forms as text: values by name, escaped one per line; the id of a saved draft. */
#include "config.h"

#include "model/draft_form.h"

#include <stdlib.h>
#include <string.h>

#include "model/json_scan.h"
#include "util/alloc.h"

#define DRAFT_MAGIC "halotui-draft 1"

void draft_form_fini(struct draft_form *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->values[i].name);
		free(d->values[i].value);
	}
	free(d->values);
	memset(d, 0, sizeof(*d));
}

void draft_form_set(struct draft_form *d, const char *name, const char *value)
{
	for (size_t i = 0; i < d->n; i++) {
		if (!strcmp(d->values[i].name, name)) {
			free(d->values[i].value);
			d->values[i].value = xstrdup(value);
			return;
		}
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->values = xreallocarray(d->values, d->cap, sizeof(*d->values));
	}
	d->values[d->n].name = xstrdup(name);
	d->values[d->n].value = xstrdup(value);
	d->n++;
}

const char *draft_form_get(const struct draft_form *d, const char *name)
{
	for (size_t i = 0; i < d->n; i++)
		if (!strcmp(d->values[i].name, name))
			return d->values[i].value;
	return NULL;
}

void draft_form_encode(const struct draft_form *d, struct strbuf *out)
{
	strbuf_appendf(out, "%s\n", DRAFT_MAGIC);
	for (size_t i = 0; i < d->n; i++) {
		strbuf_appendf(out, "%s=", d->values[i].name);
		for (const char *p = d->values[i].value; *p; p++) {
			const char *esc = *p == '\\'   ? "\\\\"
					  : *p == '\n' ? "\\n"
					  : *p == '\r' ? "\\r"
					  : *p == '\t' ? "\\t"
						       : NULL;
			strbuf_append(out, esc ? esc : p, esc ? 2 : 1);
		}
		strbuf_append(out, "\n", 1);
	}
}

/* The value of a line, its escapes undone, into OUT (at least LEN + 1 bytes). */
static void unescape(const char *s, size_t len, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\\' || i + 1 == len) {
			out[k++] = s[i];
			continue;
		}
		char c = s[++i];
		out[k++] = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
	}
	out[k] = '\0';
}

/* One "name=value" line; lines without a name are skipped. */
static void read_line(struct draft_form *d, const char *line, size_t len)
{
	const char *eq = memchr(line, '=', len);
	if (!eq || eq == line)
		return;
	char *name = xstrndup(line, (size_t)(eq - line));
	size_t vlen = len - (size_t)(eq - line) - 1;
	char *value = xmalloc(vlen + 1);
	unescape(eq + 1, vlen, value);
	draft_form_set(d, name, value);
	free(name);
	free(value);
}

bool draft_form_decode(const char *text, size_t len, struct draft_form *d)
{
	draft_form_fini(d);
	size_t magic = strlen(DRAFT_MAGIC);
	if (len < magic + 1 || memcmp(text, DRAFT_MAGIC, magic) != 0 || text[magic] != '\n')
		return false;
	const char *p = text + magic + 1, *end = text + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		read_line(d, p, (size_t)(stop - p));
		p = nl ? nl + 1 : end;
	}
	return true;
}

/* TEXT[0..LEN) as a positive id when it is only digits (Halo sends some ids as strings). */
static int digits(const char *text, size_t len)
{
	long v = 0;
	for (size_t i = 0; i < len; i++) {
		if (text[i] < '0' || text[i] > '9' || v > 214748364)
			return 0;
		v = v * 10 + (text[i] - '0');
	}
	return len && v <= 2147483647 ? (int)v : 0;
}

/* The "id" member of the object the scanner has just entered; 0 when none. */
static int object_id(struct json_scan *s)
{
	int id = 0;
	for (size_t count = 0;; count++) {
		int more = json_scan_next_key(s, count);
		if (more <= 0)
			return more < 0 ? 0 : id;
		bool is_id = s->len == 2 && !memcmp(s->text, "id", 2);
		enum js_token t = json_scan_value(s);
		if (t == JS_ERROR)
			return 0;
		if (is_id && t == JS_NUMBER && s->is_integer && s->integer > 0 &&
		    s->integer < 2147483647)
			id = (int)s->integer;
		else if (is_id && t == JS_STRING)
			id = digits(s->text, s->len);
		if (t != JS_NUMBER && t != JS_STRING && !json_scan_skip(s, t))
			return 0;
	}
}

int draft_reply_id(const char *body, size_t len)
{
	struct json_scan s;
	json_scan_init(&s, body ? body : "", body ? len : 0);
	enum js_token t = json_scan_value(&s);
	if (t == JS_OBJECT)
		return object_id(&s);
	if (t != JS_ARRAY)
		return 0;
	int id = 0;
	for (size_t count = 0; json_scan_next_element(&s, count) > 0; count++) {
		enum js_token e = json_scan_value(&s);
		if (e == JS_OBJECT)
			id = object_id(&s);
		else if (e == JS_ERROR || !json_scan_skip(&s, e))
			return 0;
	}
	return id;
}
