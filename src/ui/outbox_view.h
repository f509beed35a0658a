/* The outbox pane: the writes the server has not accepted yet (waiting, failed, outcome
 * unknown), each with its target, the change in words, its age and the server's words. */
#ifndef HALOTUI_UI_OUTBOX_VIEW_H
#define HALOTUI_UI_OUTBOX_VIEW_H

#include <stdint.h>
#include <time.h>

#include "model/outbox_items.h"
#include "ui/doc.h"
#include "ui/view.h"

/* Data: struct pane_data (it reads data.outbox, which the app refreshes). */
extern const struct view_ops outbox_view_ops;

/* Builds the lines of ITEMS for DOC->width cells (DOC cleared first), ages counted to NOW. */
void outbox_view_build(struct doc *doc, const struct outbox_items *items, time_t now);
/* "just now", "5 min ago", "3 h ago", "2 days ago" into BUF. */
const char *outbox_view_age(time_t then, time_t now, char *buf, size_t size);
/* The write under the cursor (its index in data.outbox), -1 when none. */
long outbox_view_selected(const struct view *v);

#endif
