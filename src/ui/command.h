/* Commands: the things a key or the `:` prompt can ask a view or the app to do. */
#ifndef HALOTUI_UI_COMMAND_H
#define HALOTUI_UI_COMMAND_H

#include <stdbool.h>

#include "ui/key.h"

enum command {
	CMD_NONE,
#define X(id, ...) id,
#include "ui/command.def"
#undef X
	CMD_COUNT
};

/* What a command takes after its name at `:`: nothing, a number, free text, or names
 * looked up from a known list (what Tab completes there). */
enum command_arg {
	ARG_NONE,
	ARG_NUMBER,	 /* ticket ID, link N */
	ARG_TEXT,	 /* a file name, a size */
	ARG_SETTING,	 /* NAME = VALUE: setting names, then that setting's values */
	ARG_BINDING,	 /* PANE KEY COMMAND */
	ARG_ROLE,	 /* a colour role, then colours */
	ARG_QUERY,	 /* /Tickets PARAM=VALUE words */
	ARG_SAVED_QUERY, /* "NAME" then /Tickets PARAM=VALUE words */
	ARG_SAVED_VIEW,	 /* the name of a saved view */
	ARG_PROFILE,	 /* the name of a profile */
	ARG_LOOKUP,	 /* a name or id of the lookup the command changes (status, agent...) */
};

/* The command's name as `bind` and `:` spell it ("move-down"); "" for CMD_NONE. */
const char *command_name(enum command cmd);
/* One line of help for the command; static, never NULL. */
const char *command_help(enum command cmd);
/* The command called NAME, or CMD_NONE when there is none. */
enum command command_by_name(const char *name);
/* The default keys of CMD, terminated by 0; static, never NULL. */
const int *command_default_keys(enum command cmd);
/* What CMD takes after its name at `:`, and how help spells it ("ID"; "" for none). */
enum command_arg command_arg(enum command cmd);
const char *command_usage(enum command cmd);
/* The panes where CMD is that pane's own command, space-separated; "" when it works the
 * same everywhere. Static, never NULL. */
const char *command_panes(enum command cmd);
/* Whether CMD is the pane PANE's own command rather than one that works everywhere. */
bool command_is_pane_own(enum command cmd, const char *pane);

#endif
