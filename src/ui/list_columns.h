/* The ticket list's columns: the table of known columns and the `columns` setting parsed. */
#ifndef HALOTUI_UI_LIST_COLUMNS_H
#define HALOTUI_UI_LIST_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/pane_data.h"

enum list_column_id {
	COL_ID,
	COL_SUMMARY,
	COL_STATUS,
	COL_PRIORITY,
	COL_CLIENT,
	COL_SITE,
	COL_USER,
	COL_AGENT,
	COL_TEAM,
	COL_TYPE,
	COL_OPENED,
	COL_LAST_ACTION,
	COL_DEADLINE,
	COL_SLA,
	COL_AGE,
	COL_FLAGS,
	COL_COUNT
};

#define LIST_MAX_COLUMNS 16

/* One shown column: which, and its width in cells after layout. */
struct list_column {
	enum list_column_id id;
	int width;	 /* as set; 0 with is_stretch */
	bool is_stretch; /* "*": takes what the others leave */
	int shown_width; /* after list_columns_fit; 0: does not fit */
};

struct list_columns {
	struct list_column col[LIST_MAX_COLUMNS];
	int count;
	int width;   /* the width of the last list_columns_fit */
	int dropped; /* columns it left out for want of room */
};

/* True when every key of the `sort` setting SPEC ("lastactiondate:desc,id") is a field the
 * list sorts by, with no suffix but :desc or :asc; else false with "unknown sort key 'X'"
 * and the valid keys in ERR (SIZE bytes). */
bool list_sort_check(const char *spec, char *err, size_t size);
/* Parses SPEC ("id:7,summary:*,status:12"; a name alone takes its default width). Unknown
 * names are skipped; the glyph column "flags" comes first when SPEC does not place it.
 * False when nothing usable is left: COLS then holds the defaults. */
bool list_columns_parse(struct list_columns *cols, const char *spec);
/* True when every name in SPEC is a column; else false with "unknown column 'X'" and the
 * names there are in ERR (SIZE bytes), so that a typo is said rather than skipped. */
bool list_columns_check(const char *spec, char *err, size_t size);
/* Gives each column its shown width within WIDTH_COLS (one blank between columns); the
 * stretching column takes the rest, columns that do not fit at the right are hidden and
 * counted in cols->dropped, with room kept at the right for list_columns_dropped_mark. */
void list_columns_fit(struct list_columns *cols, int width_cols);
/* The heading of column ID ("Summary"). */
const char *list_column_title(enum list_column_id id);
/* The Halo field the server sorts by for column ID (for order=...), or NULL. */
const char *list_column_sort_field(enum list_column_id id);
/* Writes the heading of column ID for a column WIDTH_COLS wide into BUF: the title, and an
 * arrow when the list is sorted by it; a narrow column cuts the title ("Sta… ▲"), never
 * the arrow. */
void list_column_heading(enum list_column_id id, const struct pane_data *d, int width_cols,
			 char *buf, size_t size);
/* As list_column_text, cut to WIDTH_COLS cells: a cut ends in "…" ("~" with ASCII lines). */
void list_column_cell(enum list_column_id id, const struct pane_data *d,
		      const struct ticket_row *row, int width_cols, char *buf, size_t size);
/* What the headings end with when columns were left out ("+2"), or "" when none were. */
void list_columns_dropped_mark(const struct list_columns *cols, char *buf, size_t size);
/* Writes ROW's text for column ID into BUF (terminal-safe, names from the lookups). */
void list_column_text(enum list_column_id id, const struct pane_data *d,
		      const struct ticket_row *row, char *buf, size_t size);

#endif
