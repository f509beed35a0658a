/* Tests of the config layer: every command, quoting, errors with FILE:LINE, source, profiles,
 * environment overrides, the secret command and the URL rules. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config/configuration.h"
#include "config/profile.h"
#include "config/secret.h"
#include "config/url.h"
#include "harness.h"
#include "util/alloc.h"

static char *fixture(const char *name)
{
	static char buf[1024];
	snprintf(buf, sizeof(buf), "%s/tests/fixtures/config/%s", getenv("top_srcdir"), name);
	return buf;
}

static const char *last_diag(const struct config *cfg)
{
	return cfg->n_diags ? cfg->diags[cfg->n_diags - 1].text : "";
}

static void clear_env(void)
{
	const char *vars[] = { "HALOTUI_URL", "HALOTUI_AUTH_URL", "HALOTUI_TENANT",
			       "HALOTUI_CLIENT_ID", "HALOTUI_CLIENT_SECRET" };
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		unsetenv(vars[i]);
}

START_TEST(set_lines_change_settings_of_every_type)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_MAX_CONNECTIONS), 4);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_REQUEST_BUDGET), 300);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_BUDGET_WINDOW), 300);
	ck_assert(!config_get_bool(&cfg, SETTING_INSECURE));
	ck_assert(config_run_prompt(&cfg, "set page-size = 20"));
	ck_assert(config_run_prompt(&cfg, "set low-bandwidth = on"));
	ck_assert(config_run_prompt(&cfg, "set osc52=No"));
	ck_assert(config_run_prompt(&cfg, "set columns = \"id:7,summary:*,status:12\""));
	ck_assert(config_run_prompt(&cfg, "set proxy = 'http://proxy:3128'"));
	ck_assert(config_run_prompt(&cfg, "set log-file = ~/halo.log"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 20);
	ck_assert(config_get_bool(&cfg, SETTING_LOW_BANDWIDTH));
	ck_assert_str_eq(config_get_string(&cfg, SETTING_LOW_BANDWIDTH), "yes");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_OSC52), "no");
	ck_assert_int_eq(config_get_int(&cfg, SETTING_OSC52), 2);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_COLUMNS), "id:7,summary:*,status:12");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_PROXY), "http://proxy:3128");
	char want[1024];
	snprintf(want, sizeof(want), "%s/halo.log", getenv("HOME"));
	ck_assert_str_eq(config_get_string(&cfg, SETTING_LOG_FILE), want);
	ck_assert_uint_eq(cfg.n_diags, 0);
	config_fini(&cfg);
}
END_TEST

START_TEST(bad_values_are_errors_and_keep_the_old_value)
{
	const char *bad[] = {
		"set page-size = 0",
		"set page-size = 101",
		"set page-size = 5x",
		"set low-bandwidth = maybe",
		"set line-graphics = fancy",
		"set columns = id:0",
		"set columns = id:7,,x",
		"set columns = Id",
		"set theme = ../x",
		"set page-size = 1 2",
		"set page-size",
		"set = 3",
		"set url = ftp://example.com",
		"set url = http://example.com",
	};
	struct config cfg;
	config_init(&cfg);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		size_t before = cfg.n_diags;
		ck_assert_msg(!config_run_prompt(&cfg, bad[i]), "%s was accepted", bad[i]);
		ck_assert_uint_eq(cfg.n_diags, before + 1);
		ck_assert_msg(strncmp(last_diag(&cfg), "<prompt>:1: ", 12) == 0, "%s",
			      last_diag(&cfg));
	}
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 50);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_LINE_GRAPHICS), "auto");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_URL), "");
	config_fini(&cfg);
}
END_TEST

START_TEST(errors_carry_file_and_line_and_the_rest_of_the_file_loads)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_load_file(&cfg, fixture("main.conf"), false), STATUS_OK);
	ck_assert_uint_eq(cfg.n_diags, 2);
	char want[1100];
	snprintf(want, sizeof(want), "%s:5: unknown setting 'nosuch'", fixture("main.conf"));
	ck_assert_str_eq(cfg.diags[0].text, want);
	ck_assert_uint_eq(cfg.diags[1].line, 9);
	ck_assert(strstr(cfg.diags[1].message, "unknown command 'this'"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 25);
	ck_assert(config_get_bool(&cfg, SETTING_LOW_BANDWIDTH));
	ck_assert_str_eq(config_get_string(&cfg, SETTING_LINE_GRAPHICS), "utf-8");
	ck_assert_int_eq(config_get_int(&cfg, SETTING_MAX_CONNECTIONS), 8);
	ck_assert_int_eq(cfg.palette.style[ROLE_TITLE].fg, 9);
	ck_assert_int_eq(cfg.colors.style[ROLE_TITLE].fg, 9);
	config_fini(&cfg);
}
END_TEST

START_TEST(bind_lines_keep_key_command_arguments_and_origin)
{
	struct config cfg;
	config_init(&cfg);
	config_load_file(&cfg, fixture("main.conf"), false);
	ck_assert_uint_eq(cfg.n_binds, 2);
	ck_assert_str_eq(cfg.binds[0].view, "list");
	ck_assert_str_eq(cfg.binds[0].key_text, "<C-d>");
	ck_assert_uint_eq(cfg.binds[0].key.codepoint, 4);
	ck_assert_str_eq(cfg.binds[0].command, "scroll-page-down");
	ck_assert_str_eq(cfg.binds[0].args, "");
	ck_assert_uint_eq(cfg.binds[0].line, 6);
	ck_assert_str_eq(cfg.binds[1].command, "set-status");
	ck_assert_str_eq(cfg.binds[1].args, "'Waiting on client' 3");
	ck_assert_str_eq(cfg.binds[1].file, fixture("main.conf"));
	ck_assert(!config_run_prompt(&cfg, "bind list <Nope> quit"));
	ck_assert(strstr(last_diag(&cfg), "bad key '<Nope>'"));
	ck_assert(!config_run_prompt(&cfg, "bind list q"));
	ck_assert_uint_eq(cfg.n_binds, 2);
	config_fini(&cfg);
}
END_TEST

START_TEST(view_lines_store_a_named_query_and_a_later_one_replaces_it)
{
	struct config cfg;
	config_init(&cfg);
	config_load_file(&cfg, fixture("main.conf"), false);
	const struct config_view *v = config_find_view(&cfg, "Mine open");
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(v->n_params, 3);
	ck_assert_str_eq(v->params[0].name, "agent_id");
	ck_assert_str_eq(v->params[1].value, "1,2,3");
	ck_assert_str_eq(v->params[2].value, "printer jam");
	ck_assert_uint_eq(v->line, 10);
	ck_assert(config_run_prompt(&cfg, "view \"Mine open\" agent_id=13"));
	ck_assert_uint_eq(cfg.n_views, 1);
	ck_assert_str_eq(config_find_view(&cfg, "Mine open")->params[0].value, "13");
	ck_assert(!config_run_prompt(&cfg, "view Other status"));
	ck_assert(!config_run_prompt(&cfg, "view Other status=1 status=2"));
	ck_assert(strstr(last_diag(&cfg), "parameter status given twice"));
	ck_assert(!config_run_prompt(&cfg, "view"));
	ck_assert_ptr_null(config_find_view(&cfg, "Other"));
	config_fini(&cfg);
}
END_TEST

START_TEST(view_parameters_are_checked_against_the_tickets_table)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert(config_run_prompt(&cfg, "view Open open_only=true requesttype=1,3"));
	ck_assert(!config_run_prompt(&cfg, "view Bad no_such_param=1"));
	ck_assert(strstr(last_diag(&cfg), "<prompt>:1: view \"Bad\": "));
	ck_assert(strstr(last_diag(&cfg), "no_such_param"));
	ck_assert(!config_run_prompt(&cfg, "view Bad2 agent_id=twelve"));
	ck_assert(strstr(last_diag(&cfg), "agent_id"));
	ck_assert(!config_run_prompt(&cfg, "view Bad3 open_only=perhaps"));
	ck_assert_uint_eq(cfg.n_views, 1);
	ck_assert_ptr_null(config_find_view(&cfg, "Bad"));
	config_fini(&cfg);
}
END_TEST

START_TEST(source_is_relative_to_the_including_file_and_a_profile_ends_with_its_file)
{
	struct config cfg;
	config_init(&cfg);
	config_load_file(&cfg, fixture("main.conf"), false);
	char want[1100];
	snprintf(want, sizeof(want), "%s", fixture("sub/halotui.log"));
	ck_assert_str_eq(config_get_string(&cfg, SETTING_LOG_FILE), want);
	char *error = NULL;
	ck_assert_int_eq(profile_select(&cfg, "sub", &error), STATUS_OK);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_URL), "https://sub.example.com");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_TENANT), "");
	ck_assert_int_eq(profile_select(&cfg, NULL, &error), STATUS_OK);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_TENANT), "base-tenant");
	config_fini(&cfg);
}
END_TEST

START_TEST(a_file_under_home_is_named_from_the_tilde)
{
	char dir[] = "/tmp/halotui-home.XXXXXX", path[64], *old = NULL;
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/config", dir);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs("set theme = default\nset nosuch = 1\n", f);
	fclose(f);
	if (getenv("HOME"))
		old = strdup(getenv("HOME"));
	setenv("HOME", dir, 1);
	struct config cfg;
	config_init(&cfg);
	config_load_file(&cfg, path, false);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert_str_eq(cfg.diags[0].text, "~/config:2: unknown setting 'nosuch'");
	ck_assert_str_eq(cfg.diags[0].file, path);
	config_fini(&cfg);
	if (old)
		setenv("HOME", old, 1);
	free(old);
	unlink(path);
	rmdir(dir);
}
END_TEST

START_TEST(a_source_cycle_is_reported_and_both_files_still_load)
{
	struct config cfg;
	config_init(&cfg);
	config_load_file(&cfg, fixture("cycle_a.conf"), false);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert(strstr(cfg.diags[0].text, "cycle_b.conf:1: source cycle"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 12);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 3);
	config_fini(&cfg);
}
END_TEST

START_TEST(source_nesting_is_limited_and_a_missing_file_is_an_error_at_the_line)
{
	char dir[] = "/tmp/halotui-nest-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char path[256];
	for (int i = 0; i < 20; i++) {
		snprintf(path, sizeof(path), "%s/f%d.conf", dir, i);
		FILE *fp = fopen(path, "w");
		fprintf(fp, "set prefetch = %d\nsource f%d.conf\n", i % 10, i + 1);
		fclose(fp);
	}
	struct config cfg;
	config_init(&cfg);
	snprintf(path, sizeof(path), "%s/f0.conf", dir);
	config_load_file(&cfg, path, false);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert(strstr(cfg.diags[0].text, "f15.conf:2: source nested deeper than 16"));
	ck_assert(!config_run_prompt(&cfg, "source /nonexistent/halotui.conf"));
	ck_assert(strstr(last_diag(&cfg), "<prompt>:1: cannot read /nonexistent/halotui.conf"));
	ck_assert_int_eq(config_load_file(&cfg, "/nonexistent/x", true), STATUS_NOT_FOUND);
	ck_assert_uint_eq(cfg.n_diags, 2);
	ck_assert_int_eq(config_load_file(&cfg, "/nonexistent/x", false), STATUS_NOT_FOUND);
	ck_assert_uint_eq(cfg.n_diags, 3);
	ck_assert_int_eq(config_load_file(&cfg, dir, false), STATUS_IO);
	ck_assert(strstr(last_diag(&cfg), "not a regular file"));
	config_fini(&cfg);
	for (int i = 0; i < 20; i++) {
		snprintf(path, sizeof(path), "%s/f%d.conf", dir, i);
		remove(path);
	}
	rmdir(dir);
}
END_TEST

START_TEST(profiles_are_chosen_by_name_or_by_default_profile)
{
	struct config cfg;
	char *error = NULL;
	config_init(&cfg);
	config_load_file(&cfg, fixture("profiles.conf"), false);
	ck_assert_uint_eq(cfg.n_diags, 1); /* the line without `set` */
	ck_assert_uint_eq(cfg.diags[0].line, 2);
	ck_assert_int_eq(profile_select(&cfg, NULL, &error), STATUS_OK);
	ck_assert_str_eq(cfg.profiles[cfg.selected].name, "work");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_URL), "https://work.halopsa.com");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_TENANT), "acme");
	ck_assert_str_eq(config_get_string(&cfg, SETTING_THEME), "light");
	ck_assert(config_get_bool(&cfg, SETTING_READ_ONLY));
	ck_assert_int_eq(profile_select(&cfg, "lab", &error), STATUS_OK);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_URL), "http://127.0.0.1:8080");
	ck_assert(!config_get_bool(&cfg, SETTING_READ_ONLY)); /* each profile its own */
	ck_assert_int_eq(profile_select(&cfg, "nope", &error), STATUS_NOT_FOUND);
	ck_assert(strstr(error, "'nope'"));
	ck_assert_msg(strstr(error, "profiles: work, lab"), "%s", error);
	free(error);
	ck_assert_str_eq(cfg.profiles[cfg.selected].name, "lab");
	config_fini(&cfg);
}
END_TEST

