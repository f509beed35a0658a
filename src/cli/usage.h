/* What --help says about the subcommands: the table, the global options, the exit codes. */
#ifndef HALOTUI_CLI_USAGE_H
#define HALOTUI_CLI_USAGE_H

#include <stdio.h>

struct cli;

/* Every subcommand with its line of help, then cli_usage_common (for halotui --help). */
void cli_usage_subcommands(FILE *out);
/* The options every subcommand takes, the formats and the exit codes. */
void cli_usage_common(FILE *out);
/* "usage: halotui NAME ..." and its help line. */
void cli_usage_subcommand(FILE *out, const char *name);
/* halotui NAME --help on stdout; CLI_OK. */
int cli_help(struct cli *c, const char *name);

#endif
