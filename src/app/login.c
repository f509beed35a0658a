/* Agent sign-in from the shell (halotui login/logout) and from the console (:login). */
#include "config.h"

#include "app/login.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/app.h"
#include "config/lexer.h"
#include "config/paths.h"
#include "net/api.h"
#include "net/oauth_flow.h"
#include "net/oauth_listener.h"
#include "net/worker.h"
#include "ui/clipboard.h"
#include "ui/frame.h"
#include "ui/screen.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

extern char **environ;

/* The words of command setting S of the selected profile (NULL when unset). */
static char **command_argv(const struct config *cfg, enum setting s)
{
	const char *line = config_get_string(cfg, s);
	if (!*line)
		return NULL;
	struct lexer_words words = { 0 };
	const char *error = NULL;
	char **argv = NULL;
	if (lexer_split(line, &words, &error) && words.n > 0)
		argv = lexer_words_argv(&words);
	lexer_words_fini(&words);
	return argv;
}

void app_login_store(const struct config *cfg, const char *profile, struct oauth_store *out)
{
	memset(out, 0, sizeof(*out));
	out->profile = xstrdup(profile ? profile : "");
	out->store_argv = command_argv(cfg, SETTING_TOKEN_STORE_COMMAND);
	out->load_argv = command_argv(cfg, SETTING_TOKEN_LOAD_COMMAND);
	if (out->store_argv || !config_get_bool(cfg, SETTING_STORE_REFRESH_TOKEN))
		return;
	char *dir = paths_state_dir(profile);
	if (dir) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "%srefresh-token", dir);
		out->path = strbuf_take(&sb);
	}
	free(dir);
}

/* Opens URL with the `browser` setting, $BROWSER or xdg-open, without a shell and without
 * waiting (the listener waits for it). */
static bool open_browser(const struct config *cfg, const char *url, pid_t *pid)
{
	const char *browser = config_get_string(cfg, SETTING_BROWSER);
	if (!*browser)
		browser = getenv("BROWSER");
	if (!browser || !*browser)
		browser = "xdg-open";
	struct lexer_words words = { 0 };
	const char *error = NULL;
	if (!lexer_split(browser, &words, &error) || words.n == 0) {
		lexer_words_fini(&words);
		return false;
	}
	char **argv = xcalloc(words.n + 2, sizeof(*argv));
	char **word_argv = lexer_words_argv(&words);
	for (size_t i = 0; i < words.n; i++)
		argv[i] = word_argv[i];
	argv[words.n] = xstrdup(url);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	bool ok = posix_spawnp(pid, argv[0], &fa, NULL, argv, environ) == 0;
	posix_spawn_file_actions_destroy(&fa);
	free(argv[words.n]);
	free(argv);
	lexer_argv_free(word_argv);
	lexer_words_fini(&words);
	return ok;
}

static void login_settings(const struct config *cfg, const struct profile_connection *conn,
			   struct oauth_login *l)
{
	memset(l, 0, sizeof(*l));
	l->api_url = conn->api_url;
	l->auth_url = conn->is_auth_url_derived ? NULL : conn->auth_url;
	l->tenant = *conn->tenant ? conn->tenant : NULL;
	l->client_id = conn->client_id;
	l->scope = conn->scope;
	l->redirect_uri = conn->redirect_uri;
	const char *ca = config_get_string(cfg, SETTING_CA_BUNDLE);
	const char *proxy = config_get_string(cfg, SETTING_PROXY);
	l->http.ca_bundle = *ca ? (char *)(uintptr_t)ca : NULL;
	l->http.insecure = config_get_bool(cfg, SETTING_INSECURE);
	l->http.proxy = *proxy ? (char *)(uintptr_t)proxy : NULL;
	l->http.connect_timeout_ms = config_get_int(cfg, SETTING_CONNECT_TIMEOUT) * 1000;
	l->http.low_speed_time_s = config_get_int(cfg, SETTING_LOW_SPEED_TIME);
}

/* The listener path: the browser comes back to 127.0.0.1 by itself. */
static enum status by_listener(const struct config *cfg, struct oauth_login *l, char **code,
			       char **err)
{
	struct oauth_listener lis;
	if (!oauth_listener_open(&lis, oauth_redirect_port(l->redirect_uri), err))
		return STATUS_IO;
	oauth_login_set_port(l, lis.port);
	char *url = oauth_login_authorize_url(l);
	pid_t pid = -1;
	fprintf(stderr, "halotui: sign in in the browser; if none opens, visit:\n  %s\n", url);
	if (!open_browser(cfg, url, &pid))
		fprintf(stderr, "halotui: no browser could be started\n");
	free(url);
	enum status st = oauth_listener_wait(&lis, l->pkce.state, code, err);
	oauth_listener_close(&lis);
	if (pid > 0)
		waitpid(pid, NULL, 0);
	return st;
}

