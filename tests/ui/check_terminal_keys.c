/* Keys through a real pseudo-terminal: the program on a pty with --demo (its halo-mock on
 * loopback), bytes written as a terminal sends them, screens dumped to files to look at. */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

struct term {
	int master;
	pid_t pid;
	char dir[256];
	char seen[8192]; /* the latest output, for wait_output */
	size_t n_seen;
};

static void start(struct term *t)
{
	const char *top = getenv("top_builddir");
	char bin[512];
	snprintf(bin, sizeof(bin), "%s/src/halotui", top ? top : ".");
	char *abs = realpath(bin, NULL);
	ck_assert_msg(abs, "no %s", bin);
	snprintf(t->dir, sizeof(t->dir), "%s/halotui-keys.XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(t->dir));
	t->n_seen = 0;
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	t->pid = forkpty(&t->master, NULL, NULL, &ws);
	ck_assert_int_ge(t->pid, 0);
	if (t->pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		if (chdir(t->dir) == 0)
			execl(abs, abs, "--demo", (char *)NULL);
		_exit(127);
	}
	free(abs);
}

/* Reads what the program wrote, waiting at most WAIT_MS (-1: until something comes). */
static void read_output(struct term *t, int wait_ms)
{
	struct pollfd p = { .fd = t->master, .events = POLLIN };
	if (poll(&p, 1, wait_ms) <= 0)
		return;
	char buf[4096];
	ssize_t n = read(t->master, buf, sizeof(buf));
	if (n <= 0)
		return;
	if (t->n_seen + (size_t)n >= sizeof(t->seen)) {
		size_t keep = sizeof(t->seen) / 2;
		memmove(t->seen, t->seen + t->n_seen - keep, keep);
		t->n_seen = keep;
	}
	memcpy(t->seen + t->n_seen, buf, (size_t)n);
	t->n_seen += (size_t)n;
	t->seen[t->n_seen] = 0;
}

/* Waits until the output holds TEXT (the test's timeout ends a program that never says it). */
static void wait_output(struct term *t, const char *text)
{
	while (!memmem(t->seen, t->n_seen, text, strlen(text)))
		read_output(t, -1);
}

/* Waits for the file NAME in the program's directory, reading its output meanwhile. */
static void wait_file(struct term *t, const char *name)
{
	char path[512];
	struct stat st;
	snprintf(path, sizeof(path), "%s/%s", t->dir, name);
	while (stat(path, &st) != 0)
		read_output(t, 50);
}

static bool has_file(const struct term *t, const char *name)
{
	char path[512];
	struct stat st;
	snprintf(path, sizeof(path), "%s/%s", t->dir, name);
	return stat(path, &st) == 0;
}

static void type(struct term *t, const char *bytes)
{
	size_t len = strlen(bytes);
	ck_assert_int_eq(write(t->master, bytes, len), (ssize_t)len);
}

/* Quits with Q, removes the files the test made, and returns the exit status. */
static int stop(struct term *t)
{
	int status = 0;
	type(t, "Q");
	for (;;) {
		pid_t done = waitpid(t->pid, &status, WNOHANG);
		if (done == t->pid)
			break;
		read_output(t, 50);
	}
	close(t->master);
	const char *names[] = { "shot", "done" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char path[512];
		snprintf(path, sizeof(path), "%s/%s", t->dir, names[i]);
		unlink(path);
	}
	rmdir(t->dir);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

START_TEST(esc_then_colon_in_one_read_closes_the_prompt_and_opens_a_new_one)
{
	struct term t;
	start(&t);
	wait_output(&t, "DEMO");
	/* A prompt with text in it; then Esc and : as fast as a terminal delivers them: one
	 * write, one read. Run on into the old prompt, the line would be "abcdump-screen". */
	type(&t, ":abc");
	type(&t, "\033:dump-screen shot\r");
	type(&t, ":dump-screen done\r");
	wait_file(&t, "done");
	ck_assert_msg(has_file(&t, "shot"), "Esc : did not open a new prompt");
	ck_assert_int_eq(stop(&t), 0);
}
END_TEST

HARNESS_MAIN("terminal_keys", esc_then_colon_in_one_read_closes_the_prompt_and_opens_a_new_one)
