/* The help pane: the live keymap, one command per line (keys, name, what it does). */
#ifndef HALOTUI_UI_HELP_VIEW_H
#define HALOTUI_UI_HELP_VIEW_H

#include <stddef.h>

#include "ui/view.h"

struct help_line {
	char *keys;	  /* "j <Down>"; owned */
	const char *name; /* the command's name; static */
	const char *help; /* its help; static */
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
