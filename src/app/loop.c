/* The event loop: poll() on the terminal and the wake pipe, results, keys, one flush. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "app/app.h"
#include "app/new_ticket.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/signals.h"
#include "app/views.h"
#include "net/worker.h"
#include "ui/list_view.h"

/* While something loads, the spinner turns this often; otherwise poll() waits forever. */
#define SPINNER_MS 150
/* How long the list's cursor rests on a row before the ticket pane follows it. */
#define FOLLOW_MS 150

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static struct view *secondary_view(const struct app *a)
{
	return a->depth > 1 ? a->stack[a->depth - 1] : NULL;
}

static void relayout_if_needed(struct app *a)
{
	if (!a->needs_relayout)
		return;
	a->needs_relayout = false;
	a->env.is_focused_secondary = a->is_secondary_focused;
	ui_frame_relayout(&a->frame, a->depth ? a->stack[0] : NULL, secondary_view(a),
			  a->is_secondary_focused, &a->status);
	/* Hidden views below the top must not think they are on screen. */
	for (size_t i = 1; i + 1 < a->depth; i++)
		a->stack[i]->is_dirty = false;
}

/* Lets views that just got their size ask for their data. */
static void start_views(struct app *a)
{
	for (size_t i = 0; i < a->depth; i++) {
		struct view *v = a->stack[i];
		if (v->is_started || v->rows <= 0 || (i > 0 && i + 1 < a->depth))
			continue;
		v->is_started = true;
		if (v->ops->start)
			app_react(a, v, v->ops->start(v));
	}
}

static void update_pane_text(struct app *a)
{
	char text[128] = "";
	const struct view *v = app_focused_view(a);
	if (v && v->ops->status)
		v->ops->status(v, text, sizeof(text));
	statusbar_set_pane_text(&a->status, text);
}

/* The ticket the list's cursor is on when the ticket pane should follow it, else 0. */
static ticket_id_t follow_target(const struct app *a)
{
	if (a->depth < 2 || a->is_secondary_focused || a->frame.layout.mode == LAYOUT_SINGLE)
		return 0;
	const struct view *list = a->stack[0], *top = a->stack[a->depth - 1];
	enum view_kind k = top->ops->kind;
	if (!list->ops->selected_ticket || k == VIEW_HELP || k == VIEW_MY_APPROVALS ||
	    k == VIEW_MESSAGES || k == VIEW_RAW || k == VIEW_OUTBOX || k == VIEW_FORM)
		return 0;
	ticket_id_t id = list->ops->selected_ticket(list);
	return id > 0 && id != a->data.ticket_id ? id : 0;
}

/* With both panes on screen, the ticket pane follows the list's cursor once the cursor has
 * rested FOLLOW_MS on a row: holding j asks for one ticket, not one per row. Headless runs
 * follow at once, so scripts stay deterministic. */
static void follow_cursor(struct app *a)
{
	ticket_id_t id = follow_target(a);
	if (!id) {
		a->follow_at_ms = 0;
		return;
	}
	if (!a->opt.is_headless && (id != a->follow_id || !a->follow_at_ms)) {
		a->follow_id = id;
		a->follow_at_ms = now_ms() + FOLLOW_MS;
		return;
	}
	if (!a->opt.is_headless && now_ms() < a->follow_at_ms)
		return;
	a->follow_at_ms = 0;
	app_retarget(a, a->stack[a->depth - 1], id);
}

/* refresh-interval: the list asks for its visible pages again, in place, on a deadline
 * (poll() sleeps until it; nothing ticks in between). Headless runs never refresh. */
static void schedule_refresh(struct app *a)
{
	long interval_s = config_get_int(&a->cfg, SETTING_REFRESH_INTERVAL);
	a->refresh_at_ms = interval_s > 0 && !a->opt.is_headless ? now_ms() + interval_s * 1000 : 0;
}

static void refresh_if_due(struct app *a)
{
	if (!a->refresh_at_ms || now_ms() < a->refresh_at_ms || a->depth == 0)
		return;
	struct view *list = a->stack[0];
	app_react(a, list, view_handle(list, CMD_REFRESH));
	schedule_refresh(a);
}

