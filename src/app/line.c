/* Lines typed at `:` (or read from a script): app commands, command names, config lines. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/approval_commands.h"
#include "app/bulk.h"
#include "app/field_commands.h"
#include "app/filter.h"
#include "app/search.h"
#include "app/settings.h"
#include "app/tags.h"
#include "app/ticket_commands.h"
#include "app/ticket_forms.h"
#include "app/ticket_routes.h"
#include "app/todo_commands.h"
#include "app/views.h"
#include "config/lexer.h"
#include "util/alloc.h"
#include "util/strbuf.h"

#define MAX_WORDS 200
#define MAX_WORDS_TEXT "200"

__attribute__((format(printf, 2, 3))) static void line_error(struct app *a, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	statusbar_set_error(&a->status, msg);
	if (a->is_script_line) {
		fprintf(stderr, "halotui: %s\n", msg);
		a->script.has_failed = true;
	}
}

/* The command's usage line, from the command table. */
static void line_usage(struct app *a, enum command cmd)
{
	line_error(a, "usage: %s %s", command_name(cmd), command_usage(cmd));
}

/* Splits LINE into WORDS (at most MAX_WORDS) as the config language does: blanks separate,
 * "double quotes" (with \" \\ escapes) and 'single quotes' hold blanks, so that
 * `filter search="printer jam"` is two words. Returns the count, or -1 with the reason in
 * *ERROR (a static string). The words are owned by OUT (lexer_words_fini). */
static int split_words(const char *line, struct lexer_words *out, char **words, const char **error)
{
	if (!lexer_split(line, out, error))
		return -1;
	if (out->n > MAX_WORDS) {
		*error = "too many words (at most " MAX_WORDS_TEXT ")";
		return -1;
	}
	for (size_t i = 0; i < out->n; i++)
		words[i] = out->v[i].text;
	return (int)out->n;
}

/* The words after the command's name as one text ("In Progress"); caller frees. */
static char *rest_of(char **w, int n)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (int i = 1; i < n; i++)
		strbuf_appendf(&sb, "%s%s", i > 1 ? " " : "", w[i]);
	return strbuf_take(&sb);
}

static void run_dump(struct app *a, char **w, int n)
{
	if (n != 2) {
		line_usage(a, CMD_DUMP_SCREEN);
		return;
	}
	if (!ui_screen_dump(&a->screen, w[1]))
		line_error(a, "cannot write the screen to %s", w[1]);
}

static void run_resize(struct app *a, char **w, int n)
{
	int rows, cols;
	char extra;
	if (n != 2 || sscanf(w[1], "%dx%d%c", &rows, &cols, &extra) != 2 || rows < 1 || cols < 1) {
		line_usage(a, CMD_RESIZE);
		return;
	}
	ui_screen_resize(&a->screen, rows, cols);
	a->needs_relayout = true;
}

static void run_ticket(struct app *a, char **w, int n)
{
	char *end = NULL;
	long id = n == 2 ? strtol(w[1], &end, 10) : 0;
	if (n != 2 || !end || *end || id <= 0 || id > TICKET_ID_MAX) {
		line_usage(a, CMD_TICKET);
		return;
	}
	app_open_view(a, VIEW_DETAIL, (ticket_id_t)id);
}

static void run_filter(struct app *a, char **w, int n)
{
	char err[256];
	if (!app_filter_words(a, w + 1, n - 1, err, sizeof(err)))
		line_error(a, "%s", err);
	else
		statusbar_set_error(&a->status, NULL);
}

static void run_list(struct app *a, char **w, int n)
{
	char err[256];
	if (n == 1) {
		run_filter(a, w, 1);
		return;
	}
	if (n != 2)
		line_usage(a, CMD_LIST);
	else if (!app_views_show(a, w[1], err, sizeof(err)))
		line_error(a, "%s", err);
	else
		statusbar_set_error(&a->status, NULL);
}

static void run_link(struct app *a, char **w, int n)
{
	char err[256], *end = NULL;
	long number = n == 2 ? strtol(w[1], &end, 10) : 0;
	if (n != 2 || !end || *end || number < 1 || number > 100000) {
		line_usage(a, CMD_LINK);
		return;
	}
	if (!app_open_link(a, (int)number, err, sizeof(err)))
		line_error(a, "%s", err);
}

