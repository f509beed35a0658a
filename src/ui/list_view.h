/* The ticket list pane: virtual rows, lazy pages, columns, server-side sort. */
#ifndef HALOTUI_UI_LIST_VIEW_H
#define HALOTUI_UI_LIST_VIEW_H

#include <stddef.h>

#include "ui/view.h"

/* Data: struct pane_data. */
extern const struct view_ops list_view_ops;

/* The 0-based row under the cursor of a list view. */
size_t list_view_cursor(const struct view *v);
/* The `/` search of the list's data changed (pane_data.search): the cursor goes to the first
 * match at or after it, and a list small enough (search-load-limit) starts loading its
 * pages. Returns reaction flags. */
unsigned list_view_search_changed(struct view *v);

#endif
