/* What every view draws with: the screen, the palette, line graphics, bandwidth mode. */
#ifndef HALOTUI_UI_ENV_H
#define HALOTUI_UI_ENV_H

#include <curses.h>
#include <stdbool.h>

#include "config/theme.h"
#include "ui/screen.h"

struct ui_env {
	struct ui_screen *screen;     /* not owned */
	attr_t role_attr[ROLE_COUNT]; /* attributes and colour pair of each role */
	bool is_ascii_lines;	      /* draw lines with -|+ instead of box characters */
	bool is_low_bandwidth;	      /* no spinner, arrow cursor instead of a highlighted row */
	bool is_focused_secondary;    /* which pane has the focus (for the cursor mark) */
	attr_t unfocused_attr;	      /* marks the cursor of the pane without the keys */
};

/* An environment with attribute-only defaults (bold, reverse) for every role. */
void ui_env_init(struct ui_env *env, struct ui_screen *screen);
/* Gives every role the colours and attributes of THEME. With IS_COLOR false (NO_COLOR,
 * --no-color, a terminal without colour) only the attributes are used. Colours the
 * terminal lacks are brought down to the nearest it has (256 to 16 to 8). Needs curses. */
void ui_env_apply_theme(struct ui_env *env, const struct theme *theme, bool is_color);
/* The attribute that marks the cursor row of the pane without the keys: underline, or on a
 * terminal that cannot show it (TERM=linux with colours) reverse, bold or dim, whichever it
 * shows and the focused selection does not use. Set by ui_env_init and ui_env_apply_theme. */
attr_t ui_env_unfocused_cursor(const struct ui_env *env);
/* The attributes of ROLE. */
attr_t ui_env_attr(const struct ui_env *env, enum role role);

#endif
