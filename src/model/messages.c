/* The session's messages: an ordered, bounded list with counts by kind. */
#include "config.h"

#include "model/messages.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/alloc.h"

void messages_init(struct messages *m)
{
	memset(m, 0, sizeof(*m));
}

void messages_fini(struct messages *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->items[i].text);
	free(m->items);
	memset(m, 0, sizeof(*m));
}

void messages_add(struct messages *m, enum message_kind kind, const char *text)
{
	if (kind >= MESSAGE_KIND_COUNT)
		kind = MESSAGE_INFO;
	if (m->n == MESSAGES_MAX) {
		free(m->items[0].text);
		memmove(m->items, m->items + 1, (m->n - 1) * sizeof(*m->items));
		m->n--;
	}
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->items = xrealloc(m->items, m->cap * sizeof(*m->items));
	}
	m->items[m->n++] = (struct message){ .kind = kind,
					     .at_s = (long)time(NULL),
					     .text = xstrdup(text ? text : "") };
	m->total[kind]++;
	m->changes++;
}

void messages_clear(struct messages *m, enum message_kind kind)
{
	size_t kept = 0;
	for (size_t i = 0; i < m->n; i++) {
		if (kind == MESSAGE_KIND_COUNT || m->items[i].kind == kind)
			free(m->items[i].text);
		else
			m->items[kept++] = m->items[i];
	}
	m->n = kept;
	for (int k = 0; k < MESSAGE_KIND_COUNT; k++)
		if (kind == MESSAGE_KIND_COUNT || (int)kind == k)
			m->total[k] = 0;
	m->changes++;
}

bool messages_has(const struct messages *m, enum message_kind kind, const char *text)
{
	for (size_t i = 0; i < m->n; i++)
		if (m->items[i].kind == kind && !strcmp(m->items[i].text, text))
			return true;
	return false;
}

size_t messages_count(const struct messages *m, enum message_kind kind)
{
	return kind < MESSAGE_KIND_COUNT ? m->total[kind] : 0;
}

const char *message_kind_name(enum message_kind kind)
{
	static const char *const names[MESSAGE_KIND_COUNT] = {
		[MESSAGE_CONFIG] = "config",	   [MESSAGE_WARNING] = "warning",
		[MESSAGE_ODD_FIELD] = "odd field", [MESSAGE_ERROR] = "error",
		[MESSAGE_INFO] = "info",
	};
	return kind < MESSAGE_KIND_COUNT ? names[kind] : "info";
}
