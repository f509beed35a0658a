/* A form: a table of fields (text line, text area, choice from a lookup, several choices,
 * yes/no, number, date, duration) shown as labelled rows. Tab and Shift-Tab move between
 * them, Enter edits one, a line shows what will be sent, Ctrl-S sends and Esc cancels. Every
 * value is checked where it is typed and a bad one is refused with the reason, so a form's
 * values are always valid. It is state fed keys by its host (ui/form_view.h), never a getch
 * loop; the host sends, runs the editor and asks before dropping edits. */
#ifndef HALOTUI_UI_FORM_H
#define HALOTUI_UI_FORM_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/lookups.h"
#include "ui/env.h"
#include "ui/picker.h"
#include "ui/textarea.h"
#include "util/strbuf.h"

enum form_kind {
	FORM_TEXT,     /* one line of text */
	FORM_TEXTAREA, /* long text: several lines, or $EDITOR (Ctrl-E) */
	FORM_CHOICE,   /* one item of a lookup, from a picker */
	FORM_MULTI,    /* several items of a lookup, from a picker */
	FORM_BOOL,     /* yes or no: Enter or Space flips it */
	FORM_NUMBER,   /* a whole number within [min, max] */
	FORM_DATE,     /* YYYY-MM-DD or YYYY-MM-DD HH:MM, local time */
	FORM_DURATION, /* 15m, 1h30, 2h, 1h30m, or minutes alone */
};

/* One field, as a row of the caller's (static) table. */
struct form_field_def {
	const char *name;  /* what the caller reads the value by: "status" */
	const char *label; /* shown: "Status" */
	enum form_kind kind;
	enum picker_source source; /* FORM_CHOICE, FORM_MULTI: the lookup the picker shows */
	const char *none_label;	   /* FORM_CHOICE: the choice of none ("unchanged", "nobody"),
				    * offered first; NULL: none is not a choice */
	bool is_required;	   /* may not be left empty (or none) */
	long min, max;		   /* FORM_NUMBER: bounds; both 0: any */
	/* An extra check of a FORM_TEXT value: false refuses it, with the reason in WHY. */
	bool (*check)(const char *text, char *why, size_t why_size);
	/* A long form's sections: a header row shows above the first field of each run of
	 * fields with the same group (NULL: no header). */
	const char *group;
	const char *note; /* a description shown dim after the value; narrowing matches it */
	const char *hint; /* shown while the value is typed (NULL: the kind's own hint) */
	bool is_tristate; /* FORM_BOOL: Enter or Space goes unset -> true -> false -> unset */
};

/* A field's value. Unset: empty text, no choice, no date. */
struct form_value {
	bool is_set;
	long number; /* FORM_NUMBER, FORM_DURATION (minutes), FORM_BOOL (0/1), FORM_CHOICE (id) */
	time_t time; /* FORM_DATE */
	char *text;  /* FORM_TEXT, FORM_TEXTAREA: the text; FORM_CHOICE: the name; owned */
	long *ids;   /* FORM_MULTI: the ids chosen; owned */
	size_t n_ids;
};

struct form_field {
	const struct form_field_def *def;
	struct form_value value;   /* now */
	struct form_value initial; /* as set by the caller: "changed" compares with it */
	struct textarea area;	   /* FORM_TEXTAREA: its text, edited in place */
	bool is_touched;	   /* the user set it (typed, picked, flipped, edited) */
	bool is_hidden;		   /* narrowed away (form_narrow) */
	bool has_header;	   /* layout: its group's header row is drawn above it */
	int row, rows;		   /* layout: first row in the list of fields, and height */
};

enum form_mode {
	FORM_MODE_BROWSE, /* moving between fields */
	FORM_MODE_EDIT,	  /* typing into the focused field */
	FORM_MODE_PICK,	  /* the focused field's picker is open */
};

/* What a key asks of the host. */
enum form_result {
	FORM_OPEN,	  /* nothing to do (redraw) */
	FORM_SUBMIT,	  /* the values are checked: send them, then close the form */
	FORM_CLOSE,	  /* cancelled with nothing changed */
	FORM_ASK_DISCARD, /* cancelled with changes: ask before closing */
	FORM_RUN_EDITOR,  /* edit the focused text area's text in $EDITOR (form_editor_text) */
	FORM_UNHANDLED,	  /* the key means nothing here (the host's keymap may take it) */
};

