/* Votes, child processing and the billable project flag of the selected ticket. */
#include "config.h"

#include "app/ticket_routes.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "app/ticket_commands.h"
#include "app/writes.h"
#include "model/request_json.h"
#include "model/requests.h"
#include "net/api.h"
#include "text/safe_text.h"
#include "text/width.h"
#include "ui/doc_view.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

static bool send(struct app *a, struct job *job, ticket_id_t id, const char *what, char *err,
		 size_t errlen)
{
	struct app_write_opts o = { .kind = PENDING_OTHER, .ticket_id = id, .what = what };
	return app_write_job(a, job, &o, err, errlen);
}

static ticket_id_t selected(struct app *a, char *err, size_t errlen)
{
	ticket_id_t id = app_selected_ticket(a);
	if (!id)
		snprintf(err, errlen, "no ticket selected");
	return id;
}

bool app_vote(struct app *a, const char *how, const char *comment, char *err, size_t errlen)
{
	static const struct {
		const char *word, *said;
		int vote;
	} votes[] = { { "up", "voted useful", 1 },
		      { "down", "voted not useful", -1 },
		      { "none", "vote taken back", 0 } };
	size_t i = 0;
	while (i < sizeof(votes) / sizeof(votes[0]) && (!how || strcmp(how, votes[i].word)))
		i++;
	if (i == sizeof(votes) / sizeof(votes[0])) {
		snprintf(err, errlen, "usage: vote up|down|none [COMMENT]");
		return false;
	}
	ticket_id_t id = selected(a, err, errlen);
	if (!id)
		return false;
	struct ticket_vote v = { .ticket_id = id,
				 .vote = votes[i].vote,
				 .comment = comment && *comment ? comment : NULL };
	char what[64];
	snprintf(what, sizeof(what), "#%d: %s", id, votes[i].said);
	return send(a, api_tickets_vote(&v, 1, 0), id, what, err, errlen);
}

bool app_billable_project(struct app *a, const char *yes_no, char *err, size_t errlen)
{
	bool is_billable = yes_no && !strcmp(yes_no, "yes");
	if (!yes_no || (!is_billable && strcmp(yes_no, "no"))) {
		snprintf(err, errlen, "usage: billable-project yes|no");
		return false;
	}
	ticket_id_t id = selected(a, err, errlen);
	if (!id)
		return false;
	char what[64];
	snprintf(what, sizeof(what), "#%d: project %s", id,
		 is_billable ? "billable" : "not billable");
	return send(a, api_tickets_set_billable_project(&id, 1, is_billable, 0), id, what, err,
		    errlen);
}

/* What a question on a ticket (process children, delete, remove a closure confirmation) is
 * about; the question owns it. */
struct ticket_question {
	struct app *a;
	ticket_id_t id;
	int record_id; /* the closure confirmation to remove */
	char *reason;  /* owned: the delete's reason, or NULL */
};

static struct ticket_question *ticket_question_new(struct app *a, ticket_id_t id)
{
	struct ticket_question *q = xcalloc(1, sizeof(*q));
	q->a = a;
	q->id = id;
	return q;
}

static void ticket_question_free(void *ctx)
{
	struct ticket_question *q = ctx;
	free(q->reason);
	free(q);
}

static void process_now(void *ctx)
{
	struct ticket_question *asked = ctx;
	char err[256], what[64];
	ticket_id_t id = asked->id;
	snprintf(what, sizeof(what), "#%d: children processed", id);
	if (!send(asked->a, api_tickets_process_children(&id, 1, 0), id, what, err, sizeof(err)))
		statusbar_set_error(&asked->a->status, err);
}

