/* The application: every piece of console state, and the event loop that drives it. */
#ifndef HALOTUI_APP_APP_H
#define HALOTUI_APP_APP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/keymap.h"
#include "app/lookup_cache.h"
#include "app/script.h"
#include "config/configuration.h"
#include "config/profile.h"
#include "model/generations.h"
#include "net/oauth_store.h"
#include "ui/confirm.h"
#include "ui/env.h"
#include "ui/frame.h"
#include "ui/help_view.h"
#include "ui/pane_data.h"
#include "ui/prompt.h"
#include "ui/screen.h"
#include "ui/statusbar.h"
#include "ui/view.h"
#include "util/log.h"
#include "util/wake_pipe.h"

#define APP_MAX_VIEWS 16

/* What main decided from argv. Strings are not owned (they live in argv). */
struct app_options {
	bool is_headless;
	const char *script_path; /* headless: the script to run */
	int rows, cols;		 /* headless: the screen size */
	bool is_demo;
	bool is_no_color;
	const char *theme;
	const char *profile;
	const char *log_path; /* --log FILE: the request log (over the `log-file` setting) */
};

struct worker;
struct log;
struct mock_server;
struct ticket_query;
struct app_writes;
struct app_bulk;
struct app_write_checks;
struct new_ticket;
struct app_views;

struct app {
	struct app_options opt;
	struct ui_screen screen;
	struct ui_env env;
	struct ui_frame frame;
	struct statusbar status;
	struct prompt prompt;
	struct confirm confirm; /* a question on the status line (quit with unsent changes) */
	struct keymap keymap;
	struct wake_pipe wake;
	struct help_data help;
	struct config cfg;
	size_t binds_applied;	/* cfg->binds already in the keymap */
	char *sort_setting;	/* the `sort` setting last applied (owned) */
	char *theme_applied;	/* the last theme that loaded (owned) */
	long page_size_applied; /* the `page-size` the list's pages have; 0 before any */
	struct pane_data data;
	struct script script;
	struct view *stack[APP_MAX_VIEWS]; /* [0] is the primary pane; the top is the secondary */
	size_t depth;
	bool is_secondary_focused;
	bool needs_relayout;
	bool is_quitting;
	struct worker *worker; /* NULL when there is no connection */
	/* The connection, resolved before curses starts (the secret command may ask on the
	 * terminal and may take seconds); handed to the worker, then finished. */
	struct profile_connection conn;
	bool is_conn_ready;
	struct mock_server *mock;	  /* --demo: the emulator in this process */
	struct lookup_cache lookup_cache; /* the profile's lookups on disk */
	struct log *log;		  /* the request log (--log, `log-file`), or NULL; owned */
	struct ticket_query *query;	  /* the list's query (order, filters) */
	struct generations gens;	  /* of the list, the ticket in focus, my approvals */
	ticket_id_t follow_id;		  /* the list row the ticket pane will follow */
	long follow_at_ms;		  /* when, on CLOCK_MONOTONIC; 0: nothing to follow */
	long refresh_at_ms;	  /* the next automatic list refresh (refresh-interval); 0: none */
	long lookup_retry_at_ms;  /* when failed lookups are asked again; 0: none waits */
	unsigned lookup_failures; /* failed lookups in a row: the back-off doubles with each */
	bool is_script_line;	  /* the line being run comes from the script: errors fail it */
	int exit_code;
	const char *line_text;	    /* the `:` line being run (commands taking free text read it) */
	ticket_id_t view_wanted_id; /* opened in the detail pane, to mark viewed once it arrives */
	ticket_id_t form_wanted_id; /* an outbox change's ticket: its edit form opens on arrival */
	struct app_writes *writes;  /* the write path's callbacks and counts (app/writes.c) */
	struct app_bulk *bulk;	    /* the bulk change and `tagged`'s prefix (app/bulk.c) */
	struct app_write_checks *write_checks; /* writes whose answer was lost, being read again */
	bool is_agent;			       /* the profile signs an agent in (auth = agent) */
	struct oauth_store
		token_store;	       /* where its refresh token is kept; borrowed by the worker */
	struct new_ticket *new_ticket; /* the new ticket form and its drafts (app/new_ticket.c) */
	struct app_views *views;       /* the tabs' counts, rows seen per view (app/views.c) */
	int last_key;		       /* the key being handled: view-number takes its digit */
};

/* Prepares A from OPT without touching the terminal. False, with a sentence in ERR, when a
 * resource (wake pipe, script file) cannot be had. */
bool app_init(struct app *a, const struct app_options *opt, char *err, size_t err_size);
/* Frees everything app_init and app_run made; the terminal is restored. */
void app_fini(struct app *a);
/* Starts the screen and runs the loop until quit or the script's end. Returns the exit code:
 * 0, or 1 after a script error, 2 when the terminal cannot be used (message on stderr). */
int app_run(struct app *a);

/* Runs a command from a key or the prompt on the focused view, then app-wide. */
void app_command(struct app *a, enum command cmd);
/* Runs one `:` line: an app command (dump-screen, resize, ...), a command name, or a
 * config line. Errors go to the status bar (and fail the script when headless). */
void app_run_line(struct app *a, const char *line);
/* The text after the command's name of the `:` line being run ("" when none): the free text
 * of approve, reject, todo-add and todo-edit, spaces kept. */
const char *app_line_rest(const struct app *a);
/* Feeds one key as if typed: to the prompt when it is open, else through the keymap. */
void app_key(struct app *a, int key);
/* Rebuilds what shows the keymap (the help pane) after a binding changed. */
void app_keymap_changed(struct app *a);
/* Says in the status bar what waits in the messages pane (config errors, odd fields) after
 * a->data.messages changed. */
void app_messages_changed(struct app *a);
/* True when nothing is in flight and no result waits: a script may feed its next line. */
bool app_is_idle(const struct app *a);
/* Tells every view what a result changed, and acts on what they answer. */
void app_notify_views(struct app *a, const struct view_update *u);
/* Opens a pane of KIND (about TICKET_ID for the ticket panes) and focuses it. From the
 * primary pane it replaces the secondary ones; from a secondary one it goes on top. */
void app_open_view(struct app *a, enum view_kind kind, ticket_id_t ticket_id);
/* Points the pane V at TICKET_ID: a ticket pane's data moves to that ticket (the old one's
 * jobs are cancelled), and V starts again from it. The one place panes are re-pointed. */
void app_retarget(struct app *a, struct view *v, ticket_id_t ticket_id);
/* Acts on the reaction flags R that view V returned. */
void app_react(struct app *a, struct view *v, unsigned r);
/* Opens VIEW on top of the stack (taking ownership) and focuses it. */
void app_push_view(struct app *a, struct view *v);
/* Leaves halotui; with `confirm-quit` set and changes in the outbox that the server has not
 * accepted (pending, failed, outcome unknown), first asks on the status line. */
void app_quit(struct app *a);
/* Closes the top view (back); closing the last one quits (through app_quit). */
void app_pop_view(struct app *a);
/* The focused view (never NULL while the loop runs). */
struct view *app_focused_view(const struct app *a);

#endif