START_TEST(an_unknown_profile_says_when_there_are_none)
{
	struct config cfg;
	char *error = NULL;
	config_init(&cfg);
	ck_assert_int_eq(profile_select(&cfg, "nosuch", &error), STATUS_NOT_FOUND);
	ck_assert_str_eq(error, "no profile 'nosuch': the configuration has no profiles");
	free(error);
	config_fini(&cfg);
}
END_TEST

START_TEST(a_connection_derives_api_and_auth_urls_and_runs_the_secret_command)
{
	struct config cfg;
	struct profile_connection conn;
	char *error = NULL;
	clear_env();
	config_init(&cfg);
	config_load_file(&cfg, fixture("profiles.conf"), false);
	ck_assert_int_eq(profile_select(&cfg, "work", &error), STATUS_OK);
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_CONFIG);
	ck_assert(strstr(error, "no client secret"));
	free(error);
	ck_assert(config_run_prompt(&cfg, "set client_secret_command = printf 'abc\\nsecond'"));
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_OK);
	ck_assert_str_eq(conn.api_url, "https://work.halopsa.com/api");
	ck_assert_str_eq(conn.auth_url, "https://work.halopsa.com/auth");
	ck_assert(conn.is_auth_url_derived);
	ck_assert_str_eq(conn.client_secret, "abc");
	ck_assert_str_eq(conn.tenant, "acme");
	profile_connection_fini(&conn);
	ck_assert_int_eq(profile_select(&cfg, "lab", &error), STATUS_OK);
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_OK);
	ck_assert_str_eq(conn.auth_url, "http://localhost:9090/auth");
	ck_assert(!conn.is_auth_url_derived);
	ck_assert_str_eq(conn.client_secret, "lab-secret");
	profile_connection_fini(&conn);
	config_fini(&cfg);
}
END_TEST

