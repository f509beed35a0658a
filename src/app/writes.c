/* The write path: refuse, journal and send, show at once, then settle on the server's answer. */
#include "config.h"

#include "app/writes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "app/views.h"
#include "app/write_checks.h"
#include "model/ticket_json.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* What runs when a write's answer comes, and how the status bar names it. */
struct write_hook {
	unsigned write_id;
	char *what; /* owned */
	app_write_done_fn *done;
	void *ctx;
	char *body; /* owned: a ticket update's body, to check it if its answer is lost */
};

struct app_writes {
	struct write_hook *hooks;
	size_t n, cap;
	struct app_writes_counts counts;
	app_write_done_fn *then_done; /* for the next write (app_writes_then) */
	void *then_ctx;
};

static struct app_writes *writes_of(struct app *a)
{
	if (!a->writes)
		a->writes = xcalloc(1, sizeof(*a->writes));
	return a->writes;
}

void app_writes_fini(struct app *a)
{
	if (!a || !a->writes)
		return;
	for (size_t i = 0; i < a->writes->n; i++) {
		free(a->writes->hooks[i].what);
		free(a->writes->hooks[i].body);
	}
	free(a->writes->hooks);
	free(a->writes);
	a->writes = NULL;
}

struct app_writes_counts app_writes_counts(const struct app *a)
{
	struct app_writes_counts none = { 0, 0 };
	return a->writes ? a->writes->counts : none;
}

/* Takes the hook of WRITE_ID out into *OUT (the caller frees its what); false when none. */
static bool take_hook(struct app *a, unsigned write_id, struct write_hook *out)
{
	struct app_writes *w = a->writes;
	for (size_t i = 0; w && i < w->n; i++) {
		if (w->hooks[i].write_id == write_id) {
			*out = w->hooks[i];
			memmove(&w->hooks[i], &w->hooks[i + 1], (w->n - i - 1) * sizeof(*w->hooks));
			w->n--;
			return true;
		}
	}
	return false;
}

void app_writes_then(struct app *a, app_write_done_fn *done, void *ctx)
{
	struct app_writes *w = writes_of(a);
	w->then_done = done;
	w->then_ctx = ctx;
}

static void add_hook(struct app *a, unsigned write_id, const struct app_write_opts *opts,
		     const char *body)
{
	struct app_writes *w = writes_of(a);
	struct app_write_opts then = *opts;
	const struct app_write_opts *o = opts;
	if (!opts->done && w->then_done) {
		then.done = w->then_done;
		then.ctx = w->then_ctx;
		o = &then;
	}
	w->then_done = NULL;
	w->then_ctx = NULL;
	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 8;
		w->hooks = xreallocarray(w->hooks, w->cap, sizeof(*w->hooks));
	}
	w->hooks[w->n++] = (struct write_hook){ write_id, xstrdup(o->what ? o->what : "change"),
						o->done, o->ctx, body ? xstrdup(body) : NULL };
}

/* The row of TICKET_ID in the list and in the open ticket (either may be NULL). */
static void rows_of(struct app *a, ticket_id_t id, struct ticket_row **listed,
		    struct ticket_row **open)
{
	*listed = ticket_list_find_row(a->data.list, id);
	*open = a->data.ticket && a->data.ticket->row.id == id ? &a->data.ticket->row : NULL;
}

static void set_both(struct app *a, ticket_id_t id, const struct pending_field *f,
		     const struct pending_value *v)
{
	struct ticket_row *listed, *open;
	rows_of(a, id, &listed, &open);
	if (listed)
		pending_row_set(listed, f->field, v);
	if (open) {
		pending_row_set(open, f->field, v);
		if (f->field == TICKET_FIELD_TICKETTYPE_ID)
			a->data.ticket->tickettype_name = "";
	}
}

/* Tells the panes the rows changed (they draw again) and the bar how many writes stand. */
static void writes_changed(struct app *a)
{
	const struct pending_list *p = &a->data.pending;
	statusbar_set_writes(&a->status, (int)pending_count_out(p), (int)pending_count_failed(p));
	struct view_update u = { .kind = WANT_NOTHING };
	app_notify_views(a, &u);
}

