/* Bulk changes: the plan from the tagged tickets, its preview, its writes and their answers. */
#include "config.h"

#include "app/bulk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/field_commands.h"
#include "app/tags.h"
#include "app/writes.h"
#include "model/bulk_plan.h"
#include "model/values.h"
#include "text/safe_text.h"
#include "ui/bulk_view.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

struct app_bulk {
	struct bulk_plan plan;
	enum command cmd;
	char *text;	/* the command's argument, "" for none (owned) */
	bool is_prefix; /* `tagged` waits for the next key */
};

/* The commands a bulk change applies: data, a new one is a row (and a case in send_one). */
static const enum command bulk_commands[] = { CMD_STATUS, CMD_PRIORITY, CMD_ASSIGN,
					      CMD_TEAM,	  CMD_NOTE,	CMD_CLOSE_TICKET };
#define N_BULK_COMMANDS (sizeof(bulk_commands) / sizeof(bulk_commands[0]))

static struct app_bulk *bulk_of(struct app *a)
{
	if (!a->bulk) {
		a->bulk = xcalloc(1, sizeof(*a->bulk));
		bulk_plan_init(&a->bulk->plan);
	}
	return a->bulk;
}

void app_bulk_fini(struct app *a)
{
	if (!a || !a->bulk)
		return;
	bulk_plan_fini(&a->bulk->plan);
	free(a->bulk->text);
	free(a->bulk);
	a->bulk = NULL;
}

bool app_bulk_applies(enum command cmd)
{
	for (size_t i = 0; i < N_BULK_COMMANDS; i++)
		if (bulk_commands[i] == cmd)
			return true;
	return false;
}

/* Writes of the plan sent and not all answered. */
static bool is_out(const struct app_bulk *b)
{
	return b->plan.is_sent && !bulk_plan_is_done(&b->plan);
}

static bool needs_text(enum command cmd)
{
	return cmd != CMD_CLOSE_TICKET;
}

void app_tagged_prefix(struct app *a)
{
	size_t n = a->data.tags.count;
	if (n == 0) {
		statusbar_set_error(
			&a->status,
			"nothing is tagged: v tags the selected ticket, * tags by pattern");
		return;
	}
	bulk_of(a)->is_prefix = true;
	char msg[160];
	snprintf(msg, sizeof(msg), "tagged: the next key's command applies to the %zu tagged %s", n,
		 plural((long long)n, "ticket", "tickets"));
	statusbar_set_message(&a->status, msg);
}

bool app_bulk_key(struct app *a, int key)
{
	if (!a->bulk || !a->bulk->is_prefix)
		return false;
	a->bulk->is_prefix = false;
	if (key == UI_KEY_ESC) {
		statusbar_set_message(&a->status, "tagged: cancelled");
		return true;
	}
	struct view *v = app_focused_view(a);
	app_tagged_command(a, keymap_lookup(&a->keymap, v ? v->ops->name : NULL, key), NULL);
	return true;
}

void app_tagged_line(struct app *a, char **words, int n)
{
	if (n < 2) {
		app_tagged_prefix(a);
		return;
	}
	enum command cmd = command_by_name(words[1]);
	if (cmd == CMD_NONE) {
		char msg[256];
		snprintf(msg, sizeof(msg), "tagged: there is no command called %.100s", words[1]);
		statusbar_set_error(&a->status, msg);
		return;
	}
	/* The argument as typed, spaces kept: what follows the command's name. */
	const char *rest = app_line_rest(a);
	rest += strcspn(rest, " \t");
	rest += strspn(rest, " \t");
	/* A name ends at its last letter: completion leaves a blank after it. */
	size_t len = strlen(rest);
	while (cmd != CMD_NOTE && len > 0 && (rest[len - 1] == ' ' || rest[len - 1] == '\t'))
		len--;
	char *arg = xstrndup(rest, len);
	app_tagged_command(a, cmd, arg);
	free(arg);
}

/* The name of the status `close` sets. */
static const char *closed_name(const struct app *a)
{
	const char *name = lookups_status_name(&a->data.lookups, app_field_closed_status(a));
	return name && *name ? name : "closed";
}

/* The target value of DESC, "priority: Low → Low", into OUT: "Low". */
static void target_of(const char *desc, char *out, size_t size)
{
	if (size == 0)
		return;
	const char *arrow = strstr(desc, "\xE2\x86\x92 ");
	const char *value = arrow ? arrow + 4 : desc;
	size_t n = strlen(value) < size ? strlen(value) : size - 1;
	memcpy(out, value, n);
	out[n] = '\0';
}

/* "#1234 status: New → In Progress" for a field command on ticket ID; false with ERR when
 * TEXT names nothing (the same for every ticket: the plan stops at the first). A ticket
 * already at the value gets "#1234 priority: already Low, skipped" and ALREADY is set to the
 * value ("Low"), else ALREADY is "". ALREADY_LEN 0: never skipped. */