/* The paste-back path (over SSH): the URL is printed, the redirected address typed back. */
static enum status by_paste(struct oauth_login *l, char **code, char **err)
{
	char *url = oauth_login_authorize_url(l);
	printf("Open this address in a browser and sign in:\n\n  %s\n\n", url);
	if (isatty(STDOUT_FILENO)) {
		char *osc = clipboard_osc52(url, getenv("TMUX") != NULL);
		fputs(osc, stdout);
		free(osc);
		printf("(copied to the clipboard)\n");
	}
	printf("The browser then goes to an address that may not load. Paste that address (or "
	       "the code in it) here:\n");
	fflush(stdout);
	free(url);
	char line[4096];
	if (!fgets(line, sizeof(line), stdin)) {
		*err = xstrdup("no address was pasted");
		return STATUS_INVALID;
	}
	enum status st = oauth_parse_redirect(line, l->pkce.state, code, err);
	wipe_bytes(line, sizeof(line));
	return st;
}

enum status app_login_run(const struct config *cfg, const struct profile_connection *conn,
			  bool is_local_browser, struct token *out, char **err)
{
	struct oauth_login l;
	login_settings(cfg, conn, &l);
	char *code = NULL;
	enum status st = oauth_login_prepare(&l, err);
	if (st == STATUS_OK)
		st = is_local_browser ? by_listener(cfg, &l, &code, err) : by_paste(&l, &code, err);
	if (st == STATUS_OK)
		st = oauth_login_exchange(&l, code, out, err);
	wipe_string(code);
	free(code);
	oauth_login_fini(&l);
	return st;
}

static bool has_display(void)
{
	const char *x = getenv("DISPLAY"), *w = getenv("WAYLAND_DISPLAY");
	return (x && *x) || (w && *w);
}

/* Loads the config and resolves PROFILE's agent connection; false with a message printed. */
static bool load_profile(struct config *cfg, const char *profile, struct profile_connection *conn)
{
	config_init(cfg);
	config_take_env_secret(cfg);
	char *path = paths_config_file();
	if (path)
		config_load_file(cfg, path, true);
	free(path);
	char *error = NULL;
	if (profile_select(cfg, profile, &error) != STATUS_OK ||
	    profile_connection(cfg, conn, &error) != STATUS_OK) {
		fprintf(stderr, "halotui: %s\n", error ? error : "no connection");
		free(error);
		return false;
	}
	if (!conn->is_agent) {
		fprintf(stderr,
			"halotui: profile '%s' signs in with client credentials: set auth = agent "
			"to sign in as yourself\n",
			conn->profile);
		return false;
	}
	return true;
}

/* --profile NAME and --no-browser; false on anything else. */
static bool parse_login_args(int argc, char **argv, const char **profile, bool *no_browser)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--profile") && i + 1 < argc)
			*profile = argv[++i];
		else if (no_browser && !strcmp(argv[i], "--no-browser"))
			*no_browser = true;
		else {
			fprintf(stderr, "usage: halotui %s [--profile NAME]%s\n", argv[0],
				no_browser ? " [--no-browser]" : "");
			return false;
		}
	}
	return true;
}

int app_login_main(int argc, char **argv)
{
	const char *profile = NULL;
	bool no_browser = false;
	if (!parse_login_args(argc, argv, &profile, &no_browser))
		return 2;
	struct config cfg;
	struct profile_connection conn = { 0 };
	int rc = 1;
	if (!load_profile(&cfg, profile, &conn))
		goto out;
	struct token t;
	char *err = NULL;
	enum status st = app_login_run(&cfg, &conn, has_display() && !no_browser, &t, &err);
	if (st != STATUS_OK) {
		fprintf(stderr, "halotui: sign-in failed: %s\n", err ? err : status_message(st));
		free(err);
		goto out;
	}
	struct oauth_store store;
	app_login_store(&cfg, conn.profile, &store);
	if (!t.refresh_token) {
		fprintf(stderr, "halotui: signed in, but the server gave no refresh token: the "
				"console will ask again (:login)\n");
	} else if (!oauth_store_is_kept(&store)) {
		fprintf(stderr, "halotui: signed in; store-refresh-token = no keeps nothing: sign "
				"in from the console with :login\n");
	} else if (oauth_store_save(&store, t.refresh_token, &err) != STATUS_OK) {
		fprintf(stderr, "halotui: signed in, but the refresh token could not be kept: %s\n",
			err ? err : "?");
		free(err);
	} else {
		printf("Signed in%s%s. The refresh token is kept %s%s.\n",
		       *conn.profile ? " for profile " : "", conn.profile,
		       store.path ? "in " : "by token-store-command", store.path ? store.path : "");
		rc = 0;
	}
	oauth_store_fini(&store);
	token_fini(&t);
out:
	profile_connection_fini(&conn);
	config_fini(&cfg);
	return rc;
}