void app_writes_overlay(struct app *a)
{
	const struct pending_list *p = &a->data.pending;
	for (size_t i = 0; i < p->count; i++) {
		const struct pending_change *c = &p->items[i];
		for (size_t f = 0; !c->is_failed && f < c->n_fields; f++)
			set_both(a, c->ticket_id, &c->fields[f], &c->fields[f].new);
	}
}

/* Puts the old values of C back, then lays what is still out on top again. */
static void roll_back(struct app *a, const struct pending_change *c)
{
	for (size_t f = c->n_fields; f-- > 0;)
		set_both(a, c->ticket_id, &c->fields[f], &c->fields[f].old);
	struct ticket_row *listed, *open;
	rows_of(a, c->ticket_id, &listed, &open);
	if (listed)
		pending_apply_row(&a->data.pending, listed);
	if (open)
		pending_apply_row(&a->data.pending, open);
}

static bool refused(struct app *a, char *err, size_t errlen)
{
	if (!a->worker) {
		snprintf(err, errlen, "not connected: nothing was sent");
		return true;
	}
	if (worker_is_read_only(a->worker)) {
		snprintf(err, errlen, "%s", status_message(STATUS_READ_ONLY));
		return true;
	}
	return false;
}

bool app_write_job(struct app *a, struct job *job, const struct app_write_opts *o, char *err,
		   size_t errlen)
{
	if (!job) {
		snprintf(err, errlen, "the change could not be written out");
		return false;
	}
	if (refused(a, err, errlen) || o->n_fields > PENDING_MAX_FIELDS) {
		if (o->n_fields > PENDING_MAX_FIELDS)
			snprintf(err, errlen, "too many fields in one change");
		job_free(job);
		return false;
	}
	job->generation = generations_next(&a->gens, GENERATION_WRITE);
	unsigned write_id = job->generation;
	uint64_t outbox_id = 0;
	char *body = app_write_checks_body(job->kind, job->is_create, job->body);
	if (!worker_submit_write(a->worker, job, &outbox_id)) {
		free(body);
		snprintf(err, errlen, "the connection is closing: nothing was sent");
		return false;
	}
	struct pending_change c = { .write_id = write_id,
				    .outbox_id = outbox_id,
				    .kind = o->kind,
				    .ticket_id = o->ticket_id,
				    .n_fields = o->n_fields };
	if (o->n_fields)
		memcpy(c.fields, o->fields, o->n_fields * sizeof(c.fields[0]));
	pending_add(&a->data.pending, &c);
	add_hook(a, write_id, o, body);
	free(body);
	writes_of(a)->counts.writes++;
	for (size_t f = 0; f < c.n_fields; f++)
		set_both(a, c.ticket_id, &c.fields[f], &c.fields[f].new);
	if (o->what)
		statusbar_set_message(&a->status, o->what);
	writes_changed(a);
	return true;
}

/* The row the change starts from: the open ticket's, else the list's; NULL when neither. */
static const struct ticket_row *current_row(struct app *a, ticket_id_t id)
{
	struct ticket_row *listed, *open;
	rows_of(a, id, &listed, &open);
	return open ? open : listed;
}

/* The fields of CHANGE that a row shows, with their old values from the row: what shows at
 * once, comes back on failure and is reverted by undo. */
static size_t fields_of(struct app *a, const struct ticket_update *change,
			struct pending_field *fields)
{
	const struct ticket_row *cur = current_row(a, change->id);
	size_t n = 0;
	for (int f = 0; f < TICKET_FIELD_COUNT && n < PENDING_MAX_FIELDS; f++) {
		struct pending_field *pf = &fields[n];
		pf->field = (enum ticket_field)f;
		if (!cur || !pending_row_value(cur, pf->field, &pf->old))
			continue;
		if (pf->old.s && *pf->old.s)
			pf->old.s = pending_keep(&a->data.pending, pf->old.s);
		if (pending_value_from_update(&a->data.pending, change, pf->field, &pf->new))
			n++;
	}
	return n;
}

void app_writes_describe_update(struct app *a, const struct ticket_update *change, char *buf,
				size_t size)
{
	struct pending_field fields[PENDING_MAX_FIELDS];
	size_t n = fields_of(a, change, fields);
	app_writes_describe(a, fields, n, false, buf, size);
}