static bool field_line(struct app *a, ticket_id_t id, enum command cmd, const char *text,
		       struct strbuf *out, char *already, size_t already_len, char *err,
		       size_t errlen)
{
	struct ticket_update u;
	ticket_update_init(&u, id);
	bool ok = true;
	*already = '\0';
	if (cmd == CMD_CLOSE_TICKET) {
		int closed = app_field_closed_status(a);
		if (closed == MODEL_UNSET) {
			snprintf(err, errlen,
				 "no closed status is known (the statuses have not arrived)");
			ok = false;
		} else {
			ticket_update_set_int(&u, TICKET_FIELD_STATUS_ID, closed);
		}
	} else {
		ok = app_field_resolve(a, cmd, text, &u, err, errlen);
	}
	if (ok) {
		char desc[400];
		app_writes_describe_update(a, &u, desc, sizeof(desc));
		if (*desc && already_len > 0 && app_writes_update_is_noop(a, &u)) {
			target_of(desc, already, already_len);
			strbuf_appendf(out, "#%d %.*s: already %s, skipped", id,
				       (int)strcspn(desc, ":"), desc, already);
		} else if (*desc) {
			strbuf_appendf(out, "#%d %s", id, desc);
		} else { /* its row is not loaded: the new value only */
			strbuf_appendf(out, "#%d %s \xE2\x86\x92 %s", id,
				       cmd == CMD_CLOSE_TICKET ? "status" : command_name(cmd),
				       cmd == CMD_CLOSE_TICKET ? closed_name(a) : text);
		}
	}
	ticket_update_fini(&u);
	return ok;
}

/* The line of the write CMD makes to ticket ID (ALREADY as field_line sets it). */
static bool plan_line(struct app *a, ticket_id_t id, enum command cmd, const char *text,
		      struct strbuf *out, char *already, size_t already_len, char *err,
		      size_t errlen)
{
	*already = '\0';
	if (cmd == CMD_NOTE) {
		strbuf_appendf(out, "#%d note: %s", id, text);
		return true;
	}
	/* close with a note still writes the note */
	bool has_note = cmd == CMD_CLOSE_TICKET && text && *text;
	if (!field_line(a, id, cmd, text, out, already, has_note ? 0 : already_len, err, errlen))
		return false;
	if (has_note)
		strbuf_appendf(out, ", note: %s", text);
	return true;
}

/* Fills the plan with one write per tagged ticket; false with ERR when one cannot be made. */
static bool make_plan(struct app *a, enum command cmd, const char *text, char *err, size_t errlen)
{
	struct app_bulk *b = bulk_of(a);
	bulk_plan_start(&b->plan, command_name(cmd), text);
	struct strbuf line;
	strbuf_init(&line);
	bool ok = true;
	for (size_t i = 0; ok && i < a->data.tags.count; i++) {
		char already[200];
		strbuf_reset(&line);
		ok = plan_line(a, a->data.tags.ids[i], cmd, text, &line, already, sizeof(already),
			       err, errlen);
		if (ok) {
			/* Names come from the server, the note from the user: both are shown. */
			char *clean = safe_text_clean(line.data, 0);
			if (*already) {
				char *name = safe_text_clean(already, 0);
				bulk_plan_skip(&b->plan, a->data.tags.ids[i], clean, name);
				free(name);
			} else {
				bulk_plan_add(&b->plan, a->data.tags.ids[i], clean);
			}
			free(clean);
		}
	}
	strbuf_fini(&line);
	if (!ok)
		bulk_plan_start(&b->plan, command_name(cmd), text);
	return ok;
}

static void send_plan(void *ctx);
static void cancel_plan(void *ctx);

/* Opens the bulk pane on the plan, in place of one still open on top. */
static void open_preview(struct app *a)
{
	if (a->depth > 1 && a->stack[a->depth - 1]->ops == &bulk_view_ops)
		app_pop_view(a);
	struct bulk_host host = { .ctx = a, .send = send_plan, .cancel = cancel_plan };
	app_push_view(a, bulk_view_new(&a->env, &bulk_of(a)->plan, &host));
}

