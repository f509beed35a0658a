/* Running client_secret_command: no shell, first line of stdout, bounded time. */
#ifndef HALOTUI_CONFIG_SECRET_H
#define HALOTUI_CONFIG_SECRET_H

#include "util/status.h"

/* Splits COMMAND into argv with the config lexer, runs it with posix_spawnp (stdin and stderr
 * on /dev/null), and returns the first line of its standard output in *SECRET (caller owns;
 * wipe with secret_free). Waits at most TIMEOUT_MS, then kills it. On failure *SECRET is NULL
 * and *ERROR (caller frees) says why: exit status, signal, timeout, empty output. Neither the
 * output nor any secret ever appears in *ERROR. */
enum status secret_run_command(const char *command, int timeout_ms, char **secret, char **error);

/* Wipes and frees a secret; NULL-safe. */
void secret_free(char *secret);

#endif