START_TEST(environment_variables_win_over_the_file_for_the_selected_profile)
{
	struct config cfg;
	struct profile_connection conn;
	char *error = NULL;
	config_init(&cfg);
	config_load_file(&cfg, fixture("profiles.conf"), false);
	profile_select(&cfg, "work", &error);
	setenv("HALOTUI_URL", "https://env.example.com/", 1);
	setenv("HALOTUI_AUTH_URL", "https://auth.example.com", 1);
	setenv("HALOTUI_TENANT", "envtenant", 1);
	setenv("HALOTUI_CLIENT_ID", "envid", 1);
	setenv("HALOTUI_CLIENT_SECRET", "envsecret", 1);
	config_take_env_secret(&cfg);
	/* Taken out of the environment: no child inherits it. */
	ck_assert_ptr_null(getenv("HALOTUI_CLIENT_SECRET"));
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_OK);
	ck_assert_str_eq(conn.url, "https://env.example.com");
	ck_assert_str_eq(conn.api_url, "https://env.example.com/api");
	ck_assert_str_eq(conn.auth_url, "https://auth.example.com");
	ck_assert_str_eq(conn.tenant, "envtenant");
	ck_assert_str_eq(conn.client_id, "envid");
	ck_assert_str_eq(conn.client_secret, "envsecret");
	profile_connection_fini(&conn);
	setenv("HALOTUI_URL", "http://env.example.com", 1);
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_CONFIG);
	ck_assert(strstr(error, "url: plain http:// is only allowed to a loopback host"));
	free(error);
	clear_env();
	config_fini(&cfg);
}
END_TEST

