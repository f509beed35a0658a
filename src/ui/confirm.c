/* The one-line confirmation: question, y or Esc, and the action it guards. */
#include "config.h"

#include "ui/confirm.h"

#include <stdlib.h>
#include <string.h>

#include "ui/draw.h"
#include "ui/key.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void confirm_init(struct confirm *c)
{
	*c = (struct confirm){ 0 };
}

/* Closes the question without touching its context. */
static void close_question(struct confirm *c)
{
	free(c->question);
	free(c->expected);
	*c = (struct confirm){ 0 };
}

void confirm_fini(struct confirm *c)
{
	if (c->free_ctx)
		c->free_ctx(c->ctx);
	close_question(c);
}

void confirm_ask_owned(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx,
		       confirm_ctx_free *free_ctx)
{
	confirm_fini(c);
	c->question = xstrdup(question);
	c->on_yes = on_yes;
	c->ctx = ctx;
	c->free_ctx = free_ctx;
}

void confirm_ask(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx)
{
	confirm_ask_owned(c, question, on_yes, ctx, NULL);
}

void confirm_ask_about(struct confirm *c, const char *question, confirm_action *on_yes, void *owner,
		       const char *name)
{
	size_t n = strlen(name) + 1;
	struct confirm_about *about = xmalloc(sizeof(*about) + n);
	about->owner = owner;
	memcpy(about->name, name, n);
	confirm_ask_owned(c, question, on_yes, about, free);
}

void confirm_ask_typed(struct confirm *c, const char *question, const char *expected,
		       confirm_action *on_yes, void *ctx, confirm_ctx_free *free_ctx)
{
	confirm_ask_owned(c, question, on_yes, ctx, free_ctx);
	c->expected = xstrdup(expected);
}

/* A key of a typed confirmation: true while it stays open. */
static bool typed_key(struct confirm *c, int key, bool *is_match)
{
	*is_match = false;
	if (key == UI_KEY_ENTER) {
		*is_match = !strcmp(c->typed, c->expected);
		return false;
	}
	if (key == UI_KEY_BACKSPACE) {
		if (c->n_typed)
			c->typed[--c->n_typed] = '\0';
		return true;
	}
	if (key > ' ' && key < 127 && c->n_typed < sizeof(c->typed) - 1) {
		c->typed[c->n_typed++] = (char)key;
		c->typed[c->n_typed] = '\0';
		return true;
	}
	return key != UI_KEY_ESC && key != UI_KEY_CTRL('c') && key != UI_KEY_CTRL('g');
}

bool confirm_is_active(const struct confirm *c)
{
	return c->question != NULL;
}

bool confirm_key(struct confirm *c, int key)
{
	if (!c->question)
		return false;
	bool is_yes = key == 'y';
	if (c->expected && typed_key(c, key, &is_yes))
		return false;
	confirm_action *on_yes = c->on_yes;
	void *ctx = c->ctx;
	confirm_ctx_free *free_ctx = c->free_ctx;
	/* Closed before the action runs: the action may ask again. */
	close_question(c);
	if (is_yes && on_yes)
		on_yes(ctx);
	if (free_ctx)
		free_ctx(ctx);
	return is_yes;
}

void confirm_draw(const struct confirm *c, const struct ui_env *env, WINDOW *win)
{
	if (!c->question)
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	if (c->expected)
		strbuf_appendf(&sb, " %s %s", c->question, c->typed);
	else
		strbuf_appendf(&sb, " %s y/Esc", c->question);
	draw_text(win, 0, 0, getmaxx(win), sb.data, ui_env_attr(env, ROLE_PROMPT));
	strbuf_fini(&sb);
}
