/* Figures of the console (never pass/fail): time to the first screen with data next to
 * curl's token + first page, CPU per key press over 100,000 rows, the bytes a scroll writes
 * to the terminal, the time from a key to a change on screen and the requests a change
 * costs. Runs halo-mock in-process on a free loopback port. */
#include "config.h"

#include <curses.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mock/mock.h"
#include "model/model_error.h"
#include "model/ticket_json.h"
#include "ui/env.h"
#include "ui/list_view.h"
#include "ui/pane_data.h"
#include "ui/screen.h"
#include "ui/view.h"

extern char **environ;

static double now_ms(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	qsort(v, n, sizeof(*v), compare_double);
	return n ? v[n / 2] : 0;
}

/* Wall time of one run of ARGV, in milliseconds; negative when it failed. */
static double run_ms(char *const argv[])
{
	pid_t pid;
	double start = now_ms(CLOCK_MONOTONIC);
	if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0)
		return -1;
	int status;
	waitpid(pid, &status, 0);
	double ms = now_ms(CLOCK_MONOTONIC) - start;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? ms : -1;
}

static void first_screen(const char *bin, unsigned port, const char *dir)
{
	char url[64], script[256], dump[256], curl_cmd[1024];
	snprintf(url, sizeof(url), "http://127.0.0.1:%u", port);
	snprintf(script, sizeof(script), "%s/first.script", dir);
	snprintf(dump, sizeof(dump), "%s/first.screen", dir);
	FILE *f = fopen(script, "w");
	fprintf(f, ":dump-screen %s\n", dump);
	fclose(f);
	setenv("HALOTUI_URL", url, 1);
	setenv("HALOTUI_CLIENT_ID", MOCK_DEMO_CLIENT_ID, 1);
	setenv("HALOTUI_CLIENT_SECRET", MOCK_DEMO_CLIENT_SECRET, 1);
	snprintf(curl_cmd, sizeof(curl_cmd),
		 "t=$(curl -s -d grant_type=client_credentials -d client_id=%s -d client_secret=%s "
		 "-d scope=all %s/auth/token | sed 's/.*\"access_token\": "
		 "*\"\\([^\"]*\\)\".*/\\1/') "
		 "&& curl -sf -o /dev/null -H \"Authorization: Bearer $t\" "
		 "'%s/api/Tickets?pageinate=true&page_size=50&page_no=1'",
		 MOCK_DEMO_CLIENT_ID, MOCK_DEMO_CLIENT_SECRET, url, url);
	char headless[] = "--headless", script_opt[] = "--script", size_opt[] = "--size",
	     size[] = "24x80", sh[] = "/bin/sh", dash_c[] = "-c";
	char *prog = strdup(bin);
	char *halotui[] = { prog, headless, script_opt, script, size_opt, size, NULL };
	char *curl[] = { sh, dash_c, curl_cmd, NULL };
	enum { RUNS = 7 };
	double h[RUNS], c[RUNS];
	for (int i = 0; i < RUNS; i++) {
		h[i] = run_ms(halotui);
		c[i] = run_ms(curl);
	}
	double hm = median(h, RUNS), cm = median(c, RUNS);
	printf("first screen with data (start to exit, 24x80): %.1f ms median of %d\n", hm, RUNS);
	printf("curl token + first page (two processes):       %.1f ms median of %d\n", cm, RUNS);
	printf("ratio halotui / curl: %.2f (goal: at most 1.2)\n", cm > 0 ? hm / cm : 0);
	char line[256] = "";
	FILE *shot = fopen(dump, "r");
	for (int i = 0; shot && i < 2 && fgets(line, sizeof(line), shot); i++)
		;
	if (shot)
		fclose(shot);
	printf("  (its first row: %s", *line ? line : "none)\n");
	free(prog);
}

