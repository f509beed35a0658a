/* Bulk changes: `tagged COMMAND [ARGS]` (or `;` then a command's key) applies status,
 * priority, assign, team, note or close to every tagged ticket. The writes are listed first in
 * the bulk pane (ui/bulk_view.h), sent on y through the one write path (app/writes.h: the
 * outbox, the request budget), and answered row by row: the bar shows the progress
 * ("bulk status: 37 of 200"), then the report ("12 of 14 changed; 2 failed: #1201 403 ...").
 * Tickets changed are untagged; those that failed stay tagged, their writes in the outbox. */
#ifndef HALOTUI_APP_BULK_H
#define HALOTUI_APP_BULK_H

#include <stdbool.h>

#include "ui/command.h"

struct app;

/* Whether `tagged` applies CMD (status, priority, assign, team, note, close). */
bool app_bulk_applies(enum command cmd);
/* `tagged` alone, or its key (`;`): the next key's command applies to the tagged tickets. */
void app_tagged_prefix(struct app *a);
/* Takes KEY when `tagged` waits for the next key: true when it was taken. */
bool app_bulk_key(struct app *a, int key);
/* `:tagged COMMAND [ARGS]` (WORDS as the `:` line split them; the arguments are read from the
 * line itself, spaces kept). */
void app_tagged_line(struct app *a, char **words, int n);
/* Applies CMD with TEXT (may be NULL) to the tagged tickets: the preview opens. A command
 * other than status, priority, assign, team, note and close is refused with a sentence; one
 * that needs its argument and has none opens the `:` line with `tagged CMD `. */
void app_tagged_command(struct app *a, enum command cmd, const char *text);
/* Frees what the bulk change keeps; NULL-safe. After the views and the write path. */
void app_bulk_fini(struct app *a);

#endif
