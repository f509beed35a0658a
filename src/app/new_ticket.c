/* The new ticket form: its fields, the narrowing of site by client and user by site, the
 * create through the write path and what its answer does to the form and the panes. */
#include "config.h"

#include "app/new_ticket.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app/app.h"
#include "app/form_pane.h"
#include "app/new_ticket_state.h"
#include "app/writes.h"
#include "model/outbox_items.h"
#include "model/ticket_create.h"
#include "model/ticket_json.h"
#include "model/values.h"
#include "net/api.h"
#include "net/worker.h"
#include "text/html.h"
#include "ui/form_view.h"
#include "util/alloc.h"
#include "util/strbuf.h"

const struct form_field_def new_ticket_fields[] = {
	{ .name = "summary", .label = "Summary", .kind = FORM_TEXT, .is_required = true },
	{ .name = "details", .label = "Details", .kind = FORM_TEXTAREA },
	{ .name = "client",
	  .label = "Client",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_CLIENTS,
	  .none_label = "none" },
	{ .name = "site",
	  .label = "Site",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_SITES,
	  .none_label = "none" },
	{ .name = "user",
	  .label = "User",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_USERS,
	  .none_label = "none" },
	{ .name = "type",
	  .label = "Ticket type",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_TICKET_TYPES,
	  .none_label = "the default" },
	{ .name = "priority",
	  .label = "Priority",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_PRIORITIES,
	  .none_label = "the default" },
	{ .name = "team",
	  .label = "Team",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_TEAMS,
	  .none_label = "the default" },
	{ .name = "agent",
	  .label = "Agent",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_AGENTS,
	  .none_label = "nobody" },
	{ .name = "category", .label = "Category", .kind = FORM_TEXT },
	{ .name = "deadline", .label = "Deadline", .kind = FORM_DATE },
};
const size_t new_ticket_n_fields = sizeof(new_ticket_fields) / sizeof(new_ticket_fields[0]);

struct new_ticket *new_ticket_of(struct app *a)
{
	if (!a->new_ticket)
		a->new_ticket = xcalloc(1, sizeof(*a->new_ticket));
	return a->new_ticket;
}

void app_new_ticket_init(struct app *a)
{
	struct new_ticket *st = new_ticket_of(a);
	/* The demo keeps no drafts, as it keeps no outbox: two demos would share them. */
	if (a->is_conn_ready && !a->opt.is_demo)
		draft_store_open(&st->store, a->conn.profile);
}

static int choice_id(const struct form *f, const char *name)
{
	const struct form_value *v = form_get(f, name);
	return v && v->is_set && v->number > 0 ? (int)v->number : 0;
}

void new_ticket_body(const struct form *f, struct ticket_update *u)
{
	struct ticket_create c;
	ticket_create_init(&c);
	c.summary = form_text(f, "summary");
	c.details = form_text(f, "details");
	c.client_id = choice_id(f, "client");
	c.site_id = choice_id(f, "site");
	c.user_id = choice_id(f, "user");
	c.tickettype_id = choice_id(f, "type");
	c.priority_id = choice_id(f, "priority");
	c.agent_id = choice_id(f, "agent");
	const struct form_value *team = form_get(f, "team");
	c.team = team->is_set ? team->text : NULL;
	c.category = form_text(f, "category");
	const struct form_value *deadline = form_get(f, "deadline");
	if (deadline->is_set)
		c.deadline = deadline->time;
	ticket_create_to_update(&c, u);
}

/* The form's narrowing lookups: sites of CLIENT_ID, users of SITE_ID (or of the client). Each
 * job carries what it narrows by in record_id, so an answer for an earlier choice is known. */
void new_ticket_fetch(struct app *a, enum job_kind kind, int client_id, int site_id)
{
	if (!a->worker)
		return;
	struct job *job = NULL;
	if (kind == JOB_CLIENTS) {
		job = api_lookup(JOB_CLIENTS, 0);
	} else if (kind == JOB_SITES) {
		job = api_sites_list(client_id, 0);
		job->record_id = client_id;
	} else {
		job = api_users_list(site_id > 0 ? 0 : client_id, site_id, 0);
		job->record_id = site_id > 0 ? site_id : -client_id;
	}
	worker_submit(a->worker, job);
}