/* Fills D's list with TOTAL generated rows, in pages of 100 as the server sends them. */
static void load_rows(struct pane_data *d, int total)
{
	size_t cap = 100 * 220 + 100;
	char *body = malloc(cap);
	for (int page = 1; page <= (total + 99) / 100; page++) {
		size_t len =
			(size_t)snprintf(body, cap, "{\"record_count\": %d, \"tickets\": [", total);
		for (int i = 0; i < 100 && (page - 1) * 100 + i < total; i++) {
			int id = (page - 1) * 100 + i + 1;
			len += (size_t)snprintf(
				body + len, cap - len,
				"%s{\"id\": %d, \"summary\": \"Ticket number %d about "
				"something\", \"status_name\": \"Open\", "
				"\"priority_name\": \"Low\", \"agent_name\": \"Agent %d\", "
				"\"lastactiondate\": \"2026-11-20T14:03:00Z\"}",
				i ? "," : "", id, id, id % 9);
		}
		snprintf(body + len, cap - len, "]}");
		struct ticket_page *p = NULL;
		struct model_error err;
		if (ticket_page_from_json(body, strlen(body), &p, &err) == STATUS_OK)
			ticket_list_store_page(d->list, ticket_list_generation(d->list), page, p);
	}
	free(body);
}

/* Handles CMD and redraws as the loop would; returns the CPU milliseconds it took. */
static double press(struct view *v, WINDOW *win, enum command cmd)
{
	double start = now_ms(CLOCK_PROCESS_CPUTIME_ID);
	view_handle(v, cmd);
	v->n_want = 0;
	werase(win);
	view_recalc(v);
	v->ops->draw(v, win);
	wnoutrefresh(win);
	doupdate();
	return now_ms(CLOCK_PROCESS_CPUTIME_ID) - start;
}

static void cpu_per_key(void)
{
	enum { ROWS = 100000, PRESSES = 2000 };
	struct ui_screen screen;
	struct ui_env env;
	struct pane_data data;
	char err[256];
	if (!ui_screen_open_headless(&screen, 24, 80, err, sizeof(err))) {
		printf("no headless screen: %s\n", err);
		return;
	}
	ui_env_init(&env, &screen);
	pane_data_init(&data);
	load_rows(&data, ROWS);
	struct view *v = view_new(&list_view_ops, &env, &data);
	WINDOW *win = newwin(23, 80, 0, 0);
	v->rows = 23;
	v->cols = 80;
	static double t[PRESSES];
	const struct {
		const char *what;
		enum command a, b;
	} moves[] = {
		{ "move (j/k)", CMD_MOVE_DOWN, CMD_MOVE_DOWN },
		{ "page (PgDn)", CMD_PAGE_DOWN, CMD_PAGE_DOWN },
		{ "jump (G/g)", CMD_LAST, CMD_FIRST },
	};
	printf("CPU per key press, %d rows loaded, 80x24 (goal: median at most 1 ms):\n", ROWS);
	for (size_t m = 0; m < sizeof(moves) / sizeof(moves[0]); m++) {
		press(v, win, CMD_FIRST);
		for (int i = 0; i < PRESSES; i++)
			t[i] = press(v, win, i % 2 ? moves[m].b : moves[m].a);
		printf("  %-12s median %.3f ms over %d presses\n", moves[m].what,
		       median(t, PRESSES), PRESSES);
	}
	delwin(win);
	view_free(v);
	pane_data_fini(&data);
	ui_screen_close(&screen);
}

/* Bytes curses writes for CMD on an 80x24 list (a full-width pane above the status line). */
static long bytes_for(struct view *v, WINDOW *win, FILE *out, enum command cmd)
{
	fflush(out);
	long before = ftell(out);
	press(v, win, cmd);
	fflush(out);
	return ftell(out) - before;
}

static void bytes_written(void)
{
	FILE *out = tmpfile();
	struct ui_screen screen;
	struct ui_env env;
	struct pane_data data;
	char err[256];
	if (!out || !ui_screen_open_headless_to(&screen, out, 24, 80, err, sizeof(err))) {
		printf("no headless screen\n");
		return;
	}
	ui_env_init(&env, &screen);
	pane_data_init(&data);
	load_rows(&data, 1000);
	struct view *v = view_new(&list_view_ops, &env, &data);
	WINDOW *win = newwin(23, 80, 0, 0);
	idlok(win, TRUE);
	v->rows = 23;
	v->cols = 80;
	press(v, win, CMD_FIRST);
	long move = bytes_for(v, win, out, CMD_MOVE_DOWN);
	for (int i = 0; i < 30; i++)
		press(v, win, CMD_MOVE_DOWN);
	long scroll = bytes_for(v, win, out, CMD_MOVE_DOWN);
	long page = bytes_for(v, win, out, CMD_PAGE_DOWN);
	env.is_low_bandwidth = true;
	press(v, win, CMD_FIRST);
	long low_move = bytes_for(v, win, out, CMD_MOVE_DOWN);
	printf("bytes written to the terminal, 80x24 list (TERM=%s):\n", getenv("TERM"));
	printf("  cursor down one row:            %ld\n", move);
	printf("  one-line scroll:                %ld (goal: at most 200)\n", scroll);
	printf("  full page down:                 %ld\n", page);
	printf("  cursor down, low-bandwidth:     %ld\n", low_move);
	delwin(win);
	view_free(v);
	pane_data_fini(&data);
	ui_screen_close(&screen);
	fclose(out);
}

