/* A form's pane as the console's forms open it: the host plumbing they share. */
#include "config.h"

#include "app/form_pane.h"

#include "app/app.h"
#include "app/editor.h"
#include "ui/confirm.h"

static void drop_form(void *ctx)
{
	struct app *a = ctx;
	struct view *top = a->depth ? a->stack[a->depth - 1] : NULL;
	if (top && top->ops == &form_view_ops)
		app_pop_view(a);
}

static void ask_discard(void *ctx, struct view *v)
{
	struct app *a = ctx;
	(void)v;
	confirm_ask(&a->confirm, "drop what you typed in this form?", drop_form, a);
	a->status.is_dirty = true;
}

static char *edit_text(void *ctx, const char *text, char *err, size_t err_size)
{
	return app_edit_text(ctx, text, err, err_size);
}

bool app_form_pane_open(struct app *a, struct form *f, const struct form_host *host)
{
	struct form_host h = *host;
	h.ctx = a;
	if (!h.ask_discard)
		h.ask_discard = ask_discard;
	if (!h.edit_text)
		h.edit_text = edit_text;
	struct view *v = form_view_new(&a->env, f, &h);
	if (!v)
		return false;
	app_push_view(a, v);
	return true;
}

void app_form_pane_lookups_changed(struct app *a)
{
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	struct form *f = top ? form_view_form(top) : NULL;
	if (!f)
		return;
	form_refresh_picker(f);
	view_mark_dirty(top);
}

bool app_form_pane_is_busy(struct app *a)
{
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	if (!top || !form_view_form(top))
		return false;
	a->is_secondary_focused = true;
	a->needs_relayout = true;
	statusbar_set_message(&a->status,
			      "a form is open: send it (Ctrl-S) or cancel it (Esc) first");
	return true;
}