/* Whether OLD and NEW hold the same value of FIELD. */
static bool same_value(enum ticket_field field, const struct pending_value *old,
		       const struct pending_value *new)
{
	switch (ticket_field_type(field)) {
	case FIELD_TYPE_STRING:
		return strcmp(old->s ? old->s : "", new->s ? new->s : "") == 0;
	case FIELD_TYPE_BOOL:
		return old->b == new->b;
	case FIELD_TYPE_TIME:
		return old->t == new->t;
	default:
		return old->i == new->i;
	}
}

bool app_writes_update_is_noop(struct app *a, const struct ticket_update *change)
{
	if (change->n_customfields)
		return false;
	struct pending_field fields[PENDING_MAX_FIELDS];
	size_t n = fields_of(a, change, fields);
	size_t n_set = 0;
	for (int f = 0; f < TICKET_FIELD_COUNT; f++)
		n_set += ticket_update_is_set(change, (enum ticket_field)f);
	if (n == 0 || n != n_set) /* a field the row does not show: it may differ */
		return false;
	for (size_t i = 0; i < n; i++)
		if (!same_value(fields[i].field, &fields[i].old, &fields[i].new))
			return false;
	return true;
}

bool app_write_ticket(struct app *a, const struct ticket_update *change, char *err, size_t errlen)
{
	if (change->id <= 0) {
		snprintf(err, errlen, "no ticket selected");
		return false;
	}
	if (ticket_update_is_empty(change)) {
		snprintf(err, errlen, "nothing to change");
		return false;
	}
	if (refused(a, err, errlen))
		return false;
	struct pending_field fields[PENDING_MAX_FIELDS];
	size_t n = fields_of(a, change, fields);
	char what[512], desc[400];
	app_writes_describe(a, fields, n, false, desc, sizeof(desc));
	snprintf(what, sizeof(what), "#%d %s", change->id, n ? desc : "changed");
	struct app_write_opts o = { .kind = PENDING_FIELDS,
				    .ticket_id = change->id,
				    .what = what,
				    .fields = fields,
				    .n_fields = n };
	return app_write_job(a, api_tickets_save(change, 1, false, 0), &o, err, errlen);
}

bool app_write_action(struct app *a, const struct action_create *note, char *err, size_t errlen)
{
	if (note->ticket_id <= 0) {
		snprintf(err, errlen, "no ticket selected");
		return false;
	}
	if (refused(a, err, errlen))
		return false;
	struct pending_field fields[1];
	size_t n = 0;
	const struct ticket_row *cur = current_row(a, note->ticket_id);
	if (note->new_status > 0 && cur) {
		fields[0].field = TICKET_FIELD_STATUS_ID;
		pending_row_value(cur, TICKET_FIELD_STATUS_ID, &fields[0].old);
		memset(&fields[0].new, 0, sizeof(fields[0].new));
		fields[0].new.s = "";
		fields[0].new.i = note->new_status;
		n = 1;
	}
	char what[512], desc[400] = "";
	if (n)
		app_writes_describe(a, fields, n, false, desc, sizeof(desc));
	snprintf(what, sizeof(what), "#%d note%s%s", note->ticket_id, n ? ", " : "", desc);
	struct app_write_opts o = { .kind = PENDING_ACTION,
				    .ticket_id = note->ticket_id,
				    .what = what,
				    .fields = fields,
				    .n_fields = n };
	return app_write_job(a, api_actions_save(note, 1, 0), &o, err, errlen);
}

bool app_write_approval(struct app *a, const struct approval_decision *decision,
			app_write_done_fn *done, void *ctx, char *err, size_t errlen)
{
	char what[128];
	snprintf(what, sizeof(what), "#%d approval %d %s", decision->ticket_id, decision->seq,
		 decision->result == APPROVAL_REJECTED ? "rejected" : "approved");
	struct app_write_opts o = { .kind = PENDING_APPROVAL,
				    .ticket_id = decision->ticket_id,
				    .what = what,
				    .done = done,
				    .ctx = ctx };
	return app_write_job(a, api_approvals_save(decision, 1, 0), &o, err, errlen);
}

