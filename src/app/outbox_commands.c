/* The outbox pane's commands, the start's announcement, and write answers sent on. */
#include "config.h"

#include "app/outbox_commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/approval_commands.h"
#include "app/forecast_commands.h"
#include "app/mark_viewed.h"
#include "app/new_ticket.h"
#include "app/ticket_forms.h"
#include "app/todo_commands.h"
#include "app/writes.h"
#include "net/worker.h"
#include "ui/outbox_view.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

static void redraw_outbox_panes(struct app *a)
{
	struct view_update u = { .kind = WANT_NOTHING };
	for (size_t i = 0; i < a->depth; i++)
		if (a->stack[i]->ops->kind == VIEW_OUTBOX)
			app_react(a, a->stack[i], view_on_result(a->stack[i], &u));
}

void app_outbox_refresh(struct app *a)
{
	struct outbox_items *items = &a->data.outbox;
	outbox_items_clear(items);
	struct outbox_entry *e = NULL;
	size_t n = a->worker ? worker_outbox_pending(a->worker, &e) : 0;
	for (size_t i = 0; i < n; i++) {
		char route[128];
		const char *path = job_kind_path(e[i].kind);
		snprintf(route, sizeof(route), "%s %s", job_kind_method(e[i].kind), path);
		struct outbox_item *it = outbox_items_add(items, e[i].id, route, e[i].body);
		it->kind = (int)e[i].kind;
		it->words = write_words(path, e[i].body, e[i].record_id, &a->data.lookups,
					&it->ticket_id);
		if (!it->ticket_id && !strncmp(path, "/Tickets/{id}", 13))
			it->ticket_id = (ticket_id_t)e[i].record_id;
		it->queued_at = e[i].queued_at;
		it->is_sending = e[i].is_sending;
		it->is_create = e[i].is_create;
		it->state = e[i].is_outcome_unknown	    ? OUTBOX_ITEM_UNKNOWN
			    : e[i].last_status != STATUS_OK ? OUTBOX_ITEM_FAILED
							    : OUTBOX_ITEM_PENDING;
		it->http_code = e[i].last_http_code;
		it->error = e[i].last_message ? xstrdup(e[i].last_message) : NULL;
	}
	outbox_entries_free(e, n);
	redraw_outbox_panes(a);
}

void app_outbox_announce(struct app *a)
{
	if (!a->worker)
		return;
	app_outbox_refresh(a);
	size_t n = a->data.outbox.count;
	const char *warning = worker_outbox_warning(a->worker);
	struct strbuf sb;
	strbuf_init(&sb);
	if (n)
		strbuf_appendf(&sb, "%zu unsent %s in the outbox, see :outbox", n,
			       plural((long long)n, "change", "changes"));
	if (warning)
		strbuf_appendf(&sb, "%s%s", sb.len ? "; " : "", warning);
	if (sb.len)
		statusbar_set_message(&a->status, sb.data);
	strbuf_fini(&sb);
}

/* The write under the outbox pane's cursor, or NULL (with the reason said). */
static const struct outbox_item *selected_write(struct app *a)
{
	struct view *v = app_focused_view(a);
	if (!v || v->ops->kind != VIEW_OUTBOX) {
		statusbar_set_error(&a->status, "resend, discard and edit work in the outbox pane "
						"(:outbox)");
		return NULL;
	}
	view_recalc(v);
	long i = outbox_view_selected(v);
	if (i < 0) {
		statusbar_set_message(&a->status, "the outbox is empty");
		return NULL;
	}
	return &a->data.outbox.items[i];
}

/* A resent write the server took: how many are left. */
static void resent(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status != STATUS_OK)
		return;
	app_outbox_refresh(a);
	char msg[96];
	size_t n = a->data.outbox.count;
	snprintf(msg, sizeof(msg), "sent from the outbox; %zu unsent %s left", n,
		 plural((long long)n, "change", "changes"));
	statusbar_set_message(&a->status, msg);
}

/* Through the write path: a change of this session shows as pending on its row again. */
static void resend(struct app *a, uint64_t id, bool confirmed)
{
	char err[512];
	if (app_write_resend(a, id, confirmed, resent, NULL, err, sizeof(err)))
		statusbar_set_message(&a->status, "sending again...");
	else
		statusbar_set_error(&a->status, err);
	app_outbox_refresh(a);
}

/* The outbox write a question is about; the question owns it (freed with free). */
struct outbox_question {
	struct app *a;
	uint64_t outbox_id;
};

static void resend_confirmed(void *ctx)
{
	const struct outbox_question *asked = ctx;
	resend(asked->a, asked->outbox_id, true);
}

static void discard_confirmed(void *ctx)
{
	const struct outbox_question *asked = ctx;
	struct app *a = asked->a;
	if (a->worker && worker_outbox_discard(a->worker, asked->outbox_id)) {
		app_writes_forget_outbox(a, asked->outbox_id);
		statusbar_set_message(&a->status, "discarded: it will never be sent");
	} else
		statusbar_set_error(&a->status, "not discarded: the outbox cannot be written");
	app_outbox_refresh(a);
}

