/* The smaller ticket routes as commands: votes, processing a ticket's children, the billable
 * project flag. Each goes through the write path (journalled, then sent). */
#ifndef HALOTUI_APP_TICKET_ROUTES_H
#define HALOTUI_APP_TICKET_ROUTES_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"
#include "model/ticket_update.h"
#include "ui/pane_data.h"

struct app;

/* `vote up|down|none [COMMENT]` on the selected ticket (POST /Tickets/vote with your_vote
 * 1, -1 or 0 and your_vote_comment). False with the reason in ERR when nothing was sent. */
bool app_vote(struct app *a, const char *how, const char *comment, char *err, size_t errlen);
/* `billable-project yes|no`: POST /Tickets/SetBillableProject [{id, isbillable}]. */
bool app_billable_project(struct app *a, const char *yes_no, char *err, size_t errlen);
/* `process-children`: names the selected ticket's children and asks first; y sends POST
 * /Tickets/processchildren [{id}]. False with the reason in ERR when there is nothing to
 * ask about (no ticket, no children). */
bool app_process_children(struct app *a, char *err, size_t errlen);

/* `delete [REASON]`: asks for the selected ticket's id to be typed (never one key), then
 * sends DELETE /Tickets/{id}?reason= through the write path; on success the list's rows
 * on screen load again without it and a pane showing it closes. False with the reason in
 * ERR when no ticket is selected. */
bool app_delete_ticket(struct app *a, const char *reason, char *err, size_t errlen);

/* `closure-add [COMMENT]`: POST /ConfirmClosure [{ticket_id, comment}] for the selected
 * ticket; its closure confirmations load again after. */
bool app_closure_add(struct app *a, const char *comment, char *err, size_t errlen);
/* `closure-delete [ID]`: asks, naming the record, then DELETE /ConfirmClosure/{id}. ID 0
 * takes the ticket's only one; false with the reason in ERR when there is none, or several
 * and no ID. */
bool app_closure_delete(struct app *a, int id, char *err, size_t errlen);

/* POST /Tickets/Object {U's fields}: the ticket sent whole, as one object, through the write
 * path; the ticket and the list's rows load again after. False with the reason in ERR when
 * refused before sending. U is only read. */
bool app_save_object(struct app *a, const struct ticket_update *u, char *err, size_t errlen);
/* Opens the raw pane on one record: RECORD of TICKET_ID, RECORD_ID its approval step's seq
 * or its closure confirmation's id (GET /TicketApproval/{ticket_id}, /ConfirmClosure/{id}). */
void app_open_record(struct app *a, enum raw_record record, ticket_id_t ticket_id, int record_id);
/* Enter in the closures pane: the closure confirmation under the cursor, as Halo sends it.
 * False when the focus is elsewhere or on no confirmation. */
bool app_closure_open(struct app *a);

#endif
