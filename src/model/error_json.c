/* Error bodies in every shape Halo uses -> the server's own words on one line. */
#include "config.h"

#include "model/error_json.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/field_json.h"
#include "text/html.h"
#include "util/alloc.h"
#include "util/strbuf.h"

enum { MESSAGE_MAX_BYTES = 400, HTML_READ_MAX_BYTES = 64 * 1024 };

/* Appends S (LEN bytes) to SB as one line: control bytes become spaces, runs of space one. */
static void append_clean(struct strbuf *sb, const char *s, size_t len)
{
	for (size_t i = 0; i < len && sb->len < MESSAGE_MAX_BYTES; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			c = ' ';
		if (c == ' ' && (sb->len == 0 || sb->data[sb->len - 1] == ' '))
			continue;
		strbuf_append_char(sb, (char)c);
	}
	/* Never end inside a UTF-8 sequence after the cut. */
	size_t end = sb->len;
	while (end > 0 && ((unsigned char)sb->data[end - 1] & 0xC0) == 0x80)
		end--;
	if (end > 0 && (unsigned char)sb->data[end - 1] >= 0xC0) {
		unsigned char lead = (unsigned char)sb->data[end - 1];
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (sb->len - (end - 1) < need)
			strbuf_truncate(sb, end - 1);
	}
	while (sb->len && sb->data[sb->len - 1] == ' ')
		strbuf_truncate(sb, sb->len - 1);
}

/* A clean one-line copy of S, or NULL when nothing is left. */
static char *clean_line(const char *s, size_t len)
{
	struct strbuf sb;
	strbuf_init(&sb);
	append_clean(&sb, s, len);
	if (sb.len == 0) {
		strbuf_fini(&sb);
		return NULL;
	}
	char *line = strbuf_take(&sb);
	return line;
}

static char *string_member(json_object *obj, const char *key)
{
	json_object *v = jf_get(obj, key);
	const char *s;
	size_t n;
	if (!v || json_object_is_type(v, json_type_object) ||
	    json_object_is_type(v, json_type_array))
		return NULL;
	if (jf_text(v, "", key, &s, &n, NULL) != STATUS_OK || !s)
		return NULL;
	return clean_line(s, n);
}

/* ASP.NET model binding: {"[0].id": ["msg", ...], ...} -> "[0].id: msg; ...". */
static char *binding_messages(json_object *obj)
{
	struct strbuf sb;
	strbuf_init(&sb);
	json_object_object_foreach(obj, key, val)
	{
		if (!json_object_is_type(val, json_type_array))
			continue;
		for (size_t i = 0; i < json_object_array_length(val); i++) {
			json_object *m = json_object_array_get_idx(val, i);
			if (!json_object_is_type(m, json_type_string))
				continue;
			if (sb.len)
				strbuf_append_str(&sb, "; ");
			append_clean(&sb, key, strlen(key));
			strbuf_append_str(&sb, ": ");
			append_clean(&sb, json_object_get_string(m),
				     (size_t)json_object_get_string_len(m));
		}
	}
	if (!sb.len) {
		strbuf_fini(&sb);
		return NULL;
	}
	char *line = strbuf_take(&sb);
	return line;
}

/* Fills code and message of E from a JSON object body. */
static void from_object(struct api_error *e, json_object *obj)
{
	static const char *const message_keys[] = { "error_description",
						    "errorMessage",
						    "Message",
						    "message",
						    "ExceptionMessage",
						    "detail",
						    "title",
						    "error",
						    NULL };
	static const char *const code_keys[] = { "resultCode", "ClassName", "code", NULL };
	for (size_t i = 0; !e->message && message_keys[i]; i++)
		e->message = string_member(obj, message_keys[i]);
	/* "error" is the code when a description carried the words. */
	if (e->message && jf_get(obj, "error_description"))
		e->code = string_member(obj, "error");
	for (size_t i = 0; !e->code && code_keys[i]; i++)
		e->code = string_member(obj, code_keys[i]);
	if (!e->message) {
		json_object *errors = jf_get(obj, "errors");
		e->message = binding_messages(json_object_is_type(errors, json_type_object) ? errors
											    : obj);
	}
}

/* Where NEEDLE starts in the LEN bytes at S, case aside; NULL when it does not. */
static const char *find_nocase(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (strncasecmp(s + i, needle, n) == 0)
			return s + i;
	return NULL;
}

/* The first line of HTML's text (entities decoded, controls gone), or NULL. */
static char *html_first_line(const char *html, size_t len)
{
	struct html_text t;
	html_to_text(&t, html, len, HTML_TEXT_ASCII);
	char *line = NULL;
	for (const char *p = t.text; !line && *p;) {
		size_t n = strcspn(p, "\n");
		line = clean_line(p, n);
		p += n + (p[n] == '\n');
	}
	html_text_fini(&t);
	return line;
}

/* An HTML error page (a proxy's or the web server's): its <title>, else the first line of
 * its text, cleaned and cut. Only the first HTML_READ_MAX_BYTES are read. */
static void from_html(struct api_error *e, const char *body, size_t len)
{
	if (len > HTML_READ_MAX_BYTES)
		len = HTML_READ_MAX_BYTES;
	const char *open = find_nocase(body, len, "<title");
	const char *start = open ? memchr(open, '>', len - (size_t)(open - body)) : NULL;
	if (start) {
		start++;
		size_t rest = len - (size_t)(start - body);
		const char *end = find_nocase(start, rest, "</title");
		e->message = html_first_line(start, end ? (size_t)(end - start) : rest);
	}
	if (!e->message)
		e->message = html_first_line(body, len);
}

/* Plain text: "CODE:APP03/2 Please select..." gives code APP03/2 and the rest as message. */
static void from_text(struct api_error *e, const char *body, size_t len)
{
	while (len && strchr(" \t\r\n", *body)) {
		body++;
		len--;
	}
	if (len && body[0] == '<') {
		from_html(e, body, len);
		return;
	}
	if (len > 5 && !strncmp(body, "CODE:", 5)) {
		size_t n = 5;
		while (n < len && !strchr(" \t\r\n", body[n]))
			n++;
		e->code = clean_line(body + 5, n - 5);
		body += n;
		len -= n;
	}
	e->message = clean_line(body, len);
}

void api_error_from_response(struct api_error *e, long http_code, const char *route,
			     const char *body, size_t len)
{
	enum status kind = http_code ? status_from_http(http_code) : STATUS_NETWORK;
	api_error_set(e, kind, http_code, route, NULL);
	if (!body || !len)
		return;
	json_object *root = NULL;
	if (jf_parse(body, len, &root, NULL) != STATUS_OK) {
		from_text(e, body, len);
		return;
	}
	if (json_object_is_type(root, json_type_object)) {
		from_object(e, root);
	} else if (json_object_is_type(root, json_type_string)) {
		e->message = clean_line(json_object_get_string(root),
					(size_t)json_object_get_string_len(root));
	} else if (json_object_is_type(root, json_type_array) &&
		   json_object_array_length(root) > 0) {
		json_object *first = json_object_array_get_idx(root, 0);
		if (json_object_is_type(first, json_type_object))
			from_object(e, first);
		else if (json_object_is_type(first, json_type_string))
			e->message = clean_line(json_object_get_string(first),
						(size_t)json_object_get_string_len(first));
	}
	json_object_put(root);
}
