/* What every subcommand shares: global options, output rules, exit codes, the connection
 * (worker or the built-in emulator) and jobs run to their end. */
#ifndef HALOTUI_CLI_CONTEXT_H
#define HALOTUI_CLI_CONTEXT_H

#include <stdbool.h>
#include <stdio.h>

#include "config/configuration.h"
#include "model/lookups.h"
#include "net/job.h"
#include "util/wake_pipe.h"

/* The exit codes of every subcommand (src/cli/exit_codes.def). */
enum cli_exit {
#define X(constant, code, meaning) constant = code,
#include "cli/exit_codes.def"
#undef X
};

enum cli_format {
	CLI_FORMAT_TABLE,
	CLI_FORMAT_PLAIN,
	CLI_FORMAT_JSON,
	CLI_FORMAT_JSONL,
	CLI_FORMAT_CSV,
	CLI_FORMAT_TSV,
};

struct mock_server;
struct worker;
struct log;

/* Options that every subcommand takes, wherever they stand on the line. Strings are argv's. */
struct cli_options {
	bool is_demo;
	bool is_no_retry;
	bool is_dry_run;
	bool is_no_headers;
	bool is_format_set;
	enum cli_format format;
	const char *profile;
	const char *log_path;
	const char *columns; /* "id,summary,..." or NULL */
};

struct cli_console_commands;

struct cli {
	struct cli_options opt;
	const struct cli_console_commands *console; /* login, logout; may be NULL */
	const char *name;			    /* the subcommand */
	bool is_stdout_tty, is_stderr_tty;
	struct config cfg;
	bool is_config_loaded;
	struct log *log;
	struct mock_server *mock;
	struct worker *worker;
	struct wake_pipe wake;
	char *url;		   /* the instance root (or the emulator's) */
	char *api_url;		   /* URL/api */
	char *auth_url;		   /* the emulator's URL/auth; NULL otherwise */
	char *outbox_path;	   /* NULL for the emulator */
	char *authinfo_cache_path; /* NULL for the emulator */
	bool is_read_only;
	/* A command that only reads: the outbox is neither opened (compacted, synced) nor
	 * locked, so it costs nothing and never stands in a console's way. */
	bool is_without_outbox;
	struct lookups lookups;
	/* Doctor: failures are kept in last_error (owned) instead of going to stderr. */
	bool is_quiet;
	char *last_error;
};

/* Reports a failure on stderr in one line ("halotui: NAME: message", or a JSON object with
 * --format json) and returns CODE. */
int cli_fail(struct cli *c, enum cli_exit code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The exit code of a failed result, and cli_fail with the server's words. */
enum cli_exit cli_exit_of_status(enum status st);
int cli_fail_result(struct cli *c, const struct job_result *r);

/* Loads the user's config (once); its errors are printed on stderr as warnings. */
void cli_load_config(struct cli *c);
/* Connects: loads the config, selects the profile, resolves the secret and starts the worker
 * (or, with --demo, the emulator in this process first). CLI_OK or the exit code after
 * cli_fail said why. */
int cli_connect(struct cli *c);
/* Submits JOB (taken) and waits for its result (caller owns); never NULL. */
struct job_result *cli_run_job(struct cli *c, struct job *job);
/* Submits JOB (taken) without waiting; false when the worker refused it. */
bool cli_submit(struct cli *c, struct job *job);
/* Waits for the next result of any submitted job (caller owns). */
struct job_result *cli_wait_any(struct cli *c);
/* Fetches the lookups of KIND (JOB_STATUSES...) into c->lookups; CLI_OK or the exit code. */
int cli_fetch_lookup(struct cli *c, enum job_kind kind);

/* A whole positive number (a ticket id...), false otherwise. */
bool cli_parse_id(const char *text, long *id);

/* Writes S to OUT (or appends it to SB) as a JSON string (quoted, escaped). */
void cli_json_string(FILE *out, const char *s);
struct strbuf;
void cli_json_string_sb(struct strbuf *sb, const char *s);

#define X(name, handler, usage, help) int handler(struct cli *c, int argc, char **argv);
#include "cli/subcommands.def"
#undef X

#endif
