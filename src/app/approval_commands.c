/* approve and reject on the selected approval; my approvals, waiting ones or all. */
#include "config.h"

#include "app/approval_commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "app/ticket_commands.h"
#include "app/ticket_routes.h"
#include "app/writes.h"
#include "model/lookup_match.h"
#include "net/api.h"
#include "net/worker.h"
#include "text/safe_text.h"
#include "ui/doc_view.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static bool is_approvals_pane(const struct view *v)
{
	return v && (v->ops->kind == VIEW_APPROVALS || v->ops->kind == VIEW_MY_APPROVALS);
}

/* The approval under the cursor of the focused approvals pane, or NULL. */
static struct approval *selected_approval(struct app *a)
{
	struct view *v = app_focused_view(a);
	if (!is_approvals_pane(v))
		return NULL;
	view_recalc(v);
	long i = doc_view_selected_entry(v);
	struct approval_list *list =
		v->ops->kind == VIEW_APPROVALS ? &a->data.approvals : &a->data.my_approvals;
	return i >= 0 && (size_t)i < list->count ? &list->items[i] : NULL;
}

bool app_approval_open(struct app *a)
{
	const struct approval *ap = selected_approval(a);
	if (!ap)
		return false;
	app_open_record(a, RAW_RECORD_APPROVAL, ap->ticket_id, ap->seq);
	return true;
}

/* An error in the status bar that also fails a script's line. */
static void refuse(struct app *a, const char *msg)
{
	statusbar_set_error(&a->status, msg);
	if (a->is_script_line) {
		fprintf(stderr, "halotui: %s\n", msg);
		a->script.has_failed = true;
	}
}

/* False, with the reason in the status bar, when CMD cannot act here. */
static bool can_decide(struct app *a, enum command cmd)
{
	if (!is_approvals_pane(app_focused_view(a))) {
		char msg[160];
		snprintf(msg, sizeof(msg), "%s works in the approvals and my-approvals panes",
			 command_name(cmd));
		refuse(a, msg);
		return false;
	}
	const struct approval *ap = selected_approval(a);
	if (!ap) {
		refuse(a, "no approval selected");
		return false;
	}
	if (ap->result != APPROVAL_PENDING) {
		char msg[160];
		snprintf(msg, sizeof(msg), "#%d step %d is already %s", ap->ticket_id, ap->seq,
			 approval_result_name(ap->result));
		refuse(a, msg);
		return false;
	}
	return true;
}

void app_approval_key(struct app *a, enum command cmd)
{
	if (!can_decide(a, cmd))
		return;
	prompt_open_with(&a->prompt, cmd == CMD_REJECT ? "reject " : "approve ");
	a->status.is_dirty = true;
}

/* The decision shows at once in both approvals lists; the answer's refetch confirms it. */
static void show_decided(struct app *a, ticket_id_t ticket_id, int seq, enum approval_result result)
{
	struct approval_list *lists[] = { &a->data.approvals, &a->data.my_approvals };
	for (size_t i = 0; i < 2; i++)
		for (size_t k = 0; k < lists[i]->count; k++)
			if (lists[i]->items[k].ticket_id == ticket_id &&
			    lists[i]->items[k].seq == seq)
				lists[i]->items[k].result = result;
	struct view_update u = { .kind = WANT_APPROVALS, .ticket_id = ticket_id };
	app_notify_views(a, &u);
	u.kind = WANT_MY_APPROVALS;
	app_notify_views(a, &u);
}

/* The answer to a decision: my approvals are fetched again (a decided one leaves them), and
 * after a failure the ticket's approvals too, so the refused decision no longer shows. */
static void decided(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status != STATUS_OK && a->data.approvals_state.is_loaded) {
		struct view_want w = { .kind = WANT_APPROVALS, .ticket_id = a->data.ticket_id };
		app_session_want(a, &w);
	}
	if (a->data.my_approvals_state.is_loaded || a->data.my_approvals_state.is_loading) {
		struct view_want w = { .kind = WANT_MY_APPROVALS };
		app_session_want(a, &w);
	}
}

