/* Views: one pane of the console (list, detail, help...), driven by commands, drawn on demand. */
#ifndef HALOTUI_UI_VIEW_H
#define HALOTUI_UI_VIEW_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"
#include "ui/command.h"

/* What a handler asks of the loop; handlers never draw. Flags combine. */
enum reaction {
	REACT_NONE = 0,
	REACT_REDRAW = 1 << 0,	  /* the view's own window needs drawing */
	REACT_RELAYOUT = 1 << 1,  /* pane sizes change: relayout, then draw everything */
	REACT_FETCH = 1 << 2,	  /* the view filled view->want: the loop sends the jobs */
	REACT_OPEN_VIEW = 1 << 3, /* the view filled view->open: the loop opens that view */
	REACT_QUIT = 1 << 4,	  /* leave the program */
	REACT_CLOSE = 1 << 5,	  /* close this view (back) */
	REACT_UNHANDLED = 1 << 6, /* the command means nothing here: try the next handler */
};

/* Views the loop can open, by kind. */
enum view_kind {
	VIEW_LIST,
	VIEW_DETAIL,
	VIEW_HISTORY,
	VIEW_APPROVALS,
	VIEW_TODOS,
	VIEW_MY_APPROVALS,
	VIEW_HELP,
	VIEW_MESSAGES,
	VIEW_RAW,      /* an answer halotui does not model (view log, zapier...), as JSON text */
	VIEW_CLOSURES, /* the ticket's closure confirmations */
	VIEW_OUTBOX,   /* the writes the server has not accepted yet */
	VIEW_FORM,     /* a form (note, edit, a field's picker): not about the list's cursor */
	VIEW_FORECAST, /* the ticket's forecast hours */
	VIEW_KIND_COUNT
};

/* Data a view asks the loop to fetch (REACT_FETCH). */
enum want_kind {
	WANT_NOTHING,
	WANT_LIST_PAGE, /* page number `page` of the ticket list */
	WANT_TICKET,	/* the full ticket `ticket_id` */
	WANT_ACTIONS,
	WANT_APPROVALS,
	WANT_TODOS,
	WANT_MY_APPROVALS,
	WANT_LIST_RELOAD,  /* the list's query or order changed: start again from page 1 */
	WANT_LIST_REFRESH, /* pages page..page_last again, their rows shown until replaced */
	WANT_RAW,	   /* the answer of pane_data.raw's route again */
	WANT_CLOSURES,	   /* the closure confirmations of ticket_id */
	WANT_FORECAST,	   /* the forecast entries of ticket_id */
};

struct view_want {
	enum want_kind kind;
	ticket_id_t ticket_id;
	int page;
	int page_last;	  /* WANT_LIST_REFRESH: the last page of the range */
	bool is_prefetch; /* nothing on screen waits for it: it may go after the user's work */
};

/* A view to open (REACT_OPEN_VIEW). */
struct view_open {
	enum view_kind kind;
	ticket_id_t ticket_id;
};

/* What the loop tells a view after it applied a result: the data changed, or failed. */
struct view_update {
	enum want_kind kind;
	ticket_id_t ticket_id;
	int page;
	bool is_error;
	const char *message; /* the error in the server's words, or NULL */
};

struct view;
struct ui_env;

/* One kind of view; tables filled with designated initialisers, one per pane file. */
struct view_ops {
	const char *name; /* as `bind VIEW` and the help spell it */
	enum view_kind kind;
	/* Sets up view->state; false when the view cannot open. */
	bool (*open)(struct view *v);
	/* Brings the state derived from the size and the data (column widths, wrapped lines,
	 * how many rows a page is) up to date; the frame calls it before every draw, so draw
	 * only reads. May be NULL. */
	void (*recalc)(struct view *v);
	/* Draws the whole window from the state; never changes the state. */
	void (*draw)(const struct view *v, WINDOW *win);
	/* Reacts to CMD; returns enum reaction flags. */
	unsigned (*handle)(struct view *v, enum command cmd);
	/* Learns that data it showed or asked for changed; returns reaction flags. */
	unsigned (*on_result)(struct view *v, const struct view_update *u);
	/* Frees view->state (NULL-safe); the view struct itself belongs to the caller. */
	void (*free)(struct view *v);
	/* What the status bar says for this pane ("12 of 2,000"); may be NULL. */
	void (*status)(const struct view *v, char *buf, size_t size);
	/* The ticket the view points at (the row under the cursor), 0 when none; may be NULL. */
	ticket_id_t (*selected_ticket)(const struct view *v);
	/* Called once the view has its size, before its first draw: it may ask for data
	 * (REACT_FETCH); may be NULL. */
	unsigned (*start)(struct view *v);
	/* The pane now shows TICKET_ID (the data it reads was pointed at it): another ticket
	 * starts from its top, the same one keeps its place. Returns reaction flags; may be
	 * NULL. */
	unsigned (*retarget)(struct view *v, ticket_id_t ticket_id);
	/* Takes KEY before the keymap does (a form typing text): reaction flags, or
	 * REACT_UNHANDLED to let the keymap have it. May be NULL. */
	unsigned (*key)(struct view *v, int key);
};

#define VIEW_MAX_WANTS 16

struct view {
	const struct view_ops *ops;
	void *state;
	struct ui_env *env; /* shared drawing settings, palette; not owned */
	void *data;	    /* the model the view shows (its kind says which); not owned */
	int rows, cols;	    /* size of the window it last got */
	bool is_beside;	    /* something is drawn right of it (the divider, side by side) */
	bool is_alone;	    /* the one pane shown (one at a time): no other pane is in sight */
	bool is_dirty;	    /* draw at the next flush */
	bool is_focused;    /* keys go to it; other panes show their cursor underlined */
	bool is_started;    /* ops->start ran (after the view got its size) */
	struct view_want want[VIEW_MAX_WANTS]; /* filled with REACT_FETCH; the loop empties it */
	int n_want;
	struct view_open open; /* filled by handle with REACT_OPEN_VIEW */
};

/* A view of OPS over DATA, opened; NULL when ops->open refused. Caller frees with view_free. */
struct view *view_new(const struct view_ops *ops, struct ui_env *env, void *data);
/* Frees the state and the view; NULL-safe. */
void view_free(struct view *v);
/* Marks V to be drawn at the next ui_flush. */
void view_mark_dirty(struct view *v);
/* Passes CMD to the view; REACT_UNHANDLED when it has no handler. */
unsigned view_handle(struct view *v, enum command cmd);
/* Adds a fetch request to V (ignored when VIEW_MAX_WANTS are already queued); returns
 * REACT_FETCH for the caller to pass on. */
unsigned view_want(struct view *v, enum want_kind kind, ticket_id_t ticket_id, int page);
/* Brings V's derived state up to date for its size and data (ops->recalc), before a draw;
 * nothing while V has no window (0 rows or columns). */
void view_recalc(struct view *v);
/* Points V at TICKET_ID (ops->retarget) and lets it start again (ops->start runs at the next
 * flush); returns the reaction flags. */
unsigned view_retarget(struct view *v, ticket_id_t ticket_id);
/* Passes U to the view; REACT_NONE when it has no hook. */
unsigned view_on_result(struct view *v, const struct view_update *u);

#endif