static void run_raw(struct app *a, char **w, int n)
{
	char err[256];
	enum raw_route route;
	if (n != 2 || !raw_route_from_name(w[1], &route)) {
		line_usage(a, CMD_RAW);
		return;
	}
	if (!app_open_raw(a, route, err, sizeof(err)))
		line_error(a, "%s", err);
}

static void run_vote(struct app *a, char **w, int n)
{
	char err[256];
	char *comment = n > 1 ? rest_of(w + 1, n - 1) : NULL;
	if (!app_vote(a, n > 1 ? w[1] : NULL, comment, err, sizeof(err)))
		line_error(a, "%s", err);
	free(comment);
}

static void run_billable(struct app *a, char **w, int n)
{
	char err[256];
	if (n != 2)
		line_usage(a, CMD_BILLABLE_PROJECT);
	else if (!app_billable_project(a, w[1], err, sizeof(err)))
		line_error(a, "%s", err);
}

static void run_delete(struct app *a, char **w, int n)
{
	char err[256];
	char *reason = rest_of(w, n);
	if (!app_delete_ticket(a, reason, err, sizeof(err)))
		line_error(a, "%s", err);
	free(reason);
}

static void run_closure_add(struct app *a, char **w, int n)
{
	char err[256];
	char *comment = rest_of(w, n);
	if (!app_closure_add(a, comment, err, sizeof(err)))
		line_error(a, "%s", err);
	free(comment);
}

static void run_closure_delete(struct app *a, char **w, int n)
{
	char err[256], *end = NULL;
	long id = n == 2 ? strtol(w[1], &end, 10) : 0;
	if (n > 2 || (n == 2 && (!end || *end || id <= 0 || id > 2147483647L))) {
		line_usage(a, CMD_CLOSURE_DELETE);
		return;
	}
	if (!app_closure_delete(a, (int)id, err, sizeof(err)))
		line_error(a, "%s", err);
}

/* note TEXT: without it, the note form. */
static void run_note(struct app *a, char **w, int n)
{
	char err[512];
	if (n < 2) {
		app_ticket_form(a, CMD_NOTE);
		return;
	}
	char *text = rest_of(w, n);
	if (!app_field_note(a, app_selected_ticket(a), text, err, sizeof(err)))
		line_error(a, "%s", err);
	free(text);
}

/* status, priority, assign, team, type NAME|ID. */
static void run_field(struct app *a, char **w, int n)
{
	char err[1024];
	enum command cmd = command_by_name(w[0]);
	if (n < 2) {
		/* Without a name: that field's picker. */
		app_ticket_form(a, cmd);
		return;
	}
	char *text = rest_of(w, n);
	if (!app_field_change(a, app_selected_ticket(a), cmd, text, err, sizeof(err)))
		line_error(a, "%s", err);
	free(text);
}

static void run_close(struct app *a, char **w, int n)
{
	char err[512];
	char *note = rest_of(w, n);
	if (!app_field_close(a, app_selected_ticket(a), note, err, sizeof(err)))
		line_error(a, "%s", err);
	free(note);
}

static void run_search(struct app *a, char **w, int n)
{
	char err[256];
	if (n == 1) {
		app_search_open(a);
		return;
	}
	if (!app_search_server(a, w[1], err, sizeof(err)))
		line_error(a, "%s", err);
	else
		statusbar_set_error(&a->status, NULL);
}

/* tag-pattern PATTERN: the rest of the line, as `/` takes it. */
static void run_tag_pattern(struct app *a, char **w, int n)
{
	char err[256];
	(void)w;
	if (n < 2) {
		line_usage(a, CMD_TAG_PATTERN);
		return;
	}
	if (!app_tag_pattern(a, app_line_rest(a), err, sizeof(err)))
		line_error(a, "%s", err);
}

/* How the commands that take words run: data, so a new one is one line. NULL: a line of the
 * config language. */
