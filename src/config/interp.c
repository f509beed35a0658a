/* The interpreter of the line language: set, bind, color, view, profile, source. */
#include "config.h"

#include "config/interp.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/lexer.h"
#include "config/paths.h"
#include "config/profile.h"
#include "config/view.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

struct line {
	const char *text;
	struct lexer_words words;
};

static bool report(struct config *cfg, const struct interp_state *state, bool is_warning,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Adds a diagnostic at the current line; returns false for errors, true for warnings. */
static bool report(struct config *cfg, const struct interp_state *state, bool is_warning,
		   const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;
	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vappendf(&sb, fmt, ap);
	va_end(ap);
	config_add_diag(cfg, state->file, state->line, is_warning, sb.data);
	strbuf_fini(&sb);
	return is_warning;
}

/* The line as written from word FIRST to the end of the last word. */
static char *raw_span(const struct line *line, size_t first)
{
	const struct lexer_words *w = &line->words;
	if (first >= w->n)
		return xstrdup("");
	return xstrndup(line->text + w->v[first].start, w->v[w->n - 1].end - w->v[first].start);
}

/* Splits `set NAME = VALUE` and `set NAME=VALUE` into NAME and the index of VALUE's first word
 * (or an inline VALUE). */
static bool split_set(const struct line *line, char **name, char **inline_value, size_t *first)
{
	const struct lexer_words *w = &line->words;
	const char *eq = w->n >= 2 ? strchr(w->v[1].text, '=') : NULL;
	*inline_value = NULL;
	if (eq && eq != w->v[1].text && !w->v[1].is_quoted) {
		*name = xstrndup(w->v[1].text, (size_t)(eq - w->v[1].text));
		*inline_value = xstrdup(eq + 1);
		*first = 2;
		return w->n == 2;
	}
	if (w->n < 4 || strcmp(w->v[2].text, "=") != 0 || w->v[2].is_quoted)
		return false;
	*name = xstrdup(w->v[1].text);
	*first = 3;
	return true;
}

static char *set_value_text(const struct line *line, enum setting setting, size_t first,
			    const char *dir, bool *too_many)
{
	const struct setting_info *info = setting_info(setting);
	size_t count = line->words.n - first;
	*too_many = false;
	if (count > 1) {
		if (info->type == SETTING_TYPE_COMMAND)
			return raw_span(line, first);
		*too_many = true;
		return NULL;
	}
	const char *text = line->words.v[first].text;
	if (info->type == SETTING_TYPE_PATH && text[0])
		return paths_expand(text, dir);
	return xstrdup(text);
}

static void warn_if_secret_readable(struct config *cfg, const struct interp_state *state)
{
	struct stat st;
	if (!state->dir || stat(state->file, &st) != 0 || (st.st_mode & 077) == 0)
		return;
	report(cfg, state, true,
	       "client_secret is in a file others can read (mode %04o): chmod 600 %s, or use "
	       "client_secret_command or HALOTUI_CLIENT_SECRET",
	       (unsigned)(st.st_mode & 0777), state->file);
}

static bool store_setting(struct config *cfg, const struct interp_state *state,
			  enum setting setting, const char *text)
{
	const struct setting_info *info = setting_info(setting);
	struct setting_value *target = info->scope == SCOPE_PROFILE
					       ? &cfg->profiles[state->profile].values[setting]
					       : &cfg->values[setting];
	char *error = NULL;
	bool ok = setting_parse(setting, text, target, &error);
	if (!ok)
		report(cfg, state, false, "%s", error);
	free(error);
	if (ok && setting == SETTING_CLIENT_SECRET && text[0])
		warn_if_secret_readable(cfg, state);
	return ok;
}

static bool cmd_set(struct config *cfg, struct interp_state *state, const struct line *line)
{
	char *name = NULL, *inline_value = NULL, *text = NULL;
	size_t first;
	enum setting setting;
	bool ok = false, too_many = false;

	if (!split_set(line, &name, &inline_value, &first)) {
		report(cfg, state, false, "usage: set NAME = VALUE (quote a value with spaces)");
		goto out;
	}
	if (!setting_from_name(name, &setting)) {
		report(cfg, state, false, "unknown setting '%s'", name);
		goto out;
	}
	text = inline_value ? xstrdup(inline_value)
			    : set_value_text(line, setting, first, state->dir, &too_many);
	if (too_many) {
		report(cfg, state, false, "%s takes one value: quote a value with spaces",
		       setting_info(setting)->name);
		goto out;
	}
	ok = store_setting(cfg, state, setting, text);
out:
	free(name);
	free(inline_value);
	wipe_string(text);
	free(text);
	return ok;
}

static bool cmd_bind(struct config *cfg, struct interp_state *state, const struct line *line)
{
	const struct lexer_words *w = &line->words;
	struct keyspec key;
	const char *error;
	if (w->n < 4)
		return report(cfg, state, false, "usage: bind VIEW KEY COMMAND [ARGS]");
	if (!keyspec_parse(w->v[2].text, &key, &error))
		return report(cfg, state, false, "bad key '%s': %s", w->v[2].text, error);
	cfg->binds = xreallocarray(cfg->binds, cfg->n_binds + 1, sizeof(*cfg->binds));
	cfg->binds[cfg->n_binds++] = (struct config_bind){
		.view = xstrdup(w->v[1].text),
		.key_text = xstrdup(w->v[2].text),
		.key = key,
		.command = xstrdup(w->v[3].text),
		.args = raw_span(line, 4),
		.file = xstrdup(state->file),
		.line = state->line,
	};
	return true;
}

static bool cmd_color(struct config *cfg, struct interp_state *state, const struct line *line)
{
	const struct lexer_words *w = &line->words;
	const char **words = xcalloc(w->n, sizeof(*words));
	char *error = NULL;
	for (size_t i = 1; i < w->n; i++)
		words[i - 1] = w->v[i].text;
	struct theme *target = state->theme ? state->theme : &cfg->colors;
	bool ok = theme_apply_color(target, words, (int)w->n - 1, &error);
	if (ok && !state->theme)
		theme_apply_color(&cfg->palette, words, (int)w->n - 1, &error);
	free(words);
	if (!ok)
		report(cfg, state, false, "%s", error);
	free(error);
	return ok;
}

/* A view parameter name: letters, digits and '_' (the query table judges the rest). */
static bool is_param_name(const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return false;
	return true;
}

static bool read_view_params(struct config *cfg, struct interp_state *state,
			     const struct line *line, struct config_view *view)
{
	const struct lexer_words *w = &line->words;
	view->params = xcalloc(w->n, sizeof(*view->params));
	for (size_t i = 2; i < w->n; i++) {
		const char *text = w->v[i].text;
		const char *eq = strchr(text, '=');
		if (!eq || !is_param_name(text, (size_t)(eq - text))) {
			report(cfg, state, false, "view parameter '%s' is not NAME=VALUE", text);
			return false;
		}
		view->params[view->n_params++] = (struct config_view_param){
			.name = xstrndup(text, (size_t)(eq - text)),
			.value = xstrdup(eq + 1),
		};
	}
	return true;
}

static bool cmd_view(struct config *cfg, struct interp_state *state, const struct line *line)
{
	const struct lexer_words *w = &line->words;
	if (w->n < 2 || !w->v[1].text[0])
		return report(cfg, state, false, "usage: view \"NAME\" PARAM=VALUE ...");
	struct config_view view = { .name = xstrdup(w->v[1].text),
				    .file = xstrdup(state->file),
				    .line = state->line };
	char *error = NULL;
	if (!read_view_params(cfg, state, line, &view) || !view_check(&view, &error)) {
		if (error)
			report(cfg, state, false, "%s", error);
		free(error);
		view_fini(&view);
		return false;
	}
	for (size_t i = 0; i < cfg->n_views; i++) {
		if (strcmp(cfg->views[i].name, view.name) == 0) {
			view_fini(&cfg->views[i]);
			cfg->views[i] = view;
			return true;
		}
	}
	cfg->views = xreallocarray(cfg->views, cfg->n_views + 1, sizeof(*cfg->views));
	cfg->views[cfg->n_views++] = view;
	return true;
}

static bool cmd_profile(struct config *cfg, struct interp_state *state, const struct line *line)
{
	const struct lexer_words *w = &line->words;
	if (w->n != 2)
		return report(cfg, state, false, "usage: profile NAME");
	const char *name = w->v[1].text;
	bool ok = name[0] && name[0] != '.';
	for (const char *p = name; ok && *p; p++)
		ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		     (*p >= '0' && *p <= '9') || strchr("-_.", *p);
	if (!ok)
		return report(cfg, state, false,
			      "profile name '%s' may hold only letters, digits, '-', '_' and '.'",
			      name);
	struct config_profile *profile = profile_get_or_add(cfg, name, state->file, state->line);
	state->profile = (size_t)(profile - cfg->profiles);
	return true;
}

static bool cmd_source(struct config *cfg, struct interp_state *state, const struct line *line)
{
	const struct lexer_words *w = &line->words;
	if (w->n != 2)
		return report(cfg, state, false, "usage: source FILE");
	char *path = paths_expand(w->v[1].text, state->dir);
	size_t before = config_error_count(cfg);
	interp_load(cfg, path, state->file, state->line, false, NULL);
	free(path);
	return config_error_count(cfg) == before;
}

static const struct {
	const char *name;
	bool (*run)(struct config *cfg, struct interp_state *state, const struct line *line);
} commands[] = {
	{ "set", cmd_set },   { "bind", cmd_bind },	  { "color", cmd_color },
	{ "view", cmd_view }, { "profile", cmd_profile }, { "source", cmd_source },
};

bool interp_line(struct config *cfg, struct interp_state *state, const char *text)
{
	struct line line = { .text = text };
	const char *error;
	bool ok = false;

	if (!lexer_split(text, &line.words, &error))
		return report(cfg, state, false, "%s", error);
	if (line.words.n == 0)
		return true;
	const char *name = line.words.v[0].text;
	if (state->theme && strcmp(name, "color") != 0) {
		report(cfg, state, false, "only color lines belong in a theme file, not '%s'",
		       name);
		goto out;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(name, commands[i].name) == 0) {
			ok = commands[i].run(cfg, state, &line);
			goto out;
		}
	}
	report(cfg, state, false,
	       "unknown command '%s' (expected set, bind, color, view, profile or source)", name);
out:
	/* a `set client_secret` line holds the secret: wipe the words before freeing them */
	for (size_t i = 0; i < line.words.n; i++)
		wipe_string(line.words.v[i].text);
	lexer_words_fini(&line.words);
	return ok;
}

