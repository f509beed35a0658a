/* The commands that change the selected ticket, from typed names to one change each. */
#include "config.h"

#include "app/field_commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app/app.h"
#include "app/writes.h"
#include "model/values.h"
#include "text/plain_html.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* Halo's own "Unassigned" agent: what `assign none` sends. */
#define AGENT_UNASSIGNED 1

/* Which field each command changes, from which lookup: data, a new one is a row. */
static const struct {
	enum command cmd;
	enum lookup_kind kind;
	enum ticket_field field;
} field_commands[] = {
	{ CMD_STATUS, LOOKUP_STATUS, TICKET_FIELD_STATUS_ID },
	{ CMD_PRIORITY, LOOKUP_PRIORITY, TICKET_FIELD_PRIORITY_ID },
	{ CMD_ASSIGN, LOOKUP_AGENT, TICKET_FIELD_AGENT_ID },
	{ CMD_TEAM, LOOKUP_TEAM, TICKET_FIELD_TEAM },
	{ CMD_TYPE, LOOKUP_TICKETTYPE, TICKET_FIELD_TICKETTYPE_ID },
};
#define N_FIELD_COMMANDS (sizeof(field_commands) / sizeof(field_commands[0]))

static int row_of(enum command cmd)
{
	for (size_t i = 0; i < N_FIELD_COMMANDS; i++)
		if (field_commands[i].cmd == cmd)
			return (int)i;
	return -1;
}

bool app_field_command_lookup(enum command cmd, enum lookup_kind *kind)
{
	int i = row_of(cmd);
	if (i >= 0)
		*kind = field_commands[i].kind;
	return i >= 0;
}

bool app_field_resolve(const struct app *a, enum command cmd, const char *text,
		       struct ticket_update *u, char *err, size_t errlen)
{
	int i = row_of(cmd);
	if (i < 0) {
		snprintf(err, errlen, "%s changes no field", command_name(cmd));
		return false;
	}
	enum ticket_field field = field_commands[i].field;
	if (cmd == CMD_ASSIGN && text && !strcasecmp(text, "none")) {
		ticket_update_set_int(u, field, AGENT_UNASSIGNED);
		return true;
	}
	struct lookup_match m;
	if (!lookup_match(&a->data.lookups, field_commands[i].kind, text, &m, err, errlen))
		return false;
	if (field == TICKET_FIELD_TEAM) {
		if (!*m.name) {
			snprintf(err, errlen,
				 "team %d has no name to send (tickets carry the team's name)",
				 m.id);
			return false;
		}
		ticket_update_set_string(u, field, m.name);
	} else {
		ticket_update_set_int(u, field, m.id);
	}
	return true;
}

bool app_field_change(struct app *a, ticket_id_t id, enum command cmd, const char *text, char *err,
		      size_t errlen)
{
	if (id <= 0) {
		snprintf(err, errlen, "no ticket selected");
		return false;
	}
	struct ticket_update u;
	ticket_update_init(&u, id);
	bool ok = app_field_resolve(a, cmd, text, &u, err, errlen) &&
		  app_write_ticket(a, &u, err, errlen);
	ticket_update_fini(&u);
	return ok;
}

/* Sends NOTE on ticket ID with the defaults, and NEW_STATUS when it is set. */
static bool send_note(struct app *a, ticket_id_t id, const char *text, int new_status, char *err,
		      size_t errlen)
{
	struct action_create note;
	action_create_init(&note);
	note.ticket_id = id;
	note.outcome = config_get_string(&a->cfg, SETTING_NOTE_OUTCOME);
	char *html = plain_to_html(text);
	note.note_html = html;
	note.hiddenfromuser = true;
	note.sendemail = false;
	note.new_status = new_status;
	bool ok = app_write_action(a, &note, err, errlen);
	free(html);
	return ok;
}

bool app_field_note(struct app *a, ticket_id_t id, const char *text, char *err, size_t errlen)
{
	if (id <= 0) {
		snprintf(err, errlen, "no ticket selected");
		return false;
	}
	if (!text || !*text) {
		snprintf(err, errlen, "usage: %s %s", command_name(CMD_NOTE),
			 command_usage(CMD_NOTE));
		return false;
	}
	return send_note(a, id, text, MODEL_UNSET, err, errlen);
}

int app_field_closed_status(const struct app *a)
{
	return lookup_closed_status(&a->data.lookups);
}

bool app_field_close(struct app *a, ticket_id_t id, const char *note, char *err, size_t errlen)
{
	if (id <= 0) {
		snprintf(err, errlen, "no ticket selected");
		return false;
	}
	int closed = app_field_closed_status(a);
	if (closed == MODEL_UNSET) {
		snprintf(err, errlen, "no closed status is known (the statuses have not arrived)");
		return false;
	}
	if (note && *note)
		return send_note(a, id, note, closed, err, errlen);
	struct ticket_update u;
	ticket_update_init(&u, id);
	ticket_update_set_int(&u, TICKET_FIELD_STATUS_ID, closed);
	bool ok = app_write_ticket(a, &u, err, errlen);
	ticket_update_fini(&u);
	return ok;
}

static void undo_now(void *ctx)
{
	struct app *a = ctx;
	char err[512];
	if (!app_writes_undo(a, err, sizeof(err)))
		statusbar_set_error(&a->status, err);
}

void app_field_undo(struct app *a)
{
	const struct pending_change *last;
	if (!app_writes_last(a, &last)) {
		statusbar_set_error(&a->status,
				    "nothing to undo: no field was changed in this session");
		return;
	}
	char desc[400], question[512];
	app_writes_describe(a, last->fields, last->n_fields, true, desc, sizeof(desc));
	snprintf(question, sizeof(question), "#%d %s ?", last->ticket_id, desc);
	confirm_ask(&a->confirm, question, undo_now, a);
	a->status.is_dirty = true;
}
