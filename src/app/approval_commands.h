/* Deciding approvals from the approvals and my-approvals panes: approve, reject, and which
 * approvals "my approvals" lists. */
#ifndef HALOTUI_APP_APPROVAL_COMMANDS_H
#define HALOTUI_APP_APPROVAL_COMMANDS_H

#include "net/job.h"
#include "ui/command.h"

struct app;

/* CMD_APPROVE or CMD_REJECT from a key: in an approvals pane with an approval selected, the
 * prompt opens for the note; elsewhere the status bar says where they work. */
void app_approval_key(struct app *a, enum command cmd);
/* `:approve [NOTE]`, `:reject NOTE` (a line command): posts the decision on the selected
 * approval (POST /TicketApproval with result and approver_note). A reject without a note is
 * refused, and so is a decision on one already decided. */
void app_approval_line(struct app *a, char **words, int n);
/* `:my-approvals [all]`: opens my approvals, waiting ones only, or every one with `all`. */
void app_my_approvals_line(struct app *a, char **words, int n);

#endif
