/* Colour roles and themes as data: names of roles, colours and attributes, and color lines. */
#include "config.h"

#include "config/theme.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/message.h"
#include "util/alloc.h"

static const struct {
	const char *name;
	const char *help;
} roles[ROLE_COUNT] = {
#define X(id, name, help) [id] = { name, help },
#include "config/roles.def"
#undef X
};

static const char *const basic_colors[8] = { "black", "red",	 "green", "yellow",
					     "blue",  "magenta", "cyan",  "white" };

static const struct {
	const char *name;
	unsigned bit;
} attrs[] = {
	{ "normal", 0 },
	{ "bold", THEME_ATTR_BOLD },
	{ "dim", THEME_ATTR_DIM },
	{ "underline", THEME_ATTR_UNDERLINE },
	{ "reverse", THEME_ATTR_REVERSE },
	{ "standout", THEME_ATTR_STANDOUT },
	{ "italic", THEME_ATTR_ITALIC },
	{ "blink", THEME_ATTR_BLINK },
};

const char *theme_role_name(enum role role)
{
	return (unsigned)role < ROLE_COUNT ? roles[role].name : "?";
}

const char *theme_role_help(enum role role)
{
	return (unsigned)role < ROLE_COUNT ? roles[role].help : "?";
}

bool theme_role_from_name(const char *name, enum role *out)
{
	for (int i = 0; i < ROLE_COUNT; i++) {
		if (strcasecmp(name, roles[i].name) == 0) {
			*out = (enum role)i;
			return true;
		}
	}
	return false;
}

static int cube_level(int v, int *value)
{
	static const int levels[6] = { 0, 95, 135, 175, 215, 255 };
	int best = 0;
	for (int i = 1; i < 6; i++)
		if (abs(levels[i] - v) < abs(levels[best] - v))
			best = i;
	*value = levels[best];
	return best;
}

static long dist2(int r1, int g1, int b1, int r2, int g2, int b2)
{
	long dr = r1 - r2, dg = g1 - g2, db = b1 - b2;
	return dr * dr + dg * dg + db * db;
}

short theme_nearest_256(int r, int g, int b)
{
	int cr, cg, cb;
	int ir = cube_level(r, &cr), ig = cube_level(g, &cg), ib = cube_level(b, &cb);
	short cube = (short)(16 + 36 * ir + 6 * ig + ib);
	long cube_d = dist2(r, g, b, cr, cg, cb);

	int grey_i = ((r + g + b) / 3 - 8 + 5) / 10;
	if (grey_i < 0)
		grey_i = 0;
	if (grey_i > 23)
		grey_i = 23;
	int gv = 8 + 10 * grey_i;
	long grey_d = dist2(r, g, b, gv, gv, gv);
	return grey_d < cube_d ? (short)(232 + grey_i) : cube;
}

static bool parse_number(const char *s, long max, long *out)
{
	if (!isdigit((unsigned char)s[0]) || strlen(s) > 3)
		return false;
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v > max)
		return false;
	*out = v;
	return true;
}

static bool parse_hex(const char *s, short *out)
{
	if (strlen(s) != 7)
		return false;
	for (int i = 1; i < 7; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	long v = strtol(s + 1, NULL, 16);
	*out = theme_nearest_256((int)(v >> 16) & 0xff, (int)(v >> 8) & 0xff, (int)v & 0xff);
	return true;
}

bool theme_color_parse(const char *name, short *out)
{
	long n;
	if (strcasecmp(name, "default") == 0) {
		*out = THEME_COLOR_DEFAULT;
		return true;
	}
	if (name[0] == '#')
		return parse_hex(name, out);
	if (strncasecmp(name, "color", 5) == 0 && parse_number(name + 5, 255, &n)) {
		*out = (short)n;
		return true;
	}
	bool bright = strncasecmp(name, "bright", 6) == 0;
	const char *base = bright ? name + 6 : name;
	for (int i = 0; i < 8; i++) {
		if (strcasecmp(base, basic_colors[i]) == 0) {
			*out = (short)(bright ? i + 8 : i);
			return true;
		}
	}
	return false;
}

bool theme_attr_parse(const char *name, unsigned *out)
{
	for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		if (strcasecmp(name, attrs[i].name) == 0) {
			*out = attrs[i].bit;
			return true;
		}
	}
	return false;
}

static char *error_for(const char *what, const char *word)
{
	return message_format("unknown %s '%s'", what, word);
}

bool theme_apply_color(struct theme *theme, const char *const *words, int count, char **error)
{
	struct theme_style style = { 0 };
	enum role role;

	*error = NULL;
	if (count < 3) {
		*error = xstrdup("usage: color ROLE FG BG [ATTR...]");
		return false;
	}
	if (!theme_role_from_name(words[0], &role)) {
		*error = error_for("colour role", words[0]);
		return false;
	}
	if (!theme_color_parse(words[1], &style.fg)) {
		*error = error_for("colour", words[1]);
		return false;
	}
	if (!theme_color_parse(words[2], &style.bg)) {
		*error = error_for("colour", words[2]);
		return false;
	}
	for (int i = 3; i < count; i++) {
		unsigned bit;
		if (!theme_attr_parse(words[i], &bit)) {
			*error = error_for("attribute", words[i]);
			return false;
		}
		style.attrs |= bit;
	}
	theme->style[role] = style;
	theme->is_set[role] = true;
	return true;
}

void theme_overlay(struct theme *dst, const struct theme *src)
{
	for (int i = 0; i < ROLE_COUNT; i++) {
		if (src->is_set[i]) {
			dst->style[i] = src->style[i];
			dst->is_set[i] = true;
		}
	}
}