void new_ticket_fetch_narrowing(struct app *a, const struct form *f)
{
	int client = choice_id(f, "client"), site = choice_id(f, "site");
	if (client <= 0)
		return;
	new_ticket_fetch(a, JOB_SITES, client, 0);
	new_ticket_fetch(a, JOB_USERS, client, site);
}

/* A new client empties site and user (they were the old client's); a new site, the user. */
static void narrowed(struct form *f, const struct form_field *field, void *ctx)
{
	struct app *a = ctx;
	const char *name = field->def->name;
	int client = choice_id(f, "client"), site = choice_id(f, "site");
	if (!strcmp(name, "client")) {
		struct named_list none = { 0 };
		lookups_set_sites(&a->data.lookups, &none);
		lookups_set_users(&a->data.lookups, &none);
		form_put_choice(f, "site", PICKER_NONE_ID, NULL);
		form_put_choice(f, "user", PICKER_NONE_ID, NULL);
		if (client) {
			new_ticket_fetch(a, JOB_SITES, client, 0);
			new_ticket_fetch(a, JOB_USERS, client, 0);
		}
	} else if (!strcmp(name, "site")) {
		form_put_choice(f, "user", PICKER_NONE_ID, NULL);
		if (site || client)
			new_ticket_fetch(a, JOB_USERS, client, site);
	}
}

/* Halo names the field it wants ("Please select a User"): the focus goes there. */
static void focus_named_field(struct form *f, const char *words)
{
	for (size_t i = 0; words && i < f->n_fields; i++) {
		const char *label = f->fields[i].def->label;
		const char *hit = strcasestr(words, label);
		size_t n = strlen(label);
		if (hit && (hit[n] == '\0' || hit[n] == ' ' || hit[n] == '.' || hit[n] == '"')) {
			f->focus = i;
			return;
		}
	}
}

/* Halo's own words for a refused create, as the form shows them ("Halo: Please select a
 * User"; the status bar adds its code); without any (no answer), the status bar's line. */
static char *refusal_words(const struct job_result *r)
{
	const struct api_error *e = &r->error;
	if (!e->message || !*e->message) {
		struct api_error quiet = *e;
		quiet.route = NULL;
		char *line = api_error_describe(&quiet);
		return line ? line : xstrdup(status_message(r->status));
	}
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "Halo: %s", e->message);
	char *words = xstrdup(sb.data);
	strbuf_fini(&sb);
	return words;
}

/* The answer to the create: the ticket opens, or the form says why not. */
static void created(struct app *a, const struct job_result *r, void *ctx)
{
	struct new_ticket *st = ctx;
	struct new_ticket_form *nf = st->form;
	bool is_ours = nf && nf->create_gen == r->generation;
	if (r->status != STATUS_OK) {
		if (!is_ours)
			return;
		nf->create_gen = 0;
		nf->failed_outbox_id = r->outbox_id;
		char *words = refusal_words(r);
		form_set_error(nf->form, words);
		focus_named_field(nf->form, r->error.message);
		free(words);
		a->needs_relayout = true;
		return;
	}
	const struct ticket_post_result *pr = r->data.tickets;
	ticket_id_t id = pr && pr->count && pr->tickets[pr->count - 1]
				 ? pr->tickets[pr->count - 1]->row.id
				 : 0;
	if (is_ours) {
		nf->is_sent = true;
		new_ticket_draft_forget(a, nf);
		struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
		if (top && top->ops == &form_view_ops && form_view_form(top) == nf->form)
			app_pop_view(a);
	}
	char msg[160];
	snprintf(msg, sizeof(msg), "#%d created", id);
	statusbar_set_message(&a->status, msg);
	if (a->depth > 0)
		app_react(a, a->stack[0], view_handle(a->stack[0], CMD_REFRESH));
	if (id > 0)
		app_open_view(a, VIEW_DETAIL, id);
}