/* Bytes read from MASTER until it stays quiet for QUIET_MS (a figure only, never a test). */
static long drain(int master, int quiet_ms)
{
	char buf[4096];
	long total = 0;
	struct pollfd pfd = { .fd = master, .events = POLLIN };
	while (poll(&pfd, 1, quiet_ms) > 0) {
		ssize_t n = read(master, buf, sizeof(buf));
		if (n <= 0)
			break;
		total += n;
	}
	return total;
}

/* The real program on a pseudo-terminal of 24x80 (--demo), measured from outside: what one
 * `j` writes when the cursor is on the last row and the list scrolls by one line. */
static void bytes_from_outside(const char *bin)
{
	int master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master)) {
		printf("no pseudo-terminal\n");
		return;
	}
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	ioctl(master, TIOCSWINSZ, &ws);
	const char *slave_name = ptsname(master);
	pid_t pid = fork();
	if (pid == 0) {
		setsid();
		int slave = open(slave_name, O_RDWR);
		ioctl(slave, TIOCSCTTY, 0);
		dup2(slave, 0);
		dup2(slave, 1);
		dup2(slave, 2);
		execl(bin, bin, "--demo", (char *)NULL);
		_exit(127);
	}
	drain(master, 2000);
	for (int i = 0; i < 22; i++) {
		(void)!write(master, "j", 1);
		drain(master, 300);
	}
	(void)!write(master, "j", 1);
	long scroll = drain(master, 1000);
	(void)!write(master, "Q", 1);
	drain(master, 500);
	int status;
	waitpid(pid, &status, 0);
	close(master);
	printf("bytes on the pseudo-terminal, real program (--demo, 80x24, TERM=%s):\n",
	       getenv("TERM"));
	printf("  one-line scroll (rows 23 to 24):  %ld (goal: at most 200)\n", scroll);
}

/* Reads MASTER until TEXT has come (true) or nothing came for QUIET_MS (false). */
static bool read_until(int master, const char *text, int quiet_ms)
{
	char buf[8192];
	size_t have = 0;
	struct pollfd pfd = { .fd = master, .events = POLLIN };
	while (poll(&pfd, 1, quiet_ms) > 0) {
		if (have > sizeof(buf) / 2) {
			memmove(buf, buf + have - 64, 64);
			have = 64;
		}
		ssize_t n = read(master, buf + have, sizeof(buf) - 1 - have);
		if (n <= 0)
			return false;
		have += (size_t)n;
		buf[have] = '\0';
		if (strstr(buf, text))
			return true;
	}
	return false;
}

/* The real program on a pseudo-terminal (24x80) against halo-mock through a profile of the
 * environment (HALOTUI_URL...), so its outbox is under DIR: from the Enter of `:status NAME`
 * on the selected row to the bytes that show the new status (the write journalled and
 * flushed to disk, the screen drawn), alternating two statuses. */
