/* Tab completion at the prompt: the words that fit where the cursor is. */
#include "config.h"

#include "app/complete.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "app/settings.h"
#include "config/paths.h"
#include "config/settings.h"
#include "model/ticket_query.h"
#include "util/alloc.h"

static void add(struct completion *c, const char *word)
{
	if (c->count < sizeof(c->words) / sizeof(c->words[0]))
		c->words[c->count++] = word;
}

/* Adds LEN bytes at WORD as a word of its own, copied into C's text. */
static void add_copy(struct completion *c, const char *word, size_t len)
{
	if (c->text_used + len + 1 > sizeof(c->text))
		return;
	char *copy = c->text + c->text_used;
	memcpy(copy, word, len);
	copy[len] = '\0';
	c->text_used += len + 1;
	for (size_t i = 0; i < c->count; i++)
		if (!strcmp(c->words[i], copy))
			return;
	add(c, copy);
}

static void add_themes(struct completion *c)
{
	add(c, "default");
	char **dirs = paths_theme_dirs();
	for (size_t i = 0; dirs && dirs[i]; i++) {
		DIR *dir = opendir(dirs[i]);
		for (struct dirent *e; dir && (e = readdir(dir)) != NULL;) {
			size_t len = strlen(e->d_name);
			if (e->d_name[0] != '.' && len > 6 &&
			    !strcmp(e->d_name + len - 6, ".theme"))
				add_copy(c, e->d_name, len - 6);
		}
		if (dir)
			closedir(dir);
	}
	paths_list_free(dirs);
}

static void add_values(struct completion *c, const char *name)
{
	enum setting s;
	if (!setting_from_name(name, &s))
		return;
	const struct setting_info *info = setting_info(s);
	if (s == SETTING_THEME) {
		add_themes(c);
	} else if (info->type == SETTING_TYPE_BOOL) {
		add(c, "yes");
		add(c, "no");
	} else if (info->type == SETTING_TYPE_ENUM && info->allowed) {
		for (const char *p = info->allowed; *p;) {
			size_t len = strcspn(p, "|");
			add_copy(c, p, len);
			p += len + (p[len] == '|');
		}
	}
}

static void add_settings(struct completion *c)
{
	for (int s = 0; s < SETTING_COUNT; s++)
		add(c, setting_info((enum setting)s)->name);
}

static void add_params(struct completion *c)
{
	for (size_t i = 0; i < ticket_query_param_count(); i++)
		add(c, ticket_query_param(i)->name);
}

static void add_first_words(struct completion *c)
{
	size_t n = app_settings_words(c->words + c->count,
				      sizeof(c->words) / sizeof(c->words[0]) - c->count);
	c->count += n;
}

/* The words typed before the one being completed: up to MAX in W, how many in all. */
static int done_words(char *copy, const char *line, char **w, int max)
{
	int n = 0;
	for (char *save = NULL, *t = strtok_r(copy, " \t=", &save); t;
	     t = strtok_r(NULL, " \t=", &save)) {
		if (n < max)
			w[n] = t;
		n++;
	}
	size_t len = strlen(line);
	bool is_new_word = len == 0 || strchr(" \t=", line[len - 1]);
	return is_new_word ? n : n - 1;
}

void app_complete(const char *line, struct completion *c)
{
	c->count = 0;
	c->text_used = 0;
	char *copy = xstrdup(line);
	char *w[3] = { NULL, NULL, NULL };
	int done = done_words(copy, line, w, 3);
	if (done <= 0)
		add_first_words(c);
	else if (!strcmp(w[0], "set") && done == 1)
		add_settings(c);
	else if (!strcmp(w[0], "set") && done == 2)
		add_values(c, w[1]);
	else if (!strcmp(w[0], "filter") || !strcmp(w[0], "view"))
		add_params(c);
	else if ((!strcmp(w[0], "bind") && (done == 1 || done == 3)) ||
		 (!strcmp(w[0], "color") && done == 1))
		add_first_words(c); /* views, commands and roles are among them */
	free(copy);
}
