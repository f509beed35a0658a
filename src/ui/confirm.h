/* A confirmation: a one-line question on the status line ("quit anyway? y/Esc") answered by
 * one key. It is state fed by the event loop like the `:` prompt, never a getch loop of its
 * own, so scripts and results keep flowing while it waits. */
#ifndef HALOTUI_UI_CONFIRM_H
#define HALOTUI_UI_CONFIRM_H

#include <curses.h>
#include <stdbool.h>

#include "ui/env.h"

/* What runs when the answer is y; CTX is the caller's (not owned). */
typedef void confirm_action(void *ctx);

struct confirm {
	char *question; /* owned; NULL when nothing is asked */
	confirm_action *on_yes;
	void *ctx;
};

/* Nothing asked. confirm_fini frees a question still open (its action never runs). */
void confirm_init(struct confirm *c);
void confirm_fini(struct confirm *c);
/* Asks QUESTION (copied; " y/Esc" is shown after it): y runs ON_YES(CTX). A question still
 * open is replaced, its action dropped. */
void confirm_ask(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx);
/* True while a question waits for its key. */
bool confirm_is_active(const struct confirm *c);
/* Answers with KEY: y closes the question and runs its action (true); any other key (Esc
 * first) closes it without (false). */
bool confirm_key(struct confirm *c, int key);
/* Draws the question on the one-line window WIN; draws nothing when none is asked. */
void confirm_draw(const struct confirm *c, const struct ui_env *env, WINDOW *win);

#endif