bool app_write_todo(struct app *a, const struct todo_update *todo, app_write_done_fn *done,
		    void *ctx, char *err, size_t errlen)
{
	char what[128];
	snprintf(what, sizeof(what), "#%d to-do %s", todo->ticket_id,
		 todo->id > 0 ? "changed" : "added");
	struct app_write_opts o = { .kind = PENDING_TODO,
				    .ticket_id = todo->ticket_id,
				    .what = what,
				    .done = done,
				    .ctx = ctx };
	return app_write_job(a, api_todos_save(todo, 1, 0), &o, err, errlen);
}

/* A read to show a write's result, counted. */
static void read_back(struct app *a, enum want_kind kind, ticket_id_t id)
{
	struct view_want w = { .kind = kind, .ticket_id = id };
	writes_of(a)->counts.reads++;
	app_session_want(a, &w);
}

/* The server's record of C's ticket replaces what shows; without one in the answer, the
 * open ticket is read back. */
static void settle_ticket(struct app *a, const struct pending_change *c, struct job_result *r)
{
	const struct ticket_post_result *pr = r->data.tickets;
	const struct ticket *t = NULL;
	for (size_t i = 0; pr && i < pr->count; i++)
		if (pr->tickets[i] && pr->tickets[i]->row.id == c->ticket_id)
			t = pr->tickets[i];
	struct ticket_row *listed, *open;
	rows_of(a, c->ticket_id, &listed, &open);
	if (!t) {
		if (open)
			read_back(a, WANT_TICKET, c->ticket_id);
		return;
	}
	if (listed)
		pending_copy_row(&a->data.pending, listed, &t->row);
	if (open) {
		pending_copy_row(&a->data.pending, open, &t->row);
		if (t->tickettype_name && *t->tickettype_name)
			a->data.ticket->tickettype_name =
				pending_keep(&a->data.pending, t->tickettype_name);
	}
}

/* What the answer to C brings to the panes on success. */
static void settle(struct app *a, const struct pending_change *c, struct job_result *r)
{
	bool is_open = a->data.ticket_id == c->ticket_id;
	switch (c->kind) {
	case PENDING_FIELDS:
		settle_ticket(a, c, r);
		break;
	case PENDING_ACTION:
		/* The row keeps the new status it shows; the history gains the note. */
		if (is_open && a->data.actions_state.is_loaded)
			read_back(a, WANT_ACTIONS, c->ticket_id);
		break;
	case PENDING_APPROVAL:
		if (is_open && a->data.approvals_state.is_loaded)
			read_back(a, WANT_APPROVALS, c->ticket_id);
		break;
	case PENDING_TODO:
		if (is_open && a->data.todos_state.is_loaded)
			read_back(a, WANT_TODOS, c->ticket_id);
		break;
	default:
		break;
	}
	app_views_own(a, c->ticket_id);
	pending_remove(&a->data.pending, c->write_id);
	struct ticket_row *listed, *open;
	rows_of(a, c->ticket_id, &listed, &open);
	if (listed)
		pending_apply_row(&a->data.pending, listed);
	if (open)
		pending_apply_row(&a->data.pending, open);
}

/* The old values come back; the write stays in the outbox (when it was journalled) and the
 * bar says so, in the server's words. */
static void fail(struct app *a, struct pending_change *c, const struct job_result *r,
		 const char *what, const char *error)
{
	struct strbuf sb;
	strbuf_init(&sb);
	bool is_kept = r->outbox_id != 0;
	/* Refused before sending (the journal could not be written), or sent without an outbox
	 * (--demo): then nothing keeps it. */
	bool is_unsent = r->status == STATUS_IO || r->status == STATUS_READ_ONLY;
	strbuf_appendf(&sb, "%s %s: %s", what,
		       is_kept	   ? "failed, kept in the outbox"
		       : is_unsent ? "not sent"
				   : "failed",
		       error ? error : status_message(r->status));
	unsigned write_id = c->write_id;
	pending_fail(&a->data.pending, write_id);
	c = pending_find(&a->data.pending, write_id);
	if (c && r->outbox_id)
		c->outbox_id = r->outbox_id;
	if (c)
		roll_back(a, c);
	if (!is_kept)
		pending_remove(&a->data.pending, write_id);
	statusbar_set_error(&a->status, sb.data);
	strbuf_fini(&sb);
}