struct form;
struct form_field;
/* Asked before a value the user set replaces FIELD's (typed, picked, flipped): false refuses
 * it, with the reason in WHY shown as it is, and the field keeps its value (and what was
 * typed stays in the line). CTX is the caller's. */
typedef bool form_vet_fn(const struct form *f, const struct form_field *field,
			 const struct form_value *v, char *why, size_t why_size, void *ctx);
/* Writes the form's preview line to OUT in place of form_preview's "sends: ..." (pure: it is
 * called while drawing). CTX is the caller's. */
typedef void form_preview_fn(const struct form *f, void *ctx, struct strbuf *out);
/* Runs after the user changed FIELD (typed, picked, flipped, $EDITOR); it may fill other
 * fields (form_put_*), e.g. the defaults of a chosen outcome. CTX is the caller's. */
typedef void form_changed_fn(struct form *f, const struct form_field *field, void *ctx);
/* Adds the caller's own choices to the picker P of F, each time one opens (after the items
 * of its field's lookup). */
typedef void form_fill_fn(const struct form *f, struct picker *p, void *ctx);

struct form {
	char *title;		   /* owned */
	char *send_label;	   /* the button: "Send", "Add note"; owned */
	char *send_verb;	   /* what Ctrl-S does, in the keys lines: "send"; owned */
	struct form_field *fields; /* owned */
	size_t n_fields;
	size_t focus; /* the field with the keys; n_fields: the send button */
	enum form_mode mode;
	struct textarea line; /* FORM_MODE_EDIT of a one-line field: the text being typed */
	struct picker picker; /* FORM_MODE_PICK */
	char *error;	      /* why the last value or send was refused; owned, or NULL */
	const struct lookups *lookups; /* names of choices, pickers' items; not owned */
	bool is_preview_all;	    /* the preview lists every value, not only the changed ones */
	bool is_pick_and_send;	    /* one choice: its picker opens at once and choosing sends */
	int rows, cols;		    /* layout: the window's size */
	int label_cols;		    /* width of the label column */
	int list_rows;		    /* rows for the fields */
	int top;		    /* first row of the fields shown */
	form_changed_fn *on_change; /* or NULL */
	void *on_change_ctx;
	form_vet_fn *vet; /* or NULL */
	void *vet_ctx;
	form_preview_fn *previewer; /* or NULL: form_preview */
	void *previewer_ctx;
	char *keys_hint;      /* the keys line while moving between fields; owned, or NULL */
	bool is_narrowing;    /* typed characters narrow the fields rather than edit one */
	struct strbuf narrow; /* what was typed to narrow the fields */
	form_fill_fn *fill;   /* or NULL */
	void *fill_ctx;
};

/* A form titled TITLE over the N fields of DEFS (not copied: a static table), their values
 * unset; names of choices come from LOOKUPS (not owned, may be NULL). Caller frees. */
struct form *form_new(const char *title, const struct form_field_def *defs, size_t n,
		      const struct lookups *lookups);
void form_free(struct form *f);
/* The send button's label (copied); "Send" by default. */
void form_set_send_label(struct form *f, const char *label);
/* What the keys lines call Ctrl-S, in every mode (copied); "send" by default: "apply" for a
 * form that sends nothing. */
void form_set_send_verb(struct form *f, const char *verb);

/* Starting values: shown, and what "changed" compares with. False when NAME is no field of
 * a kind that takes the value. SHOWN may be NULL (the lookup names the id). */
bool form_set_text(struct form *f, const char *name, const char *text);
bool form_set_number(struct form *f, const char *name, long number);
bool form_set_bool(struct form *f, const char *name, bool yes);
bool form_set_time(struct form *f, const char *name, time_t t);
bool form_set_choice(struct form *f, const char *name, long id, const char *shown);
/* FORM_MULTI: the N ids of IDS (copied) are chosen. */
bool form_set_ids(struct form *f, const char *name, const long *ids, size_t n);
/* Values as if the user had set them (the starting ones stay): shown, compared, sent. A
 * choice of PICKER_NONE_ID without SHOWN clears it. False when NAME is no such field. */
bool form_put_bool(struct form *f, const char *name, bool yes);
bool form_put_choice(struct form *f, const char *name, long id, const char *shown);
/* Calls FN(f, field, CTX) after each change the user makes (NULL: none). */
void form_on_change(struct form *f, form_changed_fn *fn, void *ctx);
/* Lets FN (NULL: none) add choices to every picker F opens; see form_fill_fn. */
void form_on_fill(struct form *f, form_fill_fn *fn, void *ctx);
/* The lookups changed (an answer arrived): an open picker takes their items again, keeping
 * what was typed, so one opened before they came does not stay at "no match". */
