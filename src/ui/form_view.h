/* The form pane: hosts a form (ui/form.h) as a view. Keys reach it before the keymap, so
 * typing goes into the fields; what the form asks (send it, run $EDITOR, confirm dropping
 * the changes) goes to its host, the code that opened it. */
#ifndef HALOTUI_UI_FORM_VIEW_H
#define HALOTUI_UI_FORM_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "ui/form.h"
#include "ui/view.h"

/* What a form pane asks of the code that opened it. CTX is the host's (the app); DATA is
 * this form's own (what it is about), freed with FREE_DATA (may be NULL) when the pane goes. */
struct form_host {
	void *ctx;
	void *data;
	void (*free_data)(void *data);
	/* Sends F's values, already checked. True: sent, the pane closes. False: the reason is
	 * in ERR and the form stays, its values kept. */
	bool (*send)(void *ctx, void *data, struct form *f, char *err, size_t err_size);
	/* The form was cancelled with changes: ask, and close the pane V on y. */
	void (*ask_discard)(void *ctx, struct view *v);
	/* TEXT edited in $EDITOR: the new text (caller frees), or NULL with the reason in ERR. */
	char *(*edit_text)(void *ctx, const char *text, char *err, size_t err_size);
	/* A key the form left alone (a control key while moving between fields): reaction
	 * flags, or REACT_UNHANDLED to leave it to the keymap. May be NULL. */
	unsigned (*key)(void *ctx, void *data, struct view *v, int key);
};

extern const struct view_ops form_view_ops;

/* A pane over F (taken: freed with the pane) that asks HOST (copied). NULL when it cannot
 * open (F is freed then). */
struct view *form_view_new(struct ui_env *env, struct form *f, const struct form_host *host);
/* The form of the form pane V (NULL when V is another pane). */
struct form *form_view_form(const struct view *v);
/* Feeds KEY to V's form as the pane's key hook does: the reaction flags. */
unsigned form_view_key(struct view *v, int key);

#endif