/* Milliseconds poll() may sleep before the nearest deadline; -1: none. */
static int next_deadline_ms(const struct app *a)
{
	int timeout = a->status.loading > 0 && !a->env.is_low_bandwidth ? SPINNER_MS : -1;
	/* Rate limited: wake when the seconds shown go down by one, and only meanwhile. */
	long limited = a->worker ? worker_rate_limited_ms(a->worker) : 0;
	if (limited > 0 && (timeout < 0 || (limited - 1) % 1000 + 1 < timeout))
		timeout = (int)((limited - 1) % 1000 + 1);
	const long deadlines[] = { a->follow_at_ms,
				   a->refresh_at_ms,
				   a->lookup_retry_at_ms,
				   statusbar_note_deadline(&a->status),
				   app_new_ticket_deadline(a),
				   app_views_count_deadline(a) };
	for (size_t i = 0; i < sizeof(deadlines) / sizeof(deadlines[0]); i++) {
		if (!deadlines[i])
			continue;
		long left = deadlines[i] - now_ms();
		int wait = left < 0 ? 0 : left > 60000 ? 60000 : (int)left;
		if (timeout < 0 || wait < timeout)
			timeout = wait;
	}
	return timeout;
}

/* Only the focused pane shows its cursor as selected: which pane j moves must be seen. */
static void mark_focus(struct app *a)
{
	const struct view *focused = app_focused_view(a);
	for (size_t i = 0; i < a->depth; i++) {
		struct view *v = a->stack[i];
		if (v->is_focused != (v == focused)) {
			v->is_focused = v == focused;
			view_mark_dirty(v);
		}
	}
}

/* message-seconds: a message or error set since the last pass starts its time, and one
 * whose time is up goes. Headless runs keep notes until a key, so scripts stay
 * deterministic, and so does low-bandwidth (nothing is repainted on a timer); poll() wakes
 * for the deadline only while a note is shown. */
static void time_notes(struct app *a)
{
	if (a->opt.is_headless)
		return;
	long now = now_ms();
	long seconds =
		a->env.is_low_bandwidth ? 0 : config_get_int(&a->cfg, SETTING_MESSAGE_SECONDS);
	statusbar_time_note(&a->status, now, seconds);
	statusbar_expire(&a->status, now);
}

static void flush(struct app *a)
{
	app_new_ticket_tick(a, now_ms());
	follow_cursor(a);
	time_notes(a);
	relayout_if_needed(a);
	start_views(a);
	relayout_if_needed(a);
	update_pane_text(a);
	app_views_sync(a);
	mark_focus(a);
	statusbar_set_loading(&a->status, (int)app_session_in_flight(a));
	if (a->is_agent) {
		const struct agent_list *me = &a->data.lookups.me;
		statusbar_set_who(&a->status, me->count ? me->items[0].name : NULL,
				  a->worker && worker_needs_login(a->worker));
	}
	statusbar_set_rate_limited(&a->status, a->worker ? worker_rate_limited_ms(a->worker) : 0);
	ui_flush(&a->frame, &a->env, a->depth ? a->stack[0] : NULL, secondary_view(a), &a->status,
		 &a->prompt, &a->confirm);
}

/* True when KEY, a Meta key, does something where it is typed. The prompt takes none. */
static bool is_meta_bound(const struct app *a, int key)
{
	if (a->prompt.is_active)
		return false;
	const struct view *v = app_focused_view(a);
	return keymap_lookup(&a->keymap, v ? v->ops->name : NULL, key) != CMD_NONE;
}

/* One key typed (or a script's key word). It ends the status bar's message first: a key
 * that sets one sets it again. Alt-x comes as Esc then x, and so does Esc then x typed
 * quickly: a Meta key nothing binds is taken as those two keys, so that Esc : closes one
 * prompt and opens another. */
