/* HTML to plain text: parse with libxml2, walk the tree, lay out blocks as a browser would. */
#include "config.h"

#include "text/html.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/html_walk.h"
#include "text/safe_text.h"
#include "text/width.h"
#include "text/xml_lib.h"
#include "util/alloc.h"

#define MAX_DEPTH 200
#define RULE_COLS 32

enum tag_kind {
	TAG_INLINE,
	TAG_SKIP,  /* dropped with everything inside */
	TAG_BLOCK, /* on lines of its own */
	TAG_PARA,  /* on lines of its own, blank lines around */
	TAG_BR,
	TAG_HR,
	TAG_IMG,
	TAG_A,
	TAG_UL,
	TAG_OL,
	TAG_LI,
	TAG_PRE,
	TAG_QUOTE,
	TAG_DD,
	TAG_TABLE,
	TAG_CELL, /* a table cell met outside a table */
};

static const struct {
	const char *name;
	enum tag_kind kind;
} tag_table[] = {
	{ "a", TAG_A },
	{ "address", TAG_PARA },
	{ "article", TAG_BLOCK },
	{ "aside", TAG_BLOCK },
	{ "audio", TAG_SKIP },
	{ "blockquote", TAG_QUOTE },
	{ "body", TAG_BLOCK },
	{ "br", TAG_BR },
	{ "canvas", TAG_SKIP },
	{ "caption", TAG_BLOCK },
	{ "center", TAG_BLOCK },
	{ "dd", TAG_DD },
	{ "details", TAG_BLOCK },
	{ "div", TAG_BLOCK },
	{ "dl", TAG_PARA },
	{ "dt", TAG_BLOCK },
	{ "embed", TAG_SKIP },
	{ "fieldset", TAG_BLOCK },
	{ "figcaption", TAG_BLOCK },
	{ "figure", TAG_PARA },
	{ "footer", TAG_BLOCK },
	{ "form", TAG_BLOCK },
	{ "h1", TAG_PARA },
	{ "h2", TAG_PARA },
	{ "h3", TAG_PARA },
	{ "h4", TAG_PARA },
	{ "h5", TAG_PARA },
	{ "h6", TAG_PARA },
	{ "head", TAG_SKIP },
	{ "header", TAG_BLOCK },
	{ "hr", TAG_HR },
	{ "html", TAG_BLOCK },
	{ "iframe", TAG_SKIP },
	{ "img", TAG_IMG },
	{ "legend", TAG_BLOCK },
	{ "li", TAG_LI },
	{ "main", TAG_BLOCK },
	{ "map", TAG_SKIP },
	{ "math", TAG_SKIP },
	{ "nav", TAG_BLOCK },
	{ "noscript", TAG_SKIP },
	{ "object", TAG_SKIP },
	{ "ol", TAG_OL },
	{ "p", TAG_PARA },
	{ "pre", TAG_PRE },
	{ "script", TAG_SKIP },
	{ "section", TAG_BLOCK },
	{ "select", TAG_SKIP },
	{ "style", TAG_SKIP },
	{ "summary", TAG_BLOCK },
	{ "svg", TAG_SKIP },
	{ "table", TAG_TABLE },
	{ "td", TAG_CELL },
	{ "template", TAG_SKIP },
	{ "th", TAG_CELL },
	{ "title", TAG_SKIP },
	{ "tr", TAG_BLOCK },
	{ "ul", TAG_UL },
	{ "video", TAG_SKIP },
	{ "xmp", TAG_PRE },
	{ "listing", TAG_PRE },
	{ "plaintext", TAG_PRE },
};

static enum tag_kind tag_kind_of(const xmlNode *node)
{
	const char *name = (const char *)node->name;
	for (size_t i = 0; i < sizeof(tag_table) / sizeof(tag_table[0]); i++)
		if (strcmp(tag_table[i].name, name) == 0)
			return tag_table[i].kind;
	return TAG_INLINE;
}

/* The element's attribute NAME cleaned to one line, or NULL; caller frees. The parser has
 * decoded the value into the attribute's text children (HTML names are lower case). */
