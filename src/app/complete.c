/* Tab completion at the prompt: the words that fit where the cursor is. */
#include "config.h"

#include "app/complete.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app/bulk.h"
#include "app/field_commands.h"
#include "app/settings.h"
#include "config/paths.h"
#include "config/settings.h"
#include "config/theme.h"
#include "model/ticket_query.h"
#include "ui/command.h"
#include "util/alloc.h"

/* What the word being completed must start with. */
struct want {
	const char *prefix;
	size_t len;
};

static void add_choice(struct completion *c, const char *word, const char *note, char suffix)
{
	for (size_t i = 0; i < c->count; i++)
		if (!strcmp(c->choices[i].word, word))
			return;
	if (c->count < sizeof(c->choices) / sizeof(c->choices[0]))
		c->choices[c->count++] = (struct prompt_choice){ word, note, suffix };
}

/* Adds WORD when it starts with what is typed. */
static void add(struct completion *c, const struct want *w, const char *word, const char *note,
		char suffix)
{
	if (!strncmp(word, w->prefix, w->len))
		add_choice(c, word, note, suffix);
}

/* A copy of LEN bytes at WORD kept in C's text; NULL when C is full. */
static const char *keep(struct completion *c, const char *word, size_t len)
{
	if (c->text_used + len + 1 > sizeof(c->text))
		return NULL;
	char *copy = c->text + c->text_used;
	memcpy(copy, word, len);
	copy[len] = '\0';
	c->text_used += len + 1;
	return copy;
}

static void add_copy(struct completion *c, const struct want *w, const char *word, size_t len)
{
	if (len < w->len || strncmp(word, w->prefix, w->len))
		return;
	const char *copy = keep(c, word, len);
	if (copy)
		add_choice(c, copy, NULL, ' ');
}

static void add_themes(struct completion *c, const struct want *w)
{
	add(c, w, "default", NULL, ' ');
	char **dirs = paths_theme_dirs();
	for (size_t i = 0; dirs && dirs[i]; i++) {
		DIR *dir = opendir(dirs[i]);
		for (struct dirent *e; dir && (e = readdir(dir)) != NULL;) {
			size_t len = strlen(e->d_name);
			if (e->d_name[0] != '.' && len > 6 &&
			    !strcmp(e->d_name + len - 6, ".theme"))
				add_copy(c, w, e->d_name, len - 6);
		}
		if (dir)
			closedir(dir);
	}
	paths_list_free(dirs);
}

static void add_setting_values(struct completion *c, const struct want *w, const char *name)
{
	enum setting s;
	if (!setting_from_name(name, &s))
		return;
	const struct setting_info *info = setting_info(s);
	if (s == SETTING_THEME) {
		add_themes(c, w);
	} else if (info->type == SETTING_TYPE_BOOL) {
		add(c, w, "yes", NULL, ' ');
		add(c, w, "no", NULL, ' ');
	} else if (info->type == SETTING_TYPE_ENUM && info->allowed) {
		for (const char *p = info->allowed; *p;) {
			size_t len = strcspn(p, "|");
			add_copy(c, w, p, len);
			p += len + (p[len] == '|');
		}
	}
}

static void add_commands(struct completion *c, const struct want *w)
{
	for (int i = 1; i < CMD_COUNT; i++)
		add(c, w, command_name((enum command)i), command_help((enum command)i), ' ');
}

static void add_settings(struct completion *c, const struct want *w)
{
	for (int s = 0; s < SETTING_COUNT; s++) {
		const struct setting_info *info = setting_info((enum setting)s);
		add(c, w, info->name, info->help, ' ');
	}
}

static void add_params(struct completion *c, const struct want *w)
{
	for (size_t i = 0; i < ticket_query_param_count(); i++) {
		const struct query_param *p = ticket_query_param(i);
		add(c, w, p->name, p->description, '=');
	}
}

static void add_panes(struct completion *c, const struct want *w)
{
	size_t n;
	const char *const *names = app_settings_pane_names(&n);
	for (size_t i = 0; i < n; i++)
		add(c, w, names[i], NULL, ' ');
}