static void write_secret_file(const char *path, mode_t mode)
{
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("set url = https://x.example.com\nset client_secret = hunter2-secret\n", fp);
	fclose(fp);
	ck_assert_int_eq(chmod(path, mode), 0);
}

START_TEST(a_client_secret_in_a_file_others_can_read_gets_a_warning)
{
	char path[] = "/tmp/halotui-secret-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	struct config cfg;
	config_init(&cfg);
	write_secret_file(path, 0644);
	config_load_file(&cfg, path, false);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert(cfg.diags[0].is_warning);
	ck_assert_uint_eq(cfg.diags[0].line, 2);
	ck_assert(strstr(cfg.diags[0].text, "mode 0644"));
	ck_assert_ptr_null(strstr(cfg.diags[0].text, "hunter2"));
	ck_assert_uint_eq(config_error_count(&cfg), 0);
	ck_assert_str_eq(config_get_string(&cfg, SETTING_CLIENT_SECRET), "hunter2-secret");
	config_clear_diags(&cfg);
	write_secret_file(path, 0600);
	config_load_file(&cfg, path, false);
	ck_assert_uint_eq(cfg.n_diags, 0);
	config_fini(&cfg);
	remove(path);
}
END_TEST

START_TEST(the_secret_command_runs_without_a_shell)
{
	char *secret = NULL, *error = NULL;
	ck_assert_int_eq(
		secret_run_command("printf '%s' '$HOME;echo x|cat'", 5000, &secret, &error),
		STATUS_OK);
	ck_assert_str_eq(secret, "$HOME;echo x|cat");
	secret_free(secret);
	ck_assert_int_eq(secret_run_command("printf 'crlf\\r\\n'", 5000, &secret, &error),
			 STATUS_OK);
	ck_assert_str_eq(secret, "crlf");
	secret_free(secret);
}
END_TEST

