/* The application state: set-up, the view stack, commands and `:` lines. */
#include "config.h"

#include "app/app.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/approval_commands.h"
#include "app/bulk.h"
#include "app/complete.h"
#include "app/field_commands.h"
#include "app/filter_form.h"
#include "app/forecast_commands.h"
#include "app/login.h"
#include "app/mark_viewed.h"
#include "app/new_ticket.h"
#include "app/outbox_commands.h"
#include "app/search.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/tags.h"
#include "app/ticket_commands.h"
#include "app/ticket_forms.h"
#include "app/ticket_routes.h"
#include "app/todo_commands.h"
#include "app/views.h"
#include "app/write_checks.h"
#include "app/writes.h"
#include "net/worker.h"
#include "ui/clipboard.h"
#include "ui/doc_view.h"
#include "ui/list_view.h"
#include "ui/messages_view.h"
#include "ui/outbox_view.h"
#include "util/alloc.h"
#include "util/log.h"
#include "util/plural.h"
#include "util/strbuf.h"

bool app_init(struct app *a, const struct app_options *opt, char *err, size_t err_size)
{
	memset(a, 0, sizeof(*a));
	a->opt = *opt;
	a->wake.read_fd = a->wake.write_fd = -1;
	ui_env_init(&a->env, &a->screen);
	ui_frame_init(&a->frame);
	statusbar_init(&a->status);
	prompt_init(&a->prompt);
	confirm_init(&a->confirm);
	keymap_init(&a->keymap);
	config_init(&a->cfg);
	/* Before any child runs: none of them gets the secret. */
	config_take_env_secret(&a->cfg);
	pane_data_init(&a->data);
	a->status.is_demo = opt->is_demo;
	/* The demo talks to its own halo-mock whatever profile is named: no Halo to name. */
	if (!opt->is_demo)
		statusbar_set_profile(&a->status, opt->profile);
	if (!wake_pipe_open(&a->wake)) {
		snprintf(err, err_size, "cannot make the wake pipe: %s", strerror(errno));
		return false;
	}
	app_settings_load(a);
	app_settings_apply(a);
	if (!app_session_open_log(a, err, err_size))
		return false;
	if (opt->script_path && !script_open(&a->script, opt->script_path)) {
		snprintf(err, err_size, "cannot read the script %s: %s", opt->script_path,
			 strerror(errno));
		return false;
	}
	return true;
}

void app_fini(struct app *a)
{
	while (a->depth > 0)
		view_free(a->stack[--a->depth]);
	app_new_ticket_fini(a); /* after the panes: a form still open kept its draft */
	ui_frame_fini(&a->frame);
	ui_screen_close(&a->screen);
	help_data_clear(&a->help);
	app_write_checks_fini(a);
	app_writes_fini(a);
	app_bulk_fini(a);
	app_views_fini(a);
	pane_data_fini(&a->data);
	config_fini(&a->cfg);
	free(a->sort_setting);
	free(a->theme_applied);
	profile_connection_fini(&a->conn);
	oauth_store_fini(&a->token_store);
	log_close(a->log); /* after the worker, which wrote to it, stopped */
	a->log = NULL;
	keymap_fini(&a->keymap);
	prompt_fini(&a->prompt);
	confirm_fini(&a->confirm);
	statusbar_fini(&a->status);
	script_close(&a->script);
	if (a->wake.read_fd >= 0)
		wake_pipe_close(&a->wake);
}

struct view *app_focused_view(const struct app *a)
{
	if (a->depth == 0)
		return NULL;
	return a->is_secondary_focused || a->depth == 1 ? a->stack[a->depth - 1] : a->stack[0];
}

void app_push_view(struct app *a, struct view *v)
{
	if (!v)
		return;
	if (a->depth == APP_MAX_VIEWS) {
		/* Keep the primary; drop the oldest secondary to make room. */
		view_free(a->stack[1]);
		memmove(&a->stack[1], &a->stack[2], (APP_MAX_VIEWS - 2) * sizeof(a->stack[0]));
		a->depth--;
	}
	a->stack[a->depth++] = v;
	a->is_secondary_focused = a->depth > 1;
	a->needs_relayout = true;
}

static void quit_now(void *ctx)
{
	struct app *a = ctx;
	a->is_quitting = true;
}

/* Changes the server has not accepted yet: every record the outbox still holds. */
static size_t unsent_changes(const struct app *a)
{
	struct outbox_entry *entries = NULL;
	size_t n = a->worker ? worker_outbox_pending(a->worker, &entries) : 0;
	outbox_entries_free(entries, n);
	return n;
}