void app_tagged_command(struct app *a, enum command cmd, const char *text)
{
	char err[1024];
	if (!app_bulk_applies(cmd)) {
		if (cmd == CMD_NONE)
			snprintf(err, sizeof(err),
				 "that key has no command for tagged tickets: status, priority, "
				 "assign, team, note and close apply to them");
		else
			snprintf(
				err, sizeof(err),
				"%s cannot be applied to tagged tickets: status, priority, assign, "
				"team, note and close can",
				command_name(cmd));
		statusbar_set_error(&a->status, err);
		return;
	}
	if (a->data.tags.count == 0) {
		statusbar_set_error(
			&a->status,
			"nothing is tagged: v tags the selected ticket, * tags by pattern");
		return;
	}
	struct app_bulk *b = bulk_of(a);
	if (is_out(b)) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_append_str(&sb, "a bulk change is on its way (");
		bulk_plan_progress(&b->plan, &sb);
		strbuf_append_str(&sb, "): it ends first");
		statusbar_set_error(&a->status, sb.data);
		strbuf_fini(&sb);
		return;
	}
	if (needs_text(cmd) && (!text || !*text)) {
		char line[64];
		snprintf(line, sizeof(line), "%s %s ", command_name(CMD_TAGGED), command_name(cmd));
		prompt_open_with(&a->prompt, line);
		a->status.is_dirty = true;
		return;
	}
	if (!make_plan(a, cmd, text, err, sizeof(err))) {
		statusbar_set_error(&a->status, err);
		return;
	}
	b->cmd = cmd;
	free(b->text);
	b->text = xstrdup(text ? text : "");
	struct strbuf sb;
	strbuf_init(&sb);
	size_t n = bulk_plan_writes(&b->plan);
	if (n == 0) {
		strbuf_appendf(&sb, "bulk %s: the %zu tagged %s already %s, nothing to send",
			       b->plan.command, b->plan.count,
			       b->plan.count == 1 ? "ticket is" : "tickets are",
			       b->plan.already ? b->plan.already : "set");
		statusbar_set_message(&a->status, sb.data);
		strbuf_fini(&sb);
		bulk_plan_start(&b->plan, b->plan.command, NULL);
		return;
	}
	open_preview(a);
	strbuf_appendf(&sb, "%zu %s to send", n, plural((long long)n, "write", "writes"));
	if (n < b->plan.count) {
		strbuf_append_str(&sb, " (");
		bulk_plan_skipped(&b->plan, &sb);
		strbuf_append_str(&sb, ")");
	}
	strbuf_append_str(&sb, ": y sends, n or Esc cancels");
	statusbar_set_message(&a->status, sb.data);
	strbuf_fini(&sb);
}

/* After each answer: the progress in the bar, and when the last came, the report. */
static void show_progress(struct app *a)
{
	struct app_bulk *b = a->bulk;
	struct strbuf sb;
	strbuf_init(&sb);
	if (!bulk_plan_is_done(&b->plan)) {
		bulk_plan_progress(&b->plan, &sb);
		statusbar_set_bulk(&a->status, sb.data);
		strbuf_fini(&sb);
		return;
	}
	statusbar_set_bulk(&a->status, NULL);
	for (size_t i = 0; i < b->plan.count; i++)
		if (b->plan.items[i].state == BULK_ITEM_CHANGED ||
		    b->plan.items[i].state == BULK_ITEM_SKIPPED)
			tag_set_remove(&a->data.tags, b->plan.items[i].ticket_id);
	app_tags_changed(a);
	strbuf_appendf(&sb, "bulk %s: ", b->plan.command);
	bulk_plan_report(&b->plan, &sb);
	if (bulk_plan_count(&b->plan, BULK_ITEM_FAILED))
		statusbar_set_error(&a->status, sb.data);
	else
		statusbar_set_message(&a->status, sb.data);
	strbuf_fini(&sb);
}

/* The answer to one write of the plan (CTX: its item). */
static void item_done(struct app *a, const struct job_result *r, void *ctx)
{
	struct bulk_item *item = ctx;
	bool ok = r->status == STATUS_OK;
	const char *words = r->error.message && *r->error.message ? r->error.message
								  : status_message(r->status);
	bulk_plan_settle(&a->bulk->plan, item, ok, r->error.http_code, words);
	show_progress(a);
}

/* Sends ITEM's write through the field commands, as the command on its own would. */
static bool send_one(struct app *a, const struct bulk_item *item, char *err, size_t errlen)
{
	const struct app_bulk *b = a->bulk;
	switch (b->cmd) {
	case CMD_NOTE:
		return app_field_note(a, item->ticket_id, b->text, err, errlen);
	case CMD_CLOSE_TICKET:
		return app_field_close(a, item->ticket_id, b->text, err, errlen);
	default:
		return app_field_change(a, item->ticket_id, b->cmd, b->text, err, errlen);
	}
}

static void send_plan(void *ctx)
{
	struct app *a = ctx;
	struct app_bulk *b = a->bulk;
	b->plan.is_sent = true;
	for (size_t i = 0; i < b->plan.count; i++) {
		struct bulk_item *item = &b->plan.items[i];
		char err[512];
		if (item->state == BULK_ITEM_SKIPPED)
			continue;
		app_writes_then(a, item_done, item);
		bool ok = send_one(a, item, err, sizeof(err));
		app_writes_then(a, NULL, NULL);
		if (ok)
			bulk_plan_sent(&b->plan, item);
		else
			bulk_plan_settle(&b->plan, item, false, 0, err);
	}
	show_progress(a);
}

static void cancel_plan(void *ctx)
{
	struct app *a = ctx;
	struct app_bulk *b = a->bulk;
	char msg[128];
	snprintf(msg, sizeof(msg), "bulk %s cancelled: nothing was sent", b->plan.command);
	statusbar_set_message(&a->status, msg);
	bulk_plan_start(&b->plan, b->plan.command, NULL);
}
