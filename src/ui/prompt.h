/* The `:` prompt: a line editor held as view state (no nested getch), with history and
 * Tab completion over a word list the caller supplies. */
#ifndef HALOTUI_UI_PROMPT_H
#define HALOTUI_UI_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/strbuf.h"

enum prompt_result {
	PROMPT_EDITING, /* keep feeding keys */
	PROMPT_SUBMIT,	/* the line is ready: read prompt_text, then prompt_close */
	PROMPT_CANCEL,	/* Esc: the prompt closed */
};

struct prompt {
	bool is_active;
	struct strbuf line;
	char **history; /* oldest first; owned */
	size_t history_len;
	size_t history_pos;    /* history_len when not browsing */
	char *tab_prefix;      /* the word being completed, while Tab is pressed again */
	size_t tab_word_start; /* byte offset of that word in the line */
	size_t tab_index;
};

void prompt_init(struct prompt *p);
void prompt_fini(struct prompt *p);
/* Opens the prompt with an empty line. */
void prompt_open(struct prompt *p);
/* Closes the prompt; a non-empty submitted line goes to the history. */
void prompt_close(struct prompt *p, bool is_submitted);
/* Feeds one key. WORDS (N_WORDS of them) are the completions Tab offers for the word
 * before the cursor; repeated Tab cycles through the matches. */
enum prompt_result prompt_key(struct prompt *p, int key, const char *const *words, size_t n_words);
/* The line as typed so far; valid until the next prompt call. */
const char *prompt_text(const struct prompt *p);

#endif
