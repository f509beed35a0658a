/* HTML tables laid out as aligned rows of text, columns measured in display cells. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "text/html_walk.h"
#include "text/width.h"
#include "util/alloc.h"

#define MAX_PAD_COLS 60 /* a column wider than this is not padded to its full width */
#define SEPARATOR "  "

struct cell {
	char **lines;
	size_t count;
};

struct row {
	struct cell *cells;
	size_t count;
};

struct table {
	struct row *rows;
	size_t count, cap;
	size_t columns;
	int *widths;
};

/* Splits TEXT (tidied, caller's) into the cell's lines. */
static void cell_set_text(struct cell *cell, const char *text)
{
	cell->lines = NULL;
	cell->count = 0;
	if (!*text)
		return;
	size_t n = 1;
	for (const char *p = text; *p; p++)
		n += *p == '\n';
	cell->lines = xreallocarray(NULL, n, sizeof(char *));
	const char *p = text;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		cell->lines[cell->count++] = xstrndup(p, len);
		if (!nl)
			break;
		p = nl + 1;
	}
}

static void add_cell(struct html_walker *w, struct row *row, xmlNode *node)
{
	struct strbuf text;
	strbuf_init(&text);
	struct html_walker sub;
	html_walker_init(&sub, &text, w->flags, w->links, w->depth + 1);
	html_walk_children(&sub, node);
	html_walker_fini(&sub);
	html_tidy_lines(&text);
	row->cells = xreallocarray(row->cells, row->count + 1, sizeof(*row->cells));
	cell_set_text(&row->cells[row->count++], text.data);
	strbuf_fini(&text);
}

static void add_row(struct html_walker *w, struct table *t, xmlNode *tr)
{
	if (t->count == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->rows = xreallocarray(t->rows, t->cap, sizeof(*t->rows));
	}
	struct row *row = &t->rows[t->count++];
	row->cells = NULL;
	row->count = 0;
	for (xmlNode *c = tr->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE &&
		    (!strcmp((const char *)c->name, "td") || !strcmp((const char *)c->name, "th")))
			add_cell(w, row, c);
	if (row->count > t->columns)
		t->columns = row->count;
}

/* Gathers the rows of NODE's row groups. Anything else (a caption, or content
 * misplaced between rows) is written straight away, before the rows, as browsers do. */
static void collect_rows(struct html_walker *w, struct table *t, xmlNode *node, int level)
{
	for (xmlNode *c = node->children; c; c = c->next) {
		const char *name = c->type == XML_ELEMENT_NODE ? (const char *)c->name : "";
		if (!strcmp(name, "tr"))
			add_row(w, t, c);
		else if (level == 0 && (!strcmp(name, "thead") || !strcmp(name, "tbody") ||
					!strcmp(name, "tfoot")))
			collect_rows(w, t, c, level + 1);
		else
			html_walk_node(w, c);
	}
}

static void measure(struct table *t)
{
	t->widths = xcalloc(t->columns ? t->columns : 1, sizeof(int));
	for (size_t r = 0; r < t->count; r++)
		for (size_t c = 0; c < t->rows[r].count; c++)
			for (size_t l = 0; l < t->rows[r].cells[c].count; l++) {
				int cols = text_width(t->rows[r].cells[c].lines[l]);
				if (cols > MAX_PAD_COLS)
					cols = MAX_PAD_COLS;
				if (cols > t->widths[c])
					t->widths[c] = cols;
			}
}

/* The line L of ROW, cells padded to their column's width. */
static void row_line(const struct table *t, const struct row *row, size_t l, struct strbuf *sb)
{
	size_t last = 0;
	bool any = false;
	for (size_t c = 0; c < row->count; c++)
		if (l < row->cells[c].count) {
			last = c;
			any = true;
		}
	if (!any)
		return;
	bool first = true;
	for (size_t c = 0; c <= last; c++) {
		if (t->widths[c] == 0)
			continue;
		if (!first)
			strbuf_append_str(sb, SEPARATOR);
		first = false;
		const char *text = l < row->cells[c].count ? row->cells[c].lines[l] : "";
		strbuf_append_str(sb, text);
		if (c < last)
			for (int pad = t->widths[c] - text_width(text); pad > 0; pad--)
				strbuf_append_char(sb, ' ');
	}
}

static size_t row_height(const struct row *row)
{
	size_t height = 0;
	for (size_t c = 0; c < row->count; c++)
		if (row->cells[c].count > height)
			height = row->cells[c].count;
	return height;
}

/* Whether padding would blow the text up far beyond what the cells hold, as a hostile
 * table with thousands of columns and lines could. Such a table is not aligned. */
static bool is_too_costly(const struct table *t)
{
	size_t padded = 0, held = 0, line_cols = 0;
	for (size_t c = 0; c < t->columns; c++)
		line_cols += (size_t)t->widths[c] + sizeof(SEPARATOR);
	for (size_t r = 0; r < t->count; r++) {
		padded += row_height(&t->rows[r]) * line_cols;
		for (size_t c = 0; c < t->rows[r].count; c++)
			for (size_t l = 0; l < t->rows[r].cells[c].count; l++)
				held += strlen(t->rows[r].cells[c].lines[l]) + 1;
	}
	return padded > 8 * held + (1u << 20);
}

static void write_line(struct html_walker *w, const struct strbuf *line)
{
	if (line->len == 0)
		return;
	html_block_break(w, 1);
	html_begin_content(w);
	strbuf_append(w->out, line->data, line->len);
}

static void write_rows(struct html_walker *w, const struct table *t)
{
	bool aligned = !is_too_costly(t);
	struct strbuf line;
	strbuf_init(&line);
	for (size_t r = 0; r < t->count; r++) {
		const struct row *row = &t->rows[r];
		if (!aligned) {
			for (size_t c = 0; c < row->count; c++)
				for (size_t l = 0; l < row->cells[c].count; l++) {
					if (line.len)
						strbuf_append_str(&line, l ? " " : SEPARATOR);
					strbuf_append_str(&line, row->cells[c].lines[l]);
				}
			write_line(w, &line);
			strbuf_reset(&line);
			continue;
		}
		for (size_t l = 0, height = row_height(row); l < height; l++) {
			row_line(t, row, l, &line);
			write_line(w, &line);
			strbuf_reset(&line);
		}
	}
	strbuf_fini(&line);
}

static void table_free(struct table *t)
{
	for (size_t r = 0; r < t->count; r++) {
		for (size_t c = 0; c < t->rows[r].count; c++) {
			for (size_t l = 0; l < t->rows[r].cells[c].count; l++)
				free(t->rows[r].cells[c].lines[l]);
			free(t->rows[r].cells[c].lines);
		}
		free(t->rows[r].cells);
	}
	free(t->rows);
	free(t->widths);
}

void html_walk_table(struct html_walker *w, xmlNode *table)
{
	struct table t = { 0 };
	html_block_break(w, 2);
	collect_rows(w, &t, table, 0);
	measure(&t);
	html_block_break(w, 2);
	write_rows(w, &t);
	html_block_break(w, 2);
	table_free(&t);
}
