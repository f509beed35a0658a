/* halotui's subcommands for scripts (list, show, doctor...): the one entry from main. */
#ifndef HALOTUI_CLI_CLI_H
#define HALOTUI_CLI_CLI_H

#include <stdbool.h>

/* True when ARGV names a subcommand of src/cli/subcommands.def (its first word that is not
 * a global option or an option's value): main then hands argv to cli_main. */
bool cli_is_subcommand(int argc, char **argv);
/* The subcommands the console runs itself (src/app/login.h), handed in by main, since
 * src/cli does not reach the console: each takes argv from its own name on. */
struct cli_console_commands {
	int (*login)(int argc, char **argv);
	int (*logout)(int argc, char **argv);
};
/* Runs the subcommand ARGV names; returns the exit code (enum cli_exit). CONSOLE may be
 * NULL (login and logout then fail). */
int cli_main(int argc, char **argv, const struct cli_console_commands *console);

#endif
