/* Commands about the selected ticket: opening its panes, copies (OSC 52 or tmux), the browser. */
#include "config.h"

#include "app/ticket_commands.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "app/approval_commands.h"
#include "config/lexer.h"
#include "text/html.h"
#include "ui/clipboard.h"
#include "util/alloc.h"
#include "util/plural.h"
#include "util/strbuf.h"

extern char **environ;

char *app_ticket_url(const char *root, ticket_id_t id)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s/ticket?id=%d", root ? root : "", id);
	return strbuf_take(&sb);
}

ticket_id_t app_selected_ticket(const struct app *a)
{
	const struct view *v = app_focused_view(a);
	ticket_id_t id = v && v->ops->selected_ticket ? v->ops->selected_ticket(v) : 0;
	if (!id && a->depth > 0 && a->stack[0]->ops->selected_ticket)
		id = a->stack[0]->ops->selected_ticket(a->stack[0]);
	return id;
}

static bool is_remote(void)
{
	const char *tty = getenv("SSH_TTY"), *conn = getenv("SSH_CONNECTION");
	return (tty && *tty) || (conn && *conn);
}

/* y and Y: inside tmux (unless `osc52 = yes`) through tmux's own buffer, since tmux drops
 * OSC 52 passthrough by default; elsewhere with OSC 52. The message says what happened. */
static void copy_as(struct app *a, const char *text, const char *what, const char *shown)
{
	const char *osc52 = config_get_string(&a->cfg, SETTING_OSC52);
	const char *tmux = getenv("TMUX");
	char msg[512], err[256] = "";
	if (!strcmp(osc52, "no")) {
		snprintf(msg, sizeof(msg), "%s: %s", what, shown);
	} else if (tmux && *tmux && !strcmp(osc52, "auto")) {
		switch (clipboard_copy_tmux(text, err, sizeof(err))) {
		case CLIPBOARD_TMUX_BOTH:
			snprintf(msg, sizeof(msg), "copied %s to the tmux buffer and clipboard: %s",
				 what, shown);
			break;
		case CLIPBOARD_TMUX_BUFFER:
			snprintf(msg, sizeof(msg),
				 "copied %s to the tmux buffer (tmux < 3.2 cannot reach the "
				 "clipboard): %s",
				 what, shown);
			break;
		default:
			snprintf(msg, sizeof(msg), "%s not copied: %s", what, err);
			statusbar_set_error(&a->status, msg);
			return;
		}
	} else {
		clipboard_copy(&a->screen, text);
		snprintf(msg, sizeof(msg), "copied %s: %s", what, shown);
	}
	statusbar_set_message(&a->status, msg);
}

static void copy(struct app *a, const char *text, const char *what)
{
	copy_as(a, text, what, text);
}

bool app_copy_raw(struct app *a, char *err, size_t err_size)
{
	const struct raw_answer *raw = &a->data.raw;
	bool is_shown = false;
	for (size_t i = 0; i < a->depth; i++)
		is_shown |= a->stack[i]->ops->kind == VIEW_RAW;
	if (!is_shown || !raw->state.is_loaded || !raw->text.count) {
		snprintf(err, err_size, "copy-raw: the raw pane holds no answer to copy");
		return false;
	}
	struct strbuf all;
	strbuf_init(&all);
	for (size_t i = 0; i < raw->text.count; i++)
		strbuf_appendf(&all, "%s%s", raw->text.lines[i],
			       i + 1 < raw->text.count ? "\n" : "");
	char what[96], shown[64];
	snprintf(what, sizeof(what), "the %s%s",
		 raw->record ? raw_record_title(raw->record) : raw_route_title(raw->route),
		 raw->text.is_record ? "'s fields"
		 : raw->text.is_json ? " JSON"
				     : " text");
	snprintf(shown, sizeof(shown), "%zu %s, %zu bytes", raw->text.count,
		 plural((long long)raw->text.count, "line", "lines"), all.len);
	bool is_off = !strcmp(config_get_string(&a->cfg, SETTING_OSC52), "no");
	if (is_off)
		snprintf(err, err_size, "copy-raw: osc52 = no, nothing copied (%s)", shown);
	else
		copy_as(a, all.data, what, shown);
	strbuf_fini(&all);
	return !is_off;
}