void app_quit(struct app *a)
{
	size_t n = config_get_bool(&a->cfg, SETTING_CONFIRM_QUIT) ? unsent_changes(a) : 0;
	if (n == 0) {
		quit_now(a);
		return;
	}
	char question[128];
	snprintf(question, sizeof(question), "%zu unsent change%s in the outbox: quit anyway?", n,
		 n == 1 ? "" : "s");
	confirm_ask(&a->confirm, question, quit_now, a);
}

void app_pop_view(struct app *a)
{
	if (a->depth <= 1) {
		app_quit(a);
		return;
	}
	view_free(a->stack[--a->depth]);
	a->is_secondary_focused = a->depth > 1;
	a->needs_relayout = true;
}

void app_keymap_changed(struct app *a)
{
	for (size_t i = 0; i < a->depth; i++) {
		if (a->stack[i]->ops != &help_view_ops)
			continue;
		/* The help shows the keys of the view under it. */
		const char *view = i > 0 ? a->stack[i - 1]->ops->name : "help";
		keymap_help(&a->keymap, view, &a->help);
		view_mark_dirty(a->stack[i]);
	}
}

void app_messages_changed(struct app *a)
{
	const struct messages *m = &a->data.messages;
	static const struct {
		enum message_kind kind;
		const char *one, *many;
	} counted[] = {
		{ MESSAGE_CONFIG, "config error", "config errors" },
		{ MESSAGE_WARNING, "warning", "warnings" },
		{ MESSAGE_ODD_FIELD, "odd field", "odd fields" },
	};
	struct strbuf sb;
	strbuf_init(&sb);
	for (size_t i = 0; i < sizeof(counted) / sizeof(counted[0]); i++) {
		size_t n = messages_count(m, counted[i].kind);
		if (n)
			strbuf_appendf(&sb, "%s%zu %s", sb.len ? " · " : "", n,
				       plural((long long)n, counted[i].one, counted[i].many));
	}
	if (sb.len)
		strbuf_append_str(&sb, ", see :messages");
	statusbar_set_notice(&a->status, sb.len ? sb.data : NULL);
	strbuf_fini(&sb);
	for (size_t i = 0; i < a->depth; i++)
		if (a->stack[i]->ops == &messages_view_ops)
			view_mark_dirty(a->stack[i]);
}

static const struct view_ops *ops_of(enum view_kind kind)
{
	switch (kind) {
	case VIEW_LIST:
		return &list_view_ops;
	case VIEW_DETAIL:
		return &detail_view_ops;
	case VIEW_HISTORY:
		return &history_view_ops;
	case VIEW_APPROVALS:
		return &approvals_view_ops;
	case VIEW_TODOS:
		return &todos_view_ops;
	case VIEW_MY_APPROVALS:
		return &my_approvals_view_ops;
	case VIEW_MESSAGES:
		return &messages_view_ops;
	case VIEW_RAW:
		return &raw_view_ops;
	case VIEW_CLOSURES:
		return &closures_view_ops;
	case VIEW_FORECAST:
		return &forecast_view_ops;
	case VIEW_OUTBOX:
		return &outbox_view_ops;
	default:
		return &help_view_ops;
	}
}

/* Whether panes of KIND show the focused ticket (the others show lists of their own). */
static bool is_ticket_pane(enum view_kind kind)
{
	return kind != VIEW_LIST && kind != VIEW_MY_APPROVALS && kind != VIEW_HELP &&
	       kind != VIEW_MESSAGES && kind != VIEW_RAW && kind != VIEW_OUTBOX &&
	       kind != VIEW_FORM;
}

void app_retarget(struct app *a, struct view *v, ticket_id_t ticket_id)
{
	if (is_ticket_pane(v->ops->kind))
		app_session_focus(a, ticket_id);
	app_react(a, v, view_retarget(v, ticket_id));
}

void app_open_view(struct app *a, enum view_kind kind, ticket_id_t ticket_id)
{
	if (kind == VIEW_HELP) {
		app_command(a, CMD_HELP);
		return;
	}
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	if (top && top->ops->kind == kind && (!is_ticket_pane(kind) || !a->is_secondary_focused)) {
		/* The same pane again: it shows the newly focused ticket. */
		a->is_secondary_focused = true;
		if (kind == VIEW_DETAIL) {
			app_mark_viewed_opened(a, ticket_id);
			app_views_opened(a, ticket_id);
		}
		app_retarget(a, top, ticket_id);
		a->needs_relayout = true;
		return;
	}
	if (is_ticket_pane(kind))
		app_session_focus(a, ticket_id);
	if (kind == VIEW_DETAIL) {
		app_mark_viewed_opened(a, ticket_id);
		app_views_opened(a, ticket_id);
	}
	if (!a->is_secondary_focused)
		while (a->depth > 1)
			view_free(a->stack[--a->depth]);
	app_push_view(a, view_new(ops_of(kind), &a->env, &a->data));
}

