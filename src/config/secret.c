/* Running client_secret_command without a shell and reading the first line it prints. */
#include "config.h"

#include "config/secret.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "config/lexer.h"
#include "config/message.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

extern char **environ;

#define SECRET_MAX_BYTES 4096

static enum status fail(char **error, enum status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum status fail(char **error, enum status status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = message_vformat(fmt, ap);
	va_end(ap);
	*error = message_format("client_secret_command: %s", text);
	free(text);
	return status;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int spawn(char **argv, int out_fd, int in_fd, pid_t *pid)
{
	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	sigset_t none, defaults;
	int rc = posix_spawn_file_actions_init(&actions);
	if (rc)
		return rc;
	/* the caller may be a thread with signals blocked: the command gets a clean slate */
	sigemptyset(&none);
	sigemptyset(&defaults);
	sigaddset(&defaults, SIGPIPE);
	sigaddset(&defaults, SIGINT);
	sigaddset(&defaults, SIGTERM);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawn_file_actions_adddup2(&actions, in_fd, STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, in_fd, STDERR_FILENO);
	rc = posix_spawnp(pid, argv[0], &actions, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	posix_spawnattr_destroy(&attr);
	return rc;
}

/* Keeps the output up to its first newline (at most SECRET_MAX_BYTES) and drains the rest, so
 * a talkative command is not killed by SIGPIPE. Returns 1 at EOF, 0 on timeout, -1 on error. */
static int read_first_line(int fd, struct strbuf *out, long long deadline_ms)
{
	char buf[256];
	for (;;) {
		long long left = deadline_ms - now_ms();
		if (left <= 0)
			return 0;
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int n = poll(&pfd, 1, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			return 0;
		ssize_t got = read(fd, buf, sizeof(buf));
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return got == 0 ? 1 : -1;
		if (!memchr(out->data, '\n', out->len) && out->len < SECRET_MAX_BYTES)
			strbuf_append(out, buf, (size_t)got);
		wipe_bytes(buf, sizeof(buf));
	}
}

/* Waits for PID until the deadline, then kills it. Returns the wait status or -1 on timeout. */
static int reap(pid_t pid, long long deadline_ms)
{
	int wstatus;
	for (;;) {
		pid_t r = waitpid(pid, &wstatus, WNOHANG);
		if (r == pid)
			return wstatus;
		if (r < 0 && errno != EINTR)
			return -1;
		if (now_ms() >= deadline_ms) {
			kill(pid, SIGKILL);
			while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
				;
			return -1;
		}
		struct timespec pause = { 0, 10 * 1000000 };
		nanosleep(&pause, NULL);
	}
}

static enum status judge(const char *name, int wstatus, int read_rc, struct strbuf *out,
			 char **secret, char **error)
{
	if (read_rc == 0 || wstatus == -1)
		return fail(error, STATUS_TIMEOUT, "'%s' did not finish in time", name);
	if (WIFSIGNALED(wstatus))
		return fail(error, STATUS_CONFIG, "'%s' was killed by signal %d", name,
			    WTERMSIG(wstatus));
	if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) != 0)
		return fail(error, STATUS_CONFIG, "'%s' failed with exit status %d", name,
			    WEXITSTATUS(wstatus));
	if (read_rc < 0)
		return fail(error, STATUS_IO, "reading the output of '%s' failed", name);
	size_t len = strcspn(out->data, "\n");
	if (len > 0 && out->data[len - 1] == '\r')
		len--;
	if (len == 0)
		return fail(error, STATUS_CONFIG, "'%s' printed no secret", name);
	*secret = xstrndup(out->data, len);
	return STATUS_OK;
}

static enum status run_argv(char **argv, int timeout_ms, char **secret, char **error)
{
	int pipefd[2];
	pid_t pid;
	struct strbuf out;
	enum status status;

	int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null_fd < 0)
		return fail(error, STATUS_IO, "cannot open /dev/null: %s", strerror(errno));
	if (pipe2(pipefd, O_CLOEXEC) < 0) {
		close(null_fd);
		return fail(error, STATUS_IO, "cannot make a pipe: %s", strerror(errno));
	}
	int rc = spawn(argv, pipefd[1], null_fd, &pid);
	close(pipefd[1]);
	close(null_fd);
	if (rc) {
		close(pipefd[0]);
		return fail(error, STATUS_CONFIG, "cannot run '%s': %s", argv[0], strerror(rc));
	}
	long long deadline = now_ms() + timeout_ms;
	strbuf_init(&out);
	int read_rc = read_first_line(pipefd[0], &out, deadline);
	close(pipefd[0]);
	int wstatus = reap(pid, read_rc == 0 ? 0 : deadline);
	status = judge(argv[0], wstatus, read_rc, &out, secret, error);
	wipe_bytes(out.data, out.cap);
	strbuf_fini(&out);
	return status;
}

enum status secret_run_command(const char *command, int timeout_ms, char **secret, char **error)
{
	struct lexer_words words;
	const char *lex_error;
	enum status status;

	*secret = NULL;
	*error = NULL;
	if (!lexer_split(command, &words, &lex_error))
		return fail(error, STATUS_CONFIG, "%s", lex_error);
	if (words.n == 0) {
		lexer_words_fini(&words);
		return fail(error, STATUS_CONFIG, "empty command");
	}
	char **argv = lexer_words_argv(&words);
	lexer_words_fini(&words);
	status = run_argv(argv, timeout_ms, secret, error);
	lexer_argv_free(argv);
	return status;
}

void secret_free(char *secret)
{
	if (!secret)
		return;
	wipe_string(secret);
	free(secret);
}
