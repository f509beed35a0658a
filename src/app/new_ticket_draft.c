/* The new ticket's draft: the form's values written to a file every few seconds while they
 * change, sent with POST /Draft where the server keeps drafts, offered again at the start. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "app/new_ticket.h"
#include "app/new_ticket_state.h"
#include "model/request_json.h"
#include "model/values.h"
#include "net/api.h"
#include "net/worker.h"
#include "ui/form_view.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* A changed form is written at most this often (a script's run: at once, so it is
 * deterministic). */
#define DRAFT_SAVE_MS 3000
/* The draft's record of the server's id for it: not a field of the form. */
#define SERVER_ID_KEY "server_id"

static long clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* NF's values into D; false when the form holds nothing worth keeping. */
static bool encode(const struct new_ticket_form *nf, struct draft_form *d)
{
	bool is_any = false;
	char buf[64];
	for (size_t i = 0; i < nf->form->n_fields; i++) {
		const struct form_field *field = &nf->form->fields[i];
		const char *name = field->def->name;
		const struct form_value *v = &field->value;
		struct strbuf sb;
		strbuf_init(&sb);
		bool is_typing = nf->form->mode == FORM_MODE_EDIT && nf->form->focus == i;
		if (field->def->kind == FORM_TEXT && is_typing) {
			/* A line being typed is kept too, before Enter makes it the value. */
			strbuf_append_str(&sb, textarea_text(&nf->form->line));
		} else if (field->def->kind == FORM_TEXT || field->def->kind == FORM_TEXTAREA) {
			strbuf_append_str(&sb, form_text(nf->form, name));
		} else if (field->def->kind == FORM_CHOICE && v->is_set) {
			strbuf_appendf(&sb, "%ld %s", v->number, v->text ? v->text : "");
		} else if (field->def->kind == FORM_DATE && v->is_set) {
			snprintf(buf, sizeof(buf), "%lld", (long long)v->time);
			strbuf_append_str(&sb, buf);
		}
		if (sb.len) {
			draft_form_set(d, name, sb.data);
			is_any = true;
		}
		strbuf_fini(&sb);
	}
	if (is_any && nf->server_id > 0) {
		snprintf(buf, sizeof(buf), "%d", nf->server_id);
		draft_form_set(d, SERVER_ID_KEY, buf);
	}
	return is_any;
}

/* The draft's text, or NULL when the form holds nothing (caller frees). */
static char *draft_text(const struct new_ticket_form *nf)
{
	struct draft_form d = { 0 };
	char *text = NULL;
	if (encode(nf, &d)) {
		struct strbuf sb;
		strbuf_init(&sb);
		draft_form_encode(&d, &sb);
		text = xstrdup(sb.data);
		strbuf_fini(&sb);
	}
	draft_form_fini(&d);
	return text;
}

/* POST /Draft [{id, tickettype_id, json_content: the create's body}], one at a time. */
static void send_server(struct app *a, struct new_ticket_form *nf)
{
	struct new_ticket *st = new_ticket_of(a);
	if (st->is_server_off || st->is_draft_out || !a->worker || worker_is_read_only(a->worker))
		return;
	struct ticket_update u;
	new_ticket_body(nf->form, &u);
	char *content = ticket_update_object_to_json(&u);
	ticket_update_fini(&u);
	if (nf->server_saved && !strcmp(nf->server_saved, content)) {
		free(content);
		return;
	}
	const struct form_value *type = form_get(nf->form, "type");
	struct draft d = { .id = nf->server_id,
			   .tickettype_id = type->is_set ? (int)type->number : MODEL_UNSET,
			   .service_id = MODEL_UNSET,
			   .json_content = content };
	if (!worker_submit(a->worker, api_drafts_save(&d, 1, 0))) {
		free(content);
		return;
	}
	st->is_draft_out = true;
	free(nf->server_saved);
	nf->server_saved = content;
}

void new_ticket_draft_save(struct app *a, struct new_ticket_form *nf, bool is_now)
{
	if (nf->is_sent || nf->is_dropped)
		return;
	char *text = draft_text(nf);
	if (!text)
		return;
	long now = clock_ms();
	bool is_due = is_now || a->opt.is_headless || now - nf->saved_at_ms >= DRAFT_SAVE_MS;
	if (!is_due) {
		free(text);
		return;
	}
	if (!nf->saved || strcmp(nf->saved, text) != 0) {
		char err[256];
		/* Without a folder (the demo) or when the file cannot be written, this text counts
		 * as saved all the same: it is tried again with the next change, not at once. */
		if (nf->draft_path &&
		    !draft_store_write(nf->draft_path, text, strlen(text), err, sizeof(err)))
			statusbar_set_error(&a->status, err);
		free(nf->saved);
		nf->saved = text;
		text = NULL;
		nf->saved_at_ms = now;
	}
	free(text);
	send_server(a, nf);
}

void new_ticket_draft_forget(struct app *a, struct new_ticket_form *nf)
{
	(void)a;
	draft_store_remove(nf->draft_path);
	free(nf->draft_path);
	nf->draft_path = NULL;
}

/* "ID NAME" of a choice in a draft. */
static void restore_choice(struct form *f, const char *name, const char *value)
{
	char *end;
	long id = strtol(value, &end, 10);
	if (end == value || id <= 0)
		return;
	form_set_choice(f, name, id, *end == ' ' && end[1] ? end + 1 : NULL);
}

