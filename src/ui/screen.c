/* The terminal: curses start-up on a TTY or on /dev/null, keys, screen read-back, restore. */
#include "config.h"

#include "ui/screen.h"

#include <curses.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "ui/key.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* The screen a fatal signal must restore. A signal handler has no other way to find it. */
static struct ui_screen *active_screen;

static void setup_modes(struct ui_screen *s)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	s->has_colors = has_colors();
	if (s->has_colors) {
		start_color();
		use_default_colors();
		s->colors = COLORS;
	}
	s->is_active = true;
	active_screen = s;
}

static bool is_dumb_term(const char *term)
{
	return !term || !*term || !strcmp(term, "dumb");
}

bool ui_screen_open_tty(struct ui_screen *s, char *err, size_t err_size)
{
	memset(s, 0, sizeof(*s));
	const char *term = getenv("TERM");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		snprintf(err, err_size,
			 "needs a terminal: standard input and output must be a TTY");
		return false;
	}
	if (is_dumb_term(term)) {
		snprintf(err, err_size, "needs a terminal that can move the cursor; TERM is %s",
			 term && *term ? term : "not set");
		return false;
	}
	s->out = stdout;
	s->in = stdin;
	s->scr = newterm(NULL, s->out, s->in);
	if (!s->scr) {
		/* Mostly a jump host without the terminfo entry of the agent's terminal. */
		snprintf(err, err_size,
			 "curses cannot drive the terminal type '%s': no terminfo entry for it? "
			 "Install one (Debian: ncurses-term) or set TERM=xterm-256color",
			 term);
		return false;
	}
	set_term(s->scr);
	setup_modes(s);
	return true;
}

/* Saves the environment variable NAME into SAVED (NULL when unset) and sets it to VALUE. */
static void swap_env(const char *name, const char *value, char **saved)
{
	const char *old = getenv(name);
	*saved = old ? xstrdup(old) : NULL;
	if (value)
		setenv(name, value, 1);
	else
		unsetenv(name);
}

/* newterm for a screen that is no terminal: its size comes from LINES and COLUMNS, set for
 * the call only, as terminfo entries without lines#/cols# (TERM=linux: the console says its
 * size) would leave curses with none and no screen. The screen opens before any request
 * runs, so no other thread reads the environment meanwhile. */
static SCREEN *newterm_sized(const char *term, FILE *out, FILE *in, int rows, int cols)
{
	char lines[16], columns[16], *old_lines, *old_columns;
	snprintf(lines, sizeof(lines), "%d", rows > 0 ? rows : 24);
	snprintf(columns, sizeof(columns), "%d", cols > 0 ? cols : 80);
	swap_env("LINES", lines, &old_lines);
	swap_env("COLUMNS", columns, &old_columns);
	use_env(TRUE);
	SCREEN *scr = newterm(term, out, in);
	char *ignored;
	swap_env("LINES", old_lines, &ignored);
	free(ignored);
	swap_env("COLUMNS", old_columns, &ignored);
	free(ignored);
	free(old_lines);
	free(old_columns);
	return scr;
}

static bool open_headless(struct ui_screen *s, FILE *out, int rows, int cols, char *err,
			  size_t err_size)
{
	const char *term = getenv("TERM");
	if (is_dumb_term(term))
		term = "xterm-256color";
	s->out = out;
	s->in = fopen("/dev/null", "r");
	if (!s->out || !s->in) {
		snprintf(err, err_size, "cannot open /dev/null: %s", strerror(errno));
		return false;
	}
	s->scr = newterm_sized(term, s->out, s->in, rows, cols);
	if (!s->scr) {
		snprintf(err, err_size, "curses cannot drive the terminal type '%s'", term);
		return false;
	}
	set_term(s->scr);
	s->is_headless = true;
	setup_modes(s);
	resizeterm(rows, cols);
	return true;
}

bool ui_screen_open_headless(struct ui_screen *s, int rows, int cols, char *err, size_t err_size)
{
	memset(s, 0, sizeof(*s));
	s->owns_out = true;
	if (open_headless(s, fopen("/dev/null", "w"), rows, cols, err, err_size))
		return true;
	if (s->out)
		fclose(s->out);
	if (s->in)
		fclose(s->in);
	s->out = s->in = NULL;
	return false;
}

bool ui_screen_open_headless_to(struct ui_screen *s, FILE *out, int rows, int cols, char *err,
				size_t err_size)
{
	memset(s, 0, sizeof(*s));
	if (open_headless(s, out, rows, cols, err, err_size))
		return true;
	if (s->in)
		fclose(s->in);
	s->out = s->in = NULL;
	return false;
}

void ui_screen_suspend(struct ui_screen *s)
{
	if (!s->scr || s->is_headless || !s->is_active)
		return;
	def_prog_mode();
	endwin();
	fflush(s->out);
	s->is_active = false;
}

void ui_screen_resume(struct ui_screen *s)
{
	if (!s->scr || s->is_headless || s->is_active)
		return;
	reset_prog_mode();
	/* Another program drew over everything: the next update paints the whole screen. */
	clearok(curscr, TRUE);
	refresh();
	s->is_active = true;
}

