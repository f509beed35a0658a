/* The state shared by the HTML tree walk and its table layout (internal to src/text). */
#ifndef HALOTUI_TEXT_HTML_WALK_H
#define HALOTUI_TEXT_HTML_WALK_H

#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

/* Link targets collected over a whole document, tables included. */
struct html_links {
	char **v;
	size_t count;
	size_t cap;
};

#define HTML_ANCHOR_NONE SIZE_MAX	   /* not inside a link */
#define HTML_ANCHOR_WAITING (SIZE_MAX - 1) /* inside a link, before its first content */

struct html_walker {
	struct strbuf *out;
	struct strbuf prefix; /* written at the start of every line: quotes, list indents */
	char marker[32];      /* list marker waiting for the next line, if has_marker */
	size_t marker_at;     /* where in prefix the marker replaces the indentation */
	bool has_marker;
	int breaks;	     /* line breaks owed before the next content (0-2) */
	bool space;	     /* a collapsed space owed before the next content */
	bool line_open;	     /* the current line has its prefix already */
	bool started;	     /* any content written yet */
	size_t anchor_start; /* where the current link's text began */
	int pre;	     /* depth of <pre> elements around the walk */
	int list_depth;
	int list_number; /* next number of the innermost <ol>, 0 inside <ul> */
	int depth;	 /* element nesting, bounded against hostile documents */
	unsigned flags;
	struct html_links *links;
};

/* A walker writing to OUT (owned by the caller), starting at element depth DEPTH. */
void html_walker_init(struct html_walker *w, struct strbuf *out, unsigned flags,
		      struct html_links *links, int depth);
void html_walker_fini(struct html_walker *w);

/* Walks NODE and its children. */
void html_walk_node(struct html_walker *w, xmlNode *node);
void html_walk_children(struct html_walker *w, xmlNode *node);

/* Owes at least N line breaks before the next content (2 gives a blank line). */
void html_block_break(struct html_walker *w, int n);
/* Settles owed breaks, prefix and space, so that content can be appended to w->out. */
void html_begin_content(struct html_walker *w);

/* Writes the text S of a text node outside <pre>: runs of white space become one owed
 * space; a no-break space is written as a plain one that does not collapse. */
void html_walk_flow_text(struct html_walker *w, const char *s);
/* Writes the text node NODE, collapsed or kept as it is inside <pre>. */
void html_walk_text(struct html_walker *w, const xmlNode *node);

/* Trims trailing blanks of each line, keeps at most one blank line in a row, drops
 * blank lines at both ends. Works in place. */
void html_tidy_lines(struct strbuf *sb);

/* Lays out the <table> NODE as aligned rows. */
void html_walk_table(struct html_walker *w, xmlNode *table);

#endif
