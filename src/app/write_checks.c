/* Writes whose answer was lost: their ticket read again, compared, and the change settled. */
#include "config.h"

#include "app/write_checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/outbox_commands.h"
#include "model/readback.h"
#include "model/ticket.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* A check out: its write, and the key its read comes back with. */
struct check_out {
	unsigned generation;
	enum job_kind read; /* what its read is: the ticket, its to-dos, its approval step */
	ticket_id_t ticket_id;
	struct app_write_check check;
};

struct app_write_checks {
	struct check_out *items;
	size_t n, cap;
};

static void check_fini(struct app_write_check *c)
{
	free(c->what);
	free(c->body);
	free(c->words);
}

void app_write_checks_fini(struct app *a)
{
	if (!a || !a->write_checks)
		return;
	for (size_t i = 0; i < a->write_checks->n; i++)
		check_fini(&a->write_checks->items[i].check);
	free(a->write_checks->items);
	free(a->write_checks);
	a->write_checks = NULL;
}

char *app_write_checks_body(enum job_kind kind, bool is_create, const char *body)
{
	if (is_create || !body)
		return NULL;
	if (kind == JOB_TODOS_SAVE)
		return readback_todo_of(body) > 0 ? xstrdup(body) : NULL;
	if (kind == JOB_APPROVALS_SAVE)
		return readback_approval_of(body) > 0 ? xstrdup(body) : NULL;
	if (kind != JOB_TICKETS_SAVE && kind != JOB_TICKET_OBJECT)
		return NULL;
	return readback_ticket_of(body) > 0 ? xstrdup(body) : NULL;
}

bool app_write_checks_by_id(enum job_kind kind, long record_id)
{
	return kind == JOB_TICKET_DELETE && record_id > 0 && record_id <= 2147483647L;
}

char *app_write_checks_outbox_body(struct app *a, uint64_t outbox_id)
{
	struct outbox_entry *e = NULL;
	size_t n = a->worker ? worker_outbox_pending(a->worker, &e) : 0;
	char *body = NULL;
	for (size_t i = 0; i < n && !body; i++)
		if (e[i].id == outbox_id)
			body = app_write_checks_body(e[i].kind, e[i].is_create, e[i].body);
	outbox_entries_free(e, n);
	return body;
}

/* The read that tells whether CHECK's write was done: its ticket (a field change, a
 * delete), its ticket's to-dos (a tick) or its approval step (a decision); NULL when none
 * can. *ID gets the ticket. */
static struct job *read_of(const struct app_write_check *check, unsigned generation,
			   ticket_id_t *id)
{
	if (app_write_checks_by_id(check->kind, check->record_id)) {
		*id = (ticket_id_t)check->record_id;
		return api_ticket_get(*id, NULL, generation);
	}
	if (check->kind == JOB_TODOS_SAVE) {
		*id = readback_todo_of(check->body);
		return *id > 0 ? api_todos_list(*id, generation) : NULL;
	}
	if (check->kind == JOB_APPROVALS_SAVE) {
		*id = readback_approval_of(check->body);
		return *id > 0 ? api_approval_get(*id, generation) : NULL;
	}
	*id = readback_ticket_of(check->body);
	return *id > 0 ? api_ticket_get(*id, NULL, generation) : NULL;
}

/* What a write of KIND is checked by reading again: its ticket, its to-dos, its step. */
static const char *read_noun(enum job_kind kind)
{
	return kind == JOB_TODOS_SAVE	    ? "the to-dos"
	       : kind == JOB_APPROVALS_SAVE ? "the approval step"
					    : "the ticket";
}

bool app_write_check_start(struct app *a, const struct app_write_check *check)
{
	ticket_id_t id = 0;
	unsigned generation = generations_next(&a->gens, GENERATION_WRITE);
	struct job *read = a->worker ? read_of(check, generation, &id) : NULL;
	if (!read)
		return false;
	enum job_kind read_kind = read->kind;
	if (!worker_submit(a->worker, read))
		return false;
	if (!a->write_checks)
		a->write_checks = xcalloc(1, sizeof(*a->write_checks));
	struct app_write_checks *w = a->write_checks;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 4;
		w->items = xreallocarray(w->items, w->cap, sizeof(*w->items));
	}
	w->items[w->n++] = (struct check_out){ generation, read_kind, id, *check };
	char line[640];
	snprintf(line, sizeof(line), "%s: no answer came, reading %s again", check->what,
		 read_noun(check->kind));
	statusbar_set_message(&a->status, line);
	return true;
}

