/* Where halotui keeps its files: XDG base directories, theme search, ~ expansion. */
#include "config.h"

#include "config/paths.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/strbuf.h"

#ifndef HALOTUI_DATADIR
#define HALOTUI_DATADIR "/usr/local/share/halotui"
#endif

static const char *home_dir(void)
{
	const char *home = getenv("HOME");
	if (home && home[0])
		return home;
	struct passwd *pw = getpwuid(getuid());
	return pw && pw->pw_dir && pw->pw_dir[0] ? pw->pw_dir : NULL;
}

/* $VAR when absolute, else $HOME/FALLBACK; then "/halotui" and TAIL. */
static char *xdg_path(const char *var, const char *fallback, const char *tail)
{
	const char *base = getenv(var);
	struct strbuf sb;
	strbuf_init(&sb);
	if (base && base[0] == '/') {
		strbuf_append_str(&sb, base);
	} else {
		const char *home = home_dir();
		if (!home) {
			strbuf_fini(&sb);
			return NULL;
		}
		strbuf_appendf(&sb, "%s/%s", home, fallback);
	}
	strbuf_appendf(&sb, "/halotui%s", tail);
	char *path = strbuf_take(&sb);
	return path;
}

char *paths_config_file(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "/config");
}

char *paths_state_dir(const char *profile)
{
	struct strbuf tail;
	strbuf_init(&tail);
	strbuf_appendf(&tail, "/%s/", profile && profile[0] ? profile : "default");
	char *path = xdg_path("XDG_STATE_HOME", ".local/state", tail.data);
	strbuf_fini(&tail);
	return path;
}

char *paths_cache_dir(void)
{
	return xdg_path("XDG_CACHE_HOME", ".cache", "/");
}

char *paths_cache_profile_dir(const char *profile)
{
	struct strbuf tail;
	strbuf_init(&tail);
	strbuf_appendf(&tail, "/%s/", profile && profile[0] ? profile : "default");
	char *path = xdg_path("XDG_CACHE_HOME", ".cache", tail.data);
	strbuf_fini(&tail);
	return path;
}

char *paths_authinfo_cache(const char *profile, bool is_made)
{
	char *dir = paths_cache_profile_dir(profile);
	if (!dir || (is_made && !paths_make_dirs(dir))) {
		free(dir);
		return NULL;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%sauthinfo", dir);
	free(dir);
	return strbuf_take(&sb);
}

bool paths_make_dirs(const char *dir)
{
	char *path = xstrdup(dir);
	bool is_ok = true;
	for (char *p = path + 1; is_ok && *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		is_ok = mkdir(path, 0700) == 0 || errno == EEXIST;
		*p = '/';
	}
	if (is_ok)
		is_ok = mkdir(path, 0700) == 0 || errno == EEXIST;
	free(path);
	return is_ok;
}

char **paths_theme_dirs(void)
{
	char **list = xcalloc(5, sizeof(*list));
	size_t n = 0;
	char *user = xdg_path("XDG_CONFIG_HOME", ".config", "/themes");
	if (user)
		list[n++] = user;
	const char *dev = getenv("HALOTUI_THEMES_DIR");
	if (dev && dev[0])
		list[n++] = xstrdup(dev);
	list[n++] = xstrdup(HALOTUI_DATADIR "/themes");
#ifdef HALOTUI_SOURCE_THEMES
	/* Last, so a program run from its build tree, never installed, finds every theme. */
	list[n++] = xstrdup(HALOTUI_SOURCE_THEMES);
#endif
	return list;
}

void paths_list_free(char **list)
{
	if (!list)
		return;
	for (size_t i = 0; list[i]; i++)
		free(list[i]);
	free(list);
}

char *paths_find_theme(const char *name)
{
	if (!name || !name[0] || strchr(name, '/'))
		return NULL;
	char **dirs = paths_theme_dirs();
	char *found = NULL;
	for (size_t i = 0; dirs[i] && !found; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%s/%s.theme", dirs[i], name);
		if (access(sb.data, R_OK) == 0)
			found = strbuf_detach(&sb);
		strbuf_fini(&sb);
	}
	paths_list_free(dirs);
	return found;
}

char *paths_expand(const char *path, const char *base_dir)
{
	struct strbuf sb;
	strbuf_init(&sb);
	if (path[0] == '~' && (path[1] == '/' || path[1] == '\0')) {
		const char *home = home_dir();
		strbuf_append_str(&sb, home ? home : "");
		strbuf_append_str(&sb, path + 1);
	} else if (path[0] != '/' && base_dir && base_dir[0]) {
		strbuf_appendf(&sb, "%s/%s", base_dir, path);
	} else {
		strbuf_append_str(&sb, path);
	}
	char *expanded = strbuf_take(&sb);
	return expanded;
}
