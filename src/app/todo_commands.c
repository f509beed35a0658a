/* To-dos from the console: todo-add, todo-done (toggles), todo-edit, todo-delete's answer. */
#include "config.h"

#include "app/todo_commands.h"

#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "app/writes.h"
#include "net/api.h"
#include "net/worker.h"
#include "ui/doc_view.h"
#include "util/strbuf.h"

static bool is_todos_pane(const struct view *v)
{
	return v && v->ops->kind == VIEW_TODOS;
}

static void refuse(struct app *a, const char *msg)
{
	statusbar_set_error(&a->status, msg);
	if (a->is_script_line) {
		fprintf(stderr, "halotui: %s\n", msg);
		a->script.has_failed = true;
	}
}

/* The to-do under the cursor of the focused to-dos pane, or NULL. */
static struct todo *selected_todo(struct app *a)
{
	struct view *v = app_focused_view(a);
	if (!is_todos_pane(v))
		return NULL;
	view_recalc(v);
	long i = doc_view_selected_entry(v);
	return i >= 0 && (size_t)i < a->data.todos.count ? &a->data.todos.items[i] : NULL;
}

/* False, with the reason, when CMD cannot run here; NEEDS_TODO: it acts on the selected one. */
static bool can_run(struct app *a, enum command cmd, bool needs_todo)
{
	char msg[160];
	if (!is_todos_pane(app_focused_view(a))) {
		snprintf(msg, sizeof(msg), "%s works in the to-dos pane (t on a ticket)",
			 command_name(cmd));
		refuse(a, msg);
		return false;
	}
	if (needs_todo && !selected_todo(a)) {
		refuse(a, "no to-do selected");
		return false;
	}
	if (!needs_todo && a->data.ticket_id <= 0) {
		refuse(a, "no ticket open");
		return false;
	}
	return true;
}

/* The answer to a to-do write: after a failure the to-dos are fetched again, so a tick that
 * did not happen goes (the write path reads them back after a success). */
static void saved(struct app *a, const struct job_result *r, void *ctx)
{
	(void)ctx;
	if (r->status != STATUS_OK && a->data.todos_state.is_loaded) {
		struct view_want w = { .kind = WANT_TODOS, .ticket_id = a->data.ticket_id };
		app_session_want(a, &w);
	}
}

static bool send_update(struct app *a, const struct todo_update *u)
{
	char err[256];
	if (app_write_todo(a, u, saved, NULL, err, sizeof(err)))
		return true;
	refuse(a, err);
	return false;
}

/* Ticks or unticks the selected to-do; the tick shows at once, who and when after the
 * answer's refetch. */
static void toggle_done(struct app *a)
{
	struct todo *td = selected_todo(a);
	struct todo_update u;
	todo_update_init(&u, td->id, td->ticket_id > 0 ? td->ticket_id : a->data.ticket_id);
	u.has_done = true;
	u.is_done = !td->is_done;
	if (!send_update(a, &u))
		return;
	td->is_done = u.is_done;
	struct view_update vu = { .kind = WANT_TODOS, .ticket_id = a->data.ticket_id };
	app_notify_views(a, &vu);
}

void app_todo_command(struct app *a, enum command cmd)
{
	if (cmd == CMD_TODO_DELETE) {
		statusbar_set_message(&a->status, "Halo's API cannot delete to-dos: tick it (x).");
		return;
	}
	if (!can_run(a, cmd, cmd != CMD_TODO_ADD))
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	switch (cmd) {
	case CMD_TODO_DONE:
		toggle_done(a);
		break;
	case CMD_TODO_ADD:
		prompt_open_with(&a->prompt, "todo-add ");
		break;
	case CMD_TODO_EDIT:
		strbuf_appendf(&sb, "todo-edit %s", selected_todo(a)->text);
		prompt_open_with(&a->prompt, sb.data);
		break;
	default:
		break;
	}
	strbuf_fini(&sb);
	a->status.is_dirty = true;
}

void app_todo_line(struct app *a, char **words, int n)
{
	enum command cmd = command_by_name(words[0]);
	if (cmd == CMD_TODO_EDIT && n == 1) {
		app_todo_command(a, cmd);
		return;
	}
	if (n == 1) {
		refuse(a, "usage: todo-add TEXT");
		return;
	}
	if (!can_run(a, cmd, cmd == CMD_TODO_EDIT))
		return;
	struct todo_update u;
	const struct todo *td = cmd == CMD_TODO_EDIT ? selected_todo(a) : NULL;
	todo_update_init(&u, td ? td->id : 0,
			 td && td->ticket_id > 0 ? td->ticket_id : a->data.ticket_id);
	u.has_text = true;
	u.text = words[1];
	send_update(a, &u);
}
