/* Documents: lines cleaned, wrapped and cut to a width in cells. */
#include "config.h"

#include "ui/doc.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text/safe_text.h"
#include "text/width.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void doc_clear(struct doc *doc)
{
	for (size_t i = 0; i < doc->count; i++)
		free(doc->lines[i].text);
	free(doc->lines);
	doc->lines = NULL;
	doc->count = 0;
	doc->cap = 0;
}

static struct doc_line *push(struct doc *doc, enum role role, char *owned_text)
{
	if (doc->count == doc->cap) {
		doc->cap = doc->cap ? doc->cap * 2 : 64;
		doc->lines = xreallocarray(doc->lines, doc->cap, sizeof(*doc->lines));
	}
	struct doc_line *l = &doc->lines[doc->count++];
	memset(l, 0, sizeof(*l));
	l->text = owned_text;
	l->role = role;
	return l;
}

void doc_add(struct doc *doc, enum role role, const char *text)
{
	char *clean = safe_text_clean(text ? text : "", 0);
	push(doc, role, text_cut(clean, doc->width, TEXT_ELLIPSIS));
	free(clean);
}

void doc_add_wrapped(struct doc *doc, enum role role, const char *text, const char *indent)
{
	char *clean =
		safe_text_clean(text ? text : "", SAFE_TEXT_KEEP_NEWLINE | SAFE_TEXT_EXPAND_TAB);
	int indent_cols = text_width(indent);
	struct text_lines lines = { 0 };
	text_wrap(&lines, clean, doc->width - indent_cols);
	for (size_t i = 0; i < lines.count; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%s%s", indent, lines.lines[i]);
		push(doc, role, text_cut(sb.data, doc->width, TEXT_ELLIPSIS));
		strbuf_fini(&sb);
	}
	text_lines_fini(&lines);
	free(clean);
}

void doc_add_title(struct doc *doc, enum role role, const char *text, int max_lines)
{
	/* A title is one line of the server's: its line breaks and tabs become spaces. */
	char *clean = safe_text_clean(text ? text : "", 0);
	struct text_lines lines = { 0 };
	text_wrap(&lines, clean, doc->width);
	for (size_t i = 0; i < lines.count && (int)i < max_lines; i++) {
		bool is_last = (int)i + 1 == max_lines && i + 1 < lines.count;
		struct strbuf sb;
		strbuf_init(&sb);
		/* The last line shown runs into the next one, so cutting it adds the ellipsis. */
		strbuf_appendf(&sb, "%s%s%s", lines.lines[i], is_last ? " " : "",
			       is_last ? lines.lines[i + 1] : "");
		push(doc, role, text_cut(sb.data, doc->width, TEXT_ELLIPSIS));
		strbuf_fini(&sb);
	}
	text_lines_fini(&lines);
	free(clean);
}

void doc_add_field(struct doc *doc, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	char *clean = safe_text_clean(value, 0);
	/* Labels come from the server too (custom fields): cleaned, and padded by cells. */
	char *name = safe_text_clean(label, 0);
	if (text_width(name) < 12) {
		char *padded = text_pad(name, 12, TEXT_ALIGN_LEFT, NULL);
		free(name);
		name = padded;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s %s", name, clean);
	free(name);
	struct doc_line *l =
		push(doc, ROLE_DETAIL_VALUE, text_cut(sb.data, doc->width, TEXT_ELLIPSIS));
	l->label_cols = 12 < doc->width ? 12 : doc->width;
	strbuf_fini(&sb);
	free(clean);
}

void doc_add_blank(struct doc *doc)
{
	if (doc->count && doc->lines[doc->count - 1].text[0])
		push(doc, ROLE_DEFAULT, xstrdup(""));
}

void doc_mark_item(struct doc *doc, ticket_id_t ticket_id)
{
	if (doc->count)
		doc->lines[doc->count - 1].ticket_id = ticket_id;
}

void doc_mark_entry(struct doc *doc, size_t index)
{
	if (doc->count)
		doc->lines[doc->count - 1].item = (int)index + 1;
}

void doc_mark_start(struct doc *doc)
{
	if (doc->count)
		doc->lines[doc->count - 1].is_start = true;
}