static const struct {
	enum command cmd;
	void (*run)(struct app *a, char **words, int n);
} line_commands[] = {
	{ CMD_DUMP_SCREEN, run_dump },
	{ CMD_RESIZE, run_resize },
	{ CMD_TICKET, run_ticket },
	{ CMD_FILTER, run_filter },
	{ CMD_LIST, run_list },
	{ CMD_LINK, run_link },
	{ CMD_RAW, run_raw },
	{ CMD_VOTE, run_vote },
	{ CMD_BILLABLE_PROJECT, run_billable },
	{ CMD_DELETE, run_delete },
	{ CMD_CLOSURE_ADD, run_closure_add },
	{ CMD_CLOSURE_DELETE, run_closure_delete },
	{ CMD_SET, NULL },
	{ CMD_BIND, NULL },
	{ CMD_COLOR, NULL },
	{ CMD_VIEW, NULL },
	{ CMD_PROFILE, NULL },
	{ CMD_SEARCH, run_search },
	{ CMD_SOURCE, NULL },
	{ CMD_NOTE, run_note },
	{ CMD_STATUS, run_field },
	{ CMD_PRIORITY, run_field },
	{ CMD_ASSIGN, run_field },
	{ CMD_TEAM, run_field },
	{ CMD_TYPE, run_field },
	{ CMD_CLOSE_TICKET, run_close },
	{ CMD_APPROVE, app_approval_line },
	{ CMD_REJECT, app_approval_line },
	{ CMD_MY_APPROVALS, app_my_approvals_line },
	{ CMD_APPROVAL_ADD, app_approval_add_line },
	{ CMD_TODO_ADD, app_todo_line },
	{ CMD_TODO_EDIT, app_todo_line },
	{ CMD_TAG_PATTERN, run_tag_pattern },
	{ CMD_TAGGED, app_tagged_line },
	{ CMD_VIEW_NUMBER, app_views_line },
	{ CMD_VIEW_SAVE, app_views_line },
	{ CMD_VIEW_RENAME, app_views_line },
	{ CMD_VIEW_DELETE, app_views_line },
};

/* Commands whose last argument is prose, taken as typed: in `note the user's printer, see
 * #1015` the apostrophe and the # are text, not a quote and a comment. LEAD words come first
 * and are split as the config language splits them (vote's up|down|none, approval-add's agent,
 * which may be quoted). A text that is one quoted word loses its quotes. */
static const struct {
	enum command cmd;
	int lead;
} prose_commands[] = {
	{ CMD_NOTE, 0 },   { CMD_CLOSE_TICKET, 0 }, { CMD_STATUS, 0 },	  { CMD_PRIORITY, 0 },
	{ CMD_ASSIGN, 0 }, { CMD_TEAM, 0 },	    { CMD_TYPE, 0 },	  { CMD_APPROVE, 0 },
	{ CMD_REJECT, 0 }, { CMD_TODO_ADD, 0 },	    { CMD_TODO_EDIT, 0 }, { CMD_CLOSURE_ADD, 0 },
	{ CMD_DELETE, 0 }, { CMD_SEARCH, 0 },	    { CMD_VOTE, 1 },	  { CMD_APPROVAL_ADD, 1 },
};
#define MAX_PROSE_WORDS 3 /* the name, one lead word, the text */

/* The LEAD words of CMD's prose line, or -1 when it is not one. */
static int prose_lead(enum command cmd)
{
	for (size_t i = 0; i < sizeof(prose_commands) / sizeof(prose_commands[0]); i++)
		if (prose_commands[i].cmd == cmd)
			return prose_commands[i].lead;
	return -1;
}

/* The length of the word at P as the config language reads it: up to a blank outside
 * quotes. */
static size_t word_end(const char *p)
{
	size_t i = 0;
	while (p[i] && p[i] != ' ' && p[i] != '\t') {
		if (p[i] == '"') {
			for (i++; p[i] && p[i] != '"'; i++)
				if (p[i] == '\\' && p[i + 1])
					i++;
			i += p[i] != '\0';
		} else if (p[i] == '\'') {
			const char *close = strchr(p + i + 1, '\'');
			i = close ? (size_t)(close - p) + 1 : strlen(p);
		} else {
			i++;
		}
	}
	return i;
}

/* The LEN bytes at TEXT as one word, unquoted as the config language unquotes it; caller
 * frees. WHOLE_TEXT (a prose text): unquoted only when all of it is one quoted word, else as
 * typed. Otherwise (a lead word) NULL with *ERROR when its quotes do not close. */
