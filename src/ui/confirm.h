/* A confirmation: a one-line question on the status line ("quit anyway? y/Esc") answered by
 * one key. It is state fed by the event loop like the `:` prompt, never a getch loop of its
 * own, so scripts and results keep flowing while it waits. */
#ifndef HALOTUI_UI_CONFIRM_H
#define HALOTUI_UI_CONFIRM_H

#include <curses.h>
#include <stdbool.h>

#include "ui/env.h"

/* What runs when the answer is y, with the question's context. */
typedef void confirm_action(void *ctx);
/* Frees a context the question owns. */
typedef void confirm_ctx_free(void *ctx);

struct confirm {
	char *question; /* owned; NULL when nothing is asked */
	confirm_action *on_yes;
	void *ctx;		    /* owned when free_ctx is set */
	confirm_ctx_free *free_ctx; /* NULL: ctx outlives the question (the app itself) */
	char *expected; /* owned: the text to type (a typed confirmation), or NULL for y */
	char typed[32]; /* what was typed so far */
	size_t n_typed;
};

/* Nothing asked. confirm_fini frees a question still open with the context it owns (its
 * action never runs). */
void confirm_init(struct confirm *c);
void confirm_fini(struct confirm *c);
/* Asks QUESTION (copied; " y/Esc" is shown after it): y runs ON_YES(CTX). The question takes
 * ownership of CTX and frees it with FREE_CTX once it closes, after the action when y was
 * the answer; a FREE_CTX of NULL leaves CTX to the caller. A question still open is replaced,
 * its action dropped and its context freed. */
void confirm_ask_owned(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx,
		       confirm_ctx_free *free_ctx);
/* confirm_ask_owned with a context that outlives any question (the app): not freed. */
void confirm_ask(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx);
/* A question about one named thing (a view, a draft's file): its owner and the name. */
struct confirm_about {
	void *owner;
	char name[];
};
/* confirm_ask_owned with a struct confirm_about of OWNER and NAME (copied) as the context. */
void confirm_ask_about(struct confirm *c, const char *question, confirm_action *on_yes, void *owner,
		       const char *name);
/* As confirm_ask_owned, but waits for EXPECTED (copied; digits and letters, at most 31
 * bytes) to be typed and Enter: for what cannot be undone, where one key is too easy.
 * Backspace corrects; Esc, or Enter on anything else, cancels. */
void confirm_ask_typed(struct confirm *c, const char *question, const char *expected,
		       confirm_action *on_yes, void *ctx, confirm_ctx_free *free_ctx);
/* True while a question waits for its key. */
bool confirm_is_active(const struct confirm *c);
/* Answers with KEY: y closes the question and runs its action (true); any other key (Esc
 * first) closes it without (false). A typed confirmation takes keys until Enter (runs the
 * action when the text matches) or Esc; both close it. */
bool confirm_key(struct confirm *c, int key);
/* Draws the question on the one-line window WIN; draws nothing when none is asked. */
void confirm_draw(const struct confirm *c, const struct ui_env *env, WINDOW *win);

#endif