START_TEST(a_failing_secret_command_reports_its_status_but_never_the_output)
{
	char *secret = NULL, *error = NULL;
	ck_assert_int_eq(
		secret_run_command("sh -c 'echo topsecret; exit 3'", 5000, &secret, &error),
		STATUS_CONFIG);
	ck_assert_ptr_null(secret);
	ck_assert(strstr(error, "exit status 3"));
	ck_assert_ptr_null(strstr(error, "topsecret"));
	free(error);
	ck_assert_int_eq(secret_run_command("/nonexistent/helper", 5000, &secret, &error),
			 STATUS_CONFIG);
	ck_assert(strstr(error, "cannot run") || strstr(error, "exit status 127"));
	free(error);
	ck_assert_int_eq(secret_run_command("true", 5000, &secret, &error), STATUS_CONFIG);
	ck_assert(strstr(error, "printed no secret"));
	free(error);
	ck_assert_int_eq(secret_run_command("'unterminated", 5000, &secret, &error), STATUS_CONFIG);
	free(error);
}
END_TEST

START_TEST(a_secret_command_that_hangs_is_killed_after_the_timeout)
{
	char *secret = NULL, *error = NULL;
	time_t start = time(NULL);
	ck_assert_int_eq(secret_run_command("sleep 30", 300, &secret, &error), STATUS_TIMEOUT);
	ck_assert_int_le(time(NULL) - start, 5);
	ck_assert(strstr(error, "did not finish in time"));
	free(error);
}
END_TEST

START_TEST(urls_need_https_except_to_loopback_hosts)
{
	const char *good[] = {
		"https://example.halopsa.com",
		"https://user:pw@example.com:8443/halo",
		"HTTPS://EXAMPLE.COM/",
		"http://127.0.0.1:8080",
		"http://127.1.2.3",
		"http://localhost/x",
		"http://LOCALHOST:1",
		"http://[::1]:9000/api",
		"https://[2001:db8::1]",
		"http://user@127.0.0.1:80",
	};
	const char *bad[] = {
		"http://example.com",
		"http://128.0.0.1",
		"http://127.0.0.1.evil.com",
		"http://localhost.evil",
		"http://[::2]",
		"http://[::1",
		"ftp://127.0.0.1",
		"example.com",
		"https://",
		"https://host:0",
		"https://host:65536",
		"https://host:80x",
		"http://127.0.0.256",
		"http://evil@example.com",
		"://x",
	};
	char *error = NULL;
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		ck_assert_msg(url_check(good[i], &error), "%s: %s", good[i], error ? error : "");
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		ck_assert_msg(!url_check(bad[i], &error), "%s was accepted", bad[i]);
		ck_assert_ptr_nonnull(error);
		free(error);
		error = NULL;
	}
}
END_TEST

