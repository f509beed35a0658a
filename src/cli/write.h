/* What every write subcommand shares: the read-only refusal, the ticket word, the send. */
#ifndef HALOTUI_CLI_WRITE_H
#define HALOTUI_CLI_WRITE_H

#include <stdbool.h>

#include "cli/context.h"
#include "net/job.h"
#include "util/strbuf.h"

/* CLI_OK, or exit 1 after saying so when the profile is read-only: checked before anything
 * is resolved or sent (--demo is never read-only). */
int cli_refuse_read_only(struct cli *c);
/* WORD as a ticket id into *ID; exit 2 after saying why when it is missing or no id. */
int cli_take_ticket(struct cli *c, const char *word, long *id);
/* Sends JOB (taken; NULL: exit 1) through the worker, which journals it in the outbox first,
 * and writes the answer (the server's record with --format json/jsonl, else "ok: ROUTE").
 * --dry-run prints the request instead and sends nothing. Returns the exit code; a write
 * that failed says the outbox id it is kept as. */
int cli_send_write(struct cli *c, struct job *job);
/* Standard input into SB; false when it is too long or cannot be read. */
bool cli_read_stdin(struct strbuf *sb);

#endif
