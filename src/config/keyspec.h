/* Key specifications of `bind` lines ("<C-d>", "^D", "<PgDn>", "x") as data, no curses. */
#ifndef HALOTUI_CONFIG_KEYSPEC_H
#define HALOTUI_CONFIG_KEYSPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* X(constant, canonical name, other accepted names or NULL) of the keys that are not text. */
#define KEYSPEC_SPECIALS(X)                                                                        \
	X(KEYSPEC_ENTER, "Enter", "Return", "CR")                                                  \
	X(KEYSPEC_ESC, "Esc", "Escape", NULL)                                                      \
	X(KEYSPEC_TAB, "Tab", NULL, NULL)                                                          \
	X(KEYSPEC_BACKTAB, "S-Tab", "BackTab", NULL)                                               \
	X(KEYSPEC_BACKSPACE, "BS", "Backspace", NULL)                                              \
	X(KEYSPEC_DELETE, "Del", "Delete", NULL)                                                   \
	X(KEYSPEC_INSERT, "Ins", "Insert", NULL)                                                   \
	X(KEYSPEC_UP, "Up", NULL, NULL)                                                            \
	X(KEYSPEC_DOWN, "Down", NULL, NULL)                                                        \
	X(KEYSPEC_LEFT, "Left", NULL, NULL)                                                        \
	X(KEYSPEC_RIGHT, "Right", NULL, NULL)                                                      \
	X(KEYSPEC_HOME, "Home", NULL, NULL)                                                        \
	X(KEYSPEC_END, "End", NULL, NULL)                                                          \
	X(KEYSPEC_PGUP, "PgUp", "PageUp", NULL)                                                    \
	X(KEYSPEC_PGDN, "PgDn", "PageDown", NULL)                                                  \
	X(KEYSPEC_F1, "F1", NULL, NULL)                                                            \
	X(KEYSPEC_F2, "F2", NULL, NULL)                                                            \
	X(KEYSPEC_F3, "F3", NULL, NULL)                                                            \
	X(KEYSPEC_F4, "F4", NULL, NULL)                                                            \
	X(KEYSPEC_F5, "F5", NULL, NULL)                                                            \
	X(KEYSPEC_F6, "F6", NULL, NULL)                                                            \
	X(KEYSPEC_F7, "F7", NULL, NULL)                                                            \
	X(KEYSPEC_F8, "F8", NULL, NULL)                                                            \
	X(KEYSPEC_F9, "F9", NULL, NULL)                                                            \
	X(KEYSPEC_F10, "F10", NULL, NULL)                                                          \
	X(KEYSPEC_F11, "F11", NULL, NULL)                                                          \
	X(KEYSPEC_F12, "F12", NULL, NULL)

enum keyspec_special {
	KEYSPEC_NONE,
#define X(id, name, alt1, alt2) id,
	KEYSPEC_SPECIALS(X)
#undef X
		KEYSPEC_SPECIAL_COUNT
};

/* A key: either a special key or one character (a Unicode code point; control characters
 * are their codes, so <C-d> and ^D are 0x04). Tab, Enter and Esc are always the special
 * keys, whichever way they were written. IS_META means "preceded by ESC". */
struct keyspec {
	enum keyspec_special special; /* KEYSPEC_NONE for a character */
	uint32_t codepoint;
	bool is_meta;
};

/* Parses SPEC; false with *ERROR (a static message) when it is not a key. */
bool keyspec_parse(const char *spec, struct keyspec *out, const char **error);

/* Writes KEY in canonical form ("<C-d>", "<M-x>", "<PgDn>", "q") into BUF (at least 32 bytes
 * is always enough); returns BUF. */
char *keyspec_format(const struct keyspec *key, char *buf, size_t size);

/* True when A and B are the same key. */
bool keyspec_equal(const struct keyspec *a, const struct keyspec *b);

#endif
