/* Script input for headless runs, fed when the app is idle. Each line is either a `:` line
 * run as if typed at the prompt (":dump-screen FILE", no blank after the colon), or key names
 * separated by blanks ("j j <C-d> : q u i t <Enter>"); '#' starts a comment line. */
#ifndef HALOTUI_APP_SCRIPT_H
#define HALOTUI_APP_SCRIPT_H

#include <stdbool.h>
#include <stdio.h>

struct script {
	FILE *file;	 /* owned; NULL when there is no script */
	char *path;	 /* owned, for messages */
	unsigned lineno; /* of the line last read */
	int *keys;	 /* keys left from the current line; owned */
	size_t n_keys, next_key;
	bool has_failed; /* a line could not be run: the exit code says so */
};

/* Opens PATH. False (errno set) when it cannot be read. */
bool script_open(struct script *s, const char *path);
/* Reads from F instead (takes ownership; closed by script_close); NAME is for messages. */
void script_open_stream(struct script *s, FILE *f, const char *name);
void script_close(struct script *s);

enum script_item_kind { SCRIPT_END, SCRIPT_KEY, SCRIPT_LINE, SCRIPT_ERROR };

struct script_item {
	enum script_item_kind kind;
	int key;    /* SCRIPT_KEY */
	char *line; /* SCRIPT_LINE: the text after ':' (caller frees); SCRIPT_ERROR: message */
};

/* The next item: one key of a key line, or a whole `:` line. Blank and '#' lines are
 * skipped. SCRIPT_ERROR names the file, line and the word that is not a key. */
struct script_item script_next(struct script *s);

#endif
