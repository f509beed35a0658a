/* Configuration applied to the console: settings, bindings, theme, completion words. */
#include "config.h"

#include "app/settings.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/filter.h"
#include "app/session.h"
#include "config/paths.h"
#include "config/profile.h"
#include "config/views_file.h"
#include "model/ticket_query.h"
#include "ui/list_columns.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

/* Every diagnostic goes to the messages pane: errors of files as config messages, warnings (a
 * secret in a readable file) as notes, and a mistake in a line typed at the prompt as an error
 * (shown at once, kept for reading again, but no "config error": no file holds it). */
static size_t collect_diags(struct app *a, const char **first)
{
	const struct config *cfg = &a->cfg;
	static const char prompt_prefix[] = CONFIG_PROMPT_FILE ":1: ";
	size_t n_errors = 0, n_added = 0;
	for (size_t i = 0; i < cfg->n_diags; i++) {
		const struct config_diag *d = &cfg->diags[i];
		bool is_typed = !strncmp(d->text, prompt_prefix, sizeof(prompt_prefix) - 1);
		if (!d->is_warning && !n_errors++)
			*first = is_typed ? d->text + sizeof(prompt_prefix) - 1 : d->text;
		enum message_kind kind = d->is_warning ? MESSAGE_WARNING
					 : is_typed    ? MESSAGE_ERROR
						       : MESSAGE_CONFIG;
		const char *text = is_typed ? d->text + sizeof(prompt_prefix) - 1 : d->text;
		/* A file read again (a theme applied once more, a file sourced twice) must not
		 * list its problems twice. */
		if (!is_typed && messages_has(&a->data.messages, kind, text))
			continue;
		messages_add(&a->data.messages, kind, text);
		n_added++;
	}
	if (n_added)
		app_messages_changed(a);
	return n_errors;
}

bool app_settings_report(struct app *a, bool is_typed)
{
	const char *first = NULL;
	size_t n_errors = collect_diags(a, &first);
	if (first && is_typed) {
		/* What was just typed needs no "file:line"; the others wait in :messages. */
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_append_str(&sb, first);
		if (n_errors > 1)
			strbuf_appendf(&sb, " (and %zu more, see :messages)", n_errors - 1);
		statusbar_set_error(&a->status, sb.data);
		strbuf_fini(&sb);
	}
	config_clear_diags(&a->cfg);
	return n_errors > 0;
}

static bool is_theme_missing(const char *name)
{
	if (!strcmp(name, "default"))
		return false;
	char *path = paths_find_theme(name);
	bool is_missing = path == NULL;
	free(path);
	return is_missing;
}

void app_settings_restore_theme(struct app *a)
{
	struct config *cfg = &a->cfg;
	const char *good = a->theme_applied ? a->theme_applied : "default";
	const char *name = config_get_string(cfg, SETTING_THEME);
	if (!strcmp(name, good) || !is_theme_missing(name))
		return;
	char *error = NULL;
	config_set(cfg, SETTING_THEME, good, &error);
	free(error);
	config_apply_theme(cfg);
	config_clear_diags(cfg);
}

/* Loads the theme's palette. Its problems are reported now: left among the diagnostics,
 * they would be shown in place of the next typed line's own error. */
static void apply_theme(struct app *a)
{
	struct config *cfg = &a->cfg;
	if (config_apply_theme(cfg)) {
		free(a->theme_applied);
		a->theme_applied = xstrdup(config_get_string(cfg, SETTING_THEME));
	}
	app_settings_report(a, false);
	app_settings_restore_theme(a);
	ui_env_apply_theme(&a->env, &cfg->palette, !a->opt.is_no_color);
}

void app_settings_load(struct app *a)
{
	char *path = paths_config_file();
	if (path)
		config_load_file(&a->cfg, path, true);
	free(path);
	/* A views file, even an empty one, is the user's views: the defaults were in it. */
	if (!views_file_load(&a->cfg))
		app_filter_default_views(a);
	char *error = NULL;
	if (profile_select(&a->cfg, a->opt.profile, &error) != STATUS_OK) {
		statusbar_set_error(&a->status, error);
		free(error);
		error = NULL;
	} else if (a->cfg.profiles[a->cfg.selected].name[0] && !a->opt.is_demo) {
		/* Also a profile chosen by `default-profile`: which Halo this is (none in the
		 * demo, which talks to its own halo-mock whatever the profile says). */
		statusbar_set_profile(&a->status, a->cfg.profiles[a->cfg.selected].name);
	}
	if (a->opt.theme && !config_set(&a->cfg, SETTING_THEME, a->opt.theme, &error)) {
		statusbar_set_error(&a->status, error);
		free(error);
	}
	app_settings_report(a, false);
}

static bool is_utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
}

/* The names `bind` takes for VIEW. */
static const char *const view_names[] = { "generic",   "list",	   "detail",	   "history",
					  "approvals", "todos",	   "my-approvals", "help",
					  "messages",  "form",	   "raw",	   "closures",
					  "outbox",    "forecast", "bulk" };

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
	/* Typed at the prompt: said at once, with no file to name and no config error (see
	 * collect_diags); from a file: kept in :messages like the file's other lines. */
	bool is_typed = !strcmp(b->file, CONFIG_PROMPT_FILE);
	struct strbuf sb;
	strbuf_init(&sb);
	if (!is_typed) {
		char *shown = config_shown_path(b->file);
		strbuf_appendf(&sb, "%s:%u: ", shown, b->line);
		free(shown);
	}
	strbuf_appendf(&sb, "%s '%s'", what, name);
	if (is_typed)
		statusbar_set_error(&a->status, sb.data);
	messages_add(&a->data.messages, is_typed ? MESSAGE_ERROR : MESSAGE_CONFIG, sb.data);
	app_messages_changed(a);
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
	char err[512];
	if (!list_sort_check(text, err, sizeof(err))) {
		/* A typo the server would ignore in silence: say it, keep the sort in force. */
		statusbar_set_error(&a->status, err);
		char *ignored = NULL;
		const char *previous = a->sort_setting ? a->sort_setting
						       : setting_info(SETTING_SORT)->default_text;
		config_set(&a->cfg, SETTING_SORT, previous, &ignored);
		free(ignored);
		if (a->sort_setting)
			return false;
		text = previous;
	}
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
		char err[512];
		if (!list_columns_check(columns, err, sizeof(err)))
			statusbar_set_error(&a->status, err);
		free(a->data.columns);
		a->data.columns = xstrdup(columns);
	}
	apply_binds(a);
	/* Pages of another size do not fit the pages the list holds: start it again. */
	long page_size = config_get_int(cfg, SETTING_PAGE_SIZE);
	bool is_new_page_size = a->page_size_applied && a->page_size_applied != page_size;
	a->page_size_applied = page_size;
	if ((apply_sort(a) || is_new_page_size) && a->worker) {
		struct view_want w = { .kind = WANT_LIST_RELOAD };
		app_session_want(a, &w);
	}
	if (a->screen.is_active)
		apply_theme(a);
	a->needs_relayout = true;
}

const char *const *app_settings_pane_names(size_t *n)
{
	*n = sizeof(view_names) / sizeof(view_names[0]);
	return view_names;
}
