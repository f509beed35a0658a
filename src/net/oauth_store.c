/* The refresh token's keeping place: an atomically replaced 0600 file, or two commands. */
#include "config.h"

#include "net/oauth_store.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/atomic_file.h"
#include "util/strbuf.h"
#include "util/wipe.h"

extern char **environ;

#define TOKEN_MAX_BYTES 8192

static void free_argv(char **argv)
{
	for (size_t i = 0; argv && argv[i]; i++)
		free(argv[i]);
	free(argv);
}

void oauth_store_fini(struct oauth_store *s)
{
	if (!s)
		return;
	free(s->path);
	free_argv(s->store_argv);
	free_argv(s->load_argv);
	free(s->profile);
	memset(s, 0, sizeof(*s));
}

bool oauth_store_is_kept(const struct oauth_store *s)
{
	return s && (s->path || s->store_argv);
}

static enum status say(char **err, enum status st, const char *what, const char *detail)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s: %s", what, detail);
	*err = strbuf_take(&sb);
	return st;
}

/* The environment of a store command: ours plus HALOTUI_PROFILE (the array is the caller's to
 * free, and *OWN, the one string it adds). */
static char **command_env(const char *profile, char **own)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xcalloc(n + 2, sizeof(*env));
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "HALOTUI_PROFILE=", 16) != 0)
			env[k++] = environ[i];
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "HALOTUI_PROFILE=%s", profile ? profile : "");
	env[k] = *own = strbuf_take(&sb);
	return env;
}

/* Runs ARGV with INPUT on stdin (NULL: /dev/null) and its stdout into OUT. */
static enum status run(const struct oauth_store *s, char **argv, const char *input,
		       struct strbuf *out, char **err)
{
	int in[2] = { -1, -1 }, outp[2] = { -1, -1 };
	if (pipe(in) != 0 || pipe(outp) != 0) {
		for (int i = 0; i < 2; i++)
			if (in[i] >= 0)
				close(in[i]);
		return say(err, STATUS_IO, argv[0], strerror(errno));
	}
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, defaults;
	sigemptyset(&none);
	sigemptyset(&defaults);
	sigaddset(&defaults, SIGPIPE);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&fa, outp[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addclose(&fa, outp[0]);
	char *own = NULL;
	char **env = command_env(s->profile, &own);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &fa, &attr, argv, env);
	free(own);
	free(env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(in[0]);
	close(outp[1]);
	if (rc != 0) {
		close(in[1]);
		close(outp[0]);
		return say(err, STATUS_CONFIG, argv[0], strerror(rc));
	}
	/* A command that exits without reading must not kill us with SIGPIPE. */
	sigset_t pipe_set, old;
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
	for (size_t off = 0, len = input ? strlen(input) : 0; off < len;) {
		ssize_t n = write(in[1], input + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	close(in[1]);
	struct timespec zero = { 0, 0 };
	sigtimedwait(&pipe_set, NULL, &zero);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	char buf[512];
	ssize_t n;
	while ((n = read(outp[0], buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		if (out->len < TOKEN_MAX_BYTES)
			strbuf_append(out, buf, (size_t)n);
	}
	wipe_bytes(buf, sizeof(buf));
	close(outp[0]);
	int wstatus = 0;
	while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)
		return say(err, STATUS_CONFIG, argv[0], "failed (exit status not 0)");
	return STATUS_OK;
}

static char *first_line(struct strbuf *sb)
{
	size_t len = strcspn(sb->data, "\r\n");
	return len ? xstrndup(sb->data, len) : NULL;
}

static enum status load_file(const char *path, char **token, char **err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return errno == ENOENT ? STATUS_NOT_FOUND
				       : say(err, STATUS_IO, path, strerror(errno));
	struct strbuf sb;
	strbuf_init(&sb);
	char buf[512];
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) > 0 && sb.len < TOKEN_MAX_BYTES)
		strbuf_append(&sb, buf, (size_t)n);
	wipe_bytes(buf, sizeof(buf));
	close(fd);
	*token = first_line(&sb);
	wipe_bytes(sb.data, sb.len);
	strbuf_fini(&sb);
	return *token ? STATUS_OK : STATUS_NOT_FOUND;
}

enum status oauth_store_load(const struct oauth_store *s, char **token, char **err)
{
	*token = NULL;
	*err = NULL;
	if (s->load_argv) {
		struct strbuf out;
		strbuf_init(&out);
		enum status st = run(s, s->load_argv, NULL, &out, err);
		if (st == STATUS_OK)
			*token = first_line(&out);
		wipe_bytes(out.data, out.len);
		strbuf_fini(&out);
		if (st != STATUS_OK)
			return st;
		return *token ? STATUS_OK : STATUS_NOT_FOUND;
	}
	if (!s->path)
		return STATUS_NOT_FOUND;
	return load_file(s->path, token, err);
}

/* Makes the directories above PATH (0700), as mkdir -p would. */
static void make_parents(const char *path)
{
	char *dir = xstrdup(path);
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0700);
		*p = '/';
	}
	free(dir);
}

static enum status save_file(const char *path, const char *token, char **err)
{
	make_parents(path);
	size_t len = strlen(token);
	char *line = xmalloc(len + 1); /* one copy of the secret, wiped before it is freed */
	memcpy(line, token, len);
	line[len] = '\n';
	enum status st = STATUS_OK;
	if (!atomic_file_write(path, line, len + 1))
		st = say(err, STATUS_IO, path, strerror(errno));
	wipe_bytes(line, len + 1);
	free(line);
	return st;
}

enum status oauth_store_save(const struct oauth_store *s, const char *token, char **err)
{
	*err = NULL;
	if (s->store_argv) {
		struct strbuf out;
		strbuf_init(&out);
		struct strbuf in;
		strbuf_init(&in);
		strbuf_appendf(&in, "%s\n", token);
		enum status st = run(s, s->store_argv, in.data, &out, err);
		wipe_bytes(in.data, in.len);
		strbuf_fini(&in);
		strbuf_fini(&out);
		return st;
	}
	return s->path ? save_file(s->path, token, err) : STATUS_OK;
}

enum status oauth_store_delete(const struct oauth_store *s, char **err)
{
	*err = NULL;
	if (s->store_argv) {
		struct strbuf out;
		strbuf_init(&out);
		enum status st = run(s, s->store_argv, "", &out, err);
		strbuf_fini(&out);
		return st;
	}
	if (s->path && unlink(s->path) != 0 && errno != ENOENT)
		return say(err, STATUS_IO, s->path, strerror(errno));
	return STATUS_OK;
}
