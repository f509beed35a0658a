/* The form pane: a form as a view, its answers passed to the host that opened it. */
#include "config.h"

#include "ui/form_view.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/alloc.h"

struct form_view_state {
	struct form *form;
	struct form_host host;
};

/* What view_new hands to open(): the form and its host. */
struct form_view_init {
	struct form *form;
	const struct form_host *host;
};

static bool fv_open(struct view *v)
{
	const struct form_view_init *init = v->data;
	struct form_view_state *st = xcalloc(1, sizeof(*st));
	st->form = init->form;
	st->host = *init->host;
	v->state = st;
	v->data = NULL; /* the init block lives on the opener's stack */
	return true;
}

static void fv_recalc(struct view *v)
{
	struct form_view_state *st = v->state;
	form_layout(st->form, v->rows, v->cols);
}

static void fv_draw(const struct view *v, WINDOW *win)
{
	const struct form_view_state *st = v->state;
	form_draw(st->form, v->env, win);
}

static void fv_free(struct view *v)
{
	struct form_view_state *st = v->state;
	if (!st)
		return;
	if (st->host.free_data)
		st->host.free_data(st->host.data);
	form_free(st->form);
	free(st);
	v->state = NULL;
}

static unsigned cancel(struct view *v)
{
	struct form_view_state *st = v->state;
	if (!form_is_dirty(st->form) || !st->host.ask_discard)
		return REACT_CLOSE;
	st->host.ask_discard(st->host.ctx, v);
	return REACT_REDRAW;
}

static unsigned send(struct view *v)
{
	struct form_view_state *st = v->state;
	char err[512] = "";
	if (!st->host.send) {
		form_set_error(st->form, "this form cannot be sent");
		return REACT_REDRAW;
	}
	if (st->host.send(st->host.ctx, st->host.data, st->form, err, sizeof(err)))
		return REACT_CLOSE;
	form_set_error(st->form, err[0] ? err : "not sent");
	return REACT_REDRAW;
}

static unsigned run_editor(struct view *v)
{
	struct form_view_state *st = v->state;
	const char *text = form_editor_text(st->form);
	char err[512] = "";
	if (!text || !st->host.edit_text)
		return REACT_REDRAW;
	char *edited = st->host.edit_text(st->host.ctx, text, err, sizeof(err));
	if (edited)
		form_editor_done(st->form, edited);
	else
		form_set_error(st->form, err[0] ? err : "the editor failed");
	free(edited);
	/* The editor had the terminal: everything is drawn again. */
	return REACT_REDRAW | REACT_RELAYOUT;
}

unsigned form_view_key(struct view *v, int key)
{
	struct form_view_state *st = v->state;
	switch (form_key(st->form, key)) {
	case FORM_SUBMIT:
		return send(v);
	case FORM_CLOSE:
		return REACT_CLOSE;
	case FORM_ASK_DISCARD:
		return cancel(v);
	case FORM_RUN_EDITOR:
		return run_editor(v);
	case FORM_UNHANDLED:
		return st->host.key ? st->host.key(st->host.ctx, st->host.data, v, key)
				    : REACT_UNHANDLED;
	default:
		return REACT_REDRAW;
	}
}

/* Commands from the keymap (keys the form left alone, or `:` lines): back and close cancel
 * as Esc does; the rest is the app's. */
static unsigned fv_handle(struct view *v, enum command cmd)
{
	if (cmd == CMD_BACK || cmd == CMD_CLOSE)
		return cancel(v);
	return REACT_UNHANDLED;
}

static void fv_status(const struct view *v, char *buf, size_t size)
{
	const struct form_view_state *st = v->state;
	snprintf(buf, size, "%s", form_is_dirty(st->form) ? "changed" : "");
}

const struct view_ops form_view_ops = {
	.name = "form",
	.kind = VIEW_FORM,
	.open = fv_open,
	.recalc = fv_recalc,
	.draw = fv_draw,
	.handle = fv_handle,
	.free = fv_free,
	.status = fv_status,
	.key = form_view_key,
};

struct view *form_view_new(struct ui_env *env, struct form *f, const struct form_host *host)
{
	struct form_view_init init = { f, host };
	struct view *v = view_new(&form_view_ops, env, &init);
	if (!v)
		form_free(f);
	return v;
}

struct form *form_view_form(const struct view *v)
{
	if (!v || v->ops != &form_view_ops || !v->state)
		return NULL;
	return ((const struct form_view_state *)v->state)->form;
}
