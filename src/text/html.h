/* HTML to plain text, for ticket details and notes, laid out as a browser would. */
#ifndef HALOTUI_TEXT_HTML_H
#define HALOTUI_TEXT_HTML_H

#include <stddef.h>

/* The text of an HTML document and the links it holds. */
struct html_text {
	char *text;	   /* UTF-8, '\n' between lines, terminal-safe; never NULL once filled */
	char **links;	   /* link targets in order of first appearance: link N is links[N-1] */
	size_t link_count; /* entries in links */
};

enum html_text_flag {
	/* Decorate with ASCII only: "- " bullets and a "-" rule instead of "•" and "─". */
	HTML_TEXT_ASCII = 1u << 0,
};

/* Converts LEN bytes of HTML at SRC (UTF-8; may be NULL when LEN is 0) into OUT, which the
 * caller releases with html_text_fini. Paragraphs, lists, tables, pre, links (shown as
 * "text <url>", or the url once when it is the text), images ("[image: alt]") and rules
 * are laid out; script, style and head are dropped; whitespace collapses as in a browser.
 * Input without any tag is taken as plain text and keeps its line breaks. The result has
 * no trailing spaces, no more than one blank line in a row, and passed safe_text. Never
 * fails: malformed or hostile markup gives whatever text could be recovered. */
void html_to_text(struct html_text *out, const char *src, size_t len, unsigned flags);

/* Frees what OUT holds and empties it (NULL-safe). */
void html_text_fini(struct html_text *out);

#endif