static bool send_new(void *ctx, void *data, struct form *f, char *err, size_t err_size)
{
	struct app *a = ctx;
	struct new_ticket_form *nf = data;
	if (nf->create_gen) {
		snprintf(err, err_size, "the ticket is on its way: Halo's answer comes here");
		return false;
	}
	new_ticket_draft_save(a, nf, true);
	/* The failed create the outbox kept is this form's: what is sent now replaces it. */
	if (nf->failed_outbox_id && a->worker &&
	    worker_outbox_discard(a->worker, nf->failed_outbox_id))
		app_writes_forget_outbox(a, nf->failed_outbox_id);
	nf->failed_outbox_id = 0;
	struct ticket_update u;
	new_ticket_body(f, &u);
	char what[300];
	snprintf(what, sizeof(what), "new ticket \"%.200s\"", form_text(f, "summary"));
	struct app_write_opts o = {
		.kind = PENDING_OTHER, .what = what, .done = created, .ctx = new_ticket_of(a)
	};
	bool ok = app_write_job(a, api_tickets_save(&u, 1, false, 0), &o, err, err_size);
	ticket_update_fini(&u);
	if (!ok)
		return false;
	nf->create_gen = generations_current(&a->gens, GENERATION_WRITE);
	/* The form stays until Halo answers: a refusal is shown on it, with what was typed. */
	snprintf(err, err_size, "sent: waiting for Halo to create it");
	return false;
}

static void drop_new(void *ctx)
{
	struct app *a = ctx;
	struct new_ticket_form *nf = new_ticket_of(a)->form;
	struct view *top = a->depth ? a->stack[a->depth - 1] : NULL;
	if (!nf || !top || top->ops != &form_view_ops || form_view_form(top) != nf->form)
		return;
	nf->is_dropped = true;
	new_ticket_draft_forget(a, nf);
	/* The refused create the outbox kept is this form's: it goes with it (unless the form
	 * was reopened from the outbox: the copy stays there until discarded). */
	if (nf->failed_outbox_id && !nf->is_from_outbox && a->worker &&
	    worker_outbox_discard(a->worker, nf->failed_outbox_id))
		app_writes_forget_outbox(a, nf->failed_outbox_id);
	app_pop_view(a);
	statusbar_set_message(&a->status, "the new ticket and its draft are dropped");
}

static void ask_discard(void *ctx, struct view *v)
{
	struct app *a = ctx;
	(void)v;
	const struct new_ticket_form *nf = new_ticket_of(a)->form;
	if (nf && nf->create_gen) {
		statusbar_set_message(&a->status,
				      "the ticket is on its way: Halo's answer comes to this form");
		return;
	}
	confirm_ask(&a->confirm, "drop this new ticket and its draft?", drop_new, a);
	a->status.is_dirty = true;
}

/* The pane went: a form neither sent nor dropped keeps its draft, offered again later. */
static void free_new(void *data)
{
	struct new_ticket_form *nf = data;
	if (!nf->is_sent && !nf->is_dropped)
		new_ticket_draft_save(nf->a, nf, true);
	struct new_ticket *st = new_ticket_of(nf->a);
	if (st->form == nf)
		st->form = NULL;
	new_ticket_form_free(nf);
}

void new_ticket_open(struct app *a, char *draft_path)
{
	struct new_ticket *st = new_ticket_of(a);
	/* Sites and users of an earlier form's client are not this one's. */
	struct named_list none = { 0 };
	lookups_set_sites(&a->data.lookups, &none);
	lookups_set_users(&a->data.lookups, &none);
	struct form *f =
		form_new("New ticket", new_ticket_fields, new_ticket_n_fields, &a->data.lookups);
	form_set_send_label(f, "Create");
	f->is_preview_all = true;
	struct new_ticket_form *nf = xcalloc(1, sizeof(*nf));
	nf->a = a;
	nf->form = f;
	bool is_restored = draft_path && new_ticket_draft_restore(a, nf, draft_path);
	if (!is_restored)
		nf->draft_path = draft_store_new_path(&st->store);
	free(draft_path);
	form_on_change(f, narrowed, a);
	if (!a->data.lookups.clients.count)
		new_ticket_fetch(a, JOB_CLIENTS, 0, 0);
	struct form_host host = {
		.data = nf, .free_data = free_new, .send = send_new, .ask_discard = ask_discard
	};
	st->form = nf;
	if (!app_form_pane_open(a, f, &host)) {
		st->form = NULL;
		new_ticket_form_free(nf);
		return;
	}
	if (is_restored)
		statusbar_set_message(&a->status, "your draft is back: Ctrl-S creates it, Esc then "
						  "y drops it");
}

