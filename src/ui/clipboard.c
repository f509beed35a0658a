/* Copying: OSC 52 (base64 of the text inside ESC ] 52 ; c ; ... BEL), or tmux's buffer. */
#include "config.h"

#include "ui/clipboard.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/strbuf.h"

extern char **environ;

static void append_base64(struct strbuf *sb, const unsigned char *in, size_t len)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)in[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)in[i + 1] << 8;
		if (i + 2 < len)
			v |= in[i + 2];
		strbuf_append_char(sb, digits[(v >> 18) & 63]);
		strbuf_append_char(sb, digits[(v >> 12) & 63]);
		strbuf_append_char(sb, i + 1 < len ? digits[(v >> 6) & 63] : '=');
		strbuf_append_char(sb, i + 2 < len ? digits[v & 63] : '=');
	}
}

char *clipboard_osc52(const char *text, bool is_tmux)
{
	struct strbuf sb;
	strbuf_init(&sb);
	/* tmux passes a sequence through when it is wrapped in DCS tmux; ... ST with the
	 * inner escapes doubled. */
	strbuf_append_str(&sb, is_tmux ? "\033Ptmux;\033\033]52;c;" : "\033]52;c;");
	append_base64(&sb, (const unsigned char *)text, strlen(text));
	strbuf_append_str(&sb, is_tmux ? "\a\033\\" : "\a");
	return strbuf_take(&sb);
}

void clipboard_copy(struct ui_screen *s, const char *text)
{
	const char *tmux = getenv("TMUX");
	char *seq = clipboard_osc52(text, tmux && *tmux);
	ui_screen_write_raw(s, seq, strlen(seq));
	free(seq);
}

/* Texts longer than this go to tmux on standard input: tmux refuses a long command line. */
#define CLIPBOARD_TMUX_ARG_MAX 4096

/* Writes IN whole to FD, then closes it (a reader that goes away ends it early: the console
 * ignores SIGPIPE). */
static void feed(int fd, const char *in)
{
	size_t len = strlen(in), done = 0;
	while (done < len) {
		ssize_t n = write(fd, in + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	close(fd);
}

/* Runs ARGV without a shell, stdin IN (/dev/null when NULL), stderr on /dev/null, stdout
 * into OUT (OUT_SIZE bytes, NUL-terminated; /dev/null when OUT is NULL), and waits. Its exit
 * status, or -1 with errno when it could not be run. */
static int run_quietly(char *const argv[], const char *in, char *out, size_t out_size)
{
	int fds[2] = { -1, -1 }, in_fds[2] = { -1, -1 };
	if (out && pipe2(fds, O_CLOEXEC) != 0)
		return -1;
	if (in && pipe2(in_fds, O_CLOEXEC) != 0) {
		if (out) {
			close(fds[0]);
			close(fds[1]);
		}
		return -1;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	if (in)
		posix_spawn_file_actions_adddup2(&fa, in_fds[0], STDIN_FILENO);
	else
		posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
	if (out)
		posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
	else
		posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (in) {
		close(in_fds[0]);
		if (rc == 0)
			feed(in_fds[1], in);
		else
			close(in_fds[1]);
	}
	size_t len = 0;
	if (out) {
		close(fds[1]);
		ssize_t n = 0;
		while (rc == 0 && len + 1 < out_size &&
		       ((n = read(fds[0], out + len, out_size - 1 - len)) > 0 ||
			(n < 0 && errno == EINTR)))
			len += n > 0 ? (size_t)n : 0;
		out[len] = '\0';
		close(fds[0]);
	}
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool clipboard_tmux_has_w(const char *version)
{
	/* "tmux 3.3a", "tmux next-3.4", "tmux master" (built from git: the newest). */
	const char *p = version;
	while (*p && (*p < '0' || *p > '9'))
		p++;
	if (!*p)
		return strstr(version, "master") != NULL;
	int major = atoi(p), minor = 0;
	const char *dot = strchr(p, '.');
	if (dot)
		minor = atoi(dot + 1);
	return major > 3 || (major == 3 && minor >= 2);
}

enum clipboard_result clipboard_copy_tmux(const char *text, char *err, size_t err_size)
{
	/* posix_spawn wants writable strings: give it copies. */
	char prog[] = "tmux", version_flag[] = "-V", verb[] = "set-buffer", w_flag[] = "-w",
	     end[] = "--";
	char version[64] = "", *copy = xstrdup(text);
	char *version_argv[] = { prog, version_flag, NULL };
	enum clipboard_result result = CLIPBOARD_FAILED;
	errno = 0;
	if (run_quietly(version_argv, NULL, version, sizeof(version)) != 0) {
		snprintf(err, err_size, "tmux could not be run: %s",
			 errno ? strerror(errno) : "tmux -V failed");
		goto out;
	}
	bool has_w = clipboard_tmux_has_w(version);
	/* -w (tmux 3.2) also sets the outer terminal's clipboard; "--" keeps a text that
	 * starts with '-' from being read as a flag. A long text (a whole JSON answer) goes
	 * through load-buffer's standard input: tmux refuses a command line that long. */
	bool is_long = strlen(text) > CLIPBOARD_TMUX_ARG_MAX;
	char load[] = "load-buffer", from_stdin[] = "-";
	char *with_w[] = { prog,
			   is_long ? load : verb,
			   w_flag,
			   is_long ? from_stdin : end,
			   is_long ? NULL : copy,
			   NULL };
	char *without_w[] = { prog, is_long ? load : verb, is_long ? from_stdin : end,
			      is_long ? NULL : copy, NULL };
	int status = run_quietly(has_w ? with_w : without_w, is_long ? text : NULL, NULL, 0);
	if (status < 0)
		snprintf(err, err_size, "tmux could not be run: %s", strerror(errno));
	else if (status > 0)
		snprintf(err, err_size, "tmux %s failed (exit status %d)", is_long ? load : verb,
			 status);
	else
		result = has_w ? CLIPBOARD_TMUX_BOTH : CLIPBOARD_TMUX_BUFFER;
out:
	free(copy);
	return result;
}
