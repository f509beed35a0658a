/* The messages pane: every message of the session (config errors, odd fields, errors, notes),
 * oldest first, wrapped, scrollable; rebuilt when the messages change. */
#ifndef HALOTUI_UI_MESSAGES_VIEW_H
#define HALOTUI_UI_MESSAGES_VIEW_H

#include "ui/doc.h"
#include "ui/view.h"

struct messages;

/* Data: struct pane_data (it reads data.messages). */
extern const struct view_ops messages_view_ops;

/* Builds the lines of M for DOC->width cells (DOC cleared first): a title, then each message
 * as "KIND TEXT" wrapped under its text. */
void messages_view_build(struct doc *doc, const struct messages *m);

#endif