/* Takes the check whose read is R out into *OUT; false when none. */
static bool take_check(struct app *a, const struct job_result *r, struct check_out *out)
{
	struct app_write_checks *w = a->write_checks;
	for (size_t i = 0; w && i < w->n; i++) {
		if (w->items[i].generation == r->generation && w->items[i].read == r->kind) {
			*out = w->items[i];
			w->items[i] = w->items[--w->n];
			return true;
		}
	}
	return false;
}

/* The write's own callback learns the end: a result of its kind, done or failed. */
static void run_done(struct app *a, const struct app_write_check *c, bool is_done)
{
	if (!c->done)
		return;
	struct job_result r = { .kind = c->kind,
				.record_id = c->record_id,
				.outbox_id = c->outbox_id };
	api_error_init(&r.error);
	r.status = is_done ? STATUS_OK : c->status;
	if (!is_done)
		api_error_set(&r.error, c->status, 0, NULL, c->words);
	c->done(a, &r, c->ctx);
	api_error_fini(&r.error);
}

/* What a write read again (R) shows, by the verdict V: done, failed (DIFFERS says how the
 * record read differs) or still unknown (SHOWN is what it does not show). */
static void settle(struct app *a, struct check_out *out, const struct job_result *r,
		   enum readback_verdict v, const char *differs, const char *shown)
{
	struct app_write_check *c = &out->check;
	const char *read = read_noun(c->kind);
	bool is_update = c->kind != JOB_TICKET_DELETE && c->kind != JOB_TODOS_SAVE &&
			 c->kind != JOB_APPROVALS_SAVE;
	struct strbuf line;
	strbuf_init(&line);
	if (v == READBACK_DONE) {
		worker_outbox_settle_read_back(a->worker, c->outbox_id, true, STATUS_OK, NULL);
		if (c->kind == JOB_TICKET_DELETE)
			strbuf_appendf(&line, "#%d deleted", out->ticket_id);
		else
			strbuf_appendf(&line, "%s%s done", c->what, is_update ? "" : ":");
		strbuf_appendf(&line, " (its answer was lost; %s %s read again)", read,
			       c->kind == JOB_TODOS_SAVE ? "were" : "was");
		/* An update's ticket read again is what shows now. */
		app_writes_read_back(a, c->write_id, is_update ? r->data.ticket : NULL, line.data);
	} else if (v == READBACK_NOT_DONE) {
		strbuf_appendf(&line, "the answer was lost and %s read again %s", read, differs);
		worker_outbox_settle_read_back(a->worker, c->outbox_id, false, c->status,
					       line.data);
		strbuf_reset(&line);
		strbuf_appendf(&line,
			       "%s failed, kept in the outbox: %s read again %s (the answer was "
			       "lost: %s)",
			       c->what, read, differs, c->words);
		app_writes_not_done(a, c->write_id, c->outbox_id, line.data);
	} else {
		char *why = r->status == STATUS_OK ? NULL : api_error_describe(&r->error);
		strbuf_appendf(&line, "%s (%s %s%s)", c->words, read,
			       why ? "could not be read again: " : "read again does not show ",
			       why ? why : shown);
		free(why);
		app_writes_unknown(a, c->write_id, c->outbox_id, c->what, line.data);
	}
	strbuf_fini(&line);
	run_done(a, c, v == READBACK_DONE);
	check_fini(c);
	app_outbox_refresh(a);
}

bool app_write_check_result(struct app *a, const struct job_result *r)
{
	struct check_out out;
	if (!take_check(a, r, &out))
		return false;
	const struct app_write_check *c = &out.check;
	bool is_read = r->status == STATUS_OK;
	enum readback_verdict v = READBACK_UNSURE;
	char differs[96] = "", shown[64] = "it";
	if (c->kind == JOB_TICKET_DELETE) {
		v = readback_deleted(r->status, out.ticket_id, r->body, r->body_len);
		snprintf(differs, sizeof(differs), "is still there");
	} else if (c->kind == JOB_TODOS_SAVE) {
		if (is_read)
			v = readback_todo_compare(c->body, r->body, r->body_len);
		snprintf(differs, sizeof(differs), "have the other tick");
	} else if (c->kind == JOB_APPROVALS_SAVE) {
		if (is_read)
			v = readback_approval_compare(c->body, r->body, r->body_len);
		snprintf(differs, sizeof(differs), "has another result");
	} else if (is_read && r->data.ticket) {
		char field[64] = "";
		v = readback_compare(c->body, out.ticket_id, r->body, r->body_len, field,
				     sizeof(field));
		snprintf(differs, sizeof(differs), "has another %s", field);
		if (*field)
			snprintf(shown, sizeof(shown), "%s", field);
	}
	settle(a, &out, r, v, differs, shown);
	return true;
}
