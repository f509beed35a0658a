/* halotui config paths: every file and folder halotui reads or writes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/context.h"
#include "cli/output.h"
#include "config/paths.h"
#include "config/profile.h"
#include "util/strbuf.h"

struct paths_out {
	struct cli_output o;
	bool is_output;
};

/* One line: WHAT (config, themes...), MODE (read, write, run), PATH and whether it is there. */
static void path_line(struct paths_out *p, const char *what, const char *mode, const char *path)
{
	const char *exists = path && access(path, F_OK) == 0 ? "yes" : "no";
	if (!path)
		path = "(unknown: neither XDG variables nor HOME are set)";
	if (p->is_output) {
		static const char *const keys[] = { "what", "mode", "path", "exists" };
		const char *values[] = { what, mode, path, exists };
		cli_output_texts(&p->o, keys, values, 4);
	} else {
		printf("%-13s %-6s %s%s\n", what, mode, path,
		       *exists == 'n' ? " (not there yet)" : "");
	}
}

/* PATH joined with NAME (PATH ends in '/'), written as a line. */
static void file_in(struct paths_out *p, const char *what, const char *mode, const char *dir,
		    const char *name)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s%s", dir ? dir : "", name);
	path_line(p, what, mode, dir ? sb.data : NULL);
	strbuf_fini(&sb);
}

static void list_paths(struct cli *c, struct paths_out *p, const char *profile)
{
	char *config = paths_config_file();
	path_line(p, "config", "read", config);
	free(config);
	char **themes = paths_theme_dirs();
	for (size_t i = 0; themes && themes[i]; i++)
		path_line(p, "themes", "read", themes[i]);
	paths_list_free(themes);
	char *state = paths_state_dir(profile);
	path_line(p, "state", "write", state);
	file_in(p, "outbox", "write", state, "outbox");
	file_in(p, "outbox lock", "write", state, "outbox.lock");
	file_in(p, "outbox torn", "write", state, "outbox.torn");
	free(state);
	char *cache = paths_cache_profile_dir(profile);
	path_line(p, "lookup cache", "write", cache);
	free(cache);
	char *authinfo = paths_authinfo_cache(profile, false);
	path_line(p, "auth info", "write", authinfo);
	free(authinfo);
	const char *log =
		c->opt.log_path ? c->opt.log_path : config_get_string(&c->cfg, SETTING_LOG_FILE);
	if (*log)
		path_line(p, "log", "write", log);
	const char *ca = config_get_string(&c->cfg, SETTING_CA_BUNDLE);
	if (*ca)
		path_line(p, "ca-bundle", "read", ca);
	const char *secret = config_get_string(&c->cfg, SETTING_CLIENT_SECRET_COMMAND);
	if (*secret)
		path_line(p, "secret", "run", secret);
}

int cli_config(struct cli *c, int argc, char **argv)
{
	if (argc != 2 || strcmp(argv[1], "paths"))
		return cli_fail(c, CLI_USAGE, "the only one is `halotui config paths`");
	cli_load_config(c);
	char *error = NULL;
	/* The selected profile names the state and cache folders; a missing one is the
	 * unnamed profile's (and said). */
	if (profile_select(&c->cfg, c->opt.profile, &error) != STATUS_OK) {
		int code = cli_fail(c, CLI_ERROR, "%s", error ? error : "no such profile");
		free(error);
		return code;
	}
	const char *profile = c->cfg.profiles[c->cfg.selected].name;
	struct paths_out p = { .is_output = c->opt.is_format_set };
	if (p.is_output)
		cli_output_begin(&p.o, c, "what,mode,path,exists");
	list_paths(c, &p, c->opt.is_demo ? "demo" : profile);
	if (p.is_output)
		cli_output_end(&p.o);
	return CLI_OK;
}