/* Runs the browser without a shell, its output away from the screen: the command's words
 * (quoted as in the config), then the URL. */
static bool spawn_browser(struct app *a, const char *url)
{
	const char *browser = config_get_string(&a->cfg, SETTING_BROWSER);
	if (!*browser)
		browser = getenv("BROWSER");
	if (!browser || !*browser)
		browser = "xdg-open";
	struct lexer_words words = { 0 };
	const char *lex_error = NULL;
	if (!lexer_split(browser, &words, &lex_error) || words.n == 0) {
		lexer_words_fini(&words);
		return false;
	}
	char **words_argv = lexer_words_argv(&words);
	char **argv = xcalloc(words.n + 2, sizeof(*argv));
	for (size_t i = 0; i < words.n; i++)
		argv[i] = words_argv[i];
	/* posix_spawn wants writable strings; give it a copy. */
	char *arg = xstrdup(url);
	argv[words.n] = arg;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	pid_t pid;
	bool ok = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) == 0;
	posix_spawn_file_actions_destroy(&fa);
	free(arg);
	free(argv);
	lexer_argv_free(words_argv);
	lexer_words_fini(&words);
	return ok;
}

static void open_in_browser(struct app *a, const char *url)
{
	char msg[300];
	if (is_remote() || a->opt.is_headless || !spawn_browser(a, url))
		snprintf(msg, sizeof(msg), "open %s", url);
	else
		snprintf(msg, sizeof(msg), "opened %s", url);
	statusbar_set_message(&a->status, msg);
}

bool app_open_link(struct app *a, int number, char *err, size_t err_size)
{
	const struct ticket *t = a->data.ticket;
	if (!t) {
		snprintf(err, err_size, "no ticket is open");
		return false;
	}
	struct html_text ht = { 0 };
	const char *html = t->details_html ? t->details_html : "";
	html_to_text(&ht, html, strlen(html), 0);
	bool ok = number >= 1 && (size_t)number <= ht.link_count;
	if (ok)
		open_in_browser(a, ht.links[number - 1]);
	else
		snprintf(err, err_size, "ticket #%d has %zu %s, not %d", t->row.id, ht.link_count,
			 plural((long long)ht.link_count, "link", "links"), number);
	html_text_fini(&ht);
	return ok;
}

bool app_open_raw(struct app *a, enum raw_route route, char *err, size_t err_size)
{
	ticket_id_t id = 0;
	if (route == RAW_VIEW_LOG && !(id = app_selected_ticket(a))) {
		snprintf(err, err_size, "no ticket selected");
		return false;
	}
	struct raw_answer *raw = &a->data.raw;
	raw_answer_clear(raw);
	raw->route = route;
	raw->record = RAW_RECORD_NONE;
	raw->ticket_id = id;
	app_open_view(a, VIEW_RAW, id);
	return true;
}

void app_ticket_command(struct app *a, enum command cmd)
{
	if (cmd == CMD_MY_APPROVALS) {
		app_my_approvals_line(a, NULL, 1); /* `my-approvals all` asks for the rest */
		return;
	}
	ticket_id_t id = app_selected_ticket(a);
	if (!id) {
		statusbar_set_message(&a->status, "no ticket selected");
		return;
	}
	char *url = app_ticket_url(a->data.web_url, id);
	char idtext[32];
	snprintf(idtext, sizeof(idtext), "%d", id);
	switch (cmd) {
	case CMD_DETAILS:
		app_open_view(a, VIEW_DETAIL, id);
		break;
	case CMD_HISTORY:
		app_open_view(a, VIEW_HISTORY, id);
		break;
	case CMD_APPROVALS:
		app_open_view(a, VIEW_APPROVALS, id);
		break;
	case CMD_TODOS:
		app_open_view(a, VIEW_TODOS, id);
		break;
	case CMD_CLOSURES:
		app_open_view(a, VIEW_CLOSURES, id);
		break;
	case CMD_COPY_URL:
		copy(a, url, "URL");
		break;
	case CMD_COPY_ID:
		copy(a, idtext, "id");
		break;
	case CMD_OPEN_BROWSER:
		open_in_browser(a, url);
		break;
	case CMD_VIEWLOG: {
		char err[64];
		app_open_raw(a, RAW_VIEW_LOG, err, sizeof(err));
		break;
	}
	default:
		break;
	}
	free(url);
}