static char *attr_text(const xmlNode *node, const char *name)
{
	for (const xmlAttr *a = node->properties; a; a = a->next) {
		if (!a->name || strcmp((const char *)a->name, name) != 0)
			continue;
		struct strbuf v;
		strbuf_init(&v);
		for (const xmlNode *t = a->children; t; t = t->next)
			if (t->content)
				strbuf_append_str(&v, (const char *)t->content);
		char *clean = safe_text_clean(v.data, 0);
		strbuf_fini(&v);
		return clean;
	}
	return NULL;
}

/* Adds URL to the document's links unless it is there already. */
static void links_add(struct html_links *links, const char *url)
{
	for (size_t i = 0; i < links->count; i++)
		if (strcmp(links->v[i], url) == 0)
			return;
	if (links->count == links->cap) {
		links->cap = links->cap ? links->cap * 2 : 8;
		links->v = xreallocarray(links->v, links->cap, sizeof(char *));
	}
	links->v[links->count++] = xstrdup(url);
}

/* Whether HREF is worth showing: not empty, not a same-page anchor, not script. */
static bool is_shown_link(const char *href)
{
	static const char *const hidden[] = { "javascript:", "vbscript:", "data:" };
	if (!href[0] || href[0] == '#')
		return false;
	for (size_t i = 0; i < sizeof(hidden) / sizeof(hidden[0]); i++)
		if (strncasecmp(href, hidden[i], strlen(hidden[i])) == 0)
			return false;
	return true;
}

/* Whether the link text written from START is the url itself (mailto: aside). */
static bool text_is_url(const struct strbuf *out, size_t start, const char *url)
{
	if (start > out->len)
		return false;
	const char *text = out->data + start;
	if (strcmp(text, url) == 0)
		return true;
	return strncasecmp(url, "mailto:", 7) == 0 && strcmp(text, url + 7) == 0;
}

static void walk_link(struct html_walker *w, xmlNode *node)
{
	char *href = attr_text(node, "href");
	size_t outer = w->anchor_start;
	w->anchor_start = HTML_ANCHOR_WAITING;
	html_walk_children(w, node);
	size_t start = w->anchor_start;
	w->anchor_start = outer;
	if (href) {
		char *url = href + strspn(href, " ");
		url[strcspn(url, " ")] = '\0';
		if (is_shown_link(url)) {
			links_add(w->links, url);
			if (start > w->out->len || !text_is_url(w->out, start, url)) {
				if (start <= w->out->len)
					w->space = true;
				html_begin_content(w);
				strbuf_appendf(w->out, "<%s>", url);
			}
		}
	}
	free(href);
}

static void walk_image(struct html_walker *w, const xmlNode *node)
{
	char *alt = attr_text(node, "alt");
	char *label = alt ? alt + strspn(alt, " ") : NULL;
	for (size_t n = label ? strlen(label) : 0; n > 0 && label[n - 1] == ' '; n--)
		label[n - 1] = '\0';
	html_begin_content(w);
	if (label && *label)
		strbuf_appendf(w->out, "[image: %s]", label);
	else
		strbuf_append_str(w->out, "[image]");
	free(alt);
}

static void walk_rule(struct html_walker *w)
{
	const char *dash = (w->flags & HTML_TEXT_ASCII) ? "-" : "\xE2\x94\x80"; /* U+2500 */
	html_block_break(w, 2);
	html_begin_content(w);
	for (int i = 0; i < RULE_COLS; i++)
		strbuf_append_str(w->out, dash);
	html_block_break(w, 2);
}

static void walk_list(struct html_walker *w, xmlNode *node, bool ordered)
{
	int outer_number = w->list_number;
	w->list_number = 0;
	if (ordered) {
		char *start = attr_text(node, "start");
		long n = start ? strtol(start, NULL, 10) : 1;
		w->list_number = (n > -1000000 && n < 1000000) ? (int)n : 1;
		if (w->list_number == 0)
			w->list_number = INT_MIN; /* 0 would read as "unordered" */
		free(start);
	}
	html_block_break(w, w->list_depth == 0 ? 2 : 1);
	w->list_depth++;
	html_walk_children(w, node);
	w->list_depth--;
	html_block_break(w, w->list_depth == 0 ? 2 : 1);
	w->list_number = outer_number;
}

