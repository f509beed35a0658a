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
	if (is_create || !body || (kind != JOB_TICKETS_SAVE && kind != JOB_TICKET_OBJECT))
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

bool app_write_check_start(struct app *a, const struct app_write_check *check)
{
	ticket_id_t id = app_write_checks_by_id(check->kind, check->record_id)
				 ? (ticket_id_t)check->record_id
				 : readback_ticket_of(check->body);
	if (!a->worker || id <= 0)
		return false;
	unsigned generation = generations_next(&a->gens, GENERATION_WRITE);
	if (!worker_submit(a->worker, api_ticket_get(id, NULL, generation)))
		return false;
	if (!a->write_checks)
		a->write_checks = xcalloc(1, sizeof(*a->write_checks));
	struct app_write_checks *w = a->write_checks;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 4;
		w->items = xreallocarray(w->items, w->cap, sizeof(*w->items));
	}
	w->items[w->n++] = (struct check_out){ generation, id, *check };
	char line[640];
	snprintf(line, sizeof(line), "%s: no answer came, reading the ticket again", check->what);
	statusbar_set_message(&a->status, line);
	return true;
}

/* Takes the check whose read is GENERATION out into *OUT; false when none. */
static bool take_check(struct app *a, unsigned generation, struct check_out *out)
{
	struct app_write_checks *w = a->write_checks;
	for (size_t i = 0; w && i < w->n; i++) {
		if (w->items[i].generation == generation) {
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

/* A delete read again: no ticket, done; the ticket there, failed; else still unknown. */
static void settle_delete(struct app *a, struct check_out *out, const struct job_result *r)
{
	struct app_write_check *c = &out->check;
	enum readback_verdict v = readback_deleted(r->status, out->ticket_id, r->body, r->body_len);
	struct strbuf line;
	strbuf_init(&line);
	if (v == READBACK_DONE) {
		worker_outbox_settle_read_back(a->worker, c->outbox_id, true, STATUS_OK, NULL);
		strbuf_appendf(&line,
			       "#%d deleted (its answer was lost; the ticket was read again)",
			       out->ticket_id);
		app_writes_read_back(a, c->write_id, NULL, line.data);
	} else if (v == READBACK_NOT_DONE) {
		worker_outbox_settle_read_back(
			a->worker, c->outbox_id, false, c->status,
			"the answer was lost and the ticket read again is still there");
		strbuf_appendf(&line,
			       "%s failed, kept in the outbox: the ticket read again is still "
			       "there (the answer was lost: %s)",
			       c->what, c->words);
		app_writes_not_done(a, c->write_id, c->outbox_id, line.data);
	} else {
		char *why = api_error_describe(&r->error);
		strbuf_appendf(&line, "%s (the ticket could not be read again: %s)", c->words,
			       why && r->status != STATUS_OK ? why : "its answer is not a ticket");
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
	if (r->kind != JOB_TICKET_GET || !take_check(a, r->generation, &out))
		return false;
	struct app_write_check *c = &out.check;
	if (c->kind == JOB_TICKET_DELETE) {
		settle_delete(a, &out, r);
		return true;
	}
	char field[64] = "";
	enum readback_verdict v = READBACK_UNSURE;
	if (r->status == STATUS_OK && r->data.ticket)
		v = readback_compare(c->body, out.ticket_id, r->body, r->body_len, field,
				     sizeof(field));
	struct strbuf line;
	strbuf_init(&line);
	if (v == READBACK_DONE) {
		worker_outbox_settle_read_back(a->worker, c->outbox_id, true, STATUS_OK, NULL);
		strbuf_appendf(&line, "%s done (its answer was lost; the ticket was read again)",
			       c->what);
		app_writes_read_back(a, c->write_id, r->data.ticket, line.data);
	} else if (v == READBACK_NOT_DONE) {
		strbuf_appendf(&line,
			       "the answer was lost and the ticket read again has another %s",
			       field);
		worker_outbox_settle_read_back(a->worker, c->outbox_id, false, c->status,
					       line.data);
		strbuf_reset(&line);
		strbuf_appendf(
			&line,
			"%s failed, kept in the outbox: the ticket read again has another %s "
			"(the answer was lost: %s)",
			c->what, field, c->words);
		app_writes_not_done(a, c->write_id, c->outbox_id, line.data);
	} else {
		char *why = r->status == STATUS_OK ? NULL : api_error_describe(&r->error);
		strbuf_appendf(&line, "%s (the ticket read again %s%s)", c->words,
			       why ? "could not be read: " : "does not show ", why ? why : field);
		free(why);
		app_writes_unknown(a, c->write_id, c->outbox_id, c->what, line.data);
	}
	strbuf_fini(&line);
	run_done(a, c, v == READBACK_DONE);
	check_fini(c);
	app_outbox_refresh(a);
	return true;
}
