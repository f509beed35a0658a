/* The configuration: lifetime, diagnostics, settings access, files and themes. */
#include "config.h"

#include "config/configuration.h"

#include <stdlib.h>
#include <string.h>

#include "config/interp.h"
#include "config/message.h"
#include "config/paths.h"
#include "config/profile.h"
#include "config/view.h"
#include "config/views_file.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

static void set_defaults(struct setting_value *values, enum setting_scope scope)
{
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_info *info = setting_info((enum setting)i);
		char *error = NULL;
		if (info->scope == scope &&
		    !setting_parse((enum setting)i, info->default_text, &values[i], &error))
			abort(); /* a bad default in settings.def: caught by the tests */
	}
}

void config_init(struct config *cfg)
{
	*cfg = (struct config){ 0 };
	set_defaults(cfg->values, SCOPE_GLOBAL);
	profile_get_or_add(cfg, "", NULL, 0);
	config_parse_theme(cfg, theme_default_text, "default.theme", &cfg->palette);
}

static void free_lists(struct config *cfg)
{
	for (size_t i = 0; i < cfg->n_profiles; i++) {
		for (int j = 0; j < SETTING_COUNT; j++)
			setting_value_fini(&cfg->profiles[i].values[j]);
		free(cfg->profiles[i].name);
		free(cfg->profiles[i].file);
	}
	free(cfg->profiles);
	for (size_t i = 0; i < cfg->n_binds; i++) {
		struct config_bind *b = &cfg->binds[i];
		free(b->view);
		free(b->key_text);
		free(b->command);
		free(b->args);
		free(b->file);
	}
	free(cfg->binds);
	for (size_t i = 0; i < cfg->n_views; i++)
		view_fini(&cfg->views[i]);
	free(cfg->views);
}

void config_fini(struct config *cfg)
{
	if (!cfg)
		return;
	for (int i = 0; i < SETTING_COUNT; i++)
		setting_value_fini(&cfg->values[i]);
	free_lists(cfg);
	config_clear_diags(cfg);
	free(cfg->loading);
	wipe_string(cfg->env_client_secret);
	free(cfg->env_client_secret);
	*cfg = (struct config){ 0 };
}

void config_take_env_secret(struct config *cfg)
{
	char *env = getenv("HALOTUI_CLIENT_SECRET");
	if (!env)
		return;
	if (env[0] && !cfg->env_client_secret)
		cfg->env_client_secret = xstrdup(env);
	wipe_string(env);
	unsetenv("HALOTUI_CLIENT_SECRET");
}

char *config_shown_path(const char *file)
{
	const char *home = getenv("HOME");
	size_t len = home ? strlen(home) : 0;
	while (len > 1 && home[len - 1] == '/')
		len--;
	if (len > 1 && !strncmp(file, home, len) && file[len] == '/')
		return message_format("~%s", file + len);
	return xstrdup(file);
}

void config_add_diag(struct config *cfg, const char *file, unsigned line, bool is_warning,
		     const char *message)
{
	const char *warn = is_warning ? "warning: " : "";
	char *shown = config_shown_path(file);
	char *text = line ? message_format("%s:%u: %s%s", shown, line, warn, message)
			  : message_format("%s: %s%s", shown, warn, message);
	free(shown);
	cfg->diags = xreallocarray(cfg->diags, cfg->n_diags + 1, sizeof(*cfg->diags));
	cfg->diags[cfg->n_diags++] = (struct config_diag){
		.file = xstrdup(file),
		.line = line,
		.is_warning = is_warning,
		.message = xstrdup(message),
		.text = text,
	};
}

void config_clear_diags(struct config *cfg)
{
	for (size_t i = 0; i < cfg->n_diags; i++) {
		free(cfg->diags[i].file);
		free(cfg->diags[i].message);
		free(cfg->diags[i].text);
	}
	free(cfg->diags);
	cfg->diags = NULL;
	cfg->n_diags = 0;
}

size_t config_error_count(const struct config *cfg)
{
	size_t n = 0;
	for (size_t i = 0; i < cfg->n_diags; i++)
		n += !cfg->diags[i].is_warning;
	return n;
}

