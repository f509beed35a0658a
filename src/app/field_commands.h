/* Commands that change the selected ticket: note, status, priority, assign, team, type, close,
 * undo. Each builds one change and hands it to the write path (app/writes.h). */
#ifndef HALOTUI_APP_FIELD_COMMANDS_H
#define HALOTUI_APP_FIELD_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lookup_match.h"
#include "model/ticket_id.h"
#include "model/ticket_update.h"
#include "ui/command.h"

struct app;

/* The lookup CMD's argument names (status, priority, assign, team, type), for completion
 * and pickers; false for any other command. */
bool app_field_command_lookup(enum command cmd, enum lookup_kind *kind);

/* Resolves TEXT ("In Progress", "9", "me", "none" for assign) for CMD against the session's
 * lookups, into the update U (its id already set): the one field CMD changes. False with the
 * candidates in ERR when TEXT is unknown or ambiguous (lookup_match). */
bool app_field_resolve(const struct app *a, enum command cmd, const char *text,
		       struct ticket_update *u, char *err, size_t errlen);

/* `status|priority|assign|team|type TEXT` on ticket ID: resolves and sends the one field.
 * False with a sentence in ERR when refused (nothing is sent then). */
bool app_field_change(struct app *a, ticket_id_t id, enum command cmd, const char *text, char *err,
		      size_t errlen);
/* `note TEXT` on ticket ID: POST /Actions with the `note-outcome` outcome, private
 * (hiddenfromuser), no e-mail; TEXT is plain text, sent HTML-escaped. */
bool app_field_note(struct app *a, ticket_id_t id, const char *text, char *err, size_t errlen);
/* `close [NOTE]` on ticket ID: to the closed status of the lookups (app_field_closed_status);
 * with NOTE (may be NULL or "") one POST /Actions carries the note and the new status,
 * without it one POST /Tickets sets status_id. */
bool app_field_close(struct app *a, ticket_id_t id, const char *note, char *err, size_t errlen);
/* The status `close` sets (lookup_closed_status of the session's lookups). */
int app_field_closed_status(const struct app *a);
/* `undo`: asks on the status line with the change it would send ("status: In Progress →
 * New ?"), and on y sends the old values of the session's last field change. */
void app_field_undo(struct app *a);

#endif
