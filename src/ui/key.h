/* Keys as the console sees them: Unicode code points, plus named keys above U+10FFFF. */
#ifndef HALOTUI_UI_KEY_H
#define HALOTUI_UI_KEY_H

#include <stdbool.h>
#include <stddef.h>

/* A key is a code point (control characters included: Ctrl-D is 4, Esc is 27) or one of
 * these named keys. Zero means "no key". */
enum ui_key {
	UI_KEY_NONE = 0,
	UI_KEY_TAB = '\t',
	UI_KEY_ENTER = '\r',
	UI_KEY_ESC = 27,
	UI_KEY_NAMED = 0x110000,
	UI_KEY_UP = UI_KEY_NAMED,
	UI_KEY_DOWN,
	UI_KEY_LEFT,
	UI_KEY_RIGHT,
	UI_KEY_HOME,
	UI_KEY_END,
	UI_KEY_PGUP,
	UI_KEY_PGDN,
	UI_KEY_BACKSPACE,
	UI_KEY_DELETE,
	UI_KEY_INSERT,
	UI_KEY_BTAB,
	UI_KEY_RESIZE,
	UI_KEY_F1,
	UI_KEY_F12 = UI_KEY_F1 + 11,
	UI_KEY_LAST
};

/* The Ctrl- form of the letter C ('a'..'z'). */
#define UI_KEY_CTRL(c) ((c)&0x1f)

/* Alt/Meta arrives as Esc followed by the key; the console folds it into one value. */
#define UI_KEY_ALT_BIT 0x40000000
#define UI_KEY_ALT(k) ((k) | UI_KEY_ALT_BIT)

struct keyspec;

/* The key a config key spec (`bind` line, script word) stands for; 0 for none. */
int ui_key_from_spec(const struct keyspec *spec);
/* Writes the name of KEY as a key spec ("j", "<Up>", "<C-d>", "<M-x>", "<F5>") into BUF of
 * SIZE bytes (always terminated): the spelling `bind` accepts. */
void ui_key_name(int key, char *buf, size_t size);

/* The key a key spec NAME stands for (the inverse of ui_key_name). False when NAME is not
 * a key spec. */
bool ui_key_from_name(const char *name, int *key);

#endif
