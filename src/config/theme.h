/* Colour roles and themes as data: role → foreground, background, attributes. No curses. */
#ifndef HALOTUI_CONFIG_THEME_H
#define HALOTUI_CONFIG_THEME_H

#include <stdbool.h>

enum role {
#define X(id, name, help) id,
#include "config/roles.def"
#undef X
	ROLE_COUNT
};

/* Attributes as bits; the UI maps them to its own (A_BOLD...). */
enum theme_attr {
	THEME_ATTR_BOLD = 1 << 0,
	THEME_ATTR_DIM = 1 << 1,
	THEME_ATTR_UNDERLINE = 1 << 2,
	THEME_ATTR_REVERSE = 1 << 3,
	THEME_ATTR_STANDOUT = 1 << 4,
	THEME_ATTR_ITALIC = 1 << 5,
	THEME_ATTR_BLINK = 1 << 6,
};

/* The terminal's own colour (use_default_colors), as a colour number. */
#define THEME_COLOR_DEFAULT (-1)

struct theme_style {
	short fg; /* THEME_COLOR_DEFAULT or 0..255 */
	short bg;
	unsigned attrs; /* enum theme_attr bits */
};

struct theme {
	struct theme_style style[ROLE_COUNT];
	bool is_set[ROLE_COUNT];
};

/* The text of themes/default.theme, compiled in (generated at build time). */
extern const char theme_default_text[];

/* A role's name ("list.selected") and help; static strings. */
const char *theme_role_name(enum role role);
const char *theme_role_help(enum role role);
/* The role called NAME; false when there is none. */
bool theme_role_from_name(const char *name, enum role *out);

/* Parses a colour: default, black..white, brightblack..brightwhite, colorN (0-255), #rrggbb
 * (the nearest of the 256-colour palette). False when NAME is none of these. */
bool theme_color_parse(const char *name, short *out);
/* Parses one attribute name (bold, dim, underline, reverse, standout, italic, blink, normal);
 * "normal" gives 0. False when unknown. */
bool theme_attr_parse(const char *name, unsigned *out);

/* Applies "ROLE FG BG [ATTR...]" (the words after `color`) to THEME. On error returns false and
 * sets *ERROR to a message the caller owns (it names the bad word). */
bool theme_apply_color(struct theme *theme, const char *const *words, int count, char **error);

/* Fills roles of DST that SRC sets, leaving the others. */
void theme_overlay(struct theme *dst, const struct theme *src);

/* The 256-colour palette entry nearest to R, G, B (cube and grey ramp of xterm). */
short theme_nearest_256(int r, int g, int b);

#endif
