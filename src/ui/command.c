/* The command table: names, help and default keys from command.def. */
#include "config.h"

#include "ui/command.h"

#include <string.h>

struct command_info {
	const char *name;
	const char *help;
	const int *keys;
};

#define X(id, name, help, ...) static const int keys_##id[] = { __VA_ARGS__, 0 };
#include "ui/command.def"
#undef X

static const struct command_info commands[CMD_COUNT] = {
	[CMD_NONE] = { "", "", NULL },
#define X(id, name, help, ...) [id] = { name, help, keys_##id },
#include "ui/command.def"
#undef X
};

static const int no_keys[] = { 0 };

const char *command_name(enum command cmd)
{
	return (unsigned)cmd < CMD_COUNT ? commands[cmd].name : "";
}

const char *command_help(enum command cmd)
{
	return (unsigned)cmd < CMD_COUNT ? commands[cmd].help : "";
}

enum command command_by_name(const char *name)
{
	if (!name || !*name)
		return CMD_NONE;
	for (int i = 1; i < CMD_COUNT; i++)
		if (!strcmp(commands[i].name, name))
			return (enum command)i;
	return CMD_NONE;
}

const int *command_default_keys(enum command cmd)
{
	if ((unsigned)cmd >= CMD_COUNT || !commands[cmd].keys)
		return no_keys;
	return commands[cmd].keys;
}