void ui_screen_close(struct ui_screen *s)
{
	if (!s->scr)
		return;
	if (s->is_active)
		endwin();
	s->is_active = false;
	if (active_screen == s)
		active_screen = NULL;
	delscreen(s->scr);
	s->scr = NULL;
	if (s->is_headless) {
		if (s->owns_out)
			fclose(s->out);
		fclose(s->in);
	}
	s->out = s->in = NULL;
}

void ui_screen_emergency_restore(void)
{
	if (active_screen && active_screen->is_active) {
		active_screen->is_active = false;
		endwin();
	}
}

int ui_screen_input_fd(const struct ui_screen *s)
{
	return s->is_headless || !s->in ? -1 : fileno(s->in);
}

/* curses function keys mapped to ours; data, so a new key is one line. */
static const struct {
	int curses_key;
	int key;
} key_map[] = {
	{ KEY_UP, UI_KEY_UP },
	{ KEY_DOWN, UI_KEY_DOWN },
	{ KEY_LEFT, UI_KEY_LEFT },
	{ KEY_RIGHT, UI_KEY_RIGHT },
	{ KEY_HOME, UI_KEY_HOME },
	{ KEY_END, UI_KEY_END },
	{ KEY_PPAGE, UI_KEY_PGUP },
	{ KEY_NPAGE, UI_KEY_PGDN },
	{ KEY_BACKSPACE, UI_KEY_BACKSPACE },
	{ KEY_DC, UI_KEY_DELETE },
	{ KEY_IC, UI_KEY_INSERT },
	{ KEY_BTAB, UI_KEY_BTAB },
	{ KEY_RESIZE, UI_KEY_RESIZE },
	{ KEY_ENTER, UI_KEY_ENTER },
};

static int translate_function_key(int code)
{
	if (code >= KEY_F(1) && code <= KEY_F(12))
		return UI_KEY_F1 + (code - KEY_F(1));
	for (size_t i = 0; i < sizeof(key_map) / sizeof(key_map[0]); i++)
		if (key_map[i].curses_key == code)
			return key_map[i].key;
	return 0;
}

static int read_one(void)
{
	wint_t wc;
	int rc = wget_wch(stdscr, &wc);
	if (rc == KEY_CODE_YES)
		return translate_function_key((int)wc);
	if (rc == ERR)
		return 0;
	if (wc == '\n')
		return UI_KEY_ENTER;
	if (wc == 127 || wc == 8)
		return UI_KEY_BACKSPACE;
	return (int)wc;
}

int ui_screen_read_key(struct ui_screen *s)
{
	if (!s->is_active || s->is_headless)
		return 0;
	if (s->pending_key) {
		int k = s->pending_key;
		s->pending_key = 0;
		return k;
	}
	int key = read_one();
	if (key == UI_KEY_ESC) {
		/* Alt-x comes as Esc then x in the same read. */
		int next = read_one();
		if (next && next < UI_KEY_NAMED)
			return UI_KEY_ALT(next);
		s->pending_key = next;
	}
	return key;
}

void ui_screen_bell(struct ui_screen *s)
{
	if (s->is_active)
		beep();
}

void ui_screen_resize(struct ui_screen *s, int rows, int cols)
{
	if (s->is_active)
		resizeterm(rows, cols);
}

void ui_screen_size(const struct ui_screen *s, int *rows, int *cols)
{
	(void)s;
	*rows = LINES;
	*cols = COLS;
}

static void append_row(struct strbuf *sb, int y, int cols)
{
	/* A cell may hold a character and its combining marks: room for all of them. */
	size_t room = (size_t)cols * (CCHARW_MAX + 1);
	wchar_t *line = xcalloc(room + 1, sizeof(wchar_t));
	int n = mvwinnwstr(curscr, y, 0, line, (int)room);
	if (n == ERR)
		n = 0;
	line[n] = 0;
	size_t end = wcslen(line);
	while (end > 0 && line[end - 1] == L' ')
		line[--end] = 0;
	char mb[MB_LEN_MAX + 1];
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	for (size_t i = 0; i < end; i++) {
		size_t k = wcrtomb(mb, line[i], &st);
		if (k != (size_t)-1)
			strbuf_append(sb, mb, k);
	}
	strbuf_append_char(sb, '\n');
	free(line);
}

char *ui_screen_text(const struct ui_screen *s)
{
	struct strbuf sb;
	strbuf_init(&sb);
	if (s->is_active)
		for (int y = 0; y < LINES; y++)
			append_row(&sb, y, COLS);
	return strbuf_take(&sb);
}

bool ui_screen_dump(const struct ui_screen *s, const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return false;
	char *text = ui_screen_text(s);
	bool ok = fputs(text, f) >= 0;
	free(text);
	if (fclose(f) != 0)
		ok = false;
	return ok;
}

void ui_screen_write_raw(struct ui_screen *s, const char *bytes, size_t len)
{
	if (!s->is_active || !s->out)
		return;
	fflush(s->out);
	fwrite(bytes, 1, len, s->out);
	fflush(s->out);
}
