/* Keys typed ahead: the commands a pane takes before it has rows (moves, Enter), kept in the
 * order typed to be applied once the rows come, so that none is lost without a word. */
#ifndef HALOTUI_UI_TYPEAHEAD_H
#define HALOTUI_UI_TYPEAHEAD_H

#include <stdbool.h>

#include "ui/command.h"
#include "util/strbuf.h"

/* More than a screenful of moves typed blind is not kept: those are counted as not kept. */
#define TYPEAHEAD_MAX 32

struct typeahead {
	enum command cmd[TYPEAHEAD_MAX]; /* in the order typed */
	int n;
	int n_not_kept; /* typed past TYPEAHEAD_MAX */
	int n_dropped;	/* given up: the rows did not come (said until the next key) */
};

/* Keeps CMD after those kept; false (and counted) when TYPEAHEAD_MAX are already kept. */
bool typeahead_push(struct typeahead *t, enum command cmd);
/* Forgets every kept command and count: another list starts, or they were applied. */
void typeahead_clear(struct typeahead *t);
/* The rows will not come: the kept commands are given up, and said so by the next
 * typeahead_describe. */
void typeahead_drop(struct typeahead *t);
/* Appends what T holds in words: "3 keys typed ahead, kept for the rows", "32 keys typed
 * ahead, 2 not kept", "3 keys typed ahead not applied", or nothing. */
void typeahead_describe(const struct typeahead *t, struct strbuf *out);

#endif
