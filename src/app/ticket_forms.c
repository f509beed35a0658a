/* The ticket's forms: note, edit, and one field's picker, as tables of fields. */
#include "config.h"

#include "app/ticket_forms.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/form_pane.h"
#include "app/ticket_commands.h"
#include "app/ticket_routes.h"
#include "app/writes.h"
#include "model/action.h"
#include "model/ticket_update.h"
#include "text/plain_html.h"
#include "ui/form_view.h"
#include "util/alloc.h"

/* What a form is about: kept by its pane until it goes. */
struct ticket_form {
	enum command cmd;
	ticket_id_t ticket_id;
};

static const struct form_field_def note_fields[] = {
	{ .name = "text", .label = "Note", .kind = FORM_TEXTAREA, .is_required = true },
	{ .name = "outcome",
	  .label = "Outcome",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_OUTCOMES,
	  .is_required = true },
	{ .name = "visible", .label = "Visible to user", .kind = FORM_BOOL },
	{ .name = "email", .label = "E-mail user", .kind = FORM_BOOL },
	{ .name = "status",
	  .label = "New status",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_STATUSES,
	  .none_label = "unchanged" },
	{ .name = "time", .label = "Time taken", .kind = FORM_DURATION },
};

static const struct form_field_def edit_fields[] = {
	{ .name = "summary", .label = "Summary", .kind = FORM_TEXT, .is_required = true },
	{ .name = "status",
	  .label = "Status",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_STATUSES,
	  .is_required = true },
	{ .name = "priority",
	  .label = "Priority",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_PRIORITIES },
	{ .name = "agent",
	  .label = "Agent",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_AGENTS,
	  .none_label = "nobody" },
	{ .name = "team",
	  .label = "Team",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_TEAMS,
	  .none_label = "none" },
	{ .name = "type",
	  .label = "Ticket type",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_TICKET_TYPES },
	{ .name = "client",
	  .label = "Client",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_CLIENTS },
	{ .name = "site", .label = "Site id", .kind = FORM_NUMBER, .min = 1, .max = 2147483647 },
	{ .name = "user", .label = "User id", .kind = FORM_NUMBER, .min = 1, .max = 2147483647 },
	{ .name = "onhold", .label = "On hold", .kind = FORM_BOOL },
	{ .name = "deadline", .label = "Deadline", .kind = FORM_DATE },
	/* The second way to send: every field above as one object (POST /Tickets/Object). */
	{ .name = "whole", .label = "Send whole", .kind = FORM_BOOL },
};

/* The one-field pickers: the command, its field (a row of edit_fields), its title. */
static const struct {
	enum command cmd;
	size_t field; /* index in edit_fields */
	const char *title;
} field_pickers[] = {
	{ CMD_STATUS, 1, "Status" }, { CMD_PRIORITY, 2, "Priority" }, { CMD_ASSIGN, 3, "Agent" },
	{ CMD_TEAM, 4, "Team" },     { CMD_TYPE, 5, "Ticket type" },
};

/* Form fields to ticket fields: what an edit sends for each changed value. */
static const struct {
	const char *name;
	enum ticket_field field;
} edit_wire[] = {
	{ "summary", TICKET_FIELD_SUMMARY },
	{ "status", TICKET_FIELD_STATUS_ID },
	{ "priority", TICKET_FIELD_PRIORITY_ID },
	{ "agent", TICKET_FIELD_AGENT_ID },
	{ "team", TICKET_FIELD_TEAM },
	{ "type", TICKET_FIELD_TICKETTYPE_ID },
	{ "client", TICKET_FIELD_CLIENT_ID },
	{ "site", TICKET_FIELD_SITE_ID },
	{ "user", TICKET_FIELD_USER_ID },
	{ "onhold", TICKET_FIELD_ONHOLD },
	{ "deadline", TICKET_FIELD_DEADLINEDATE },
};

