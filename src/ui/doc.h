/* A document: the lines a scrolling pane shows (detail, history, approvals, to-dos), built
 * from the model for one width, each line with its colour role. */
#ifndef HALOTUI_UI_DOC_H
#define HALOTUI_UI_DOC_H

#include <stddef.h>

#include "config/theme.h"
#include "model/ticket_id.h"

struct doc_line {
	char *text; /* terminal-safe UTF-8, at most the doc's width in cells; owned */
	enum role role;
	ticket_id_t ticket_id; /* > 0: the line is an item that opens this ticket */
	int label_cols; /* cells at the start drawn in ROLE_DETAIL_LABEL (a "Label: " part) */
	int item;	/* > 0: the line is the first of item ITEM - 1 of the pane's list */
	bool is_start;	/* the cursor starts here when the pane is first filled */
};

struct doc {
	struct doc_line *lines; /* owned */
	size_t count;
	size_t cap; /* lines allocated: grown by doubling, so a long document builds in linear time */
	int width; /* cells the lines were wrapped to */
};

/* Frees every line; DOC is empty and usable afterwards. */
void doc_clear(struct doc *doc);
/* Adds one line as it is (cut at the width); TEXT comes from the server unless IS_SAFE. */
void doc_add(struct doc *doc, enum role role, const char *text);
/* Adds TEXT (server text: cleaned here) word-wrapped to the width, each line after INDENT. */
void doc_add_wrapped(struct doc *doc, enum role role, const char *text, const char *indent);
/* Adds TEXT (server text, cleaned here, line breaks and tabs made spaces) wrapped to the
 * width in at most MAX_LINES lines, the last cut with an ellipsis when there is more. */
void doc_add_title(struct doc *doc, enum role role, const char *text, int max_lines);
/* Adds "LABEL: VALUE" (VALUE server text, wrapped under itself); nothing when VALUE is empty. */
void doc_add_field(struct doc *doc, const char *label, const char *value);
/* Adds an empty line unless the document is empty or already ends with one. */
void doc_add_blank(struct doc *doc);
/* Marks the last line as an item that opens TICKET_ID. */
void doc_mark_item(struct doc *doc, ticket_id_t ticket_id);
/* Marks the last line as the first of entry INDEX of the list the pane shows (the cursor
 * stops on it; commands act on that entry). */
void doc_mark_entry(struct doc *doc, size_t index);
/* Marks the last line as where the cursor starts when the pane is first filled (the first
 * line so marked; without one, the first item). */
void doc_mark_start(struct doc *doc);

#endif
