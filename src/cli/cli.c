/* The subcommand table, the global options and the run of one subcommand. */
#include "config.h"

#include "cli/cli.h"

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/context.h"
#include "cli/output.h"
#include "cli/usage.h"
#include "mock/mock.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/log.h"

/* The output buffer when stdout is no terminal. */
#define CLI_STDOUT_BUFFER_BYTES (64 * 1024)

struct subcommand {
	const char *name;
	int (*handler)(struct cli *c, int argc, char **argv);
	const char *usage;
	const char *help;
};

static const struct subcommand subcommands[] = {
#define X(name, handler, usage, help) { name, handler, usage, help },
#include "cli/subcommands.def"
#undef X
};
#define N_SUBCOMMANDS (sizeof(subcommands) / sizeof(subcommands[0]))

static const struct subcommand *find_subcommand(const char *name)
{
	for (size_t i = 0; i < N_SUBCOMMANDS; i++)
		if (!strcmp(subcommands[i].name, name))
			return &subcommands[i];
	return NULL;
}

/* Global options of the console that take a value: their value is no subcommand. */
static bool takes_value(const char *arg)
{
	static const char *const with_value[] = { "--profile", "--log",	   "--theme",  "--script",
						  "--size",    "--format", "--columns" };
	for (size_t i = 0; i < sizeof(with_value) / sizeof(with_value[0]); i++)
		if (!strcmp(arg, with_value[i]))
			return true;
	return false;
}

bool cli_is_subcommand(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (argv[i][0] != '-')
			return find_subcommand(argv[i]) != NULL;
		if (takes_value(argv[i]))
			i++;
	}
	return false;
}

void cli_usage_subcommands(FILE *out)
{
	fprintf(out, "commands for scripts (halotui COMMAND --help for each):\n");
	for (size_t i = 0; i < N_SUBCOMMANDS; i++)
		fprintf(out, "  %-16s %s\n", subcommands[i].name, subcommands[i].help);
	cli_usage_common(out);
}

void cli_usage_subcommand(FILE *out, const char *name)
{
	const struct subcommand *s = find_subcommand(name);
	if (!s)
		return;
	fprintf(out, "usage: halotui %s %s\n%s\n", s->name, s->usage, s->help);
}

/* Takes the global option ARGV[*I] into OPT; 0: not one, 1: taken, -1: bad (said). */
static int take_global(struct cli *c, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	struct cli_options *opt = &c->opt;
	if (!strcmp(a, "--demo"))
		opt->is_demo = true;
	else if (!strcmp(a, "--no-retry"))
		opt->is_no_retry = true;
	else if (!strcmp(a, "--dry-run"))
		opt->is_dry_run = true;
	else if (!strcmp(a, "--no-headers"))
		opt->is_no_headers = true;
	else if (!strcmp(a, "--no-color"))
		; /* the subcommands never colour */
	else if (!takes_value(a) || !strcmp(a, "--theme") || !strcmp(a, "--script") ||
		 !strcmp(a, "--size"))
		return 0;
	else if (*i + 1 >= argc)
		return cli_fail(c, CLI_USAGE, "%s needs a value", a), -1;
	else if (!strcmp(a, "--profile"))
		opt->profile = argv[++*i];
	else if (!strcmp(a, "--log"))
		opt->log_path = argv[++*i];
	else if (!strcmp(a, "--columns"))
		opt->columns = argv[++*i];
	else if (!cli_format_parse(argv[++*i], &opt->format))
		return cli_fail(c, CLI_USAGE,
				"--format wants table, plain, json, jsonl, csv or tsv, not '%s'",
				argv[*i]),
		       -1;
	else
		opt->is_format_set = true;
	return 1;
}

/* Moves the global options out of ARGV into C; what is left (the subcommand and its words)
 * goes to REST. -1 to go on, else the exit code. */
static int split_args(struct cli *c, int argc, char **argv, char **rest, int *n_rest)
{
	bool is_after_dashes = false;
	for (int i = 1; i < argc; i++) {
		int taken = is_after_dashes ? 0 : take_global(c, argc, argv, &i);
		if (taken < 0)
			return CLI_USAGE;
		if (taken)
			continue;
		if (!strcmp(argv[i], "--") && *n_rest > 0)
			is_after_dashes = true;
		rest[(*n_rest)++] = argv[i];
	}
	return -1;
}

