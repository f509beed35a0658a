/* The terminal: curses set-up on a TTY or headless, key input, restore on every exit path. */
#ifndef HALOTUI_UI_SCREEN_H
#define HALOTUI_UI_SCREEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct screen;

struct ui_screen {
	struct screen *scr; /* the curses SCREEN */
	FILE *out;	    /* where curses writes (the TTY or /dev/null) */
	FILE *in;	    /* where curses reads (the TTY or /dev/null) */
	bool is_headless;
	bool owns_out;	/* OUT is closed with the screen */
	bool is_active; /* between open and close: the terminal is in curses mode */
	bool has_colors;
	int colors;	 /* colours the terminal has (0 without colour) */
	int pending_key; /* a key read after a lone Esc, returned next */
};

/* Starts curses on the controlling terminal. False, with a sentence in ERR (of ERR_SIZE
 * bytes), when there is no TTY, TERM is unset or "dumb", or curses cannot start. */
bool ui_screen_open_tty(struct ui_screen *s, char *err, size_t err_size);
/* Starts curses on /dev/null with ROWS x COLS (TERM from the environment, xterm-256color
 * when unset), for scripts and render tests. False, with ERR set, when it cannot. */
bool ui_screen_open_headless(struct ui_screen *s, int rows, int cols, char *err, size_t err_size);
/* As ui_screen_open_headless, but curses writes to OUT (not owned; kept open by the caller),
 * so that the bytes a screen update costs can be counted. */
bool ui_screen_open_headless_to(struct ui_screen *s, FILE *out, int rows, int cols, char *err,
				size_t err_size);
/* Gives the terminal back for a while (a sign-in that prints and reads lines, $EDITOR):
 * curses' modes are saved and the terminal restored; ui_screen_resume takes it again and the
 * next update repaints all of it. No-ops when headless. */
void ui_screen_suspend(struct ui_screen *s);
void ui_screen_resume(struct ui_screen *s);
/* Restores the terminal and frees curses; safe to call twice and on a never-opened screen. */
void ui_screen_close(struct ui_screen *s);
/* Restores the terminal (endwin) of the open screen, if any, from a fatal signal handler or
 * atexit; does not free. */
void ui_screen_emergency_restore(void);

/* The fd to poll for key presses; -1 when headless. */
int ui_screen_input_fd(const struct ui_screen *s);
/* The next pending key (enum ui_key or a code point), or 0 when none is waiting. Never blocks. */
int ui_screen_read_key(struct ui_screen *s);
/* Sets the size of a headless screen (a script's resize), as a terminal resize would. */
void ui_screen_resize(struct ui_screen *s, int rows, int cols);
/* Current size of the screen. */
void ui_screen_size(const struct ui_screen *s, int *rows, int *cols);
/* Rings the terminal's bell (curses beep: the bell, or a flash where there is none). */
void ui_screen_bell(struct ui_screen *s);
/* Writes what the screen shows as UTF-8 text, one line per row, trailing blanks removed.
 * False (errno set) when PATH cannot be written. */
bool ui_screen_dump(const struct ui_screen *s, const char *path);
/* The screen text as above, into a malloc'd string the caller frees. */
char *ui_screen_text(const struct ui_screen *s);
/* Writes raw bytes (an OSC sequence) to the terminal between curses updates. */
void ui_screen_write_raw(struct ui_screen *s, const char *bytes, size_t len);

#endif
