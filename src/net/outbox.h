/* The outbox: a crash-safe journal of writes, so nothing typed is lost. */
#ifndef HALOTUI_NET_OUTBOX_H
#define HALOTUI_NET_OUTBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "net/job.h"
#include "util/status.h"

/* One write still pending: journalled, not yet confirmed done by the server. */
struct outbox_entry {
	uint64_t id;
	enum job_kind kind;
	long record_id;
	int seq;
	char *query; /* owned, may be NULL */
	char *body;  /* owned, may be NULL */
	bool is_create;
	time_t queued_at;
	/* A write that may have reached the server (sent, no answer; a create also when
	 * found after a restart). A create is resent only after the user checked and
	 * confirmed; an update or a delete may be resent as it is. */
	bool is_outcome_unknown;
	enum status last_status; /* STATUS_OK while never failed */
	long last_http_code;
	char *last_message; /* owned: the server's words of the last failure, or NULL */
	bool is_sending;    /* on its way now (not kept on disk): not to be resent meanwhile */
};

struct outbox;

/* Opens (creating 0600, with its directories 0700) the journal at PATH and replays it.
 * A damaged record is skipped up to the next valid one and a torn tail cut off; their bytes
 * are saved beside it as PATH.torn and described in WARNING (caller owns, NULL when none).
 * Creates journalled before this open but never finished are marked outcome-unknown.
 * One process at a time writes the journal (it holds a flock on PATH.lock); an open while
 * another holds it is read-only, says so in WARNING, and refuses every change.
 * NULL on failure with a message in ERR. */
struct outbox *outbox_open(const char *path, char **warning, char *err, size_t errlen);
/* True when another process held the outbox at open: appends then fail with EBUSY. */
bool outbox_is_read_only(const struct outbox *ob);
/* Closes the file and frees; NULL-safe. Pending writes stay in the file. */
void outbox_close(struct outbox *ob);

/* Appends JOB as a pending write and fsyncs before returning its id (nonzero, never
 * handed out before for this journal, even across restarts).
 * 0 when the journal cannot be written (errno set): the caller must not send then. */
uint64_t outbox_append(struct outbox *ob, const struct job *job);
/* Records that write ID reached a definite end (done, or discarded by the user). */
bool outbox_remove(struct outbox *ob, uint64_t id);
/* Records a failure of ID; OUTCOME_UNKNOWN says it may have been done anyway (a create
 * stays so once it was; an update is so only while its last try is). */
bool outbox_mark_failed(struct outbox *ob, uint64_t id, enum status status, long http_code,
			const char *message, bool outcome_unknown);

/* A copy of the pending writes, oldest first (caller owns; outbox_entries_free). */
size_t outbox_pending(struct outbox *ob, struct outbox_entry **entries);
/* Claims entry ID for resending and returns it as a job (caller owns; the entry counts as
 * sending until its end is recorded). NULL when ID is unknown, already being sent, or a
 * create whose outcome is unknown while CONFIRMED is false. */
struct job *outbox_claim(struct outbox *ob, uint64_t id, bool confirmed);
void outbox_entries_free(struct outbox_entry *entries, size_t count);

/* $XDG_STATE_HOME/halotui/PROFILE/outbox (~/.local/state when unset); caller owns. */
char *outbox_default_path(const char *profile);

#endif