/* The ticket's row as the console knows it: the open ticket's, else the list's. */
static const struct ticket_row *known_row(const struct app *a, ticket_id_t id)
{
	if (a->data.ticket && a->data.ticket->row.id == id)
		return &a->data.ticket->row;
	size_t n = a->data.list ? ticket_list_record_count(a->data.list) : 0;
	for (size_t i = 0; i < n; i++) {
		const struct ticket_row *row = ticket_list_row(a->data.list, i);
		if (row && row->id == id)
			return row;
	}
	return NULL;
}

static int team_id(const struct lookups *l, const char *name)
{
	for (size_t i = 0; name && i < l->teams.count; i++)
		if (!strcmp(l->teams.items[i].name, name))
			return l->teams.items[i].id;
	return (int)PICKER_NONE_ID;
}

/* The edit form starts from what the ticket holds now. */
static void fill_edit(struct form *f, const struct app *a, const struct ticket_row *row)
{
	const struct lookups *l = &a->data.lookups;
	form_set_text(f, "summary", row->summary);
	if (row->status_id != MODEL_UNSET)
		form_set_choice(f, "status", row->status_id, NULL);
	if (row->priority_id != MODEL_UNSET)
		form_set_choice(f, "priority", row->priority_id,
				lookups_priority_name(l, row->priority_id, row->sla_id));
	if (row->agent_id > 0)
		form_set_choice(f, "agent", row->agent_id,
				*row->agent_name ? row->agent_name : NULL);
	if (*row->team)
		form_set_choice(f, "team", team_id(l, row->team), row->team);
	if (row->tickettype_id > 0)
		form_set_choice(f, "type", row->tickettype_id, NULL);
	if (row->client_id > 0)
		form_set_choice(f, "client", row->client_id,
				*row->client_name ? row->client_name : NULL);
	if (row->site_id > 0)
		form_set_number(f, "site", row->site_id);
	if (row->user_id > 0)
		form_set_number(f, "user", row->user_id);
	form_set_bool(f, "onhold", row->is_onhold);
	if (row->deadlinedate != MODEL_NO_TIME)
		form_set_time(f, "deadline", row->deadlinedate);
}

/* A ticket field from a form value: a cleared choice sends 0 (or "" for the team). */
static void put_field(struct ticket_update *u, enum ticket_field field, const struct form_value *v)
{
	switch (ticket_field_type(field)) {
	case FIELD_TYPE_STRING:
		ticket_update_set_string(u, field, v->is_set && v->text ? v->text : "");
		break;
	case FIELD_TYPE_BOOL:
		ticket_update_set_bool(u, field, v->is_set && v->number);
		break;
	case FIELD_TYPE_TIME:
		ticket_update_set_time(u, field, v->is_set ? v->time : MODEL_NO_TIME);
		break;
	default:
		ticket_update_set_int(u, field, v->is_set ? v->number : 0);
		break;
	}
}

/* The fields of F into U: the changed ones, or with IS_WHOLE every one that holds a value. */
static void put_fields(struct ticket_update *u, struct form *f, bool is_whole)
{
	for (size_t i = 0; i < sizeof(edit_wire) / sizeof(edit_wire[0]); i++) {
		const char *name = edit_wire[i].name;
		if (form_field(f, name) &&
		    (form_is_changed(f, name) || (is_whole && form_get(f, name)->is_set)))
			put_field(u, edit_wire[i].field, form_get(f, name));
	}
}

static bool send_edit(struct app *a, const struct ticket_form *tf, struct form *f, char *err,
		      size_t err_size)
{
	struct ticket_update u;
	ticket_update_init(&u, tf->ticket_id);
	bool is_whole = form_field(f, "whole") && form_get(f, "whole")->number;
	put_fields(&u, f, is_whole);
	bool ok;
	if (is_whole) {
		ok = app_save_object(a, &u, err, err_size);
	} else if (ticket_update_is_empty(&u)) {
		/* Nothing to send is no failure: the pane closes and says so. */
		statusbar_set_message(&a->status, "nothing changed");
		ok = true;
	} else {
		ok = app_write_ticket(a, &u, err, err_size);
	}
	ticket_update_fini(&u);
	return ok;
}

