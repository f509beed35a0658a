/* The drawing environment: role attributes, from a theme mapped onto curses pairs. */
#include "config.h"

#include "ui/env.h"

#include <string.h>

#include <term.h>

/* How each role looks before a theme is applied (and what a mono terminal keeps). */
static const attr_t mono_attr[ROLE_COUNT] = {
	[ROLE_TITLE] = A_BOLD,
	[ROLE_LIST_HEADER] = A_BOLD | A_UNDERLINE,
	[ROLE_LIST_SELECTED] = A_REVERSE,
	[ROLE_LIST_UNREAD] = A_BOLD,
	[ROLE_SLA_BREACHED] = A_BOLD,
	[ROLE_STATUS_BAR] = A_REVERSE,
	[ROLE_STATUS_ERROR] = A_REVERSE | A_BOLD,
	[ROLE_STATUS_DEMO] = A_REVERSE | A_BOLD,
	[ROLE_STATUS_READONLY] = A_REVERSE | A_BOLD,
	[ROLE_DETAIL_LABEL] = A_BOLD,
	[ROLE_DETAIL_LINK] = A_UNDERLINE,
	[ROLE_ACTION_WHO] = A_BOLD,
	[ROLE_APPROVAL_PENDING] = A_BOLD,
	[ROLE_TODO_DONE] = A_DIM,
	[ROLE_HELP_KEY] = A_BOLD,
};

/* True when the terminal draws attribute A, with colour pairs when IS_COLOR: termattrs()
 * says what it has, terminfo's ncv which of those it drops next to colours (TERM=linux
 * draws underline and dim as colours, so curses leaves them out of coloured text). */
static bool can_draw(attr_t a, bool is_color)
{
	static const struct {
		attr_t attr;
		int ncv_bit;
	} ncv_bits[] = {
		{ A_STANDOUT, 1 }, { A_UNDERLINE, 2 }, { A_REVERSE, 4 },
		{ A_BLINK, 8 },	   { A_DIM, 16 },      { A_BOLD, 32 },
	};
	if (!(termattrs() & a))
		return false;
	int ncv = is_color ? tigetnum((NCURSES_CONST char *)"ncv") : -1;
	for (size_t i = 0; ncv > 0 && i < sizeof(ncv_bits) / sizeof(ncv_bits[0]); i++)
		if (ncv_bits[i].attr == a && (ncv & ncv_bits[i].ncv_bit))
			return false;
	return true;
}

/* The mark of the cursor row in the pane without the keys: underline where the terminal
 * shows it, else the first of reverse, bold and dim it shows that the focused selection does
 * not already use, so the two cursors never look alike. */
static void pick_unfocused(struct ui_env *env, bool is_color)
{
	static const attr_t choices[] = { A_UNDERLINE, A_REVERSE, A_BOLD, A_DIM };
	attr_t selected = env->role_attr[ROLE_LIST_SELECTED] & A_ATTRIBUTES & ~A_COLOR;
	env->unfocused_attr = A_UNDERLINE;
	if (!env->screen || !env->screen->is_active)
		return;
	for (size_t i = 0; i < sizeof(choices) / sizeof(choices[0]); i++) {
		if (!(selected & choices[i]) && can_draw(choices[i], is_color)) {
			env->unfocused_attr = choices[i];
			return;
		}
	}
}

void ui_env_init(struct ui_env *env, struct ui_screen *screen)
{
	memset(env, 0, sizeof(*env));
	env->screen = screen;
	memcpy(env->role_attr, mono_attr, sizeof(mono_attr));
	pick_unfocused(env, false);
}

attr_t ui_env_unfocused_cursor(const struct ui_env *env)
{
	return env->unfocused_attr;
}

attr_t ui_env_attr(const struct ui_env *env, enum role role)
{
	return (unsigned)role < ROLE_COUNT ? env->role_attr[role] : A_NORMAL;
}

static attr_t curses_attrs(unsigned theme_attrs)
{
	static const struct {
		unsigned theme;
		attr_t curses;
	} map[] = {
		{ THEME_ATTR_BOLD, A_BOLD },	       { THEME_ATTR_DIM, A_DIM },
		{ THEME_ATTR_UNDERLINE, A_UNDERLINE }, { THEME_ATTR_REVERSE, A_REVERSE },
		{ THEME_ATTR_STANDOUT, A_STANDOUT },   { THEME_ATTR_ITALIC, A_ITALIC },
		{ THEME_ATTR_BLINK, A_BLINK },
	};
	attr_t a = A_NORMAL;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (theme_attrs & map[i].theme)
			a |= map[i].curses;
	return a;
}

/* The nearest of the 8 basic colours to 256-colour entry C (cube and grey ramp). */
static short to_basic(short c)
{
	if (c < 16)
		return (short)(c & 7);
	int r, g, b;
	if (c >= 232) {
		r = g = b = (c - 232) > 11;
	} else {
		c = (short)(c - 16);
		r = c / 36 >= 3;
		g = (c / 6) % 6 >= 3;
		b = c % 6 >= 3;
	}
	return (short)(r | (g << 1) | (b << 2));
}

/* Brings colour C within the terminal's COLORS; bright ones become bold on 8 colours. */
static short fit_color(short c, int colors, attr_t *extra)
{
	if (c < 0 || c < colors)
		return c;
	if (c >= 8 && c < 16)
		*extra |= A_BOLD;
	return to_basic(c);
}

void ui_env_apply_theme(struct ui_env *env, const struct theme *theme, bool is_color)
{
	int colors = env->screen && env->screen->has_colors ? env->screen->colors : 0;
	bool is_paired = is_color && colors >= 8;
	for (int r = 0; r < ROLE_COUNT; r++) {
		const struct theme_style *st = &theme->style[r];
		attr_t a = curses_attrs(st->attrs);
		if (is_paired && r + 1 < COLOR_PAIRS) {
			short fg = fit_color(st->fg, colors, &a),
			      bg = fit_color(st->bg, colors, &a);
			init_pair((short)(r + 1), fg, bg);
			a |= COLOR_PAIR(r + 1);
		}
		env->role_attr[r] = a;
	}
	pick_unfocused(env, is_paired);
}