static struct setting_value *value_of(struct config *cfg, enum setting setting)
{
	const struct setting_info *info = setting_info(setting);
	if (!info)
		return NULL;
	if (info->scope == SCOPE_PROFILE)
		return &cfg->profiles[cfg->selected].values[setting];
	return &cfg->values[setting];
}

static const struct setting_value *const_value_of(const struct config *cfg, enum setting setting)
{
	const struct setting_info *info = setting_info(setting);
	if (!info)
		return NULL;
	if (info->scope == SCOPE_PROFILE)
		return &cfg->profiles[cfg->selected].values[setting];
	return &cfg->values[setting];
}

const char *config_get_string(const struct config *cfg, enum setting setting)
{
	const struct setting_value *v = const_value_of(cfg, setting);
	return v && v->text ? v->text : "";
}

long config_get_int(const struct config *cfg, enum setting setting)
{
	const struct setting_value *v = const_value_of(cfg, setting);
	return v ? v->number : 0;
}

bool config_get_bool(const struct config *cfg, enum setting setting)
{
	return config_get_int(cfg, setting) != 0;
}

bool config_set(struct config *cfg, enum setting setting, const char *text, char **error)
{
	struct setting_value *v = value_of(cfg, setting);
	if (!v) {
		*error = xstrdup("unknown setting");
		return false;
	}
	return setting_parse(setting, text, v, error);
}

enum status config_load_file(struct config *cfg, const char *path, bool is_optional)
{
	return interp_load(cfg, path, NULL, 0, is_optional, NULL);
}

enum status config_load_user(struct config *cfg)
{
	char *path = paths_config_file();
	if (!path)
		return STATUS_NOT_FOUND;
	enum status status = interp_load(cfg, path, NULL, 0, true, NULL);
	free(path);
	views_file_load(cfg);
	return status;
}

bool config_run_line(struct config *cfg, const char *line, const char *file, unsigned lineno)
{
	struct interp_state state = { .file = file, .line = lineno };
	return interp_line(cfg, &state, line);
}

bool config_run_prompt(struct config *cfg, const char *line)
{
	struct interp_state state = { .file = CONFIG_PROMPT_FILE,
				      .line = 1,
				      .profile = cfg->selected };
	const char *old_theme = config_get_string(cfg, SETTING_THEME);
	char *before = xstrdup(old_theme);
	bool ok = interp_line(cfg, &state, line);
	if (ok && strcmp(before, config_get_string(cfg, SETTING_THEME)) != 0)
		ok = config_apply_theme(cfg);
	free(before);
	return ok;
}

size_t config_parse_theme(struct config *cfg, const char *text, const char *file,
			  struct theme *theme)
{
	struct interp_state state = { .file = file, .theme = theme };
	size_t before = config_error_count(cfg);
	const char *p = text;
	while (*p) {
		size_t len = strcspn(p, "\n");
		char *line = xstrndup(p, len);
		state.line++;
		interp_line(cfg, &state, line);
		free(line);
		p += len;
		if (*p == '\n')
			p++;
	}
	return config_error_count(cfg) - before;
}

bool config_apply_theme(struct config *cfg)
{
	const char *name = config_get_string(cfg, SETTING_THEME);
	struct theme palette = { 0 };
	bool ok = true;

	config_parse_theme(cfg, theme_default_text, "default.theme", &palette);
	char *path = paths_find_theme(name);
	if (path) {
		size_t before = config_error_count(cfg);
		ok = interp_load(cfg, path, NULL, 0, false, &palette) == STATUS_OK &&
		     config_error_count(cfg) == before;
		free(path);
	} else if (strcmp(name, "default") != 0) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb,
			       "theme '%s' not found (looked for %s.theme in the themes "
			       "directories)",
			       name, name);
		config_add_diag(cfg, "theme", 0, false, sb.data);
		strbuf_fini(&sb);
		ok = false;
	}
	theme_overlay(&palette, &cfg->colors);
	cfg->palette = palette;
	return ok;
}

const struct config_view *config_find_view(const struct config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->n_views; i++)
		if (strcmp(cfg->views[i].name, name) == 0)
			return &cfg->views[i];
	return NULL;
}