START_TEST(every_setting_is_found_by_its_name_in_either_spelling)
{
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_info *info = setting_info((enum setting)i);
		enum setting found;
		char alt[64];
		ck_assert(setting_from_name(info->name, &found) && found == (enum setting)i);
		snprintf(alt, sizeof(alt), "%s", info->name);
		for (char *p = alt; *p; p++)
			*p = *p == '-' ? '_' : *p == '_' ? '-' : *p;
		ck_assert(setting_from_name(alt, &found) && found == (enum setting)i);
		ck_assert(strlen(info->help) > 0);
	}
}
END_TEST

START_TEST(the_user_file_is_read_from_xdg_config_home_and_may_be_missing)
{
	char dir[] = "/tmp/halotui-user-XXXXXX", path[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_load_user(&cfg), STATUS_NOT_FOUND);
	ck_assert_uint_eq(cfg.n_diags, 0);
	snprintf(path, sizeof(path), "%s/halotui", dir);
	ck_assert_int_eq(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/halotui/config", dir);
	FILE *fp = fopen(path, "w");
	fputs("set prefetch = 4\n", fp);
	fclose(fp);
	ck_assert_int_eq(config_load_user(&cfg), STATUS_OK);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 4);
	config_fini(&cfg);
	remove(path);
	snprintf(path, sizeof(path), "%s/halotui", dir);
	rmdir(path);
	rmdir(dir);
}
END_TEST

START_TEST(unknown_commands_and_lexer_errors_name_the_prompt)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert(!config_run_prompt(&cfg, "frobnicate now"));
	ck_assert(strstr(last_diag(&cfg), "<prompt>:1: unknown command 'frobnicate'"));
	ck_assert(!config_run_prompt(&cfg, "set sort = \"open"));
	ck_assert_str_eq(last_diag(&cfg), "<prompt>:1: unterminated double quote");
	ck_assert(config_run_prompt(&cfg, "   # just a comment"));
	ck_assert(config_run_prompt(&cfg, ""));
	ck_assert(!config_run_prompt(&cfg, "profile ../evil"));
	ck_assert(!config_run_prompt(&cfg, "profile"));
	ck_assert_uint_eq(config_error_count(&cfg), 4);
	config_fini(&cfg);
}
END_TEST

START_TEST(lookup_max_age_defaults_to_a_day_of_seconds)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_LOOKUP_MAX_AGE), 86400);
	ck_assert(config_run_prompt(&cfg, "set lookup-max-age = 0"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_LOOKUP_MAX_AGE), 0);
	ck_assert(!config_run_prompt(&cfg, "set lookup-max-age = -1"));
	ck_assert(!config_run_prompt(&cfg, "set lookup-max-age = 1d"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_LOOKUP_MAX_AGE), 0);
	config_fini(&cfg);
}
END_TEST

/* Files that would stall a load: a FIFO, a fan-out of sources, an endless line. */

