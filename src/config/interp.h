/* The interpreter of the line language, shared by config files, theme files and the prompt. */
#ifndef HALOTUI_CONFIG_INTERP_H
#define HALOTUI_CONFIG_INTERP_H

#include <stdbool.h>
#include <sys/types.h>

#include "config/configuration.h"

/* Where a line comes from and what it may do. PROFILE is the index of the profile that
 * connection settings go to (the last `profile` line of this file; 0 before any). THEME is
 * non-NULL for a theme file: then only `color` lines are allowed, and they fill THEME. */
struct interp_state {
	const char *file;
	const char *dir; /* for `source` and relative paths; NULL at the prompt */
	unsigned line;
	size_t profile;
	struct theme *theme;
};

/* Runs one line; returns true when it added no error. */
bool interp_line(struct config *cfg, struct interp_state *state, const char *line);

/* Reads the file PATH (a theme file filling THEME when THEME is not NULL), refusing source
 * cycles and nesting deeper than CONFIG_MAX_DEPTH. A file that cannot be read is reported at
 * FROM_FILE:FROM_LINE (or as PATH itself when FROM_FILE is NULL), unless IS_OPTIONAL and
 * missing. */
enum status interp_load(struct config *cfg, const char *path, const char *from_file,
			unsigned from_line, bool is_optional, struct theme *theme);

#endif
