/* The new ticket form: `new` opens it (or the draft kept from an earlier one), the draft is
 * saved while it is written (a file every few seconds, and POST /Draft where the server has
 * it), Ctrl-S creates the ticket through the write path, and Halo's refusal stays on the
 * form in its own words. The created ticket opens in the detail pane. */
#ifndef HALOTUI_APP_NEW_TICKET_H
#define HALOTUI_APP_NEW_TICKET_H

#include <stdbool.h>
#include <stdint.h>

#include "net/job.h"

struct app;

/* Points the drafts at the profile's folder: call once the connection is resolved, before
 * the session starts (which finishes it). */
void app_new_ticket_init(struct app *a);
/* `new`: opens the form, filled from the newest draft when one is kept. */
void app_new_ticket(struct app *a);
/* `drafts`: says in the status bar which drafts are kept, newest first. */
void app_new_ticket_drafts(struct app *a);
/* Once per pass of the loop: at the first, offers a kept draft; while the form is open,
 * saves its draft when it changed and its time has come. NOW_MS is CLOCK_MONOTONIC's. */
void app_new_ticket_tick(struct app *a, long now_ms);
/* When the next draft save is due (CLOCK_MONOTONIC ms), or 0 when none waits. */
long app_new_ticket_deadline(const struct app *a);
/* Takes R when it answers the form's lookups (clients, sites, users) or a draft's POST
 * /Draft: true, and the caller only frees it. ERROR is R's description or NULL. */
bool app_new_ticket_result(struct app *a, const struct job_result *r, const char *error);
/* Frees the state after the panes went (a form still open saved its draft then). */
void app_new_ticket_fini(struct app *a);
/* draft-open / draft-delete (IS_DELETE): a picker of the drafts kept, newest first; the one
 * chosen opens in the new ticket form, or is deleted after a y. */
void app_drafts_pick(struct app *a, bool is_delete);
/* The outbox's `edit` of a create (POST /Tickets without an id) whose JSON is BODY: the new
 * ticket form opens filled with what was sent; sending it replaces the outbox's copy
 * OUTBOX_ID, dropping it leaves that copy in the outbox. */
void app_new_ticket_from_sent(struct app *a, const char *body, uint64_t outbox_id);

#endif
