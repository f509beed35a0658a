/* The views file: the saved views halotui writes itself ($XDG_CONFIG_HOME/halotui/views), in
 * the config line language (`view "NAME" PARAM=VALUE ...`), read after the config file. */
#ifndef HALOTUI_CONFIG_VIEWS_FILE_H
#define HALOTUI_CONFIG_VIEWS_FILE_H

#include <stdbool.h>

#include "config/configuration.h"
#include "util/strbuf.h"

/* The file name the built-in views a new user starts with are given ("(default views)"). */
#define VIEWS_FILE_DEFAULTS "(default views)"

/* $XDG_CONFIG_HOME/halotui/views (or ~/.config/halotui/views); NULL without a home. Caller
 * frees. */
char *views_file_path(void);

/* Reads the views file into CFG as `source` would: its bad lines become diagnostics naming
 * the file and line. A missing file is no error. True when the file exists. */
bool views_file_load(struct config *cfg);

/* Appends to OUT the line that defines VIEW: `view "NAME" PARAM=VALUE ...`, each value quoted
 * when it holds anything but letters, digits and ,.:_+-/ (so the lexer gives it back whole). */
void views_file_format(const struct config_view *view, struct strbuf *out);

/* True when VIEW belongs in the views file: it was read from it, saved from the console, or is
 * one of the defaults; false for a view of the user's own config (that file is theirs). */
bool views_file_owns(const struct config_view *view, const char *path);

/* Writes every view of CFG the file owns to PATH atomically: a temporary file beside it, synced,
 * then renamed over it (the directory is made when missing). False with *ERROR (caller frees). */
bool views_file_write(const struct config *cfg, const char *path, char **error);

/* The pane a view shows instead of tickets (its `pane=` parameter: "my-approvals"), or NULL for
 * a ticket query. */
const char *views_file_pane(const struct config_view *view);

#endif