static bool is_loading(const struct config *cfg, const char *real)
{
	for (size_t i = 0; i < cfg->depth; i++)
		if (strcmp(cfg->loading[i], real) == 0)
			return true;
	return false;
}

/* Reads one line into BUF (LEXER_MAX_LINE + 1 bytes) without its newline; the bytes of a
 * longer line are consumed but not kept, and *TOO_LONG says so. *BYTES counts what was read.
 * False at the end of the file. */
static bool read_bounded_line(FILE *fp, char *buf, bool *too_long, size_t *bytes)
{
	size_t n = 0;
	int c;
	*too_long = false;
	while ((c = getc(fp)) != EOF) {
		(*bytes)++;
		if (c == '\n')
			break;
		if (n < LEXER_MAX_LINE)
			buf[n++] = (char)c;
		else
			*too_long = true;
	}
	buf[n] = '\0';
	return c != EOF || n > 0 || *too_long;
}

static void read_lines(struct config *cfg, FILE *fp, const char *path, struct theme *theme)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir ? 1 : 0] = '\0';
	else
		strcpy(dir, ".");
	struct interp_state state = { .file = path, .dir = dir, .theme = theme };
	char *buf = xmalloc(LEXER_MAX_LINE + 1);
	size_t bytes = 0;
	bool too_long;
	while (read_bounded_line(fp, buf, &too_long, &bytes)) {
		state.line++;
		if (bytes > CONFIG_MAX_FILE_SIZE) {
			report(cfg, &state, false,
			       "file larger than " CONFIG_MAX_FILE_SIZE_TEXT
			       ": the rest is not read");
			break;
		}
		if (too_long)
			report(cfg, &state, false,
			       "line longer than " LEXER_MAX_LINE_TEXT " bytes");
		else
			interp_line(cfg, &state, buf);
	}
	wipe_bytes(buf, LEXER_MAX_LINE + 1);
	free(buf);
	free(dir);
}

