/* The console's write path: every change goes through here, journalled, shown, then settled.
 *
 * A write is refused before the journal when there is no connection or the profile is
 * read-only. Otherwise it is journalled in the outbox and flushed to disk (worker_submit),
 * and what it changes shows at once: the ticket's row and detail pane take the new values,
 * the row a pending mark, the status bar a count ("1 pending"). When the answer comes:
 *   - success: the server's record replaces the shown values (the answer to POST /Tickets
 *     is the record; after a note, the panes it touches are fetched again: at most one
 *     read per change);
 *   - failure: the old values come back, the row is marked "!", the status bar says what
 *     failed in the server's words and that the write is kept in the outbox (a write that
 *     was never journalled says "not sent" instead).
 * The UI thread calls all of these; none of them blocks on the network.
 */
#ifndef HALOTUI_APP_WRITES_H
#define HALOTUI_APP_WRITES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/action.h"
#include "model/approval.h"
#include "model/pending.h"
#include "model/ticket_id.h"
#include "model/ticket_update.h"
#include "model/todo.h"
#include "net/job.h"

struct app;

/* Runs when the answer to a write arrives, after the write path applied it (R is borrowed,
 * its payload may have been taken; R->status says how it went). CTX is the caller's. */
typedef void app_write_done_fn(struct app *a, const struct job_result *r, void *ctx);

/* How app_write_job shows and settles a write. FIELDS (n_fields of them, strings from
 * pending_keep) are laid over TICKET_ID's row while it is out. WHAT names it in the status
 * bar when sent and when it fails ("#12 note"; copied; NULL: a quiet write, named "change"
 * only if it fails). DONE (may be NULL) runs on its answer with CTX (borrowed: it must live
 * until then). */
struct app_write_opts {
	enum pending_kind kind;
	ticket_id_t ticket_id;
	const char *what;
	const struct pending_field *fields;
	size_t n_fields;
	app_write_done_fn *done;
	void *ctx;
};

/*
 * POST /Tickets [{id, ...}] with the fields CHANGE sets (CHANGE->id is the ticket; it is only
 * read). The old values are read from the ticket's row (or the open ticket) so a failure can
 * bring them back and `undo` can send them. False, with a sentence in ERR, when the write is
 * refused before the journal (no connection, read-only, nothing set, no id).
 */
bool app_write_ticket(struct app *a, const struct ticket_update *change, char *err, size_t errlen);
/* POST /Actions [NOTE] (read only). A NEW_STATUS in NOTE shows on the row at once as a
 * status change. On success the ticket's history is fetched again when it is open. */
bool app_write_action(struct app *a, const struct action_create *note, char *err, size_t errlen);
/* POST /TicketApproval [DECISION]; on success the ticket's approvals are fetched again when
 * they are the ones in focus. DONE/CTX as in app_write_opts (may be NULL). */
bool app_write_approval(struct app *a, const struct approval_decision *decision,
			app_write_done_fn *done, void *ctx, char *err, size_t errlen);
/* POST /ToDo [the to-do]; on success the ticket's to-dos are fetched again when in focus. */
bool app_write_todo(struct app *a, const struct todo_update *todo, app_write_done_fn *done,
		    void *ctx, char *err, size_t errlen);
/* Any write JOB (a net/api.h builder's; taken in every case, freed when refused), shown and
 * settled as O says. Its generation is set here: it is the key the answer comes back with. */
bool app_write_job(struct app *a, struct job *job, const struct app_write_opts *o, char *err,
		   size_t errlen);

/* A write sent whose answer was lost (WRITE_ID, kept as OUTBOX_ID; WHAT names it, WORDS say
 * how it ended): it may have been done. Marked in the pane and said, its new values left
 * showing (nothing says they are wrong). */
void app_writes_unknown(struct app *a, unsigned write_id, uint64_t outbox_id, const char *what,
			const char *words);
/* The ticket read again holds write WRITE_ID: T (borrowed) replaces what shows, the change
 * is done, MESSAGE goes to the status bar. */
void app_writes_read_back(struct app *a, unsigned write_id, struct ticket *t, const char *message);
/* The ticket read again does not hold write WRITE_ID: a failure as any other (old values
 * back, kept as OUTBOX_ID), said in MESSAGE. */
void app_writes_not_done(struct app *a, unsigned write_id, uint64_t outbox_id, const char *message);

/* Sends again the journalled write OUTBOX_ID (the outbox pane's `resend`); CONFIRMED as
 * worker_outbox_resend says (a create whose outcome is unknown needs it). A change of this
 * session that failed shows again as pending and settles as its first try would; a write of
 * an earlier session is counted while out and settles with DONE (may be NULL). False with a
 * sentence in ERR when refused: not connected, read-only, or the outbox will not resend it
 * now (unknown id, already on its way, an unknown outcome not confirmed). */
bool app_write_resend(struct app *a, uint64_t outbox_id, bool confirmed, app_write_done_fn *done,
		      void *ctx, char *err, size_t errlen);

/* The next write made here (app_write_job, and so every app_write_* and field command) runs
 * DONE with CTX on its answer as its own opts would, unless they name one: how a caller of
 * a command that takes no callback (app_field_change...) learns each answer. The next write
 * takes it; app_writes_then(a, NULL, NULL) drops it when no write was made. */
void app_writes_then(struct app *a, app_write_done_fn *done, void *ctx);
/* "status: New → In Progress" for the fields CHANGE would set on its ticket, old values from
 * the row as app_write_ticket reads them: what a preview says before anything is sent. */
void app_writes_describe_update(struct app *a, const struct ticket_update *change, char *buf,
				size_t size);
/* Whether the row of CHANGE's ticket already holds every value CHANGE sets (false when the
 * row is not loaded or a field is not on it): a write that would change nothing. */
bool app_writes_update_is_noop(struct app *a, const struct ticket_update *change);

/* Called by the results for every result: true when R answers a write made here (it is then
 * applied, and the caller only frees it). ERROR is R's description, or NULL on success. */
bool app_writes_result(struct app *a, struct job_result *r, const char *error);
/* Lays the writes still out over the list's rows and the open ticket again, after fresh
 * data from the server replaced them. */
void app_writes_overlay(struct app *a);
/* The outbox forgot record OUTBOX_ID (discarded, or resent under a new write): the row's
 * failed mark and the count go with it. */
void app_writes_forget_outbox(struct app *a, uint64_t outbox_id);

/* "status: New → In Progress" for FIELDS of a change, names from the lookups (IS_UNDO: from
 * the new values back to the old ones). */
void app_writes_describe(const struct app *a, const struct pending_field *fields, size_t n,
			 bool is_undo, char *buf, size_t size);
/* The last field change of this session, for `undo`: false when there is none (or it
 * failed). *CHANGE points into the pending list: valid until the next write. */
bool app_writes_last(struct app *a, const struct pending_change **change);
/* Sends the old values of the last field change (POST /Tickets, or POST /Tickets after a
 * note's status). False with a sentence in ERR when there is nothing to undo. */
bool app_writes_undo(struct app *a, char *err, size_t errlen);

/* Requests made for changes since the start: writes sent and reads made to show their
 * results (for `bench_console` and the request tests). */
struct app_writes_counts {
	unsigned writes;
	unsigned reads;
};
struct app_writes_counts app_writes_counts(const struct app *a);

/* Frees what the write path keeps (callbacks of writes still out); NULL-safe. */
void app_writes_fini(struct app *a);

#endif