static char *unquote_word(const char *text, size_t len, bool whole_text, const char **error)
{
	char *raw = xstrndup(text, len);
	struct lexer_words lw = { 0 };
	const char *lex_error = NULL;
	bool is_one = lexer_split(raw, &lw, &lex_error) && lw.n == 1;
	char *out = NULL;
	if (is_one &&
	    (!whole_text || (lw.v[0].is_quoted && lw.v[0].start == 0 && lw.v[0].end == len)))
		out = xstrdup(lw.v[0].text);
	else if (whole_text || !lex_error)
		out = xstrdup(raw);
	else
		*error = lex_error;
	lexer_words_fini(&lw);
	free(raw);
	return out;
}

/* Splits the line of a prose command into WORDS (owned: free each): its name, LEAD words, and
 * the rest as typed without its outer blanks. Returns the count, or -1 with *ERROR. */
static int split_prose(const char *line, int lead, char **words, const char **error)
{
	int n = 0;
	const char *p = line + strspn(line, " \t");
	for (int i = 0; i <= lead && *p; i++) {
		size_t len = word_end(p);
		char *w = unquote_word(p, len, false, error);
		if (!w) {
			while (n > 0)
				free(words[--n]);
			return -1;
		}
		words[n++] = w;
		p += len;
		p += strspn(p, " \t");
	}
	size_t len = strlen(p);
	while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
		len--;
	if (len > 0)
		words[n++] = unquote_word(p, len, true, error);
	return n;
}

/* True when CMD runs from the words of its line (not as a config line). */
static bool line_command_runs(enum command cmd)
{
	for (size_t i = 0; i < sizeof(line_commands) / sizeof(line_commands[0]); i++)
		if (line_commands[i].cmd == cmd)
			return line_commands[i].run != NULL;
	return false;
}

/* A line of the config language: set, bind, color, view, profile, source. */
static void run_config_line(struct app *a, const char *text)
{
	bool is_color = !strncmp(text + strspn(text, " \t"), "color", 5);
	config_run_prompt(&a->cfg, text);
	if (app_settings_report(a, true)) {
		app_settings_restore_theme(a);
		if (a->is_script_line) {
			fprintf(stderr, "halotui: %s\n", a->status.error);
			a->script.has_failed = true;
		}
		return;
	}
	statusbar_set_error(&a->status, NULL);
	if (is_color)
		config_apply_theme(&a->cfg);
	app_settings_apply(a);
}

void app_run_line(struct app *a, const char *text)
{
	struct lexer_words lexed = { 0 };
	char *words[MAX_WORDS];
	const char *error = NULL;
	const char *start = text + strspn(text, " \t");
	char *first = xstrndup(start, strcspn(start, " \t"));
	int lead = prose_lead(command_by_name(first));
	free(first);
	int n = lead >= 0 ? split_prose(text, lead, words, &error)
			  : split_words(text, &lexed, words, &error);
	if (n < 0) {
		/* A command of its own says what is wrong; a config line is left to the config
		 * language, which says it with the line's place. */
		char *name = xstrndup(start, strcspn(start, " \t"));
		enum command cmd = command_by_name(name);
		free(name);
		if (cmd != CMD_NONE && line_command_runs(cmd))
			line_error(a, "%s: %s", command_name(cmd), error);
		else
			run_config_line(a, text);
		return;
	}
	if (n == 0)
		goto out;
	a->line_text = text;
	enum command cmd = command_by_name(words[0]);
	/* `view NAME` alone shows the view; `view "NAME" PARAM=VALUE...` defines one. */
	if (cmd == CMD_VIEW && n == 2) {
		app_views_line(a, words, n);
		goto out;
	}
	for (size_t i = 0; i < sizeof(line_commands) / sizeof(line_commands[0]); i++) {
		if (cmd != CMD_NONE && cmd == line_commands[i].cmd) {
			if (line_commands[i].run)
				line_commands[i].run(a, words, n);
			else
				run_config_line(a, text);
			goto out;
		}
	}
	if (cmd != CMD_NONE && n == 1)
		app_command(a, cmd);
	else if (cmd != CMD_NONE)
		line_error(a, "%s takes no argument", words[0]);
	else
		run_config_line(a, text);
out:
	a->line_text = NULL;
	if (lead >= 0)
		for (int i = 0; i < n; i++)
			free(words[i]);
	lexer_words_fini(&lexed);
}

const char *app_line_rest(const struct app *a)
{
	const char *p = a->line_text ? a->line_text : "";
	p += strspn(p, " \t");
	p += strcspn(p, " \t");
	return p + strspn(p, " \t");
}
