/* Where halotui keeps its files (XDG base directories). Every result is malloc'd. */
#ifndef HALOTUI_CONFIG_PATHS_H
#define HALOTUI_CONFIG_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* $XDG_CONFIG_HOME/halotui/config, or ~/.config/halotui/config. A relative XDG variable is
 * ignored (the XDG rule). NULL only when neither it nor $HOME can be found. Caller frees. */
char *paths_config_file(void);

/* The directories searched for NAME.theme, in order: $XDG_CONFIG_HOME/halotui/themes, then
 * $HALOTUI_THEMES_DIR when set (a build tree points it at its themes/), then the installed
 * HALOTUI_DATADIR/themes. A NULL-terminated array; free with paths_list_free. */
char **paths_theme_dirs(void);
void paths_list_free(char **list);

/* The first readable file NAME.theme in paths_theme_dirs(); NULL when there is none. NAME must
 * be a plain name (no '/'). Caller frees. */
char *paths_find_theme(const char *name);

/* $XDG_STATE_HOME/halotui/PROFILE/ (default ~/.local/state); PROFILE NULL or "" gives
 * .../halotui/default/. Not created. Caller frees. */
char *paths_state_dir(const char *profile);

/* $XDG_CACHE_HOME/halotui/ (default ~/.cache). Not created. Caller frees. */
char *paths_cache_dir(void);

/* $XDG_CACHE_HOME/halotui/PROFILE/ (default ~/.cache); PROFILE NULL or "" gives
 * .../halotui/default/. Not created. Caller frees. */
char *paths_cache_profile_dir(const char *profile);

/* Where PROFILE keeps the answer of /api/authinfo: its cache folder's "authinfo". NULL when
 * neither the XDG variables nor HOME say where that is. With IS_MADE, the folder is created
 * first (NULL when it cannot be). Caller frees. */
char *paths_authinfo_cache(const char *profile, bool is_made);

/* Creates DIR and its missing parents with mode 0700 (existing ones are left as they are).
 * False, with errno set, when one cannot be made. */
bool paths_make_dirs(const char *dir);

/* PATH with a leading "~/" (or a lone "~") replaced by $HOME; a relative result is taken
 * relative to BASE_DIR when BASE_DIR is not NULL. Caller frees. */
char *paths_expand(const char *path, const char *base_dir);

#endif