int app_logout_main(int argc, char **argv)
{
	const char *profile = NULL;
	if (!parse_login_args(argc, argv, &profile, NULL))
		return 2;
	struct config cfg;
	struct profile_connection conn = { 0 };
	int rc = 1;
	if (!load_profile(&cfg, profile, &conn))
		goto out;
	struct oauth_store store;
	app_login_store(&cfg, conn.profile, &store);
	char *token = NULL, *err = NULL;
	enum status st = oauth_store_load(&store, &token, &err);
	if (st == STATUS_NOT_FOUND) {
		printf("Not signed in%s%s: nothing to forget.\n", *conn.profile ? " for " : "",
		       conn.profile);
		rc = 0;
	} else if (st != STATUS_OK) {
		fprintf(stderr, "halotui: %s\n", err ? err : status_message(st));
	} else {
		struct oauth_login l;
		login_settings(&cfg, &conn, &l);
		l.redirect_uri = "";
		/* Discovery finds the auth server and tenant as the sign-in did. */
		char *perr = NULL;
		st = oauth_login_prepare(&l, &perr);
		if (st == STATUS_OK) {
			st = oauth_revoke(&l.http, l.auth_url ? l.auth_url : l.found_auth_url,
					  l.tenant ? l.tenant : l.found_tenant, conn.client_id,
					  token, &perr);
		}
		if (st == STATUS_NOT_FOUND)
			printf("The server offers no revocation: the token is forgotten here.\n");
		else if (st != STATUS_OK)
			fprintf(stderr,
				"halotui: revocation failed (%s): the token is forgotten "
				"here anyway\n",
				perr ? perr : status_message(st));
		free(perr);
		oauth_login_fini(&l);
		free(err);
		err = NULL;
		st = oauth_store_delete(&store, &err);
		if (st == STATUS_OK) {
			printf("Signed out.\n");
			rc = 0;
		} else {
			fprintf(stderr, "halotui: %s\n", err ? err : status_message(st));
		}
	}
	free(err);
	wipe_string(token);
	free(token);
	oauth_store_fini(&store);
out:
	profile_connection_fini(&conn);
	config_fini(&cfg);
	return rc;
}

void app_login_console(struct app *a)
{
	if (a->opt.is_demo || !a->is_agent || !a->worker) {
		statusbar_set_error(&a->status, "this profile signs in with client credentials: "
						"set auth = agent to sign in as yourself");
		return;
	}
	struct profile_connection conn;
	char *err = NULL;
	if (profile_connection(&a->cfg, &conn, &err) != STATUS_OK) {
		statusbar_set_error(&a->status, err);
		free(err);
		return;
	}
	struct token t;
	ui_screen_suspend(&a->screen);
	enum status st = app_login_run(&a->cfg, &conn, has_display(), &t, &err);
	ui_screen_resume(&a->screen);
	ui_frame_force_repaint(&a->frame);
	profile_connection_fini(&conn);
	if (st != STATUS_OK) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "sign-in failed: %s", err ? err : status_message(st));
		statusbar_set_error(&a->status, sb.data);
		strbuf_fini(&sb);
		free(err);
		return;
	}
	worker_sign_in(a->worker, t.refresh_token, t.access_token, t.expires_in_s);
	if (t.refresh_token &&
	    oauth_store_save(&a->token_store, t.refresh_token, &err) != STATUS_OK)
		statusbar_set_error(&a->status, err);
	free(err);
	token_fini(&t);
	statusbar_set_message(&a->status, "signed in");
	worker_submit(a->worker, api_lookup(JOB_AGENT_ME, 0));
	/* What failed while signed out is asked again, as `r` would. */
	for (size_t i = 0; i < a->depth; i++) {
		unsigned r = view_handle(a->stack[i], CMD_REFRESH);
		if (!(r & REACT_UNHANDLED))
			app_react(a, a->stack[i], r);
	}
}

void app_login_whoami(struct app *a)
{
	const struct agent_list *me = &a->data.lookups.me;
	struct strbuf sb;
	strbuf_init(&sb);
	if (a->is_agent && a->worker && worker_needs_login(a->worker))
		strbuf_append_str(&sb, "not signed in: :login to sign in as yourself");
	else if (me->count)
		strbuf_appendf(&sb, "%s (agent %d), %s",
			       me->items[0].name ? me->items[0].name : "?", me->items[0].id,
			       a->is_agent ? "signed in as yourself"
					   : "the API application's agent (client credentials)");
	else
		strbuf_append_str(&sb, "not known yet: the server has not said who you are");
	statusbar_set_message(&a->status, sb.data);
	strbuf_fini(&sb);
}