bool app_process_children(struct app *a, char *err, size_t errlen)
{
	ticket_id_t id = selected(a, err, errlen);
	if (!id)
		return false;
	const struct ticket *t = a->data.ticket;
	bool is_open = t && t->row.id == id;
	const struct ticket_row *row = is_open ? &t->row : ticket_list_find_row(a->data.list, id);
	int count = is_open && t->n_child_ticket_ids ? (int)t->n_child_ticket_ids
		    : row			     ? row->child_count
						     : -1;
	if (count == 0) {
		snprintf(err, errlen, "ticket #%d has no child tickets", id);
		return false;
	}
	struct strbuf q;
	strbuf_init(&q);
	if (count < 0)
		strbuf_appendf(&q, "process the child tickets of #%d?", id);
	else
		strbuf_appendf(&q, "process the %d child %s of #%d", count,
			       plural(count, "ticket", "tickets"), id);
	for (size_t i = 0; is_open && i < t->n_child_ticket_ids && i < 8; i++)
		strbuf_appendf(&q, "%s#%d", i ? ", " : " (", t->child_ticket_ids[i]);
	if (is_open && t->n_child_ticket_ids > 8)
		strbuf_appendf(&q, ", %zu more", t->n_child_ticket_ids - 8);
	if (count >= 0)
		strbuf_appendf(&q, "%s?", is_open && t->n_child_ticket_ids ? ")" : "");
	confirm_ask_owned(&a->confirm, q.data, process_now, ticket_question_new(a, id),
			  ticket_question_free);
	strbuf_fini(&q);
	return true;
}

/* A deleted ticket leaves the screen: panes on it close, the list's rows load again. */
static void deleted(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status != STATUS_OK)
		return;
	while (a->depth > 1 && a->data.ticket_id == r->record_id &&
	       a->stack[a->depth - 1]->ops->kind != VIEW_LIST)
		app_pop_view(a);
	struct view *list = a->stack[0];
	app_react(a, list, view_handle(list, CMD_REFRESH));
}

static void delete_now(void *ctx)
{
	struct ticket_question *asked = ctx;
	char err[256], what[64];
	ticket_id_t id = asked->id;
	struct ticket_delete del = { .id = id, .reason = asked->reason };
	snprintf(what, sizeof(what), "#%d: deleting", id);
	struct app_write_opts o = {
		.kind = PENDING_OTHER, .ticket_id = id, .what = what, .done = deleted
	};
	if (!app_write_job(asked->a, api_ticket_delete(&del, 0), &o, err, sizeof(err)))
		statusbar_set_error(&asked->a->status, err);
}

bool app_delete_ticket(struct app *a, const char *reason, char *err, size_t errlen)
{
	ticket_id_t id = selected(a, err, errlen);
	if (!id)
		return false;
	char question[128], expected[16];
	snprintf(expected, sizeof(expected), "%d", id);
	snprintf(question, sizeof(question), "delete #%d? type %d and Enter (Esc keeps it):", id,
		 id);
	struct ticket_question *asked = ticket_question_new(a, id);
	asked->reason = reason && *reason ? xstrndup(reason, 511) : NULL;
	confirm_ask_typed(&a->confirm, question, expected, delete_now, asked, ticket_question_free);
	return true;
}

/* The ticket read again after it was sent whole: the server's record, not the console's. */
static void object_saved(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status != STATUS_OK)
		return;
	if (a->data.ticket_id) {
		struct view_want w = { .kind = WANT_TICKET, .ticket_id = a->data.ticket_id };
		app_session_want(a, &w);
	}
	struct view *list = a->stack[0];
	app_react(a, list, view_handle(list, CMD_REFRESH));
}

bool app_save_object(struct app *a, const struct ticket_update *u, char *err, size_t errlen)
{
	char what[64];
	snprintf(what, sizeof(what), "#%d: sent whole", u->id);
	struct app_write_opts o = {
		.kind = PENDING_OTHER, .ticket_id = u->id, .what = what, .done = object_saved
	};
	return app_write_job(a, api_ticket_object(u, 0), &o, err, errlen);
}

void app_open_record(struct app *a, enum raw_record record, ticket_id_t ticket_id, int record_id)
{
	struct raw_answer *raw = &a->data.raw;
	raw_answer_clear(raw);
	raw->record = record;
	raw->record_id = record_id;
	raw->ticket_id = ticket_id;
	app_open_view(a, VIEW_RAW, ticket_id);
}

