/* The help pane: the live keymap in sections (the pane's own keys, keys everywhere, commands
 * typed at `:`), one command per line. */
#ifndef HALOTUI_UI_HELP_VIEW_H
#define HALOTUI_UI_HELP_VIEW_H

#include <stddef.h>

#include "ui/view.h"

enum help_line_kind {
	HELP_HEADING, /* a section's title, in KEYS */
	HELP_KEYS,    /* the keys that run a command */
	HELP_TYPED,   /* a command typed at `:` with its arguments, in KEYS */
};

struct help_line {
	enum help_line_kind kind;
	char *keys;	  /* "j <Down>", the heading, or ":ticket ID"; owned */
	const char *name; /* the command's name; static; NULL for a heading */
	const char *help; /* its help; static; NULL for a heading */
};

/* What the help pane shows; the view's data. Built by whoever owns the keymap. */
struct help_data {
	struct help_line *lines; /* owned */
	size_t count;
};

/* Frees the lines of HELP (NULL-safe) and leaves it empty. */
void help_data_clear(struct help_data *help);

extern const struct view_ops help_view_ops;

#endif
