/* The configuration: settings, profiles, key bindings, saved views and colours, loaded from
 * files and `:` prompt lines written in one line language. No curses, no curl. */
#ifndef HALOTUI_CONFIG_CONFIGURATION_H
#define HALOTUI_CONFIG_CONFIGURATION_H

#include <stdbool.h>
#include <stddef.h>

#include "config/keyspec.h"
#include "config/settings.h"
#include "config/theme.h"
#include "util/status.h"

/* The file name of lines typed at the `:` prompt. */
#define CONFIG_PROMPT_FILE "<prompt>"
/* How deep `source` may nest. */
#define CONFIG_MAX_DEPTH 16
/* How many files one load may read in all, `source` lines included. */
#define CONFIG_MAX_LOADS 64
/* The largest config or theme file read. */
#define CONFIG_MAX_FILE_SIZE (1024 * 1024)
#define CONFIG_MAX_FILE_SIZE_TEXT "1 MiB"

/* One problem found while loading: TEXT is "FILE:LINE: message" (or "FILE: message" when
 * LINE is 0). Warnings do not stop the line from taking effect. */
struct config_diag {
	char *file;
	unsigned line;
	bool is_warning;
	char *message;
	char *text;
};

/* `bind VIEW KEY COMMAND [ARGS]`: the command is checked by the app against its table, so
 * FILE and LINE are kept for its error message. ARGS is the rest of the line as written. */
struct config_bind {
	char *view;
	char *key_text;
	struct keyspec key;
	char *command;
	char *args;
	char *file;
	unsigned line;
};

struct config_view_param {
	char *name;
	char *value;
};

/* `view "NAME" PARAM=VALUE ...`: a saved ticket query. A later view of the same NAME
 * replaces an earlier one. */
struct config_view {
	char *name;
	struct config_view_param *params;
	size_t n_params;
	char *file;
	unsigned line;
};

/* A profile's connection settings (only SCOPE_PROFILE entries of VALUES are used). NAME ""
 * is the unnamed profile of connection settings written outside any `profile` block. */
struct config_profile {
	char *name;
	struct setting_value values[SETTING_COUNT];
	char *file;
	unsigned line;
};

struct config {
	struct setting_value values[SETTING_COUNT]; /* SCOPE_GLOBAL entries */
	struct config_profile *profiles;	    /* [0] is the unnamed profile */
	size_t n_profiles;
	size_t selected; /* index into profiles */
	struct config_bind *binds;
	size_t n_binds;
	struct config_view *views;
	size_t n_views;
	struct theme colors;  /* `color` lines of the config and the prompt */
	struct theme palette; /* compiled default, then the theme file, then COLORS */
	struct config_diag *diags;
	size_t n_diags;
	char **loading; /* real paths of the files being read, for cycle detection */
	size_t depth;
	size_t n_loads;		 /* files read by the current top-level load */
	bool is_load_capped;	 /* CONFIG_MAX_LOADS was reached and reported */
	char *env_client_secret; /* HALOTUI_CLIENT_SECRET, taken out of the environment (owned,
				  * wiped by config_fini); NULL when it was not set */
};

/* Every setting at its default, the compiled-in default theme as the palette, no profiles
 * except the unnamed one. config_fini frees everything (NULL-safe). */
void config_init(struct config *cfg);
void config_fini(struct config *cfg);

/* Reads PATH line by line; every bad line adds a diagnostic and the rest still loads.
 * Returns STATUS_OK when the file could be read (whatever its lines held), STATUS_NOT_FOUND
 * when it does not exist, STATUS_IO otherwise; those two also add a diagnostic unless
 * IS_OPTIONAL (the app passes true for the default config file). */
enum status config_load_file(struct config *cfg, const char *path, bool is_optional);

/* Loads the user's file, paths_config_file() ($XDG_CONFIG_HOME/halotui/config); a missing
 * file is no error (STATUS_NOT_FOUND, no diagnostic). */
enum status config_load_user(struct config *cfg);

/* Runs one line typed at the `:` prompt (file CONFIG_PROMPT_FILE, line 1), exactly as a line
 * of the config file. Connection settings go to the selected profile; `set theme` reloads
 * the palette. Returns true when it added no error (see cfg->diags for the message). */
bool config_run_prompt(struct config *cfg, const char *line);

/* Runs LINE as line LINENO of FILE (a name for messages; `source` is relative to its
 * directory). Used by config_load_file and config_run_prompt; true when no error was added. */
bool config_run_line(struct config *cfg, const char *line, const char *file, unsigned lineno);

/* Forgets every diagnostic. */
void config_clear_diags(struct config *cfg);
/* Number of diagnostics that are errors (not warnings). */
size_t config_error_count(const struct config *cfg);

/* Values of settings: a global one, or for SCOPE_PROFILE the selected profile's value.
 * The string is owned by CFG ("" when unset); bool/int/enum read NUMBER. */
const char *config_get_string(const struct config *cfg, enum setting setting);
long config_get_int(const struct config *cfg, enum setting setting);
bool config_get_bool(const struct config *cfg, enum setting setting);

/* Sets SETTING from TEXT as `set` would (global, or the selected profile's). False with a
 * diagnostic-free *ERROR (caller frees) on a bad value. */
bool config_set(struct config *cfg, enum setting setting, const char *text, char **error);

/* Rebuilds cfg->palette: the compiled default theme, then the file named by the `theme`
 * setting (searched with paths_find_theme; errors in it become diagnostics), then the
 * `color` lines. False when the theme file is missing or had errors. */
bool config_apply_theme(struct config *cfg);

/* Parses theme text (the `color` lines of a theme file; FILE names it in diagnostics) into
 * THEME. Any other command is an error. Returns the number of errors added. */
size_t config_parse_theme(struct config *cfg, const char *text, const char *file,
			  struct theme *theme);

/* Moves HALOTUI_CLIENT_SECRET from the process environment into CFG: its bytes in the
 * environment are overwritten and the variable removed, so no child (browser, tmux, secret
 * command) inherits it and /proc/PID/environ no longer shows it. Call once, early. */
void config_take_env_secret(struct config *cfg);
/* FILE as the user would write it (caller frees): under $HOME, "~/..." (shorter, and the same
 * wherever the home directory is). */
char *config_shown_path(const char *file);
/* Adds a diagnostic (MESSAGE is copied). */
void config_add_diag(struct config *cfg, const char *file, unsigned line, bool is_warning,
		     const char *message);

/* The saved view called NAME, or NULL. */
const struct config_view *config_find_view(const struct config *cfg, const char *name);

#endif