static void add_roles(struct completion *c, const struct want *w)
{
	for (int r = 0; r < ROLE_COUNT; r++)
		add(c, w, theme_role_name((enum role)r), NULL, ' ');
}

/* A view's name goes in quoted when it holds blanks ("My open"), so the line keeps it one
 * word; typing matches the name with or without the opening quote. */
static void add_saved_views(struct completion *c, const struct want *w, const struct config *cfg)
{
	const char *typed = w->prefix + (w->len && w->prefix[0] == '"');
	size_t typed_len = w->len - (size_t)(typed - w->prefix);
	char quoted[256];
	for (size_t i = 0; cfg && i < cfg->n_views; i++) {
		const char *name = cfg->views[i].name;
		if (strncmp(name, typed, typed_len))
			continue;
		if (!strpbrk(name, " \t") && typed == w->prefix) {
			add_choice(c, name, NULL, ' ');
			continue;
		}
		int len = snprintf(quoted, sizeof(quoted), "\"%s\"", name);
		const char *word = len > 0 && (size_t)len < sizeof(quoted) && !strpbrk(name, "\"\\")
					   ? keep(c, quoted, (size_t)len)
					   : NULL;
		if (word)
			add_choice(c, word, NULL, ' ');
	}
}

static void add_profiles(struct completion *c, const struct want *w, const struct config *cfg)
{
	for (size_t i = 0; cfg && i < cfg->n_profiles; i++)
		if (cfg->profiles[i].name[0])
			add(c, w, cfg->profiles[i].name, NULL, ' ');
}

/* A lookup's entry: its id goes in the line, its name beside it. Typing matches either. */
static void add_lookup(struct completion *c, const struct want *w, int id, const char *name)
{
	char digits[16];
	int len = snprintf(digits, sizeof(digits), "%d", id);
	bool is_match = !strncmp(digits, w->prefix, w->len) ||
			(name && !strncasecmp(name, w->prefix, w->len));
	const char *word = is_match ? keep(c, digits, (size_t)len) : NULL;
	if (word)
		add_choice(c, word, name, ' ');
}

static void add_named(struct completion *c, const struct want *w, const struct named_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		add_lookup(c, w, l->items[i].id, l->items[i].name);
}

static void add_lookup_values(struct completion *c, const struct want *w, enum lookup_kind kind,
			      const struct lookups *l)
{
	switch (kind) {
	case LOOKUP_STATUS:
		for (size_t i = 0; i < l->statuses.count; i++)
			add_lookup(c, w, l->statuses.items[i].id, l->statuses.items[i].name);
		break;
	case LOOKUP_PRIORITY:
		for (size_t i = 0; i < l->priorities.count; i++)
			add_lookup(c, w, l->priorities.items[i].priorityid,
				   l->priorities.items[i].name);
		break;
	case LOOKUP_AGENT:
		for (size_t i = 0; i < l->agents.count; i++)
			add_lookup(c, w, l->agents.items[i].id, l->agents.items[i].name);
		break;
	case LOOKUP_TEAM:
		add_named(c, w, &l->teams);
		break;
	case LOOKUP_TICKETTYPE:
		add_named(c, w, &l->tickettypes);
		break;
	case LOOKUP_CLIENT:
		add_named(c, w, &l->clients);
		break;
	default:
		break;
	}
}

/* The values of the parameter NAME: true/false, the ids of its lookup, else none. */
static void add_param_values(struct completion *c, const struct want *w, const char *name,
			     const struct lookups *l)
{
	const struct query_param *p = ticket_query_param_find(name);
	if (!p)
		return;
	if (p->type == QP_BOOL) {
		add(c, w, "true", NULL, ' ');
		add(c, w, "false", NULL, ' ');
	}
	enum lookup_kind kind;
	if (l && lookup_kind_of_param(name, &kind))
		add_lookup_values(c, w, kind, l);
}

/* The words before the one being completed, split at the characters of SEPS: at most MAX
 * of them in W, how many returned. */
static int split_before(char *copy, const char *seps, char **w, int max)
{
	int n = 0;
	for (char *save = NULL, *t = strtok_r(copy, seps, &save); t && n < max;
	     t = strtok_r(NULL, seps, &save))
		w[n++] = t;
	return n;
}

