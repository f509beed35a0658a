/* Copying to the terminal's clipboard with OSC 52 (works over SSH; wrapped for tmux). */
#ifndef HALOTUI_UI_CLIPBOARD_H
#define HALOTUI_UI_CLIPBOARD_H

#include <stdbool.h>

#include "ui/screen.h"

/* The OSC 52 sequence that sets the clipboard to TEXT, wrapped in a tmux passthrough when
 * IS_TMUX. Caller frees. */
char *clipboard_osc52(const char *text, bool is_tmux);
/* Sends TEXT to the terminal's clipboard (tmux detected from $TMUX). */
void clipboard_copy(struct ui_screen *s, const char *text);

#endif