static void change_to_screen(const char *bin, unsigned port, const char *dir)
{
	char url[64];
	snprintf(url, sizeof(url), "http://127.0.0.1:%u", port);
	setenv("HALOTUI_URL", url, 1);
	enum { CHANGES = 100 };
	int master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master)) {
		printf("no pseudo-terminal\n");
		return;
	}
	struct winsize ws = { .ws_row = 24, .ws_col = 80 };
	ioctl(master, TIOCSWINSZ, &ws);
	const char *slave_name = ptsname(master);
	pid_t pid = fork();
	if (pid == 0) {
		setsid();
		int slave = open(slave_name, O_RDWR);
		ioctl(slave, TIOCSCTTY, 0);
		dup2(slave, 0);
		dup2(slave, 1);
		dup2(slave, 2);
		execl(bin, bin, (char *)NULL);
		_exit(127);
	}
	drain(master, 2000);
	static double t[CHANGES];
	int n = 0;
	for (int i = 0; i < CHANGES; i++) {
		const char *name = i % 2 ? "Scheduled" : "New";
		char line[64];
		int len = snprintf(line, sizeof(line), ":status %s", name);
		(void)!write(master, line, (size_t)len);
		drain(master, 50);
		double start = now_ms(CLOCK_MONOTONIC);
		(void)!write(master, "\r", 1);
		if (read_until(master, name, 2000))
			t[n++] = now_ms(CLOCK_MONOTONIC) - start;
		drain(master, 100);
	}
	(void)!write(master, "Q", 1);
	drain(master, 300);
	(void)!write(master, "y", 1);
	drain(master, 300);
	int status;
	waitpid(pid, &status, 0);
	close(master);
	printf("key press to the screen showing a one-field change (journal + fsync + draw, "
	       "outbox under %s):\n",
	       dir);
	printf("  median %.2f ms over %d changes (goal: at most 16 ms)\n", median(t, (size_t)n), n);
}

/* Requests a change costs, from halo-mock's request log: a headless session changes one
 * ticket's status, priority, agent and team, adds a note and closes it. */
static void run_changes(const char *bin, unsigned port, const char *dir)
{
	char url[64], script[256];
	snprintf(url, sizeof(url), "http://127.0.0.1:%u", port);
	snprintf(script, sizeof(script), "%s/changes.script", dir);
	FILE *f = fopen(script, "w");
	fprintf(f, ":ticket 1012\n:status 2\n:priority 1\n:assign me\n:team 1\n"
		   ":note hello\n:close\n");
	fclose(f);
	setenv("HALOTUI_URL", url, 1);
	char headless[] = "--headless", script_opt[] = "--script", size_opt[] = "--size",
	     size[] = "24x80";
	char *prog = strdup(bin);
	char *argv[] = { prog, headless, script_opt, script, size_opt, size, NULL };
	run_ms(argv);
	free(prog);
}

/* Counts what run_changes sent, once halo-mock stopped (every line of its log is out). */
static void requests_per_change(const char *log_path)
{
	enum { CHANGES = 6 };
	FILE *log = fopen(log_path, "r");
	char line[4096];
	int writes = 0, reads = 0;
	while (log && fgets(line, sizeof(line), log)) {
		bool is_write = strstr(line, "\"body\":") != NULL;
		writes += is_write;
		/* Reads after the first write are the ones made to show a change's result. */
		reads += writes > 0 && !is_write && strstr(line, "\"method\":\"GET\"");
	}
	if (log)
		fclose(log);
	printf("requests per change (%d changes: status, priority, assign, team, note, close):\n",
	       CHANGES);
	printf("  %.2f writes + %.2f reads per change (goal: 1 write + at most 1 read)\n",
	       (double)writes / CHANGES, (double)reads / CHANGES);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (!getenv("TERM"))
		setenv("TERM", "xterm-256color", 1);
	const char *bin = argc > 1 ? argv[1] : "src/halotui";
	char dir[] = "/tmp/halotui-bench-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	/* Nothing of the user's own configuration may change the figures. */
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("XDG_STATE_HOME", dir, 1);
	setenv("XDG_CACHE_HOME", dir, 1);
	struct mock_options mo;
	mock_options_init(&mo);
	char log_path[300];
	snprintf(log_path, sizeof(log_path), "%s/mock.log", dir);
	mo.log_path = log_path;
	char merr[256];
	struct mock_server *mock = mock_server_start(&mo, merr, sizeof(merr));
	if (!mock) {
		fprintf(stderr, "halo-mock: %s\n", merr);
		return 1;
	}
	first_screen(bin, mock_server_port(mock), dir);
	/* Only the changes' requests in the log. */
	fclose(fopen(log_path, "w"));
	run_changes(bin, mock_server_port(mock), dir);
	mock_server_stop(mock);
	requests_per_change(log_path);
	/* A halo-mock of its own, without a log: the changes below are not counted above. */
	mo.log_path = NULL;
	mock = mock_server_start(&mo, merr, sizeof(merr));
	if (mock) {
		change_to_screen(bin, mock_server_port(mock), dir);
		mock_server_stop(mock);
	}
	cpu_per_key();
	bytes_written();
	bytes_from_outside(bin);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : 1;
}
