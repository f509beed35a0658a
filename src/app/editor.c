/* $EDITOR: a private temporary file, the terminal handed over, the text read back. */
#include "config.h"

#include "app/editor.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/app.h"
#include "config/lexer.h"
#include "util/alloc.h"
#include "util/strbuf.h"

extern char **environ;

/* More than this coming back from the editor is not a note. */
#define MAX_EDITED_BYTES (4L * 1024 * 1024)

const char *app_editor_command(const struct app *a)
{
	const char *cmd = config_get_string(&a->cfg, SETTING_EDITOR);
	if (cmd && *cmd)
		return cmd;
	const char *names[] = { "VISUAL", "EDITOR" };
	for (size_t i = 0; i < 2; i++) {
		cmd = getenv(names[i]);
		if (cmd && *cmd)
			return cmd;
	}
	return "vi";
}

static bool write_all(int fd, const char *s, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, s, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		s += n;
		len -= (size_t)n;
	}
	return true;
}

/* A new file only this user can read, holding TEXT; its name in PATH. False when it cannot
 * be made. */
static bool make_file(const char *text, char *path, size_t size)
{
	const char *dir = getenv("TMPDIR");
	snprintf(path, size, "%s/halotui-note-XXXXXX", dir && *dir ? dir : "/tmp");
	mode_t old = umask(077);
	int fd = mkstemp(path);
	umask(old);
	if (fd < 0)
		return false;
	bool ok = fchmod(fd, 0600) == 0 && write_all(fd, text, strlen(text));
	/* Editors expect a last newline; it is taken off again on the way back. */
	if (ok && *text && text[strlen(text) - 1] != '\n')
		ok = write_all(fd, "\n", 1);
	ok = close(fd) == 0 && ok;
	if (!ok)
		unlink(path);
	return ok;
}

static char *read_file(const char *path)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return NULL;
	struct strbuf sb;
	strbuf_init(&sb);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0 && sb.len <= MAX_EDITED_BYTES)
		strbuf_append(&sb, buf, n);
	bool ok = !ferror(fp) && sb.len <= MAX_EDITED_BYTES;
	fclose(fp);
	if (!ok) {
		strbuf_fini(&sb);
		return NULL;
	}
	if (sb.len && sb.data[sb.len - 1] == '\n')
		strbuf_truncate(&sb, sb.len - 1);
	return strbuf_take(&sb);
}

/* Runs ARGV with the terminal and waits for it; Ctrl-C and Ctrl-\ go to the editor, not to
 * the console, meanwhile. Returns the wait status, or -1 when it cannot start (errno). */
static int run(char **argv)
{
	struct sigaction ignore, old_int, old_quit;
	memset(&ignore, 0, sizeof(ignore));
	ignore.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ignore, &old_int);
	sigaction(SIGQUIT, &ignore, &old_quit);
	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	sigset_t dflt;
	sigemptyset(&dflt);
	sigaddset(&dflt, SIGINT);
	sigaddset(&dflt, SIGQUIT);
	posix_spawnattr_setsigdefault(&attr, &dflt);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], NULL, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);
	int status = -1;
	if (rc == 0) {
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	} else {
		errno = rc;
	}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	return rc == 0 ? status : -1;
}

/* ARGV: the command's words, then PATH; NULL with the reason in ERR. Caller frees both. */
static char **editor_argv(const char *command, const char *path, char ***words_argv, char *err,
			  size_t err_size)
{
	struct lexer_words words = { 0 };
	const char *lex_error = NULL;
	if (!lexer_split(command, &words, &lex_error) || words.n == 0) {
		snprintf(err, err_size, "editor: cannot read the command \"%s\": %s", command,
			 lex_error ? lex_error : "no words");
		lexer_words_fini(&words);
		return NULL;
	}
	*words_argv = lexer_words_argv(&words);
	char **argv = xcalloc(words.n + 2, sizeof(*argv));
	for (size_t i = 0; i < words.n; i++)
		argv[i] = (*words_argv)[i];
	argv[words.n] = (char *)(uintptr_t)path;
	lexer_words_fini(&words);
	return argv;
}

char *app_edit_text(struct app *a, const char *text, char *err, size_t err_size)
{
	char path[4096];
	const char *command = app_editor_command(a);
	char **words = NULL;
	char **argv = editor_argv(command, path, &words, err, err_size);
	char *edited = NULL;
	if (!argv)
		return NULL;
	if (!make_file(text, path, sizeof(path))) {
		snprintf(err, err_size, "editor: cannot make a temporary file: %s",
			 strerror(errno));
		goto out;
	}
	ui_screen_suspend(&a->screen);
	int status = run(argv);
	int run_errno = errno;
	ui_screen_resume(&a->screen);
	ui_frame_force_repaint(&a->frame);
	a->needs_relayout = true;
	const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
	if (status == -1)
		snprintf(err, err_size, "cannot run the editor %s: %s; the text is kept", name,
			 strerror(run_errno));
	else if (!WIFEXITED(status))
		snprintf(err, err_size, "the editor %s was killed; the text is kept", name);
	else if (WEXITSTATUS(status) != 0)
		snprintf(err, err_size, "the editor %s ended with status %d; the text is kept",
			 name, WEXITSTATUS(status));
	else if (!(edited = read_file(path)))
		snprintf(err, err_size, "editor: cannot read the text back; the text is kept");
	unlink(path);
out:
	free(argv);
	lexer_argv_free(words);
	return edited;
}