static void open_help(struct app *a)
{
	struct view *focused = app_focused_view(a);
	if (focused && focused->ops == &help_view_ops)
		return;
	keymap_help(&a->keymap, focused ? focused->ops->name : NULL, &a->help);
	app_push_view(a, view_new(&help_view_ops, &a->env, &a->help));
}

static void switch_pane(struct app *a)
{
	if (a->depth < 2)
		return;
	a->is_secondary_focused = !a->is_secondary_focused;
	/* One pane at a time: the other one must come into view. */
	if (a->frame.layout.mode == LAYOUT_SINGLE)
		a->needs_relayout = true;
	view_mark_dirty(a->stack[0]);
	view_mark_dirty(a->stack[a->depth - 1]);
}

/* Commands every view shares; views get the first chance to handle a key. */
static void app_wide_command(struct app *a, enum command cmd)
{
	switch (cmd) {
	case CMD_QUIT:
		app_quit(a);
		break;
	case CMD_BACK:
		app_pop_view(a);
		break;
	case CMD_CLOSE:
		/* Esc is pressed by reflex, to cancel: it must not end the session. */
		if (a->depth > 1)
			app_pop_view(a);
		else
			statusbar_set_message(&a->status,
					      "Esc closes panes; q or Q leaves halotui");
		break;
	case CMD_HELP:
		open_help(a);
		break;
	case CMD_PROMPT:
		prompt_open(&a->prompt);
		a->status.is_dirty = true;
		break;
	case CMD_SEARCH:
		app_search_open(a);
		break;
	case CMD_NEXT_PANE:
	case CMD_PREV_PANE:
		switch_pane(a);
		break;
	case CMD_REDRAW:
		ui_frame_force_repaint(&a->frame);
		break;
	case CMD_MESSAGES:
		app_open_view(a, VIEW_MESSAGES, 0);
		break;
	case CMD_PROCESS_CHILDREN: {
		char err[256];
		if (!app_process_children(a, err, sizeof(err)))
			statusbar_set_error(&a->status, err);
		break;
	}
	case CMD_LOGIN:
		app_login_console(a);
		break;
	case CMD_WHOAMI:
		app_login_whoami(a);
		break;
	case CMD_FILTER_FORM:
		app_filter_form(a);
		break;
	case CMD_VIEW_NUMBER:
		/* From a key: the digit typed is the tab's number. */
		if (a->last_key >= '1' && a->last_key <= '9')
			app_views_number(a, a->last_key - '0');
		else
			prompt_open_with(&a->prompt, "view-number ");
		a->status.is_dirty = true;
		break;
	case CMD_VIEWLOG:
	case CMD_CLOSURES:
	case CMD_DETAILS:
	case CMD_HISTORY:
	case CMD_APPROVALS:
	case CMD_TODOS:
	case CMD_MY_APPROVALS:
	case CMD_COPY_URL:
	case CMD_COPY_ID:
	case CMD_OPEN_BROWSER:
		app_ticket_command(a, cmd);
		break;
	case CMD_UNDO:
		app_field_undo(a);
		break;
	case CMD_OPEN:
		/* An approval step's or a closure confirmation's own record. */
		if (!app_approval_open(a))
			app_closure_open(a);
		break;
	case CMD_SAVE_OBJECT: {
		char err[256];
		if (!app_save_object_selected(a, err, sizeof(err)))
			statusbar_set_error(&a->status, err);
		break;
	}
	case CMD_FORECAST:
	case CMD_FORECAST_ADD:
		app_forecast_command(a, cmd);
		break;
	case CMD_COPY_RAW: {
		char err[256];
		if (!app_copy_raw(a, err, sizeof(err)))
			statusbar_set_error(&a->status, err);
		break;
	}
	case CMD_APPROVAL_DELETE:
		app_approval_delete(a);
		break;
	case CMD_OUTBOX:
	case CMD_RESEND:
	case CMD_DISCARD:
		app_outbox_command(a, cmd);
		break;
	case CMD_APPROVE:
	case CMD_REJECT:
		app_approval_key(a, cmd);
		break;
	case CMD_TODO_ADD:
	case CMD_TODO_DONE:
	case CMD_TODO_EDIT:
	case CMD_TODO_DELETE:
		app_todo_command(a, cmd);
		break;
	case CMD_TAG:
		app_tag_selected(a);
		break;
	case CMD_UNTAG_ALL:
		app_untag_all(a);
		break;
	case CMD_TAGGED:
		app_tagged_prefix(a);
		break;
	case CMD_NEW:
		app_new_ticket(a);
		break;
	case CMD_DRAFTS:
		app_new_ticket_drafts(a);
		break;
	case CMD_DRAFT_OPEN:
	case CMD_DRAFT_DELETE:
		app_drafts_pick(a, cmd == CMD_DRAFT_DELETE);
		break;
	default:
		/* In the outbox, to-dos and forecast panes, edit is theirs. */
		if (cmd == CMD_EDIT && (app_outbox_edit(a) || app_forecast_edit(a)))
			break;
		/* A command whose form stands for its argument (note, status...) opens it. */
		if (app_ticket_form(a, cmd))
			break;
		/* A command that needs its argument, from a key: the prompt asks for it. */
		if (command_arg(cmd) != ARG_NONE) {
			struct strbuf sb;
			strbuf_init(&sb);
			strbuf_appendf(&sb, "%s ", command_name(cmd));
			prompt_open_with(&a->prompt, sb.data);
			strbuf_fini(&sb);
			a->status.is_dirty = true;
		}
		break;
	}
}

