/* The keymap: which key runs which command, per view, with the command table's defaults. */
#ifndef HALOTUI_APP_KEYMAP_H
#define HALOTUI_APP_KEYMAP_H

#include <stddef.h>

#include "ui/command.h"
#include "ui/help_view.h"

/* A binding applies to the view named VIEW, or to every view when VIEW is "generic". */
struct key_binding {
	char view[24];
	int key;
	enum command cmd;
};

struct keymap {
	struct key_binding *bindings; /* owned; later bindings win */
	size_t count;
};

/* A keymap holding the default keys of every command (view "generic"). */
void keymap_init(struct keymap *km);
void keymap_fini(struct keymap *km);
/* Binds KEY to CMD in VIEW ("generic" for all views); CMD_NONE unbinds. A binding for a
 * key already bound in the same view replaces it. */
void keymap_bind(struct keymap *km, const char *view, int key, enum command cmd);
/* The command KEY runs in the view named VIEW: its own binding first, then the generic
 * one; CMD_NONE when the key is unbound. */
enum command keymap_lookup(const struct keymap *km, const char *view, int key);
/* Fills HELP (cleared first) in sections, each under its title: the commands that are
 * VIEW's own (the command table's panes, or a key bound in VIEW), those whose keys work in
 * every pane, then those typed at `:` with their arguments ("ticket ID"). VIEW may be NULL. */
void keymap_help(const struct keymap *km, const char *view, struct help_data *help);

#endif
