/* Configuration applied to the console: settings, bindings, theme, completion words. */
#include "config.h"

#include "app/settings.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "config/paths.h"
#include "config/profile.h"
#include "model/ticket_query.h"
#include "util/alloc.h"
#include "util/strbuf.h"

bool app_settings_report(struct app *a)
{
	struct config *cfg = &a->cfg;
	bool has_error = false;
	for (size_t i = 0; i < cfg->n_diags && !has_error; i++) {
		if (cfg->diags[i].is_warning)
			continue;
		statusbar_set_error(&a->status, cfg->diags[i].text);
		has_error = true;
	}
	config_clear_diags(cfg);
	return has_error;
}

void app_settings_load(struct app *a)
{
	char *path = paths_config_file();
	if (path)
		config_load_file(&a->cfg, path, true);
	free(path);
	char *error = NULL;
	if (profile_select(&a->cfg, a->opt.profile, &error) != STATUS_OK) {
		statusbar_set_error(&a->status, error);
		free(error);
		error = NULL;
	}
	if (a->opt.theme && !config_set(&a->cfg, SETTING_THEME, a->opt.theme, &error)) {
		statusbar_set_error(&a->status, error);
		free(error);
	}
	app_settings_report(a);
}

static bool is_utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
}

/* The names `bind` takes for VIEW. */
static const char *const view_names[] = { "generic",   "list",	"detail",	"history",
					  "approvals", "todos", "my-approvals", "help" };

static bool is_view_name(const char *name)
{
	for (size_t i = 0; i < sizeof(view_names) / sizeof(view_names[0]); i++)
		if (!strcmp(view_names[i], name))
			return true;
	return false;
}

static void bind_error(struct app *a, const struct config_bind *b, const char *what,
		       const char *name)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s:%u: %s '%s'", b->file, b->line, what, name);
	statusbar_set_error(&a->status, sb.data);
	strbuf_fini(&sb);
}

/* Binds what `bind` lines added since the last call; bad commands reach the status bar. */
static void apply_binds(struct app *a)
{
	struct config *cfg = &a->cfg;
	for (; a->binds_applied < cfg->n_binds; a->binds_applied++) {
		const struct config_bind *b = &cfg->binds[a->binds_applied];
		enum command cmd = command_by_name(b->command);
		int key = ui_key_from_spec(&b->key);
		if (!is_view_name(b->view)) {
			bind_error(a, b, "no view called", b->view);
			continue;
		}
		if ((cmd == CMD_NONE && strcmp(b->command, "none")) || !key) {
			bind_error(a, b, "no command called", b->command);
			continue;
		}
		keymap_bind(&a->keymap, b->view, key, cmd);
	}
	app_keymap_changed(a);
}

/* The `sort` setting ("lastactiondate:desc,id": up to five keys, each optionally :desc)
 * as the list's order..order5. True when it changed since the last call. */
static bool apply_sort(struct app *a)
{
	const char *text = config_get_string(&a->cfg, SETTING_SORT);
	if (a->sort_setting && !strcmp(a->sort_setting, text))
		return false;
	free(a->sort_setting);
	a->sort_setting = xstrdup(text);
	struct pane_sort *sort = &a->data.sort;
	free(sort->owned);
	sort->owned = xstrdup(text);
	for (int k = 0; k < PANE_SORT_KEYS; k++) {
		sort->field[k] = NULL;
		sort->is_desc[k] = false;
	}
	char *save = NULL;
	int k = 0;
	for (char *key = strtok_r(sort->owned, ", ", &save); key && k < PANE_SORT_KEYS;
	     key = strtok_r(NULL, ", ", &save)) {
		char *colon = strchr(key, ':');
		if (colon)
			*colon = '\0';
		sort->is_desc[k] = colon && !strcmp(colon + 1, "desc");
		sort->field[k++] = key;
	}
	return true;
}

void app_settings_apply(struct app *a)
{
	struct config *cfg = &a->cfg;
	const char *lines = config_get_string(cfg, SETTING_LINE_GRAPHICS);
	a->env.is_ascii_lines =
		!strcmp(lines, "ascii") || (!strcmp(lines, "auto") && !is_utf8_locale());
	a->env.is_low_bandwidth = config_get_bool(cfg, SETTING_LOW_BANDWIDTH);
	a->data.is_ascii = a->env.is_ascii_lines;
	a->data.prefetch_pages = (int)config_get_int(cfg, SETTING_PREFETCH);
	const char *columns = config_get_string(cfg, SETTING_COLUMNS);
	if (!a->data.columns || strcmp(a->data.columns, columns)) {
		free(a->data.columns);
		a->data.columns = xstrdup(columns);
	}
	apply_binds(a);
	if (apply_sort(a) && a->worker) {
		struct view_want w = { .kind = WANT_LIST_RELOAD };
		app_session_want(a, &w);
	}
	if (a->screen.is_active) {
		config_apply_theme(cfg);
		ui_env_apply_theme(&a->env, &cfg->palette, !a->opt.is_no_color);
	}
	a->needs_relayout = true;
}

static const char *const config_words[] = { "set",    "bind",	"color",  "view",	"profile",
					    "source", "resize", "ticket", "dump-screen" };

size_t app_settings_words(const char **words, size_t max)
{
	size_t n = 0;
	for (int c = 1; c < CMD_COUNT && n < max; c++)
		words[n++] = command_name((enum command)c);
	for (size_t i = 0; i < sizeof(config_words) / sizeof(config_words[0]) && n < max; i++)
		words[n++] = config_words[i];
	for (size_t i = 0; i < sizeof(view_names) / sizeof(view_names[0]) && n < max; i++)
		words[n++] = view_names[i];
	for (int s = 0; s < SETTING_COUNT && n < max; s++)
		words[n++] = setting_info((enum setting)s)->name;
	for (int r = 0; r < ROLE_COUNT && n < max; r++)
		words[n++] = theme_role_name((enum role)r);
	for (size_t i = 0; i < ticket_query_param_count() && n < max; i++)
		words[n++] = ticket_query_param(i)->name;
	return n;
}