void form_refresh_picker(struct form *f);
/* Asks FN (NULL: none) before each value the user sets; see form_vet_fn. */
void form_on_vet(struct form *f, form_vet_fn *fn, void *ctx);
/* Shows what FN writes (NULL: form_preview) as the form's preview line. */
void form_set_previewer(struct form *f, form_preview_fn *fn, void *ctx);
/* The keys line shown while moving between fields (copied; NULL: the form's own). */
void form_set_keys_hint(struct form *f, const char *text);
/* Typed characters (but Space and `:`) narrow the fields to those whose name, label or note
 * holds the text, ignoring case; Backspace widens, Esc clears it before it cancels. Headers
 * of groups left empty hide too. For long forms (the filter form's 183 fields). */
void form_set_narrowing(struct form *f, bool is_narrowing);
/* Narrows to TEXT ("" shows every field); the focus goes to the first field shown. */
void form_narrow(struct form *f, const char *text);
/* Feeds one key to the narrowing text: a character adds to it, Backspace takes one off. */
void form_narrow_key(struct form *f, int key);
/* Moves the focus STEP (1 or -1) fields shown, the send button last; IS_WRAPPING goes round. */
void form_move_focus(struct form *f, int step, bool is_wrapping);
/* How many fields are shown (not narrowed away). */
size_t form_count_shown(const struct form *f);
/* Clears every value, as if the user did (so the form is changed when they were set). */
void form_clear_all(struct form *f);
/* Whether the user set NAME's value (what a default must not overwrite). */
bool form_is_touched(const struct form *f, const char *name);
/* Starts with the picker of the only choice field open; choosing it submits. */
void form_pick_and_send(struct form *f);

/* The field NAME, or NULL. */
const struct form_field *form_field(const struct form *f, const char *name);
/* Its value now (NULL when there is no such field). */
const struct form_value *form_get(const struct form *f, const char *name);
/* The text of a text or text area field ("" when none). */
const char *form_text(const struct form *f, const char *name);
/* Whether the value of NAME differs from its starting value. */
bool form_is_changed(const struct form *f, const char *name);
/* Whether any value differs from its starting one (Esc then asks). */
bool form_is_dirty(const struct form *f);

/* Feeds one key; see enum form_result. */
enum form_result form_key(struct form *f, int key);
/* Checks every value before sending: false with the reason in WHY (and the focus on the
 * field) when a required one is empty. */
bool form_check(struct form *f, char *why, size_t why_size);
/* The text of the focused text area, for $EDITOR; NULL when the focus is not on one. */
const char *form_editor_text(const struct form *f);
/* Puts TEXT (from $EDITOR) into the focused text area. */
void form_editor_done(struct form *f, const char *text);
/* Sets (copied) or clears the line that says why something was refused. */
void form_set_error(struct form *f, const char *error);

/* What will be sent, in one line: "status: New → In Progress · agent: none → Alice" (only
 * changes), or every value with is_preview_all; "nothing changed" when so. ASCII: "->". */
void form_preview(const struct form *f, bool is_ascii, struct strbuf *out);
/* The value of FIELD as shown ("In Progress", "1h30", "yes", "2026-12-01 14:00"). */
void form_value_show(const struct form *f, const struct form_field *field,
		     const struct form_value *v, struct strbuf *out);

/* Parsers of typed values, shared with the `:` commands: true with the value, or false with
 * the reason in WHY ("\"1x\" is not a duration: write 15m, 1h30 or 2h"). */
bool form_parse_duration(const char *text, long *minutes, char *why, size_t why_size);
bool form_parse_date(const char *text, time_t *t, char *why, size_t why_size);
bool form_parse_number(const char *text, long min, long max, long *out, char *why, size_t why_size);
/* MINUTES as the duration parser reads it back: "15m", "1h30", "2h". */
void form_format_duration(long minutes, char *buf, size_t size);

/* Sizes the form for a ROWS x COLS window and scrolls to the focus. Called before drawing. */
void form_layout(struct form *f, int rows, int cols);
/* Draws the form into WIN as form_layout sized it. */
void form_draw(const struct form *f, const struct ui_env *env, WINDOW *win);

#endif