/* Asks QUESTION about IT on the status line; y runs ON_YES. */
static void ask(struct app *a, const struct outbox_item *it, const char *question,
		confirm_action *on_yes)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s %s", it->words, question);
	struct outbox_question *asked = xmalloc(sizeof(*asked));
	*asked = (struct outbox_question){ .a = a, .outbox_id = it->id };
	confirm_ask_owned(&a->confirm, sb.data, on_yes, asked, free);
	a->status.is_dirty = true;
	strbuf_fini(&sb);
}

/* The prompt offers COMMAND with the text of BODY's KEY (the write's own words) to send
 * again from the pane just opened. */
static void offer(struct app *a, const char *command, const char *body, const char *key)
{
	char *text = write_text(body, key);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s %s", command, text ? text : "");
	prompt_open_with(&a->prompt, sb.data);
	a->status.is_dirty = true;
	strbuf_fini(&sb);
	free(text);
}

/* The write goes back to where it was made: a ticket's fields to the edit form, a note to
 * the note form (both on its ticket, as the server has it: the change itself shows in the
 * outbox), a to-do or a decision to its pane with the command and its text on the prompt.
 * The old write stays in the outbox until it is discarded. */
static void edit_write(struct app *a, const struct outbox_item *it)
{
	if (it->ticket_id <= 0 && it->kind == JOB_TICKETS_SAVE && it->body) {
		app_new_ticket_from_sent(a, it->body, it->id);
		return;
	}
	if (it->ticket_id <= 0) {
		statusbar_set_error(&a->status,
				    "this change names no ticket: resend or discard it");
		return;
	}
	char *body = it->body ? xstrdup(it->body) : NULL;
	ticket_id_t id = it->ticket_id;
	bool is_decision = it->kind == JOB_APPROVALS_SAVE;
	/* A ticket sent whole goes back to its edit form, as a field change does. */
	bool is_fields = it->kind == JOB_TICKETS_SAVE || it->kind == JOB_TICKET_OBJECT;
	bool is_known = (a->data.ticket && a->data.ticket->row.id == id) ||
			ticket_list_find_row(a->data.list, id);
	if (is_fields && !is_known) {
		/* The form starts from the ticket's fields: they load first. */
		a->form_wanted_id = id;
		app_open_view(a, VIEW_DETAIL, id);
	} else if (is_fields || it->kind == JOB_ACTIONS_SAVE) {
		app_ticket_form(a, is_fields ? CMD_EDIT : CMD_NOTE);
	} else if (it->kind == JOB_FORECASTS_SAVE && body) {
		app_forecast_edit_sent(a, id, body);
	} else if (it->kind == JOB_TODOS_SAVE) {
		app_open_view(a, VIEW_TODOS, id);
		offer(a, "todo-add", body, "text");
	} else if (is_decision) {
		app_open_view(a, VIEW_APPROVALS, id);
		char *result = write_text(body, "result");
		offer(a, result && !strcmp(result, "2") ? "reject" : "approve", body,
		      "approver_note");
		free(result);
	} else {
		app_open_view(a, VIEW_DETAIL, id);
	}
	free(body);
	if (!a->prompt.is_active)
		statusbar_set_message(&a->status, "the old change stays in the outbox until you "
						  "discard it");
}

bool app_outbox_edit(struct app *a)
{
	const struct view *v = app_focused_view(a);
	if (v && v->ops->kind == VIEW_TODOS) {
		app_todo_command(a, CMD_TODO_EDIT);
		return true;
	}
	if (!v || v->ops->kind != VIEW_OUTBOX)
		return false;
	const struct outbox_item *it = selected_write(a);
	if (it)
		edit_write(a, it);
	return true;
}

void app_outbox_command(struct app *a, enum command cmd)
{
	if (cmd == CMD_OUTBOX) {
		app_outbox_refresh(a);
		app_open_view(a, VIEW_OUTBOX, 0);
		return;
	}
	const struct outbox_item *it = selected_write(a);
	if (!it)
		return;
	/* Sent twice, an update is still one change; a create may become two records. */
	if (cmd == CMD_RESEND && it->state == OUTBOX_ITEM_UNKNOWN && it->is_create)
		ask(a, it, "may have reached the server: send it again?", resend_confirmed);
	else if (cmd == CMD_RESEND)
		resend(a, it->id, false);
	else if (cmd == CMD_DISCARD)
		ask(a, it, "will never be sent: discard it?", discard_confirmed);
}

void app_work_result(struct app *a, const struct job_result *r, const char *error)
{
	if (r->kind >= JOB_KIND_COUNT)
		return;
	switch (r->kind) {
	case JOB_TICKETS_VIEW:
		app_mark_viewed_result(a, r, error);
		break;
	case JOB_TICKET_GET:
		if (!error)
			app_mark_viewed(a, (ticket_id_t)r->record_id);
		if (!error && r->record_id == a->form_wanted_id && a->data.ticket &&
		    a->data.ticket->row.id == a->form_wanted_id) {
			a->form_wanted_id = 0;
			app_ticket_form(a, CMD_EDIT);
		}
		break;
	default:
		break;
	}
	if (!(job_kind_flags(r->kind) & JF_WRITE))
		return;
	app_outbox_refresh(a);
}
