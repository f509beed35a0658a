/* The generic part of views: creation, dispatch to the ops table, dirty marks. */
#include "config.h"

#include "ui/view.h"

#include <stdlib.h>

#include "util/alloc.h"

struct view *view_new(const struct view_ops *ops, struct ui_env *env, void *data)
{
	struct view *v = xcalloc(1, sizeof(*v));
	v->ops = ops;
	v->env = env;
	v->data = data;
	v->is_dirty = true;
	v->is_focused = true;
	if (ops->open && !ops->open(v)) {
		free(v);
		return NULL;
	}
	return v;
}

void view_free(struct view *v)
{
	if (!v)
		return;
	if (v->ops->free)
		v->ops->free(v);
	free(v);
}

void view_mark_dirty(struct view *v)
{
	if (v)
		v->is_dirty = true;
}

unsigned view_handle(struct view *v, enum command cmd)
{
	if (!v->ops->handle)
		return REACT_UNHANDLED;
	unsigned r = v->ops->handle(v, cmd);
	if (r & REACT_REDRAW)
		v->is_dirty = true;
	return r;
}

unsigned view_on_result(struct view *v, const struct view_update *u)
{
	if (!v->ops->on_result)
		return REACT_NONE;
	unsigned r = v->ops->on_result(v, u);
	if (r & REACT_REDRAW)
		v->is_dirty = true;
	return r;
}

unsigned view_want(struct view *v, enum want_kind kind, ticket_id_t ticket_id, int page)
{
	for (int i = 0; i < v->n_want; i++)
		if (v->want[i].kind == kind && v->want[i].ticket_id == ticket_id &&
		    v->want[i].page == page)
			return REACT_FETCH;
	if (v->n_want < VIEW_MAX_WANTS) {
		struct view_want *w = &v->want[v->n_want++];
		w->kind = kind;
		w->ticket_id = ticket_id;
		w->page = page;
	}
	return REACT_FETCH;
}

void view_recalc(struct view *v)
{
	/* A pane without a window (hidden, or the terminal too small) keeps its place for when
	 * it shows again. */
	if (v && v->ops->recalc && v->rows > 0 && v->cols > 0)
		v->ops->recalc(v);
}

unsigned view_retarget(struct view *v, ticket_id_t ticket_id)
{
	unsigned r = v->ops->retarget ? v->ops->retarget(v, ticket_id) : REACT_REDRAW;
	/* The data it showed is gone: it asks for the new one as it did when it opened. */
	v->is_started = false;
	v->is_dirty = true;
	return r;
}
