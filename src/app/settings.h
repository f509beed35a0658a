/* The console's side of the configuration: loading it, and applying settings, bindings and
 * the theme to the running console. */
#ifndef HALOTUI_APP_SETTINGS_H
#define HALOTUI_APP_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

struct app;

/* Loads the config file (missing is fine), selects the profile and theme of the options.
 * Problems go to the status bar; the console runs with what loaded. */
void app_settings_load(struct app *a);
/* Applies what the configuration says now: line graphics, bandwidth, columns, new key
 * bindings and (once curses runs) the theme. Marks every pane for drawing. */
void app_settings_apply(struct app *a);
/* Moves every diagnostic of the configuration into the messages pane (once: a file's problem
 * already listed is not listed again) and says in the status bar what waits there. With
 * IS_TYPED (a line typed at `:`), the first error is also shown as the status bar's error.
 * Forgets the diagnostics. True when there was an error. */
bool app_settings_report(struct app *a, bool is_typed);
/* Puts the `theme` setting back to the last theme that loaded when the one it names does
 * not exist, so a mistyped name is reported once, not again by every later line. */
void app_settings_restore_theme(struct app *a);
/* The pane names `bind` takes ("generic" first), as static strings; *N gets how many. */
const char *const *app_settings_pane_names(size_t *n);

#endif
