/* The outbox from the console: its pane (resend, discard, edit), the announcement at start,
 * and what every write's answer changes in the panes. */
#ifndef HALOTUI_APP_OUTBOX_COMMANDS_H
#define HALOTUI_APP_OUTBOX_COMMANDS_H

#include "net/job.h"
#include "ui/command.h"

struct app;

/* Copies the worker's outbox into the pane data (targets and changes in words) and redraws
 * the outbox pane. */
void app_outbox_refresh(struct app *a);
/* At start: a non-empty outbox is said in the status bar ("3 unsent changes in the outbox,
 * see :outbox"), with any damage found when it was opened. */
void app_outbox_announce(struct app *a);
/* outbox, resend and discard. A write whose outcome is unknown is resent only after y; a
 * discard is always asked first. */
void app_outbox_command(struct app *a, enum command cmd);
/* edit in the outbox pane (the selected write goes back to its form or pane) and in the
 * to-dos pane (todo-edit); false elsewhere, where edit is the ticket's form. */
bool app_outbox_edit(struct app *a);
/* What the answer R of any job (ERROR: its failure in words, or NULL) changes beyond its own
 * pane data: the outbox after a write, approvals and to-dos after theirs, mark-viewed after a
 * ticket arrived. Called once per result, after the result was applied. */
void app_work_result(struct app *a, const struct job_result *r, const char *error);

#endif