void app_new_ticket(struct app *a)
{
	struct new_ticket *st = new_ticket_of(a);
	if (app_form_pane_is_busy(a))
		return;
	st->is_offered = true;
	new_ticket_open(a, draft_store_newest(&st->store));
}

bool app_new_ticket_result(struct app *a, const struct job_result *r, const char *error)
{
	switch (r->kind) {
	case JOB_DRAFT_SAVE:
		new_ticket_draft_answer(a, r);
		return true;
	case JOB_CLIENTS:
	case JOB_SITES:
	case JOB_USERS:
		break;
	default:
		return false;
	}
	struct new_ticket_form *nf = a->new_ticket ? a->new_ticket->form : NULL;
	if (error) {
		if (nf)
			form_set_error(nf->form, error);
		return true;
	}
	struct named_list *list = r->data.named;
	if (r->kind == JOB_CLIENTS) {
		lookups_set_clients(&a->data.lookups, list);
		app_form_pane_lookups_changed(a);
		return true;
	}
	/* An answer for a client or site no longer chosen changes nothing. */
	int client = nf ? choice_id(nf->form, "client") : 0;
	int site = nf ? choice_id(nf->form, "site") : 0;
	if (r->kind == JOB_SITES && r->record_id == client)
		lookups_set_sites(&a->data.lookups, list);
	else if (r->kind == JOB_USERS && r->record_id == (site > 0 ? site : -client))
		lookups_set_users(&a->data.lookups, list);
	app_form_pane_lookups_changed(a);
	return true;
}

/* Sets the choice NAME to the id BODY's KEY holds, the lookup naming it. */
static void sent_choice(struct form *f, const char *name, const char *body, const char *key)
{
	char *text = write_text(body, key);
	long id = text ? strtol(text, NULL, 10) : 0;
	if (id > 0)
		form_set_choice(f, name, id, NULL);
	free(text);
}

/* The form's fields from the JSON of the create sent (ticket_create_to_update's keys). */
static void fill_from_sent(struct app *a, struct form *f, const char *body)
{
	char *text = write_text(body, "summary");
	form_set_text(f, "summary", text ? text : "");
	free(text);
	text = write_text(body, "details_html");
	if (text) {
		struct html_text ht;
		html_to_text(&ht, text, strlen(text), 0);
		form_set_text(f, "details", ht.text);
		html_text_fini(&ht);
		free(text);
	}
	sent_choice(f, "client", body, "client_id");
	sent_choice(f, "site", body, "site_id");
	sent_choice(f, "user", body, "user_id");
	sent_choice(f, "type", body, "tickettype_id");
	sent_choice(f, "priority", body, "priority_id");
	sent_choice(f, "agent", body, "agent_id");
	text = write_text(body, "team");
	const struct named_list *teams = &a->data.lookups.teams;
	for (size_t i = 0; text && i < teams->count; i++)
		if (teams->items[i].name && !strcmp(teams->items[i].name, text))
			form_set_choice(f, "team", teams->items[i].id, text);
	free(text);
	text = write_text(body, "category_1");
	if (text)
		form_set_text(f, "category", text);
	free(text);
	text = write_text(body, "deadlinedate");
	time_t deadline;
	if (text && model_time_parse(text, &deadline))
		form_set_time(f, "deadline", deadline);
	free(text);
}

void app_new_ticket_from_sent(struct app *a, const char *body, uint64_t outbox_id)
{
	if (app_form_pane_is_busy(a))
		return;
	new_ticket_open(a, NULL);
	struct new_ticket_form *nf = new_ticket_of(a)->form;
	if (!nf)
		return;
	fill_from_sent(a, nf->form, body);
	nf->failed_outbox_id = outbox_id;
	nf->is_from_outbox = true;
	new_ticket_fetch_narrowing(a, nf->form);
	statusbar_set_message(&a->status, "the ticket as it was sent: Ctrl-S sends it again in "
					  "place of the outbox's copy");
}

void app_new_ticket_fini(struct app *a)
{
	if (!a->new_ticket)
		return;
	draft_store_close(&a->new_ticket->store);
	free(a->new_ticket->resume_path);
	free(a->new_ticket);
	a->new_ticket = NULL;
}
