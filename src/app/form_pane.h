/* A form's pane as the console's forms open it: the host plumbing they share (the cancel
 * question, $EDITOR for long text, one form at a time). */
#ifndef HALOTUI_APP_FORM_PANE_H
#define HALOTUI_APP_FORM_PANE_H

#include <stdbool.h>

#include "ui/form_view.h"

struct app;

/* Pushes a pane over F (taken) hosted by HOST (copied); HOST's ctx becomes A, and where
 * HOST leaves them NULL, Esc with changes asks "drop what you typed in this form?" and long
 * text goes to $EDITOR. False when the pane could not open: F is freed, HOST's data is the
 * caller's to free. */
bool app_form_pane_open(struct app *a, struct form *f, const struct form_host *host);
/* Lookups arrived: a picker open in the form pane on top takes them (and is drawn again). */
void app_form_pane_lookups_changed(struct app *a);
/* True, with a sentence and the open form focused, when a form pane is already open: a
 * second one would hide the first and what was typed in it. */
bool app_form_pane_is_busy(struct app *a);

#endif
