/* halotui's entry point: arguments, then the console. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#ifdef HAVE_SYS_PRCTL_H
#include <sys/prctl.h>
#endif

#include "app/app.h"
#include "app/login.h"
#include "cli/cli.h"
#include "cli/usage.h"
#include "net/worker.h"

static void usage(FILE *out)
{
	fprintf(out,
		"usage: halotui [OPTION...]\n"
		"       halotui [OPTION...] COMMAND [WORD...]\n"
		"  --demo              try halotui against the built-in HaloPSA emulator\n"
		"  --profile NAME      use the named connection profile of the config file\n"
		"  --theme NAME        colour theme (default, light, mono, high-contrast, ...)\n"
		"  --no-color          attributes only, no colours (also when NO_COLOR is set)\n"
		"  --log FILE          append one line per request to FILE (method, route, "
		"status,\n"
		"                      time, bytes, retries; never a token or secret)\n"
		"  --headless          run without a terminal (for tests), with:\n"
		"    --script FILE     keys and :commands to feed, one line at a time\n"
		"    --size ROWSxCOLS  the screen size (default 24x80)\n"
		"  --help, --version\n");
	cli_usage_subcommands(out);
}

/* The value after option ARGV[*I]; NULL (with a message) when it is missing. */
static const char *option_value(int argc, char **argv, int *i)
{
	if (*i + 1 >= argc) {
		fprintf(stderr, "halotui: %s needs a value\n", argv[*i]);
		return NULL;
	}
	return argv[++*i];
}

static bool parse_size(const char *text, int *rows, int *cols)
{
	char extra;
	return sscanf(text, "%dx%d%c", rows, cols, &extra) == 2 && *rows > 0 && *cols > 0;
}

/* Fills OPT from argv. Returns -1 to go on, else the exit code. */
static int parse_args(int argc, char **argv, struct app_options *opt)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return EXIT_SUCCESS;
		} else if (!strcmp(a, "--version")) {
			printf("halotui %s\n", PACKAGE_VERSION);
			return EXIT_SUCCESS;
		} else if (!strcmp(a, "--demo")) {
			opt->is_demo = true;
		} else if (!strcmp(a, "--headless")) {
			opt->is_headless = true;
		} else if (!strcmp(a, "--no-color")) {
			opt->is_no_color = true;
		} else if (!strcmp(a, "--script") || !strcmp(a, "--size") ||
			   !strcmp(a, "--theme") || !strcmp(a, "--profile") ||
			   !strcmp(a, "--log")) {
			if (!(v = option_value(argc, argv, &i)))
				return 2;
			if (a[2] == 's' && a[3] == 'c')
				opt->script_path = v;
			else if (a[2] == 't')
				opt->theme = v;
			else if (a[2] == 'p')
				opt->profile = v;
			else if (a[2] == 'l')
				opt->log_path = v;
			else if (!parse_size(v, &opt->rows, &opt->cols)) {
				fprintf(stderr, "halotui: --size wants ROWSxCOLS, not '%s'\n", v);
				return 2;
			}
		} else {
			fprintf(stderr, "halotui: unknown option '%s'\n", a);
			usage(stderr);
			return 2;
		}
	}
	if (opt->is_headless && !opt->script_path) {
		fprintf(stderr, "halotui: --headless needs --script FILE\n");
		return 2;
	}
	return -1;
}

int main(int argc, char **argv)
{
	/* Secrets live in this process's memory: keep them out of core files (and, where prctl
	 * exists, out of reach of ptrace by other processes of the same user). */
#if defined(HAVE_PRCTL) && defined(PR_SET_DUMPABLE)
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#else
	struct rlimit no_core = { 0, 0 };
	setrlimit(RLIMIT_CORE, &no_core);
#endif
	/* Only the character set comes from the environment (wide characters, the terminal's
	 * encoding). Numbers keep the C locale's '.', as JSON writes them and as the hours an
	 * agent types are read, whatever LC_NUMERIC says; every date is written as ISO 8601. */
	setlocale(LC_CTYPE, "");
	/* halotui COMMAND ...: the subcommands of src/cli/subcommands.def, for scripts. */
	if (cli_is_subcommand(argc, argv)) {
		if (!net_global_init())
			return 1;
		static const struct cli_console_commands console = { .login = app_login_main,
								     .logout = app_logout_main };
		int code = cli_main(argc, argv, &console);
		net_global_cleanup();
		return code;
	}
	struct app_options opt = { .rows = 24, .cols = 80 };
	const char *no_color = getenv("NO_COLOR");
	if (no_color && *no_color)
		opt.is_no_color = true;
	int rc = parse_args(argc, argv, &opt);
	if (rc >= 0)
		return rc;
	/* libcurl's global state is set up here, before the worker or halo-mock start threads. */
	if (!net_global_init()) {
		fprintf(stderr, "halotui: libcurl could not be initialised\n");
		return 2;
	}
	struct app app;
	char err[512] = "";
	if (!app_init(&app, &opt, err, sizeof(err))) {
		fprintf(stderr, "halotui: %s\n", err);
		app_fini(&app);
		net_global_cleanup();
		return 2;
	}
	rc = app_run(&app);
	app_fini(&app);
	net_global_cleanup();
	return rc;
}