static bool send_note(struct app *a, const struct ticket_form *tf, struct form *f, char *err,
		      size_t err_size)
{
	struct action_create note;
	action_create_init(&note);
	note.ticket_id = tf->ticket_id;
	const struct form_value *outcome = form_get(f, "outcome");
	note.outcome = outcome->text;
	if (outcome->number != PICKER_NONE_ID)
		note.outcome_id = (int)outcome->number;
	/* Typed text, not markup: Halo shows note_html as HTML. */
	char *html = plain_to_html(form_text(f, "text"));
	note.note_html = html;
	note.hiddenfromuser = !(form_get(f, "visible")->number);
	note.sendemail = form_get(f, "email")->number != 0;
	const struct form_value *status = form_get(f, "status");
	if (status->is_set)
		note.new_status = (int)status->number;
	const struct form_value *time = form_get(f, "time");
	if (time->is_set)
		note.timetaken_h = (double)time->number / 60.0;
	bool ok = app_write_action(a, &note, err, err_size);
	free(html);
	return ok;
}

/* An outcome brings Halo's defaults for its notes: private or not, e-mail, a new status.
 * They fill what the user has not set; at the start they are the starting values. */
static void outcome_defaults(struct form *f, const struct lookups *l, long id, bool is_start)
{
	const struct outcome_item *o = lookups_outcome(l, (int)id);
	if (!o)
		return;
	bool is_email = o->sendemail == 1 || o->sendemail == 2;
	if (is_start) {
		form_set_bool(f, "visible", !o->hidefromuser);
		form_set_bool(f, "email", is_email);
		if (o->newstatus > 0)
			form_set_choice(f, "status", o->newstatus, NULL);
		return;
	}
	if (!form_is_touched(f, "visible"))
		form_put_bool(f, "visible", !o->hidefromuser);
	if (!form_is_touched(f, "email"))
		form_put_bool(f, "email", is_email);
	if (!form_is_touched(f, "status"))
		form_put_choice(f, "status", o->newstatus > 0 ? o->newstatus : PICKER_NONE_ID,
				NULL);
}

static void note_changed(struct form *f, const struct form_field *field, void *ctx)
{
	const struct app *a = ctx;
	const struct form_value *v = form_get(f, "outcome");
	if (!strcmp(field->def->name, "outcome") && v->is_set)
		outcome_defaults(f, &a->data.lookups, v->number, false);
}

static bool send_form(void *ctx, void *data, struct form *f, char *err, size_t err_size)
{
	struct app *a = ctx;
	const struct ticket_form *tf = data;
	if (tf->cmd == CMD_NOTE)
		return send_note(a, tf, f, err, err_size);
	return send_edit(a, tf, f, err, err_size);
}

static void open_form(struct app *a, struct form *f, enum command cmd, ticket_id_t id)
{
	struct ticket_form *tf = xcalloc(1, sizeof(*tf));
	tf->cmd = cmd;
	tf->ticket_id = id;
	struct form_host host = { .data = tf, .free_data = free, .send = send_form };
	if (!app_form_pane_open(a, f, &host))
		free(tf);
}

static struct form *new_form(struct app *a, const char *what, ticket_id_t id,
			     const struct ticket_row *row, const struct form_field_def *defs,
			     size_t n)
{
	char title[256];
	snprintf(title, sizeof(title), "%s #%d%s%s", what, id, row && *row->summary ? " · " : "",
		 row ? row->summary : "");
	return form_new(title, defs, n, &a->data.lookups);
}