/* Opens REAL for reading if it is a regular file no larger than CONFIG_MAX_FILE_SIZE. The
 * open does not block (a FIFO or a device is refused, not waited on). NULL with *WHY set. */
static FILE *open_regular(const char *real, enum status *status, const char **why)
{
	int fd = open(real, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	*status = STATUS_IO;
	if (fd < 0) {
		*status = errno == ENOENT ? STATUS_NOT_FOUND : STATUS_IO;
		*why = strerror(errno);
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		*why = "not a regular file";
	else if (st.st_size > CONFIG_MAX_FILE_SIZE)
		*why = "larger than " CONFIG_MAX_FILE_SIZE_TEXT;
	else if (fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
		*why = strerror(errno);
	else
		*why = NULL;
	FILE *fp = *why ? NULL : fdopen(fd, "r");
	if (!fp) {
		*why = *why ? *why : strerror(errno);
		close(fd);
		return NULL;
	}
	*status = STATUS_OK;
	return fp;
}

/* Counts one more file read by this top-level load; false (reported once) past the cap. */
static bool count_load(struct config *cfg, const struct interp_state *at, const char *path)
{
	if (cfg->depth == 0) {
		cfg->n_loads = 0;
		cfg->is_load_capped = false;
	}
	if (cfg->n_loads < CONFIG_MAX_LOADS) {
		cfg->n_loads++;
		return true;
	}
	if (!cfg->is_load_capped)
		report(cfg, at, false, "more than %d files sourced in one load: %s not read",
		       CONFIG_MAX_LOADS, path);
	cfg->is_load_capped = true;
	return false;
}

enum status interp_load(struct config *cfg, const char *path, const char *from_file,
			unsigned from_line, bool is_optional, struct theme *theme)
{
	struct interp_state at = { .file = from_file ? from_file : path, .line = from_line };
	char *real = realpath(path, NULL);
	enum status status = real ? STATUS_OK : errno == ENOENT ? STATUS_NOT_FOUND : STATUS_IO;
	const char *why = real ? NULL : strerror(errno);
	FILE *fp = real ? open_regular(real, &status, &why) : NULL;

	if (!fp) {
		if (!(is_optional && status == STATUS_NOT_FOUND))
			report(cfg, &at, false, "cannot read %s: %s", path, why);
	} else if (is_loading(cfg, real)) {
		status = STATUS_INVALID;
		report(cfg, &at, false, "source cycle: %s is already being read", path);
	} else if (cfg->depth >= CONFIG_MAX_DEPTH) {
		status = STATUS_INVALID;
		report(cfg, &at, false, "source nested deeper than %d files at %s",
		       CONFIG_MAX_DEPTH, path);
	} else if (!count_load(cfg, &at, path)) {
		status = STATUS_INVALID;
	} else {
		cfg->loading = xreallocarray(cfg->loading, cfg->depth + 1, sizeof(*cfg->loading));
		cfg->loading[cfg->depth++] = real;
		read_lines(cfg, fp, path, theme);
		cfg->depth--;
	}
	if (fp)
		fclose(fp);
	free(real);
	return status;
}
