/* Forms about the selected ticket: a note, an edit of its fields, one field's picker. */
#ifndef HALOTUI_APP_TICKET_FORMS_H
#define HALOTUI_APP_TICKET_FORMS_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/command.h"

struct app;

/* Opens the form of CMD for the selected ticket: `note` (text, outcome, visible to the
 * user, e-mail, new status, time taken), `edit` (its writable fields), or the picker of
 * `status`, `priority`, `assign`, `team` or `type`. False when CMD has no form; the status
 * bar says why when there is no ticket to open it on. */
bool app_ticket_form(struct app *a, enum command cmd);

/* `save-object`: the selected ticket's writable fields, as the console holds them, sent whole
 * as POST /Tickets/Object. False with the reason in ERR when there is no ticket (or it is
 * not loaded) or the write is refused before sending. */
bool app_save_object_selected(struct app *a, char *err, size_t err_size);

#endif
