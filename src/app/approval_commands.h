/* Deciding approvals from the approvals and my-approvals panes: approve, reject, and which
 * approvals "my approvals" lists. */
#ifndef HALOTUI_APP_APPROVAL_COMMANDS_H
#define HALOTUI_APP_APPROVAL_COMMANDS_H

#include <stdbool.h>

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
/* `:approval-add AGENT [NOTE]` (a line command): asks AGENT (a name or id, matched as
 * `assign` matches) to approve the selected ticket, with a note for them (POST
 * /TicketApproval without a seq: a new step). */
void app_approval_add_line(struct app *a, char **words, int n);
/* `approval-delete`: asks, naming the selected step and its approver, then DELETE
 * /TicketApproval/{ticket}&{seq}. */
void app_approval_delete(struct app *a);
/* Enter in the approvals or my-approvals pane: the step under the cursor as Halo sends it
 * (GET /TicketApproval/{ticket_id}). False when the focus is elsewhere or on no step. */
bool app_approval_open(struct app *a);
/* `:my-approvals [all]`: opens my approvals, waiting ones only, or every one with `all`. */
void app_my_approvals_line(struct app *a, char **words, int n);

#endif
