/* The command table: names, help, arguments and default keys from command.def. */
#include "config.h"

#include "ui/command.h"

#include <string.h>

/* The panes that show a ticket or have one selected. */
#define TICKET_PANES "list detail history approvals todos"
/* The panes where a ticket is worked on: changes go to the selected ticket. */
#define WORK_PANES "list detail history"

struct command_info {
	const char *name;
	const char *panes; /* space-separated pane names */
	enum command_arg arg;
	const char *usage;
	const char *help;
	const int *keys;
};

#define X(id, name, panes, arg, usage, help, ...) static const int keys_##id[] = { __VA_ARGS__, 0 };
#include "ui/command.def"
#undef X

static const struct command_info commands[CMD_COUNT] = {
	[CMD_NONE] = { "", "", ARG_NONE, "", "", NULL },
#define X(id, name, panes, arg, usage, help, ...)                                                  \
	[id] = { name, panes, arg, usage, help, keys_##id },
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

enum command_arg command_arg(enum command cmd)
{
	return (unsigned)cmd < CMD_COUNT ? commands[cmd].arg : ARG_NONE;
}

const char *command_usage(enum command cmd)
{
	return (unsigned)cmd < CMD_COUNT ? commands[cmd].usage : "";
}

const char *command_panes(enum command cmd)
{
	return (unsigned)cmd < CMD_COUNT ? commands[cmd].panes : "";
}

bool command_is_pane_own(enum command cmd, const char *pane)
{
	if ((unsigned)cmd >= CMD_COUNT || !pane || !*pane)
		return false;
	size_t len = strlen(pane);
	for (const char *p = commands[cmd].panes; *p;) {
		size_t n = strcspn(p, " ");
		if (n == len && !strncmp(p, pane, n))
			return true;
		p += n + (p[n] == ' ');
	}
	return false;
}