bool new_ticket_draft_restore(struct app *a, struct new_ticket_form *nf, const char *path)
{
	struct draft_form d = { 0 };
	if (!draft_store_read(path, &d)) {
		draft_form_fini(&d);
		return false;
	}
	for (size_t i = 0; i < nf->form->n_fields; i++) {
		const struct form_field_def *def = nf->form->fields[i].def;
		const char *value = draft_form_get(&d, def->name);
		if (!value)
			continue;
		if (def->kind == FORM_TEXT || def->kind == FORM_TEXTAREA)
			form_set_text(nf->form, def->name, value);
		else if (def->kind == FORM_CHOICE)
			restore_choice(nf->form, def->name, value);
		else if (def->kind == FORM_DATE)
			form_set_time(nf->form, def->name, (time_t)strtoll(value, NULL, 10));
	}
	const char *server_id = draft_form_get(&d, SERVER_ID_KEY);
	nf->server_id = server_id ? atoi(server_id) : 0;
	draft_form_fini(&d);
	nf->draft_path = xstrdup(path);
	nf->saved = draft_text(nf);
	/* The narrowing of the restored client and site comes back too. */
	new_ticket_fetch_narrowing(a, nf->form);
	return true;
}

void new_ticket_draft_answer(struct app *a, const struct job_result *r)
{
	struct new_ticket *st = new_ticket_of(a);
	st->is_draft_out = false;
	/* The file is the draft's keeper: the outbox holds no copy of a draft. */
	if (r->outbox_id && a->worker)
		worker_outbox_discard(a->worker, r->outbox_id);
	struct new_ticket_form *nf = st->form;
	if (r->status == STATUS_HTTP_404) {
		/* This server keeps no drafts: once, quietly, they stay local. */
		st->is_server_off = true;
		return;
	}
	if (!nf)
		return;
	if (r->status != STATUS_OK) {
		/* Sent again with the next change. */
		free(nf->server_saved);
		nf->server_saved = NULL;
		return;
	}
	int id = draft_reply_id(r->body, r->body_len);
	if (id > 0 && nf->server_id != id) {
		nf->server_id = id;
		new_ticket_draft_save(a, nf, true);
	}
	/* Changes made while it was out go now. */
	send_server(a, nf);
}

void new_ticket_form_free(struct new_ticket_form *nf)
{
	if (!nf)
		return;
	free(nf->draft_path);
	free(nf->saved);
	free(nf->server_saved);
	free(nf);
}

/* At the start, a draft left by a crash or a form not sent is offered. */
static void resume(void *ctx)
{
	app_new_ticket(ctx);
}

static void offer(struct app *a, struct new_ticket *st)
{
	char *path = draft_store_newest(&st->store);
	struct draft_form d = { 0 };
	if (path && !st->form && !confirm_is_active(&a->confirm) && draft_store_read(path, &d)) {
		const char *summary = draft_form_get(&d, "summary");
		char question[256];
		snprintf(question, sizeof(question),
			 "continue the new ticket you were writing (\"%.120s\")?",
			 summary && *summary ? summary : "no summary yet");
		confirm_ask(&a->confirm, question, resume, a);
		a->status.is_dirty = true;
	}
	draft_form_fini(&d);
	free(path);
}

void app_new_ticket_tick(struct app *a, long now_ms)
{
	(void)now_ms;
	struct new_ticket *st = new_ticket_of(a);
	if (!st->is_offered) {
		st->is_offered = true;
		offer(a, st);
	}
	/* A draft picked to continue opens once the picker's pane has gone. */
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	if (st->resume_path && !(top && form_view_form(top))) {
		char *path = st->resume_path;
		st->resume_path = NULL;
		new_ticket_open(a, path);
	}
	if (st->form && app_new_ticket_deadline(a) && app_new_ticket_deadline(a) <= clock_ms())
		new_ticket_draft_save(a, st->form, false);
}

long app_new_ticket_deadline(const struct app *a)
{
	const struct new_ticket_form *nf = a->new_ticket ? a->new_ticket->form : NULL;
	if (!nf || nf->is_sent || nf->is_dropped || nf->create_gen)
		return 0;
	char *text = draft_text(nf);
	bool is_changed = text && (!nf->saved || strcmp(nf->saved, text) != 0);
	free(text);
	if (!is_changed)
		return 0;
	return a->opt.is_headless ? 1 : nf->saved_at_ms + DRAFT_SAVE_MS;
}

/* "2 drafts kept, newest first: "Disk full" (14:02), "Wi-Fi down" (yesterday 09:15)". */
void app_new_ticket_drafts(struct app *a)
{
	struct new_ticket *st = new_ticket_of(a);
	char **paths;
	time_t *saved_at;
	size_t n = draft_store_list(&st->store, &paths, &saved_at);
	struct strbuf sb;
	strbuf_init(&sb);
	if (!n)
		strbuf_append_str(&sb, "no drafts of new tickets are kept");
	else
		strbuf_appendf(&sb, "%zu draft%s kept, newest first (new continues the first):", n,
			       n == 1 ? "" : "s");
	for (size_t i = 0; i < n; i++) {
		struct draft_form d = { 0 };
		const char *summary = NULL;
		if (draft_store_read(paths[i], &d))
			summary = draft_form_get(&d, "summary");
		struct tm tm;
		char when[32] = "";
		if (localtime_r(&saved_at[i], &tm))
			strftime(when, sizeof(when), "%Y-%m-%d %H:%M", &tm);
		strbuf_appendf(&sb, "%s \"%.80s\" (%s)", i ? "," : "",
			       summary && *summary ? summary : "no summary yet", when);
		draft_form_fini(&d);
	}
	statusbar_set_message(&a->status, sb.data);
	strbuf_fini(&sb);
	draft_store_list_free(paths, n);
	free(saved_at);
}
