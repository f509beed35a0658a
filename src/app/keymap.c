/* The keymap: a small table of bindings searched newest first. */
#include "config.h"

#include "app/keymap.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/strbuf.h"

void keymap_init(struct keymap *km)
{
	memset(km, 0, sizeof(*km));
	for (int c = 1; c < CMD_COUNT; c++)
		for (const int *k = command_default_keys((enum command)c); *k; k++)
			keymap_bind(km, "generic", *k, (enum command)c);
}

void keymap_fini(struct keymap *km)
{
	free(km->bindings);
	memset(km, 0, sizeof(*km));
}

void keymap_bind(struct keymap *km, const char *view, int key, enum command cmd)
{
	for (size_t i = 0; i < km->count; i++) {
		struct key_binding *b = &km->bindings[i];
		if (b->key == key && !strcmp(b->view, view)) {
			b->cmd = cmd;
			return;
		}
	}
	km->bindings = xreallocarray(km->bindings, km->count + 1, sizeof(*km->bindings));
	struct key_binding *b = &km->bindings[km->count++];
	memset(b, 0, sizeof(*b));
	strncpy(b->view, view, sizeof(b->view) - 1);
	b->key = key;
	b->cmd = cmd;
}

static const struct key_binding *find(const struct keymap *km, const char *view, int key)
{
	for (size_t i = 0; i < km->count; i++)
		if (km->bindings[i].key == key && !strcmp(km->bindings[i].view, view))
			return &km->bindings[i];
	return NULL;
}

enum command keymap_lookup(const struct keymap *km, const char *view, int key)
{
	const struct key_binding *b = view ? find(km, view, key) : NULL;
	if (!b)
		b = find(km, "generic", key);
	return b ? b->cmd : CMD_NONE;
}

static bool is_earlier_key(const struct keymap *km, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (km->bindings[j].key == km->bindings[i].key)
			return true;
	return false;
}

void keymap_help(const struct keymap *km, const char *view, struct help_data *help)
{
	help_data_clear(help);
	help->lines = xcalloc(CMD_COUNT, sizeof(*help->lines));
	for (int c = 1; c < CMD_COUNT; c++) {
		struct strbuf keys;
		strbuf_init(&keys);
		for (size_t i = 0; i < km->count; i++) {
			int key = km->bindings[i].key;
			/* Show a key once, and only where it really runs this command in VIEW. */
			if (is_earlier_key(km, i) ||
			    keymap_lookup(km, view, key) != (enum command)c)
				continue;
			char name[32];
			ui_key_name(key, name, sizeof(name));
			strbuf_appendf(&keys, "%s%s", keys.len ? " " : "", name);
		}
		struct help_line *l = &help->lines[help->count++];
		l->keys = strbuf_take(&keys);
		l->name = command_name((enum command)c);
		l->help = command_help((enum command)c);
	}
}