/* The marker of the next item: a number in an <ol>, a bullet by depth in a <ul>. */
static void item_marker(struct html_walker *w, char *buf, size_t size)
{
	static const char *const bullets[] = { "\xE2\x80\xA2 ", "\xE2\x97\xA6 ", "\xE2\x96\xAA " };
	static const char *const ascii[] = { "- ", "* ", "+ " };
	if (w->list_number != 0) {
		int n = w->list_number == INT_MIN ? 0 : w->list_number;
		snprintf(buf, size, "%d. ", n);
		w->list_number = n + 1 == 0 ? INT_MIN : n + 1;
		return;
	}
	int level = (w->list_depth > 0 ? w->list_depth - 1 : 0) % 3;
	snprintf(buf, size, "%s", (w->flags & HTML_TEXT_ASCII) ? ascii[level] : bullets[level]);
}

static void walk_item(struct html_walker *w, xmlNode *node)
{
	if (w->has_marker) {
		/* an item that held nothing before this one still shows its marker */
		html_begin_content(w);
	}
	html_block_break(w, 1);
	item_marker(w, w->marker, sizeof(w->marker));
	size_t at = w->prefix.len;
	w->marker_at = at;
	w->has_marker = true;
	for (int i = text_width(w->marker); i > 0; i--)
		strbuf_append_char(&w->prefix, ' ');
	html_walk_children(w, node);
	strbuf_truncate(&w->prefix, at);
	w->has_marker = false; /* an item without content leaves no line */
	html_block_break(w, 1);
}

/* A subtree past MAX_DEPTH: its text only, read in document order without recursion. */
static void walk_too_deep(struct html_walker *w, xmlNode *node)
{
	xmlNode *cur = node->children;
	while (cur) {
		if (cur->type == XML_TEXT_NODE && cur->content)
			html_walk_flow_text(w, (const char *)cur->content);
		if (cur->type == XML_ELEMENT_NODE && cur->children &&
		    tag_kind_of(cur) != TAG_SKIP) {
			cur = cur->children;
			continue;
		}
		while (cur != node && !cur->next)
			cur = cur->parent;
		cur = cur == node ? NULL : cur->next;
	}
}

static void walk_indented(struct html_walker *w, xmlNode *node, const char *indent, int breaks)
{
	size_t at = w->prefix.len;
	html_block_break(w, breaks);
	strbuf_append_str(&w->prefix, indent);
	html_walk_children(w, node);
	strbuf_truncate(&w->prefix, at);
	html_block_break(w, breaks);
}

/* A block of its own, BREAKS line breaks before and after (2 leaves blank lines). */
static void walk_block(struct html_walker *w, xmlNode *node, int breaks, bool is_pre)
{
	html_block_break(w, breaks);
	w->pre += is_pre;
	html_walk_children(w, node);
	w->pre -= is_pre;
	html_block_break(w, breaks);
}

static void walk_line_break(struct html_walker *w)
{
	w->space = false;
	if (w->started && w->breaks < 2)
		w->breaks++;
}

/* A table cell met outside any table: its text, set apart by spaces. */
static void walk_stray_cell(struct html_walker *w, xmlNode *node)
{
	w->space = true;
	html_walk_children(w, node);
	w->space = true;
}

static void walk_element(struct html_walker *w, xmlNode *node)
{
	enum tag_kind kind = tag_kind_of(node);
	switch (kind) {
	case TAG_SKIP:
		break;
	case TAG_INLINE:
		html_walk_children(w, node);
		break;
	case TAG_BLOCK:
	case TAG_PARA:
	case TAG_PRE:
		walk_block(w, node, kind == TAG_BLOCK ? 1 : 2, kind == TAG_PRE);
		break;
	case TAG_BR:
		walk_line_break(w);
		break;
	case TAG_HR:
		walk_rule(w);
		break;
	case TAG_IMG:
		walk_image(w, node);
		break;
	case TAG_A:
		walk_link(w, node);
		break;
	case TAG_UL:
	case TAG_OL:
		walk_list(w, node, kind == TAG_OL);
		break;
	case TAG_LI:
		walk_item(w, node);
		break;
	case TAG_QUOTE:
		walk_indented(w, node, "> ", 2);
		break;
	case TAG_DD:
		walk_indented(w, node, "    ", 1);
		break;
	case TAG_TABLE:
		html_walk_table(w, node);
		break;
	case TAG_CELL:
		walk_stray_cell(w, node);
		break;
	}
}

