/* The `:` prompt: a line editor held as view state (no nested getch), with history and
 * Tab completion over choices the caller supplies, shown above the line with their help. */
#ifndef HALOTUI_UI_PROMPT_H
#define HALOTUI_UI_PROMPT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "ui/env.h"
#include "util/strbuf.h"

enum prompt_result {
	PROMPT_EDITING, /* keep feeding keys */
	PROMPT_SUBMIT,	/* the line is ready: read prompt_text, then prompt_close */
	PROMPT_CANCEL,	/* Esc: the prompt closed */
};

/* One thing Tab can put in place of the word before the cursor. */
struct prompt_choice {
	const char *word; /* what goes in the line: "status_id", "2" */
	const char *note; /* shown beside it: a setting's help, a lookup's name; NULL or "" */
	char suffix;	  /* typed after it when it is the only choice: ' ', '=' or 0 */
};

/* A choice as the prompt keeps it: its own copies. */
struct prompt_kept_choice {
	char *word, *note; /* owned; NOTE may be NULL */
	char suffix;
};

struct prompt {
	bool is_active;
	struct strbuf line;
	char **history; /* oldest first; owned */
	size_t history_len;
	size_t history_pos; /* history_len when not browsing */
	struct prompt_kept_choice
		*choices; /* the last Tab's choices, shown above the line; owned */
	size_t n_choices;
	size_t choice_index;   /* the one in the line */
	size_t tab_word_start; /* byte offset of the completed word in the line */
	bool is_cycling;       /* Tab again puts the next choice in the line */
	bool is_search;	       /* the `/` search's line (no history, no completion) */
};

void prompt_init(struct prompt *p);
void prompt_fini(struct prompt *p);
/* Opens the prompt with an empty line. */
void prompt_open(struct prompt *p);
/* Opens the prompt with TEXT already typed ("ticket " for a command that needs its id). */
void prompt_open_with(struct prompt *p, const char *text);
/* Opens the line of the `/` search: "/" leads it, it keeps no history, and the focused
 * pane's status (the search's count) shows at its right. */
void prompt_open_search(struct prompt *p);
/* Closes the prompt; a non-empty submitted line goes to the history. */
void prompt_close(struct prompt *p, bool is_submitted);
/* Feeds one key. On Tab, CHOICES (N of them, already narrowed to the word before the
 * cursor, copied) replace that word: one choice is put in with its suffix, several are shown
 * and Tab again cycles through them (CHOICES is then not read). */
enum prompt_result prompt_key(struct prompt *p, int key, const struct prompt_choice *choices,
			      size_t n);
/* Whether the next Tab cycles through the choices shown rather than asking for new ones. */
bool prompt_is_cycling(const struct prompt *p);
/* The line as typed so far; valid until the next prompt call. */
const char *prompt_text(const struct prompt *p);
/* Byte offset in LINE where its last word starts: the word Tab completes. Words end at
 * blanks, '=' and ','. */
size_t prompt_word_start(const char *line);
/* How many rows the choices take above the line, at most MAX_ROWS; 0 when none is shown. */
int prompt_choice_rows(const struct prompt *p, int max_rows);
/* Draws the choices into WIN (its rows as prompt_choice_rows gave), the one in the line
 * highlighted, each with its note, cut to the width; more than fit end in "+N more". */
void prompt_draw_choices(const struct prompt *p, const struct ui_env *env, WINDOW *win);

#endif
