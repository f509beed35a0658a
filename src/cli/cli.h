/* halotui's subcommands for scripts (list, show, doctor...): the one entry from main. */
#ifndef HALOTUI_CLI_CLI_H
#define HALOTUI_CLI_CLI_H

#include <stdbool.h>

/* True when ARGV names a subcommand of src/cli/subcommands.def (its first word that is not
 * a global option or an option's value): main then hands argv to cli_main. */
bool cli_is_subcommand(int argc, char **argv);
/* Runs the subcommand ARGV names; returns the exit code (enum cli_exit). */
int cli_main(int argc, char **argv);

#endif
