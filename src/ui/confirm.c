/* The one-line confirmation: question, y or Esc, and the action it guards. */
#include "config.h"

#include "ui/confirm.h"

#include <stdlib.h>

#include "ui/draw.h"
#include "util/alloc.h"
#include "util/strbuf.h"

void confirm_init(struct confirm *c)
{
	*c = (struct confirm){ 0 };
}

void confirm_fini(struct confirm *c)
{
	free(c->question);
	*c = (struct confirm){ 0 };
}

void confirm_ask(struct confirm *c, const char *question, confirm_action *on_yes, void *ctx)
{
	free(c->question);
	c->question = xstrdup(question);
	c->on_yes = on_yes;
	c->ctx = ctx;
}

bool confirm_is_active(const struct confirm *c)
{
	return c->question != NULL;
}

bool confirm_key(struct confirm *c, int key)
{
	if (!c->question)
		return false;
	confirm_action *on_yes = c->on_yes;
	void *ctx = c->ctx;
	confirm_fini(c);
	/* Closed before the action runs: the action may ask again. */
	if (key != 'y')
		return false;
	if (on_yes)
		on_yes(ctx);
	return true;
}

void confirm_draw(const struct confirm *c, const struct ui_env *env, WINDOW *win)
{
	if (!c->question)
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, " %s y/Esc", c->question);
	draw_text(win, 0, 0, getmaxx(win), sb.data, ui_env_attr(env, ROLE_PROMPT));
	strbuf_fini(&sb);
}
