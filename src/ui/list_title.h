/* The ticket list's title line: what is shown, in words. */
#ifndef HALOTUI_UI_LIST_TITLE_H
#define HALOTUI_UI_LIST_TITLE_H

#include "ui/pane_data.h"
#include "util/strbuf.h"

/* Writes into OUT the title of D's list for a line WIDTH_COLS wide: the view name or the
 * query in words, the sort and the row count, joined by " · "
 * ("My open · status New, In Progress · sorted by last action ↓ · 37"). When it is wider
 * than the line, the words are cut with an ellipsis and the count stays whole at the end. */
void list_title_format(const struct pane_data *d, int width_cols, struct strbuf *out);

#endif