/* After `set`: the name, then `=`, then a value. */
static void complete_set(struct completion *c, const struct want *w, const char *before)
{
	char *copy = xstrdup(before), *words[4];
	int n = split_before(copy, " \t=", words, 4);
	if (n == 1)
		add_settings(c, w);
	else if (n == 2 && strchr(before, '='))
		add_setting_values(c, w, words[1]);
	else if (n == 2)
		add(c, w, "=", NULL, ' ');
	free(copy);
}

/* After `filter` or `view "NAME"`: PARAM= words, and after `PARAM=` that one's values. */
static void complete_query(struct completion *c, const struct want *w, const char *before,
			   const struct completion_sources *src)
{
	const char *word = before + strlen(before);
	while (word > before && word[-1] != ' ' && word[-1] != '\t')
		word--;
	const char *eq = strchr(word, '=');
	if (!eq) {
		add_params(c, w);
		return;
	}
	char *name = xstrndup(word, (size_t)(eq - word));
	add_param_values(c, w, name, src ? src->lookups : NULL);
	free(name);
}

static void complete_argument(struct completion *c, const struct want *w, const char *before,
			      const struct completion_sources *src);

/* After `tagged`: the commands it applies, then what that command takes. */
static void complete_tagged(struct completion *c, const struct want *w, const char *before,
			    const struct completion_sources *src, int n)
{
	if (n > 1) {
		const char *rest = before + strspn(before, " \t");
		rest += strcspn(rest, " \t");
		complete_argument(c, w, rest + strspn(rest, " \t"), src);
		return;
	}
	for (int cmd = CMD_NONE + 1; cmd < CMD_COUNT; cmd++)
		if (app_bulk_applies((enum command)cmd))
			add(c, w, command_name((enum command)cmd), command_help((enum command)cmd),
			    ' ');
}

static void complete_argument(struct completion *c, const struct want *w, const char *before,
			      const struct completion_sources *src)
{
	char *copy = xstrdup(before), *words[4];
	int n = split_before(copy, " \t", words, 4);
	enum command cmd = command_by_name(words[0]);
	const struct config *cfg = src ? src->cfg : NULL;
	enum lookup_kind kind;
	switch (command_arg(cmd)) {
	case ARG_SETTING:
		complete_set(c, w, before);
		break;
	case ARG_BINDING:
		if (n == 1)
			add_panes(c, w);
		else if (n == 3)
			add_commands(c, w);
		break;
	case ARG_ROLE:
		if (n == 1)
			add_roles(c, w);
		break;
	case ARG_QUERY:
		complete_query(c, w, before, src);
		break;
	case ARG_SAVED_QUERY:
		/* `view NAME` shows a saved view: its first word may be one. */
		if (n == 1)
			add_saved_views(c, w, cfg);
		if (n >= 2)
			complete_query(c, w, before, src);
		break;
	case ARG_SAVED_VIEW:
		if (n == 1)
			add_saved_views(c, w, cfg);
		break;
	case ARG_PROFILE:
		if (n == 1)
			add_profiles(c, w, cfg);
		break;
	case ARG_TEXT:
		if (cmd == CMD_TAGGED)
			complete_tagged(c, w, before, src, n);
		break;
	case ARG_LOOKUP:
		if (n == 1 && cmd == CMD_ASSIGN) {
			add(c, w, "me", "the signed-in agent", ' ');
			add(c, w, "none", "no one (Halo's Unassigned agent)", ' ');
		}
		if (n == 1 && src && src->lookups && app_field_command_lookup(cmd, &kind))
			add_lookup_values(c, w, kind, src->lookups);
		break;
	default:
		break;
	}
	free(copy);
}

void app_complete(const char *line, const struct completion_sources *src, struct completion *c)
{
	c->count = 0;
	c->text_used = 0;
	size_t start = prompt_word_start(line);
	struct want w = { line + start, strlen(line + start) };
	char *before = xstrndup(line, start);
	if (before[strspn(before, " \t")] == '\0')
		add_commands(c, &w);
	else
		complete_argument(c, &w, before, src);
	free(before);
}
