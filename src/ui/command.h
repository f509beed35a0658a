/* Commands: the things a key or the `:` prompt can ask a view to do. */
#ifndef HALOTUI_UI_COMMAND_H
#define HALOTUI_UI_COMMAND_H

#include "ui/key.h"

enum command {
	CMD_NONE,
#define X(id, name, help, ...) id,
#include "ui/command.def"
#undef X
	CMD_COUNT
};

/* The command's name as `bind` and `:` spell it ("move-down"); "" for CMD_NONE. */
const char *command_name(enum command cmd);
/* One line of help for the command; static, never NULL. */
const char *command_help(enum command cmd);
/* The command called NAME, or CMD_NONE when there is none. */
enum command command_by_name(const char *name);
/* The default keys of CMD, terminated by 0; static, never NULL. */
const int *command_default_keys(enum command cmd);

#endif
