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

/* The keys that run CMD in VIEW, each once ("j <Down>"); caller owns; "" when none. */
static char *keys_of(const struct keymap *km, const char *view, enum command cmd, bool *is_view_own)
{
	struct strbuf keys;
	strbuf_init(&keys);
	*is_view_own = false;
	for (size_t i = 0; i < km->count; i++) {
		int key = km->bindings[i].key;
		/* Show a key once, and only where it really runs this command in VIEW. */
		if (is_earlier_key(km, i) || keymap_lookup(km, view, key) != cmd)
			continue;
		char name[32];
		ui_key_name(key, name, sizeof(name));
		strbuf_appendf(&keys, "%s%s", keys.len ? " " : "", name);
		*is_view_own |= view && find(km, view, key) != NULL;
	}
	return strbuf_take(&keys);
}

static void add_line(struct help_data *help, enum help_line_kind kind, char *keys, enum command cmd)
{
	struct help_line *l = &help->lines[help->count++];
	l->kind = kind;
	l->keys = keys;
	l->name = kind == HELP_HEADING ? NULL : command_name(cmd);
	l->help = kind == HELP_HEADING ? NULL : command_help(cmd);
}

/* The title of a section of the help (see section_of); caller owns. */
static char *heading(int section, const char *view)
{
	struct strbuf sb;
	strbuf_init(&sb);
	if (section == 0)
		strbuf_appendf(&sb, "Keys of the %s pane", view ? view : "");
	else
		strbuf_append_str(&sb, section == 1 ? "Keys in every pane" : "Commands typed at :");
	return strbuf_take(&sb);
}

/* Which sections of the help show CMD in VIEW, one bit each: 0 the pane's own keys, 1 keys
 * everywhere, 2 typed at `:`; none for a key of other panes only. A command that takes
 * words shows at `:` with them, and also with its key where it has one. *KEYS gets its keys
 * (caller owns). */
static unsigned sections_of(const struct keymap *km, const char *view, enum command cmd,
			    char **keys)
{
	bool is_view_own;
	*keys = keys_of(km, view, cmd, &is_view_own);
	unsigned typed_too = command_arg(cmd) != ARG_NONE ? 1u << 2 : 0;
	if (is_view_own)
		return 1u << 0 | typed_too;
	if (!**keys)
		return 1u << 2;
	if (command_is_pane_own(cmd, view))
		return 1u << 0 | typed_too;
	return *command_panes(cmd) ? typed_too : 1u << 1 | typed_too;
}

/* ":ticket ID": the command as typed at the prompt; caller owns. */
static char *typed(enum command cmd)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, ":%s", command_name(cmd));
	if (*command_usage(cmd))
		strbuf_appendf(&sb, " %s", command_usage(cmd));
	return strbuf_take(&sb);
}

void keymap_help(const struct keymap *km, const char *view, struct help_data *help)
{
	help_data_clear(help);
	help->lines = xcalloc(3 * (CMD_COUNT + 1), sizeof(*help->lines));
	for (int section = 0; section < 3; section++) {
		size_t title_at = help->count;
		add_line(help, HELP_HEADING, heading(section, view), CMD_NONE);
		for (int c = 1; c < CMD_COUNT; c++) {
			char *keys;
			if (!(sections_of(km, view, (enum command)c, &keys) & 1u << section)) {
				free(keys);
				continue;
			}
			if (section == 2) {
				free(keys);
				keys = typed((enum command)c);
			}
			add_line(help, section == 2 ? HELP_TYPED : HELP_KEYS, keys,
				 (enum command)c);
		}
		if (help->count == title_at + 1)
			free(help->lines[--help->count].keys); /* an empty section has no title */
	}
}
