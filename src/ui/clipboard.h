/* Copying to the clipboard: OSC 52 to the terminal (works over SSH), or inside tmux, tmux's
 * own buffer (tmux drops OSC 52 passthrough by default). */
#ifndef HALOTUI_UI_CLIPBOARD_H
#define HALOTUI_UI_CLIPBOARD_H

#include <stdbool.h>

#include "ui/screen.h"

/* The OSC 52 sequence that sets the clipboard to TEXT, wrapped in a tmux passthrough when
 * IS_TMUX. Caller frees. */
char *clipboard_osc52(const char *text, bool is_tmux);
/* Sends TEXT to the terminal's clipboard with OSC 52 (wrapped for tmux when $TMUX is set). */
void clipboard_copy(struct ui_screen *s, const char *text);

/* What a tmux copy did. */
enum clipboard_result {
	CLIPBOARD_TMUX_BOTH,   /* in tmux's buffer, and through it the terminal's clipboard */
	CLIPBOARD_TMUX_BUFFER, /* in tmux's buffer only: tmux < 3.2 cannot reach the clipboard */
	CLIPBOARD_FAILED,      /* nothing copied; ERR says why */
};

/* Puts TEXT in the buffer of the tmux server $TMUX names: `tmux set-buffer -w -- TEXT`
 * (without -w before tmux 3.2, from `tmux -V`), or for a text longer than tmux takes on its
 * command line `tmux load-buffer -w -` with TEXT on its input; run without a shell, its
 * output on /dev/null, waited for. Not to be called while curses draws. */
enum clipboard_result clipboard_copy_tmux(const char *text, char *err, size_t err_size);
/* True when the `tmux -V` text VERSION ("tmux 3.3a", "tmux next-3.4", "tmux master") is
 * 3.2 or newer, whose set-buffer takes -w. */
bool clipboard_tmux_has_w(const char *version);

#endif
