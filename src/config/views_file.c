/* The views file: saved views read at start and written back atomically. */
#include "config.h"

#include "config/views_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/interp.h"
#include "config/message.h"
#include "config/paths.h"
#include "util/alloc.h"
#include "util/atomic_file.h"

char *views_file_path(void)
{
	char *config = paths_config_file();
	if (!config)
		return NULL;
	char *slash = strrchr(config, '/');
	*(slash ? slash + 1 : config) = '\0';
	char *path = message_format("%sviews", config);
	free(config);
	return path;
}

bool views_file_load(struct config *cfg)
{
	char *path = views_file_path();
	bool exists = path && interp_load(cfg, path, NULL, 0, true, NULL) != STATUS_NOT_FOUND;
	free(path);
	return exists;
}

static bool is_plain(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || strchr(",.:_+-/", *s)))
			return false;
	return true;
}

/* "TEXT" with \" \\ \n \t escapes, as the lexer reads them. */
static void append_quoted(struct strbuf *out, const char *s)
{
	strbuf_append_char(out, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			strbuf_appendf(out, "\\%c", *s);
		else if (*s == '\n')
			strbuf_append_str(out, "\\n");
		else if (*s == '\t')
			strbuf_append_str(out, "\\t");
		else
			strbuf_append_char(out, *s);
	}
	strbuf_append_char(out, '"');
}

void views_file_format(const struct config_view *view, struct strbuf *out)
{
	strbuf_append_str(out, "view ");
	append_quoted(out, view->name);
	for (size_t i = 0; i < view->n_params; i++) {
		strbuf_appendf(out, " %s=", view->params[i].name);
		if (is_plain(view->params[i].value))
			strbuf_append_str(out, view->params[i].value);
		else
			append_quoted(out, view->params[i].value);
	}
}

bool views_file_owns(const struct config_view *view, const char *path)
{
	return !strcmp(view->file, VIEWS_FILE_DEFAULTS) || (path && !strcmp(view->file, path));
}

/* Makes the directory PATH is in. */
static bool make_parent(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	bool ok = true;
	if (slash && slash != dir) {
		*slash = '\0';
		ok = paths_make_dirs(dir);
	}
	free(dir);
	return ok;
}

bool views_file_write(const struct config *cfg, const char *path, char **error)
{
	struct strbuf text;
	strbuf_init(&text);
	strbuf_append_str(&text, "# Saved views, written by halotui (view-save, view-rename, "
				 "view-delete).\n");
	for (size_t i = 0; i < cfg->n_views; i++) {
		if (!views_file_owns(&cfg->views[i], path))
			continue;
		views_file_format(&cfg->views[i], &text);
		strbuf_append_char(&text, '\n');
	}
	bool ok = make_parent(path) && atomic_file_write(path, text.data, text.len);
	if (!ok)
		*error = message_format("cannot write %s: %s", path, strerror(errno));
	strbuf_fini(&text);
	return ok;
}

const char *views_file_pane(const struct config_view *view)
{
	for (size_t i = 0; view && i < view->n_params; i++)
		if (!strcmp(view->params[i].name, "pane"))
			return view->params[i].value;
	return NULL;
}