static void feed_key(struct app *a, int key)
{
	if ((key & UI_KEY_ALT_BIT) && !is_meta_bound(a, key)) {
		feed_key(a, UI_KEY_ESC);
		if (!a->is_quitting)
			feed_key(a, key & ~UI_KEY_ALT_BIT);
		return;
	}
	if (key != UI_KEY_RESIZE)
		statusbar_dismiss(&a->status);
	app_key(a, key);
}

static void drain_keys(struct app *a)
{
	int key;
	while (!a->is_quitting && (key = ui_screen_read_key(&a->screen)) != 0)
		feed_key(a, key);
}

/* Waits for input, a wake-up or (while loading) the spinner's next turn. */
static void wait_for_events(struct app *a)
{
	struct pollfd fds[2] = {
		{ .fd = a->wake.read_fd, .events = POLLIN },
		{ .fd = ui_screen_input_fd(&a->screen), .events = POLLIN },
	};
	int nfds = fds[1].fd >= 0 ? 2 : 1;
	int timeout = next_deadline_ms(a);
	int rc = poll(fds, (nfds_t)nfds, timeout);
	if (rc == 0 && a->status.loading > 0) {
		a->status.spin++;
		a->status.is_dirty = true;
	}
	if (rc < 0 && errno != EINTR)
		a->is_quitting = true;
	if (fds[0].revents & POLLIN)
		wake_pipe_drain(&a->wake);
}

/* Headless: feeds the script's next item. False at the end of the script. */
static bool feed_script(struct app *a)
{
	struct script_item it = script_next(&a->script);
	switch (it.kind) {
	case SCRIPT_END:
		return false;
	case SCRIPT_KEY:
		feed_key(a, it.key);
		break;
	case SCRIPT_LINE:
		a->is_script_line = true;
		app_run_line(a, it.line);
		a->is_script_line = false;
		break;
	case SCRIPT_ERROR:
		fprintf(stderr, "halotui: %s\n", it.line);
		break;
	}
	free(it.line);
	return true;
}

static void run_loop(struct app *a)
{
	schedule_refresh(a);
	flush(a);
	while (!a->is_quitting) {
		if (a->opt.is_headless && app_is_idle(a)) {
			if (!feed_script(a))
				break;
		} else {
			wait_for_events(a);
			if (signals_quit_requested())
				a->is_quitting = true;
		}
		app_session_apply_results(a);
		drain_keys(a);
		refresh_if_due(a);
		app_session_retry_lookups(a, now_ms());
		app_views_count_if_due(a, now_ms());
		if (a->depth == 0)
			a->is_quitting = true;
		if (!a->is_quitting)
			flush(a);
	}
}

/* The list, on the view `start-view` names (a tab number or a name) when it names one. */
static void open_first_view(struct app *a)
{
	app_push_view(a, view_new(&list_view_ops, &a->env, &a->data));
	const char *start = config_get_string(&a->cfg, SETTING_START_VIEW);
	if (!start || !*start)
		return;
	char *end;
	long n = strtol(start, &end, 10);
	const char *name = start;
	if (*end == '\0' && n >= 1 && (size_t)n <= a->cfg.n_views)
		name = a->cfg.views[n - 1].name;
	char err[256];
	if (!app_views_show(a, name, err, sizeof(err))) {
		char msg[400];
		snprintf(msg, sizeof(msg), "start-view: %s; showing All tickets", err);
		statusbar_set_error(&a->status, msg);
	}
}

int app_run(struct app *a)
{
	char err[256];
	app_session_resolve(a);
	app_new_ticket_init(a);
	bool ok = a->opt.is_headless ? ui_screen_open_headless(&a->screen, a->opt.rows, a->opt.cols,
							       err, sizeof(err))
				     : ui_screen_open_tty(&a->screen, err, sizeof(err));
	if (!ok) {
		fprintf(stderr, "halotui: %s\n", err);
		return 2;
	}
	signals_install(&a->wake);
	app_settings_apply(a);
	app_session_start(a);
	open_first_view(a);
	a->needs_relayout = true;
	run_loop(a);
	app_session_stop(a);
	ui_frame_fini(&a->frame);
	ui_screen_close(&a->screen);
	signals_uninstall();
	return a->script.has_failed ? 1 : a->exit_code;
}
