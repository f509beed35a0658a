/* The bulk plan: the previewed writes, their answers, the progress and the report. */
#include "config.h"

#include "model/bulk_plan.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void bulk_plan_init(struct bulk_plan *p)
{
	memset(p, 0, sizeof(*p));
}

static void forget_items(struct bulk_plan *p)
{
	for (size_t i = 0; i < p->count; i++) {
		free(p->items[i].line);
		free(p->items[i].error);
	}
	p->count = 0;
}

void bulk_plan_fini(struct bulk_plan *p)
{
	forget_items(p);
	free(p->items);
	free(p->command);
	free(p->arg);
	free(p->already);
	bulk_plan_init(p);
}

void bulk_plan_start(struct bulk_plan *p, const char *command, const char *arg)
{
	/* Copied first: COMMAND or ARG may be the plan's own (the same command again). */
	char *new_command = xstrdup(command), *new_arg = xstrdup(arg ? arg : "");
	forget_items(p);
	free(p->command);
	free(p->arg);
	p->command = new_command;
	p->arg = new_arg;
	free(p->already);
	p->already = NULL;
	p->is_sent = false;
	p->changes++;
}

void bulk_plan_add(struct bulk_plan *p, ticket_id_t ticket_id, const char *line)
{
	if (p->count == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->items = xreallocarray(p->items, p->cap, sizeof(*p->items));
	}
	p->items[p->count++] = (struct bulk_item){ .ticket_id = ticket_id, .line = xstrdup(line) };
	p->changes++;
}

void bulk_plan_skip(struct bulk_plan *p, ticket_id_t ticket_id, const char *line,
		    const char *already)
{
	bulk_plan_add(p, ticket_id, line);
	p->items[p->count - 1].state = BULK_ITEM_SKIPPED;
	if (!p->already)
		p->already = xstrdup(already);
}

size_t bulk_plan_writes(const struct bulk_plan *p)
{
	return p->count - bulk_plan_count(p, BULK_ITEM_SKIPPED);
}

struct bulk_item *bulk_plan_find(struct bulk_plan *p, ticket_id_t ticket_id)
{
	for (size_t i = 0; i < p->count; i++)
		if (p->items[i].ticket_id == ticket_id)
			return &p->items[i];
	return NULL;
}

void bulk_plan_sent(struct bulk_plan *p, struct bulk_item *item)
{
	item->state = BULK_ITEM_SENT;
	p->changes++;
}

void bulk_plan_settle(struct bulk_plan *p, struct bulk_item *item, bool is_changed, long http_code,
		      const char *error)
{
	item->state = is_changed ? BULK_ITEM_CHANGED : BULK_ITEM_FAILED;
	item->http_code = is_changed ? 0 : http_code;
	free(item->error);
	item->error = !is_changed && error ? xstrdup(error) : NULL;
	p->changes++;
}

size_t bulk_plan_count(const struct bulk_plan *p, enum bulk_item_state state)
{
	size_t n = 0;
	for (size_t i = 0; i < p->count; i++)
		n += p->items[i].state == state;
	return n;
}

bool bulk_plan_is_done(const struct bulk_plan *p)
{
	return p->is_sent && bulk_plan_count(p, BULK_ITEM_WAITING) == 0 &&
	       bulk_plan_count(p, BULK_ITEM_SENT) == 0;
}

void bulk_plan_progress(const struct bulk_plan *p, struct strbuf *out)
{
	size_t answered =
		bulk_plan_count(p, BULK_ITEM_CHANGED) + bulk_plan_count(p, BULK_ITEM_FAILED);
	strbuf_appendf(out, "bulk %s: %zu of %zu", p->command ? p->command : "", answered,
		       bulk_plan_writes(p));
}

/* "403 \"words\"", or only one of them, or nothing. */
static void failure_text(const struct bulk_item *item, struct strbuf *out)
{
	if (item->http_code > 0)
		strbuf_appendf(out, "%ld", item->http_code);
	if (item->error && *item->error)
		strbuf_appendf(out, "%s\"%s\"", item->http_code > 0 ? " " : "", item->error);
}

void bulk_plan_report(const struct bulk_plan *p, struct strbuf *out)
{
	size_t failed = bulk_plan_count(p, BULK_ITEM_FAILED);
	strbuf_appendf(out, "%zu of %zu changed", bulk_plan_count(p, BULK_ITEM_CHANGED),
		       bulk_plan_writes(p));
	if (bulk_plan_count(p, BULK_ITEM_SKIPPED)) {
		strbuf_append_str(out, "; ");
		bulk_plan_skipped(p, out);
	}
	if (!failed)
		return;
	strbuf_appendf(out, "; %zu failed:", failed);
	const char *sep = " ";
	for (size_t i = 0; i < p->count; i++) {
		const struct bulk_item *item = &p->items[i];
		if (item->state != BULK_ITEM_FAILED)
			continue;
		strbuf_appendf(out, "%s#%d", sep, item->ticket_id);
		if ((item->error && *item->error) || item->http_code > 0)
			strbuf_append_char(out, ' ');
		failure_text(item, out);
		sep = ", ";
	}
}

void bulk_plan_skipped(const struct bulk_plan *p, struct strbuf *out)
{
	size_t n = bulk_plan_count(p, BULK_ITEM_SKIPPED);
	if (n)
		strbuf_appendf(out, "%zu already %s, skipped", n, p->already ? p->already : "set");
}

void bulk_item_result(const struct bulk_item *item, struct strbuf *out)
{
	switch (item->state) {
	case BULK_ITEM_SENT:
		strbuf_append_str(out, "sending");
		break;
	case BULK_ITEM_CHANGED:
		strbuf_append_str(out, "changed");
		break;
	case BULK_ITEM_FAILED:
		strbuf_append_str(out, "failed");
		if ((item->error && *item->error) || item->http_code > 0)
			strbuf_append_str(out, ": ");
		failure_text(item, out);
		break;
	default:
		break;
	}
}