static void write_text(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

static void remove_in(const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	remove(path);
}

/* Nothing ever writes to the FIFO: a load that opened it blocking would never return. */
START_TEST(a_fifo_is_refused_without_waiting_for_a_writer)
{
	char dir[] = "/tmp/halotui-fifo-XXXXXX", fifo[256], line[300];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(fifo, sizeof(fifo), "%s/fifo", dir);
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	write_text(dir, "main.conf", "source fifo\nset prefetch = 4\n");
	struct config cfg;
	config_init(&cfg);
	char main_path[256];
	snprintf(main_path, sizeof(main_path), "%s/main.conf", dir);
	config_load_file(&cfg, main_path, false);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert(strstr(cfg.diags[0].text, "main.conf:1: cannot read"));
	ck_assert(strstr(cfg.diags[0].text, "fifo: not a regular file"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 4);
	ck_assert_int_eq(config_load_file(&cfg, fifo, false), STATUS_IO);
	ck_assert(strstr(last_diag(&cfg), "fifo: not a regular file"));
	snprintf(line, sizeof(line), "source %s", fifo);
	ck_assert(!config_run_prompt(&cfg, line));
	ck_assert(strstr(last_diag(&cfg), "<prompt>:1: cannot read"));
	ck_assert(strstr(last_diag(&cfg), "fifo: not a regular file"));
	config_fini(&cfg);
	remove(fifo);
	remove_in(dir, "main.conf");
	rmdir(dir);
}
END_TEST

/* A theme file is read the same way: a FIFO named like a theme is refused too. */
START_TEST(a_theme_that_is_a_fifo_is_refused_without_waiting)
{
	char dir[] = "/tmp/halotui-fifo-theme-XXXXXX", fifo[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(fifo, sizeof(fifo), "%s/stuck.theme", dir);
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("HALOTUI_THEMES_DIR", dir, 1);
	struct config cfg;
	config_init(&cfg);
	ck_assert(!config_run_prompt(&cfg, "set theme = stuck"));
	ck_assert(strstr(last_diag(&cfg), "stuck.theme: not a regular file"));
	ck_assert(!config_apply_theme(&cfg));
	ck_assert(strstr(last_diag(&cfg), "stuck.theme: not a regular file"));
	config_fini(&cfg);
	unsetenv("HALOTUI_THEMES_DIR");
	unsetenv("XDG_CONFIG_HOME");
	remove(fifo);
	rmdir(dir);
}
END_TEST

/* f0 .. f11 each source the next file three times: 3^12 loads without a cap. */
START_TEST(a_source_fan_out_stops_at_the_load_cap_and_names_where)
{
	char dir[] = "/tmp/halotui-fan-XXXXXX", name[32], text[128], path[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (int i = 0; i <= 12; i++) {
		snprintf(name, sizeof(name), "f%d.conf", i);
		if (i < 12)
			snprintf(text, sizeof(text),
				 "source f%d.conf\nsource f%d.conf\nsource f%d.conf\n", i + 1,
				 i + 1, i + 1);
		else
			snprintf(text, sizeof(text), "set prefetch = 2\n");
		write_text(dir, name, text);
	}
	write_text(dir, "top.conf", "source f0.conf\nset page-size = 21\n");
	struct config cfg;
	config_init(&cfg);
	snprintf(path, sizeof(path), "%s/top.conf", dir);
	ck_assert_int_eq(config_load_file(&cfg, path, false), STATUS_OK);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert_uint_ge(cfg.diags[0].line, 1);
	ck_assert(strstr(cfg.diags[0].file, "/f"));
	ck_assert(strstr(cfg.diags[0].text, ": more than 64 files sourced in one load: "));
	ck_assert(strstr(cfg.diags[0].text, ".conf not read"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 2);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 21);
	/* the cap is per load: the next one starts afresh and stops at the same place */
	char *first = xstrdup(cfg.diags[0].text);
	config_load_file(&cfg, path, false);
	ck_assert_uint_eq(cfg.n_diags, 2);
	ck_assert_str_eq(cfg.diags[1].text, first);
	free(first);
	config_fini(&cfg);
	for (int i = 0; i <= 12; i++) {
		snprintf(name, sizeof(name), "f%d.conf", i);
		remove_in(dir, name);
	}
	remove_in(dir, "top.conf");
	rmdir(dir);
}
END_TEST

START_TEST(a_line_over_the_limit_is_refused_and_the_rest_of_the_file_loads)
{
	char dir[] = "/tmp/halotui-long-XXXXXX", path[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/long.conf", dir);
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("set prefetch = 5\n# ", fp);
	for (int i = 0; i < 200000; i++)
		fputc('x', fp);
	fputs("\nset page-size = 9\n", fp);
	fclose(fp);
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_load_file(&cfg, path, false), STATUS_OK);
	ck_assert_uint_eq(cfg.n_diags, 1);
	ck_assert(strstr(cfg.diags[0].text, "long.conf:2: line longer than 65536 bytes"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 5);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PAGE_SIZE), 9);
	/* a line of exactly the limit is still read */
	char *line = xmalloc(65537);
	memset(line, ' ', 65536);
	memcpy(line, "set prefetch = 6", 16);
	line[65536] = '\0';
	ck_assert(config_run_prompt(&cfg, line));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_PREFETCH), 6);
	free(line);
	config_fini(&cfg);
	remove(path);
	rmdir(dir);
}
END_TEST

START_TEST(a_file_over_the_size_limit_is_not_read)
{
	char dir[] = "/tmp/halotui-big-XXXXXX", path[256];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/big.conf", dir);
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("set prefetch = 7\n", fp);
	for (int i = 0; i < 40000; i++)
		fputs("# a comment line that fills the file up\n", fp);
	fclose(fp);
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_load_file(&cfg, path, false), STATUS_IO);
	ck_assert(strstr(last_diag(&cfg), "big.conf: larger than 1 MiB"));
	ck_assert_int_ne(config_get_int(&cfg, SETTING_PREFETCH), 7);
	config_fini(&cfg);
	remove(path);
	rmdir(dir);
}
END_TEST