/* The server's words for a failed write: the route is left out (WHAT names the change). */
static char *failure_words(const struct job_result *r)
{
	struct api_error e = r->error;
	e.route = NULL;
	return api_error_describe(&e);
}

bool app_writes_result(struct app *a, struct job_result *r, const char *error)
{
	if (!(job_kind_flags(r->kind) & JF_WRITE))
		return false;
	struct pending_change *c = pending_find(&a->data.pending, r->generation);
	struct write_hook hook;
	if (!c || !take_hook(a, r->generation, &hook))
		return false;
	if (r->status == STATUS_OK) {
		statusbar_server_answered(&a->status);
		settle(a, c, r);
	} else if (r->is_outcome_unknown && !r->is_create && r->outbox_id) {
		char *words = failure_words(r);
		struct app_write_check check = { .write_id = hook.write_id,
						 .outbox_id = r->outbox_id,
						 .what = hook.what,
						 .body = hook.body,
						 .kind = r->kind,
						 .record_id = r->record_id,
						 .words = words ? words
								: xstrdup(error ? error : ""),
						 .status = r->status,
						 .done = hook.done,
						 .ctx = hook.ctx };
		c->outbox_id = r->outbox_id;
		/* The check owns the hook now: it runs DONE when it knows. */
		if (app_write_check_start(a, &check)) {
			writes_changed(a);
			return true;
		}
		app_writes_unknown(a, hook.write_id, r->outbox_id, hook.what, check.words);
		free(check.words);
	} else {
		char *words = failure_words(r);
		fail(a, c, r, hook.what, words ? words : error);
		free(words);
	}
	if (hook.done)
		hook.done(a, r, hook.ctx);
	free(hook.what);
	free(hook.body);
	writes_changed(a);
	return true;
}

void app_writes_unknown(struct app *a, unsigned write_id, uint64_t outbox_id, const char *what,
			const char *words)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb,
		       "%s: no answer, it may have been done; kept in the outbox, where resending "
		       "it is safe: %s",
		       what, words && *words ? words : "the answer was lost");
	pending_fail(&a->data.pending, write_id);
	struct pending_change *c = pending_find(&a->data.pending, write_id);
	if (c)
		c->outbox_id = outbox_id;
	statusbar_set_error(&a->status, sb.data);
	strbuf_fini(&sb);
	writes_changed(a);
}

void app_writes_read_back(struct app *a, unsigned write_id, struct ticket *t, const char *message)
{
	struct pending_change *c = pending_find(&a->data.pending, write_id);
	if (c) {
		struct ticket_post_result one = { .tickets = &t, .count = 1 };
		struct job_result r = { .data.tickets = &one };
		settle(a, c, &r);
	}
	statusbar_set_message(&a->status, message);
	writes_changed(a);
}

void app_writes_not_done(struct app *a, unsigned write_id, uint64_t outbox_id, const char *message)
{
	struct pending_change *c = pending_find(&a->data.pending, write_id);
	if (c) {
		pending_fail(&a->data.pending, write_id);
		c = pending_find(&a->data.pending, write_id);
	}
	if (c) {
		c->outbox_id = outbox_id;
		roll_back(a, c);
	}
	statusbar_set_error(&a->status, message);
	writes_changed(a);
}

