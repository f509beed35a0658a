/* What the subcommands that change things share (cli/write.c). */
#ifndef HALOTUI_CLI_WRITE_H
#define HALOTUI_CLI_WRITE_H

#include <stdbool.h>

#include "cli/context.h"
#include "net/job.h"
#include "util/strbuf.h"

/* Sends the write JOB (taken) through the outbox, or prints it with --dry-run; the exit code,
 * the server's words on failure. */
int cli_write_send(struct cli *c, struct job *job);
/* CLI_OK, or the exit code after saying a read-only profile sends nothing. */
int cli_write_refuse_read_only(struct cli *c);
/* Standard input into SB; false when it is too long or cannot be read. */
bool cli_write_read_stdin(struct strbuf *sb);

#endif