START_TEST(an_agent_profile_needs_no_secret_and_takes_scope_and_redirect)
{
	struct config cfg;
	struct profile_connection conn;
	char *error = NULL;
	clear_env();
	config_init(&cfg);
	char path[] = "/tmp/halotui-agent-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	const char *text =
		"profile me\nset url = https://example.halopsa.com\nset client_id = abc\n";
	ck_assert(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
	close(fd);
	config_load_file(&cfg, path, false);
	unlink(path);
	ck_assert_int_eq(profile_select(&cfg, "me", &error), STATUS_OK);
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_CONFIG);
	ck_assert_msg(strstr(error, "no client secret"), "%s", error);
	free(error);
	ck_assert(config_run_prompt(&cfg, "set auth = agent"));
	ck_assert(!config_run_prompt(&cfg, "set auth = password"));
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_OK);
	ck_assert(conn.is_agent);
	ck_assert_ptr_null(conn.client_secret);
	ck_assert_str_eq(conn.scope, "all");
	ck_assert_str_eq(conn.redirect_uri, "http://127.0.0.1");
	profile_connection_fini(&conn);
	ck_assert(config_run_prompt(&cfg, "set scope = \"read:tickets read:customers\""));
	ck_assert(config_run_prompt(&cfg, "set redirect_uri = http://localhost:8400/cb"));
	ck_assert(!config_run_prompt(&cfg, "set redirect_uri = http://example.com/cb"));
	ck_assert(config_run_prompt(&cfg, "set store-refresh-token = no"));
	ck_assert_int_eq(profile_connection(&cfg, &conn, &error), STATUS_OK);
	ck_assert_str_eq(conn.scope, "read:tickets read:customers");
	ck_assert_str_eq(conn.redirect_uri, "http://localhost:8400/cb");
	ck_assert(!config_get_bool(&cfg, SETTING_STORE_REFRESH_TOKEN));
	profile_connection_fini(&conn);
	config_fini(&cfg);
}
END_TEST

HARNESS_MAIN("config", set_lines_change_settings_of_every_type,
	     lookup_max_age_defaults_to_a_day_of_seconds,
	     bad_values_are_errors_and_keep_the_old_value,
	     errors_carry_file_and_line_and_the_rest_of_the_file_loads,
	     bind_lines_keep_key_command_arguments_and_origin,
	     view_lines_store_a_named_query_and_a_later_one_replaces_it,
	     view_parameters_are_checked_against_the_tickets_table,
	     source_is_relative_to_the_including_file_and_a_profile_ends_with_its_file,
	     a_source_cycle_is_reported_and_both_files_still_load,
	     source_nesting_is_limited_and_a_missing_file_is_an_error_at_the_line,
	     profiles_are_chosen_by_name_or_by_default_profile,
	     an_unknown_profile_says_when_there_are_none, a_file_under_home_is_named_from_the_tilde,
	     a_connection_derives_api_and_auth_urls_and_runs_the_secret_command,
	     environment_variables_win_over_the_file_for_the_selected_profile,
	     a_client_secret_in_a_file_others_can_read_gets_a_warning,
	     the_secret_command_runs_without_a_shell,
	     a_failing_secret_command_reports_its_status_but_never_the_output,
	     a_secret_command_that_hangs_is_killed_after_the_timeout,
	     urls_need_https_except_to_loopback_hosts,
	     every_setting_is_found_by_its_name_in_either_spelling,
	     the_user_file_is_read_from_xdg_config_home_and_may_be_missing,
	     unknown_commands_and_lexer_errors_name_the_prompt,
	     a_fifo_is_refused_without_waiting_for_a_writer,
	     a_theme_that_is_a_fifo_is_refused_without_waiting,
	     a_source_fan_out_stops_at_the_load_cap_and_names_where,
	     a_line_over_the_limit_is_refused_and_the_rest_of_the_file_loads,
	     a_file_over_the_size_limit_is_not_read,
	     an_agent_profile_needs_no_secret_and_takes_scope_and_redirect)