bool app_closure_open(struct app *a)
{
	struct view *v = app_focused_view(a);
	if (!v || v->ops->kind != VIEW_CLOSURES)
		return false;
	view_recalc(v);
	long i = doc_view_selected_entry(v);
	const struct closure_list *l = &a->data.closures;
	if (i < 0 || (size_t)i >= l->count)
		return false;
	const struct closure *c = &l->items[i];
	app_open_record(a, RAW_RECORD_CLOSURE, c->ticket_id > 0 ? c->ticket_id : a->data.ticket_id,
			c->id);
	return true;
}

/* The ticket's closure confirmations again, when they are the ones shown. */
static void closures_changed(struct app *a, const struct job_result *r, void *ctx)
{
	ticket_id_t id = (ticket_id_t)(intptr_t)ctx; /* the ticket the write was made on */
	if (r->status != STATUS_OK || a->data.ticket_id != id)
		return;
	struct view_want w = { .kind = WANT_CLOSURES, .ticket_id = id };
	app_session_want(a, &w);
}

bool app_closure_add(struct app *a, const char *comment, char *err, size_t errlen)
{
	ticket_id_t id = selected(a, err, errlen);
	if (!id)
		return false;
	char *text = comment && *comment ? xstrdup(comment) : NULL;
	struct closure c = { .ticket_id = id, .date = MODEL_NO_TIME, .comment = text };
	char what[64];
	snprintf(what, sizeof(what), "#%d: closure confirmation asked", id);
	struct app_write_opts o = { .kind = PENDING_OTHER,
				    .ticket_id = id,
				    .what = what,
				    .done = closures_changed,
				    .ctx = (void *)(intptr_t)id };
	bool ok = app_write_job(a, api_closures_save(&c, 1, 0), &o, err, errlen);
	free(text);
	return ok;
}

static void closure_delete_now(void *ctx)
{
	struct ticket_question *asked = ctx;
	char err[256], what[64];
	snprintf(what, sizeof(what), "#%d: closure confirmation %d removed", asked->id,
		 asked->record_id);
	struct app_write_opts o = { .kind = PENDING_OTHER,
				    .ticket_id = asked->id,
				    .what = what,
				    .done = closures_changed,
				    .ctx = (void *)(intptr_t)asked->id };
	if (!app_write_job(asked->a, api_closure_delete(asked->record_id, 0), &o, err, sizeof(err)))
		statusbar_set_error(&asked->a->status, err);
}

bool app_closure_delete(struct app *a, int id, char *err, size_t errlen)
{
	ticket_id_t ticket = selected(a, err, errlen);
	if (!ticket)
		return false;
	const struct closure_list *l = &a->data.closures;
	const struct closure *found = NULL;
	bool is_shown = a->data.ticket_id == ticket && a->data.closures_state.is_loaded;
	for (size_t i = 0; is_shown && i < l->count; i++)
		if (l->items[i].id == id || (!id && l->count == 1))
			found = &l->items[i];
	if (!found && !id) {
		snprintf(err, errlen, "%s",
			 !is_shown || !l->count
				 ? "no closure confirmation shown: open them with :closures"
				 : "several closure confirmations: name one, closure-delete ID");
		return false;
	}
	struct strbuf q;
	strbuf_init(&q);
	strbuf_appendf(&q, "remove closure confirmation %d of #%d", found ? found->id : id, ticket);
	if (found && found->comment && *found->comment) {
		char *clean = safe_text_clean(found->comment, 0);
		char *cut = text_cut(clean, 30, TEXT_ELLIPSIS);
		strbuf_appendf(&q, " (\"%s\")", cut);
		free(cut);
		free(clean);
	}
	strbuf_append_str(&q, "?");
	struct ticket_question *asked = ticket_question_new(a, ticket);
	asked->record_id = found ? found->id : id;
	confirm_ask_owned(&a->confirm, q.data, closure_delete_now, asked, ticket_question_free);
	strbuf_fini(&q);
	return true;
}