void html_walk_node(struct html_walker *w, xmlNode *node)
{
	switch (node->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		html_walk_text(w, node);
		break;
	case XML_ELEMENT_NODE:
		if (w->depth >= MAX_DEPTH) {
			walk_too_deep(w, node);
			break;
		}
		w->depth++;
		walk_element(w, node);
		w->depth--;
		break;
	default:
		break;
	}
}

void html_walk_children(struct html_walker *w, xmlNode *node)
{
	for (xmlNode *child = node->children; child; child = child->next)
		html_walk_node(w, child);
}

/* Whether SRC holds anything a parser would read as markup: "<" then a letter, "/", "!"
 * or "?". Halo stores some notes as plain text, whose line breaks must survive. */
static bool has_markup(const char *src, size_t len)
{
	for (const char *p = memchr(src, '<', len); p;
	     p = memchr(p + 1, '<', len - (size_t)(p + 1 - src))) {
		if (p + 1 >= src + len)
			break;
		char c = p[1];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' ||
		    c == '?')
			return true;
	}
	return false;
}

/* Lays out the parsed document into TEXT. */
static void walk_document(struct strbuf *text, const char *src, size_t len, unsigned flags,
			  struct html_links *links)
{
	/* XML_PARSE_HUGE lifts libxml2's nesting limit from 256 to 2048 elements; without it
	 * everything below the limit is lost. The walk stops recursing at MAX_DEPTH itself. */
	int options = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
		      HTML_PARSE_RECOVER | XML_PARSE_HUGE;
	if (len > INT_MAX)
		len = INT_MAX;
	const struct xml_lib *lib = xml_lib_get();
	if (!lib) {
		/* Nothing is lost: the markup itself, under a line that says why. */
		strbuf_appendf(text, "[HTML shown as sent: libxml2 could not be opened: %s]\n",
			       xml_lib_error());
		strbuf_append(text, src, len);
		return;
	}
	htmlDocPtr doc = lib->read_memory(src, (int)len, NULL, "UTF-8", options);
	if (!doc)
		return;
	struct html_walker w;
	html_walker_init(&w, text, flags, links, 0);
	html_walk_children(&w, (xmlNode *)doc);
	html_walker_fini(&w);
	lib->free_doc(doc);
}

void html_to_text(struct html_text *out, const char *src, size_t len, unsigned flags)
{
	struct html_links links = { 0 };
	struct strbuf laid_out, text;
	strbuf_init(&laid_out);
	strbuf_init(&text);
	if (src && len > 0) {
		/* Clean first: libxml2 gives up on UTF-8 at the first invalid byte. */
		char *clean =
			safe_text_clean_n(src, len, SAFE_TEXT_KEEP_NEWLINE | SAFE_TEXT_KEEP_TAB);
		size_t clean_len = strlen(clean);
		if (has_markup(clean, clean_len)) {
			walk_document(&laid_out, clean, clean_len, flags, &links);
		} else if (memchr(clean, '&', clean_len)) {
			/* plain text with entities: decoded as if it were preformatted */
			struct strbuf pre;
			strbuf_init(&pre);
			strbuf_appendf(&pre, "<pre>%s</pre>", clean);
			walk_document(&laid_out, pre.data, pre.len, flags, &links);
			strbuf_fini(&pre);
		} else {
			strbuf_append(&laid_out, clean, clean_len);
		}
		free(clean);
	}
	/* Entities such as &#27; can decode to controls, so the result is cleaned again. */
	safe_text_append(&text, laid_out.data, laid_out.len,
			 SAFE_TEXT_KEEP_NEWLINE | SAFE_TEXT_EXPAND_TAB);
	html_tidy_lines(&text);
	strbuf_fini(&laid_out);
	out->text = strbuf_take(&text);
	out->links = links.v;
	out->link_count = links.count;
}

void html_text_fini(struct html_text *out)
{
	if (!out)
		return;
	free(out->text);
	for (size_t i = 0; i < out->link_count; i++)
		free(out->links[i]);
	free(out->links);
	out->text = NULL;
	out->links = NULL;
	out->link_count = 0;
}