static struct form *field_picker(struct app *a, enum command cmd, ticket_id_t id,
				 const struct ticket_row *row)
{
	for (size_t i = 0; i < sizeof(field_pickers) / sizeof(field_pickers[0]); i++) {
		if (field_pickers[i].cmd != cmd)
			continue;
		char what[64];
		snprintf(what, sizeof(what), "%s of", field_pickers[i].title);
		struct form *f =
			new_form(a, what, id, row, &edit_fields[field_pickers[i].field], 1);
		if (row) {
			/* Start from the whole edit form's values: only this one is in the table. */
			struct form *all = form_new("", edit_fields,
						    sizeof(edit_fields) / sizeof(edit_fields[0]),
						    &a->data.lookups);
			fill_edit(all, a, row);
			const char *name = edit_fields[field_pickers[i].field].name;
			const struct form_value *v = form_get(all, name);
			if (v->is_set)
				form_set_choice(f, name, v->number, v->text);
			form_free(all);
		}
		form_pick_and_send(f);
		return f;
	}
	return NULL;
}

bool app_ticket_form(struct app *a, enum command cmd)
{
	bool is_picker = false;
	for (size_t i = 0; i < sizeof(field_pickers) / sizeof(field_pickers[0]); i++)
		is_picker = is_picker || field_pickers[i].cmd == cmd;
	if (cmd != CMD_NOTE && cmd != CMD_EDIT && !is_picker)
		return false;
	/* One form at a time: a second one would hide the first and what was typed in it. */
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	if (top && top->ops == &form_view_ops) {
		a->is_secondary_focused = true;
		a->needs_relayout = true;
		statusbar_set_message(&a->status,
				      "a form is open: send it (Ctrl-S) or cancel it (Esc) first");
		return true;
	}
	ticket_id_t id = app_selected_ticket(a);
	if (!id) {
		statusbar_set_message(&a->status, "no ticket selected");
		return true;
	}
	const struct ticket_row *row = known_row(a, id);
	struct form *f = NULL;
	if (cmd == CMD_NOTE) {
		f = new_form(a, "Note on", id, row, note_fields,
			     sizeof(note_fields) / sizeof(note_fields[0]));
		f->is_preview_all = true;
		form_set_bool(f, "visible", false);
		form_set_bool(f, "email", false);
		/* The outcome `note TEXT` would use, when the lookups know it. */
		int outcome = lookups_outcome_id(&a->data.lookups,
						 config_get_string(&a->cfg, SETTING_NOTE_OUTCOME));
		if (outcome != MODEL_UNSET) {
			form_set_choice(f, "outcome", outcome, NULL);
			outcome_defaults(f, &a->data.lookups, outcome, true);
		}
		form_on_change(f, note_changed, a);
		form_set_send_label(f, "Add note");
	} else if (cmd == CMD_EDIT) {
		if (!row) {
			statusbar_set_message(&a->status, "the ticket is not loaded yet");
			return true;
		}
		f = new_form(a, "Edit", id, row, edit_fields,
			     sizeof(edit_fields) / sizeof(edit_fields[0]));
		fill_edit(f, a, row);
		form_set_send_label(f, "Save");
	} else {
		f = field_picker(a, cmd, id, row);
	}
	open_form(a, f, cmd, id);
	return true;
}

bool app_save_object_selected(struct app *a, char *err, size_t err_size)
{
	ticket_id_t id = app_selected_ticket(a);
	const struct ticket_row *row = id ? known_row(a, id) : NULL;
	if (!row) {
		snprintf(err, err_size, "%s",
			 id ? "the ticket is not loaded yet" : "no ticket selected");
		return false;
	}
	/* The edit form's fields as the console holds them, every one that has a value. */
	struct form *f = form_new("", edit_fields, sizeof(edit_fields) / sizeof(edit_fields[0]),
				  &a->data.lookups);
	fill_edit(f, a, row);
	struct ticket_update u;
	ticket_update_init(&u, id);
	put_fields(&u, f, true);
	bool ok = app_save_object(a, &u, err, err_size);
	ticket_update_fini(&u);
	form_free(f);
	return ok;
}
