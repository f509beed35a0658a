/* Writes whose answer was lost: the ticket is read again to learn whether they were done.
 *
 * A field change that went out and got no answer (the connection cut mid-answer, a timeout
 * after sending) may have been done. Instead of guessing, the console reads the ticket once
 * (GET /Tickets/{id}) and compares what the write set with what the server holds: all of
 * it there, the change is done and leaves the outbox; a field holding another value, it
 * failed as any other (old values back, kept to resend); no record to read, it stays in the
 * outbox of unknown outcome with its new values showing. A delete reads its ticket (gone:
 * done), a to-do's tick the ticket's to-dos, an approval decision its step, the same way.
 * The UI thread runs all of these.
 */
#ifndef HALOTUI_APP_WRITE_CHECKS_H
#define HALOTUI_APP_WRITE_CHECKS_H

#include <stdbool.h>
#include <stdint.h>

#include "app/writes.h"
#include "net/job.h"

struct app;

/* One write whose answer was lost, waiting for its ticket's read-back. */
struct app_write_check {
	unsigned write_id;  /* the write's key in the pending list */
	uint64_t outbox_id; /* its outbox record */
	char *what;	    /* owned: how the status bar names it ("#12 status: New → Closed") */
	char *body;	    /* owned: what it sent (NULL: not a ticket update) */
	enum job_kind kind; /* the write's route: it says what is read again */
	long record_id;	    /* {id} of the write's path */
	char *words;	    /* owned: how the write ended (curl's words) */
	enum status status; /* and its status */
	app_write_done_fn *done; /* the write's own callback, run when the check knows */
	void *ctx;
};

/* True when a write of KIND on RECORD_ID (a ticket delete) is checked by reading its
 * ticket again: gone, it was done. */
bool app_write_checks_by_id(enum job_kind kind, long record_id);
/* A copy of BODY when a write of KIND (a ticket update, a to-do's tick, an approval
 * decision; not a create) can be checked by reading again; NULL otherwise. Caller owns. */
char *app_write_checks_body(enum job_kind kind, bool is_create, const char *body);
/* The same for the outbox record OUTBOX_ID (a resend), read from the outbox. */
char *app_write_checks_outbox_body(struct app *a, uint64_t outbox_id);
/* Reads CHECK's ticket again; true when the read went out, and CHECK's strings are then
 * owned by the check. False (CHECK untouched) when its write cannot be checked so. */
bool app_write_check_start(struct app *a, const struct app_write_check *check);
/* True when R answers a check's read (it is applied; the caller only frees R). */
bool app_write_check_result(struct app *a, const struct job_result *r);
/* Frees the checks still out; NULL-safe. */
void app_write_checks_fini(struct app *a);

#endif
