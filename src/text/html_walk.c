/* The walk's writing side: owed breaks and spaces, line prefixes, text of text nodes. */
#include "config.h"

#include "text/html_walk.h"

#include <stdbool.h>
#include <string.h>

#include "text/width.h"

void html_walker_init(struct html_walker *w, struct strbuf *out, unsigned flags,
		      struct html_links *links, int depth)
{
	memset(w, 0, sizeof(*w));
	w->out = out;
	w->flags = flags;
	w->links = links;
	w->depth = depth;
	w->anchor_start = HTML_ANCHOR_NONE;
	strbuf_init(&w->prefix);
}

void html_walker_fini(struct html_walker *w)
{
	strbuf_fini(&w->prefix);
}

void html_block_break(struct html_walker *w, int n)
{
	w->space = false;
	if (w->started && w->breaks < n)
		w->breaks = n;
}

static void write_prefix(struct html_walker *w)
{
	if (!w->has_marker) {
		strbuf_append(w->out, w->prefix.data, w->prefix.len);
		return;
	}
	size_t at = w->marker_at < w->prefix.len ? w->marker_at : w->prefix.len;
	size_t marker_len = strlen(w->marker);
	int marker_cols = text_width(w->marker);
	strbuf_append(w->out, w->prefix.data, at);
	strbuf_append(w->out, w->marker, marker_len);
	if (at + (size_t)marker_cols < w->prefix.len)
		strbuf_append(w->out, w->prefix.data + at + marker_cols,
			      w->prefix.len - at - (size_t)marker_cols);
	w->has_marker = false;
}

void html_begin_content(struct html_walker *w)
{
	if (w->started) {
		for (int i = 0; i < w->breaks; i++)
			strbuf_append_char(w->out, '\n');
		if (w->breaks > 0)
			w->line_open = false;
	}
	w->breaks = 0;
	if (!w->line_open) {
		write_prefix(w);
		w->line_open = true;
	} else if (w->space) {
		strbuf_append_char(w->out, ' ');
	}
	w->space = false;
	w->started = true;
	if (w->anchor_start == HTML_ANCHOR_WAITING)
		w->anchor_start = w->out->len;
}

static bool is_collapsible(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Appends LEN bytes of S with each no-break space written as a plain space, which a
 * terminal shows the same and which later trimming understands. */
static void append_nbsp_as_space(struct strbuf *out, const char *s, size_t len)
{
	size_t from = 0;
	for (size_t i = 0; i + 1 < len; i++) {
		if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
			strbuf_append(out, s + from, i - from);
			strbuf_append_char(out, ' ');
			from = i + 2;
			i++;
		}
	}
	strbuf_append(out, s + from, len - from);
}

void html_walk_flow_text(struct html_walker *w, const char *s)
{
	size_t i = 0;
	while (s[i]) {
		if (is_collapsible(s[i])) {
			w->space = true;
			i++;
			continue;
		}
		size_t start = i;
		while (s[i] && !is_collapsible(s[i]))
			i++;
		html_begin_content(w);
		append_nbsp_as_space(w->out, s + start, i - start);
	}
}

/* Text inside <pre>: kept as it is, line by line. */
static void walk_pre_text(struct html_walker *w, const char *s)
{
	while (*s) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		if (len > 0) {
			w->space = false;
			html_begin_content(w);
			append_nbsp_as_space(w->out, s, len);
		}
		if (!nl)
			break;
		if (w->started) {
			w->space = false;
			if (!w->line_open)
				html_begin_content(w);
			strbuf_append_char(w->out, '\n');
			w->line_open = false;
		}
		s = nl + 1;
	}
}

void html_walk_text(struct html_walker *w, const xmlNode *node)
{
	if (!node->content)
		return;
	if (w->pre > 0)
		walk_pre_text(w, (const char *)node->content);
	else
		html_walk_flow_text(w, (const char *)node->content);
}

void html_tidy_lines(struct strbuf *sb)
{
	size_t r = 0, wr = 0;
	int newlines = 0; /* line breaks seen since the last content; content not started yet */
	bool any = false;
	while (r < sb->len) {
		size_t end = r;
		while (end < sb->len && sb->data[end] != '\n')
			end++;
		size_t stop = end;
		while (stop > r && (sb->data[stop - 1] == ' ' || sb->data[stop - 1] == '\t'))
			stop--;
		if (stop > r) {
			if (any)
				for (int i = 0; i < (newlines > 2 ? 2 : newlines); i++)
					sb->data[wr++] = '\n';
			memmove(sb->data + wr, sb->data + r, stop - r);
			wr += stop - r;
			any = true;
			newlines = 0;
		}
		if (end < sb->len)
			newlines++;
		r = end + 1;
	}
	strbuf_truncate(sb, wr);
}