void app_approval_line(struct app *a, char **words, int n)
{
	enum command cmd = command_by_name(words[0]);
	const char *note = n > 1 ? words[1] : NULL;
	if (cmd == CMD_REJECT && !note) {
		refuse(a, "reject needs a note saying why: reject NOTE");
		return;
	}
	if (!can_decide(a, cmd))
		return;
	const struct approval *ap = selected_approval(a);
	struct approval_decision d = {
		.ticket_id = ap->ticket_id,
		.seq = ap->seq,
		.result = cmd == CMD_REJECT ? APPROVAL_REJECTED : APPROVAL_APPROVED,
		.approver_note = note,
	};
	char err[256];
	if (!app_write_approval(a, &d, decided, NULL, err, sizeof(err))) {
		refuse(a, err);
		return;
	}
	show_decided(a, d.ticket_id, d.seq, d.result);
}

void app_my_approvals_line(struct app *a, char **words, int n)
{
	if (n > 2 || (n == 2 && strcmp(words[1], "all"))) {
		refuse(a, "usage: my-approvals [all]");
		return;
	}
	bool was_all = a->data.is_my_approvals_all;
	a->data.is_my_approvals_all = n == 2;
	app_open_view(a, VIEW_MY_APPROVALS, 0);
	/* The other list is another request: mine=true holds the waiting ones only. */
	if (was_all != a->data.is_my_approvals_all && a->data.my_approvals_state.is_loaded) {
		struct view_want w = { .kind = WANT_MY_APPROVALS };
		app_session_want(a, &w);
	}
	struct view_update u = { .kind = WANT_MY_APPROVALS };
	app_notify_views(a, &u);
}

/* The ticket's approvals again once a step was added or removed, when they are shown. */
static void steps_changed(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status == STATUS_OK && a->data.ticket_id == (ticket_id_t)r->record_id &&
	    a->data.approvals_state.is_loaded) {
		struct view_want w = { .kind = WANT_APPROVALS, .ticket_id = a->data.ticket_id };
		app_session_want(a, &w);
	}
	decided(a, r, NULL);
}

void app_approval_add_line(struct app *a, char **words, int n)
{
	(void)words;
	ticket_id_t id = app_selected_ticket(a);
	if (n < 2) {
		refuse(a, "usage: approval-add AGENT [NOTE]");
		return;
	}
	if (!id) {
		refuse(a, "no ticket selected");
		return;
	}
	struct lookup_match m;
	char err[512];
	if (!lookup_match(&a->data.lookups, LOOKUP_AGENT, words[1], &m, err, sizeof(err))) {
		refuse(a, err);
		return;
	}
	/* The note is the rest of the line after the agent's word, as typed. */
	struct approval_step step = { .ticket_id = id,
				      .agent_id = m.id,
				      .note = n > 2 ? words[2] : NULL };
	char what[160];
	snprintf(what, sizeof(what), "#%d: approval asked of %s", id, m.name);
	struct app_write_opts o = {
		.kind = PENDING_OTHER, .ticket_id = id, .what = what, .done = steps_changed
	};
	struct job *job = api_approval_add(&step, 0);
	job->record_id = id;
	if (!app_write_job(a, job, &o, err, sizeof(err)))
		refuse(a, err);
}

/* The step a removal question is about; the question owns it (freed with free). */
struct step_question {
	struct app *a;
	ticket_id_t ticket_id;
	int seq;
};

static void remove_step(void *ctx)
{
	const struct step_question *asked = ctx;
	struct app *a = asked->a;
	char err[512], what[96];
	snprintf(what, sizeof(what), "#%d: approval step %d removed", asked->ticket_id, asked->seq);
	struct app_write_opts o = { .kind = PENDING_OTHER,
				    .ticket_id = asked->ticket_id,
				    .what = what,
				    .done = steps_changed };
	if (!app_write_job(a, api_approval_delete(asked->ticket_id, asked->seq, 0), &o, err,
			   sizeof(err)))
		refuse(a, err);
}

void app_approval_delete(struct app *a)
{
	const struct approval *ap = selected_approval(a);
	if (!ap) {
		refuse(a, "approval-delete works on the selected step of an approvals pane");
		return;
	}
	struct step_question *asked = xmalloc(sizeof(*asked));
	*asked = (struct step_question){ .a = a, .ticket_id = ap->ticket_id, .seq = ap->seq };
	struct strbuf q;
	strbuf_init(&q);
	strbuf_appendf(&q, "remove approval step %d of #%d", ap->seq, ap->ticket_id);
	if (ap->name && *ap->name) {
		char *clean = safe_text_clean(ap->name, 0);
		strbuf_appendf(&q, " (%s)", clean);
		free(clean);
	}
	strbuf_append_str(&q, "?");
	confirm_ask_owned(&a->confirm, q.data, remove_step, asked, free);
	strbuf_fini(&q);
}