static void run_wants(struct app *a, struct view *v)
{
	for (int i = 0; i < v->n_want; i++)
		app_session_want(a, &v->want[i]);
	v->n_want = 0;
}

void app_react(struct app *a, struct view *v, unsigned r)
{
	if (r & REACT_QUIT)
		app_quit(a);
	if (r & REACT_RELAYOUT)
		a->needs_relayout = true;
	if (r & REACT_FETCH)
		run_wants(a, v);
	if (r & REACT_OPEN_VIEW)
		app_open_view(a, v->open.kind, (int)v->open.ticket_id);
	else if ((r & REACT_CLOSE) && v == a->stack[a->depth - 1])
		app_pop_view(a);
}

void app_notify_views(struct app *a, const struct view_update *u)
{
	/* A view may open or close another while reacting: walk a snapshot. */
	struct view *snapshot[APP_MAX_VIEWS];
	size_t n = a->depth;
	memcpy(snapshot, a->stack, n * sizeof(snapshot[0]));
	for (size_t i = 0; i < n; i++) {
		if (i < a->depth && a->stack[i] == snapshot[i])
			app_react(a, snapshot[i], view_on_result(snapshot[i], u));
	}
}

void app_command(struct app *a, enum command cmd)
{
	if (cmd == CMD_NONE)
		return;
	struct view *v = app_focused_view(a);
	unsigned r = v ? view_handle(v, cmd) : REACT_UNHANDLED;
	if (r & REACT_UNHANDLED) {
		app_wide_command(a, cmd);
		return;
	}
	app_react(a, v, r);
	/* `r` on the list also says "names changed"; refresh-interval does not come this way. */
	if (cmd == CMD_REFRESH && v->ops->kind == VIEW_LIST)
		app_session_refresh_lookups(a);
}

void app_key(struct app *a, int key)
{
	if (key == UI_KEY_RESIZE) {
		a->needs_relayout = true;
		return;
	}
	if (confirm_is_active(&a->confirm)) {
		confirm_key(&a->confirm, key);
		a->status.is_dirty = true;
		return;
	}
	if (a->prompt.is_active && a->prompt.is_search) {
		app_search_key(a, key);
		return;
	}
	if (a->prompt.is_active) {
		struct completion c;
		c.count = 0;
		if (key == UI_KEY_TAB && !prompt_is_cycling(&a->prompt)) {
			struct completion_sources src = { &a->cfg, &a->data.lookups };
			app_complete(prompt_text(&a->prompt), &src, &c);
		}
		enum prompt_result pr = prompt_key(&a->prompt, key, c.choices, c.count);
		a->status.is_dirty = true;
		if (pr == PROMPT_SUBMIT) {
			char *line = xstrdup(prompt_text(&a->prompt));
			prompt_close(&a->prompt, true);
			app_run_line(a, line);
			free(line);
		}
		return;
	}
	/* After `tagged` (;), the key names the command to apply to the tagged tickets. */
	if (app_bulk_key(a, key))
		return;
	struct view *v = app_focused_view(a);
	/* A pane that takes typing (a form) sees the key before the keymap. */
	if (v && v->ops->key) {
		unsigned r = v->ops->key(v, key);
		if (!(r & REACT_UNHANDLED)) {
			if (r & REACT_REDRAW)
				view_mark_dirty(v);
			app_react(a, v, r);
			return;
		}
	}
	a->last_key = key;
	app_command(a, keymap_lookup(&a->keymap, v ? v->ops->name : NULL, key));
	a->last_key = 0;
}

bool app_is_idle(const struct app *a)
{
	return app_session_in_flight(a) == 0;
}
