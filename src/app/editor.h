/* $EDITOR for long text: the text goes to a private file, the editor runs on it with the
 * terminal, and the file's text comes back. */
#ifndef HALOTUI_APP_EDITOR_H
#define HALOTUI_APP_EDITOR_H

#include <stddef.h>

struct app;

/* The editor's command line: the `editor` setting, else $VISUAL, else $EDITOR, else "vi". */
const char *app_editor_command(const struct app *a);
/* Edits TEXT: writes it to a new file only this user can read (0600) in $TMPDIR (or /tmp),
 * hands the terminal over (curses suspended), runs the editor's words then the file's name
 * without a shell, takes the terminal back, reads the file and removes it. Returns the
 * edited text (one trailing newline dropped; caller frees), or NULL with the reason in ERR
 * (the editor cannot start or ends with an error): the caller keeps TEXT then. */
char *app_edit_text(struct app *a, const char *text, char *err, size_t err_size);

#endif