bool app_write_resend(struct app *a, uint64_t outbox_id, bool confirmed, app_write_done_fn *done,
		      void *ctx, char *err, size_t errlen)
{
	if (refused(a, err, errlen))
		return false;
	unsigned write_id = generations_next(&a->gens, GENERATION_WRITE);
	if (!worker_outbox_resend(a->worker, outbox_id, confirmed, write_id)) {
		snprintf(err, errlen,
			 "write %llu cannot be sent again now: it is not in the outbox, it is on "
			 "its "
			 "way, or it may have been done already (confirm first)",
			 (unsigned long long)outbox_id);
		return false;
	}
	struct pending_list *p = &a->data.pending;
	struct pending_change *c = NULL;
	for (size_t i = 0; i < p->count && !c; i++)
		if (p->items[i].outbox_id == outbox_id)
			c = &p->items[i];
	char what[512];
	if (c) {
		c->write_id = write_id;
		c->is_failed = false;
		for (size_t f = 0; f < c->n_fields; f++)
			set_both(a, c->ticket_id, &c->fields[f], &c->fields[f].new);
		char desc[400];
		app_writes_describe(a, c->fields, c->n_fields, false, desc, sizeof(desc));
		snprintf(what, sizeof(what), "#%d %s", c->ticket_id, c->n_fields ? desc : "change");
	} else {
		struct pending_change fresh = { .write_id = write_id,
						.outbox_id = outbox_id,
						.kind = PENDING_OTHER };
		pending_add(p, &fresh);
		snprintf(what, sizeof(what), "write %llu", (unsigned long long)outbox_id);
	}
	struct app_write_opts o = { .what = what, .done = done, .ctx = ctx };
	char *body = app_write_checks_outbox_body(a, outbox_id);
	add_hook(a, write_id, &o, body);
	free(body);
	writes_of(a)->counts.writes++;
	statusbar_set_message(&a->status, what);
	writes_changed(a);
	return true;
}

void app_writes_forget_outbox(struct app *a, uint64_t outbox_id)
{
	if (pending_remove_outbox(&a->data.pending, outbox_id))
		writes_changed(a);
}

/* How the bar names a field and its value: lookups give names to ids. */
static const char *field_label(enum ticket_field field)
{
	switch (field) {
	case TICKET_FIELD_STATUS_ID:
		return "status";
	case TICKET_FIELD_PRIORITY_ID:
		return "priority";
	case TICKET_FIELD_AGENT_ID:
		return "agent";
	case TICKET_FIELD_TICKETTYPE_ID:
		return "type";
	case TICKET_FIELD_ONHOLD:
		return "on hold";
	case TICKET_FIELD_DEADLINEDATE:
		return "deadline";
	default:
		return ticket_field_name(field);
	}
}

static void value_text(const struct app *a, enum ticket_field field, const struct pending_value *v,
		       char *buf, size_t size)
{
	const struct lookups *l = &a->data.lookups;
	const char *name = NULL;
	int id = (int)v->i;
	if (field == TICKET_FIELD_STATUS_ID)
		name = lookups_status_name(l, id);
	else if (field == TICKET_FIELD_PRIORITY_ID)
		name = lookups_priority_name(l, id, MODEL_UNSET);
	else if (field == TICKET_FIELD_AGENT_ID)
		name = id <= 1 ? "Unassigned" : lookups_agent_name(l, id);
	else if (field == TICKET_FIELD_TICKETTYPE_ID)
		name = lookups_tickettype_name(l, id);
	if (name && *name)
		snprintf(buf, size, "%s", name);
	else
		pending_value_text(v, field, buf, size);
}

void app_writes_describe(const struct app *a, const struct pending_field *fields, size_t n,
			 bool is_undo, char *buf, size_t size)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++) {
		const struct pending_field *f = &fields[i];
		char from[128], to[128];
		value_text(a, f->field, is_undo ? &f->new : &f->old, from, sizeof(from));
		value_text(a, f->field, is_undo ? &f->old : &f->new, to, sizeof(to));
		strbuf_appendf(&sb, "%s%s: %s \xE2\x86\x92 %s", i ? ", " : "",
			       field_label(f->field), from, to);
	}
	snprintf(buf, size, "%s", sb.len ? sb.data : "");
	strbuf_fini(&sb);
}

bool app_writes_last(struct app *a, const struct pending_change **change)
{
	*change = a->data.pending.has_last ? &a->data.pending.last : NULL;
	return *change != NULL;
}

bool app_writes_undo(struct app *a, char *err, size_t errlen)
{
	const struct pending_change *last;
	if (!app_writes_last(a, &last)) {
		snprintf(err, errlen, "nothing to undo: no field was changed in this session");
		return false;
	}
	struct ticket_update u;
	ticket_update_init(&u, last->ticket_id);
	for (size_t i = 0; i < last->n_fields; i++)
		pending_value_to_update(&last->fields[i].old, last->fields[i].field, &u);
	bool ok = app_write_ticket(a, &u, err, errlen);
	ticket_update_fini(&u);
	return ok;
}
