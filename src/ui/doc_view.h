/* The scrolling panes built as documents: ticket detail, history, approvals, to-dos and
 * "my approvals" (whose lines open their tickets). */
#ifndef HALOTUI_UI_DOC_VIEW_H
#define HALOTUI_UI_DOC_VIEW_H

#include "ui/doc.h"
#include "ui/pane_data.h"
#include "ui/view.h"

/* Data of each: struct pane_data. */
extern const struct view_ops detail_view_ops;
extern const struct view_ops history_view_ops;
extern const struct view_ops approvals_view_ops;
extern const struct view_ops todos_view_ops;
extern const struct view_ops my_approvals_view_ops;
/* An answer halotui does not model, pretty-printed (the view log, zapier, sales mailbox). */
extern const struct view_ops raw_view_ops;
/* The ticket's closure confirmations (GET /ConfirmClosure). */
extern const struct view_ops closures_view_ops;
extern const struct view_ops forecast_view_ops;

/* The entry of the pane's list under the cursor (an approval of the approvals panes, a
 * to-do), as an index into that list; -1 when none. */
long doc_view_selected_entry(const struct view *v);

/* Whether AP is the signed-in agent's: with `my-approvals all` every approval is fetched and
 * this picks mine (all of them when the agent is not known yet); else always true. */
bool doc_is_my_approval(const struct pane_data *d, const struct approval *ap);

/* Where V's `/` search is kept (an owned string, or NULL): the raw document's own, as each
 * answer starts without one, else the one the detail and history share. */
char **doc_view_search(struct view *v);

/* The `/` search of the text (doc_view_search) changed: the pane scrolls to the first
 * line at or after its top that holds it. Returns reaction flags. */
unsigned doc_view_search_changed(struct view *v);

/* Draws L at row Y of V's window WIN: in its role, or as the cursor's line when IS_CURSOR (the
 * selection's colour when V is focused, a '>' mark on a low-bandwidth terminal). */
void doc_view_draw_line(const struct view *v, WINDOW *win, int y, const struct doc_line *l,
			bool is_cursor);

/* Builds the document of KIND from D for DOC->width cells (DOC cleared first). */
void doc_build(enum view_kind kind, struct doc *doc, const struct pane_data *d);

#endif