static void cli_fini(struct cli *c)
{
	worker_stop(c->worker);
	mock_server_stop(c->mock);
	if (c->wake.read_fd >= 0)
		wake_pipe_close(&c->wake);
	log_close(c->log);
	lookups_fini(&c->lookups);
	config_fini(&c->cfg);
	free(c->url);
	free(c->api_url);
	free(c->auth_url);
	free(c->last_error);
	free(c->outbox_path);
	free(c->authinfo_cache_path);
}

/* Allocations below this come from the heap, not a mapping of their own. */
#define CLI_MMAP_THRESHOLD_BYTES (16 << 20)
/* Free memory kept by the process before any is returned to the kernel. */
#define CLI_TRIM_THRESHOLD_BYTES (64 << 20)

int cli_main(int argc, char **argv, const struct cli_console_commands *console)
{
	struct cli c;
	memset(&c, 0, sizeof(c));
	c.wake.read_fd = c.wake.write_fd = -1;
	c.console = console;
	c.is_stdout_tty = isatty(STDOUT_FILENO);
	/* Into a pipe or a file, records go out in large writes: list --all writes megabytes,
	 * and stdio's page-sized buffer cost a system call every few records. */
	static char stdout_buffer[CLI_STDOUT_BUFFER_BYTES]; /* glibc ignores a size alone */
	if (!c.is_stdout_tty)
		setvbuf(stdout, stdout_buffer, _IOFBF, sizeof(stdout_buffer));
	c.is_stderr_tty = isatty(STDERR_FILENO);
#if defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
	/* A command lives for a moment and moves pages of a hundred kilobytes, taken on the
	 * network thread and freed on this one: memory freed is kept for the next page rather
	 * than handed back to the kernel and faulted in again each time. */
	mallopt(M_MMAP_THRESHOLD, CLI_MMAP_THRESHOLD_BYTES);
	mallopt(M_TRIM_THRESHOLD, CLI_TRIM_THRESHOLD_BYTES);
#endif
	config_init(&c.cfg);
	config_take_env_secret(&c.cfg);
	lookups_init(&c.lookups);
	char **rest = xcalloc((size_t)argc + 1, sizeof(*rest));
	int n_rest = 0;
	int code = split_args(&c, argc, argv, rest, &n_rest);
	if (code < 0) {
		const struct subcommand *s = n_rest ? find_subcommand(rest[0]) : NULL;
		c.name = s ? s->name : NULL;
		bool is_help = n_rest > 1 && (!strcmp(rest[1], "--help") || !strcmp(rest[1], "-h"));
		if (!s)
			code = cli_fail(&c, CLI_USAGE, "no such command");
		else if (is_help)
			code = cli_help(&c, s->name);
		else
			code = s->handler(&c, n_rest, rest);
	}
	fflush(stdout);
	if (ferror(stdout) && code == CLI_OK)
		code = cli_fail(&c, CLI_ERROR, "cannot write the output");
	free(rest);
	cli_fini(&c);
	return code;
}

/* login and logout as the console runs them: the profile taken out as a global option goes
 * back in front of the words left. */
static int run_console(struct cli *c, int (*run)(int argc, char **argv), int argc, char **argv)
{
	if (!run)
		return cli_fail(c, CLI_ERROR, "not available here");
	static char profile_flag[] = "--profile";
	char **words = xcalloc((size_t)argc + 3, sizeof(*words));
	int n = 0;
	words[n++] = argv[0];
	if (c->opt.profile) {
		words[n++] = profile_flag;
		words[n++] = (char *)(uintptr_t)c->opt.profile; /* one of argv's */
	}
	for (int i = 1; i < argc; i++)
		words[n++] = argv[i];
	int code = run(n, words);
	free(words);
	return code;
}

int cli_login(struct cli *c, int argc, char **argv)
{
	return run_console(c, c->console ? c->console->login : NULL, argc, argv);
}

int cli_logout(struct cli *c, int argc, char **argv)
{
	return run_console(c, c->console ? c->console->logout : NULL, argc, argv);
}
