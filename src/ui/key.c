/* Display names of keys, for the help pane and the keymap. */
#include "config.h"

#include "ui/key.h"

#include <stdio.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>

static const char *const named[] = {
	[UI_KEY_UP - UI_KEY_NAMED] = "Up",
	[UI_KEY_DOWN - UI_KEY_NAMED] = "Down",
	[UI_KEY_LEFT - UI_KEY_NAMED] = "Left",
	[UI_KEY_RIGHT - UI_KEY_NAMED] = "Right",
	[UI_KEY_HOME - UI_KEY_NAMED] = "Home",
	[UI_KEY_END - UI_KEY_NAMED] = "End",
	[UI_KEY_PGUP - UI_KEY_NAMED] = "PageUp",
	[UI_KEY_PGDN - UI_KEY_NAMED] = "PageDown",
	[UI_KEY_BACKSPACE - UI_KEY_NAMED] = "Backspace",
	[UI_KEY_DELETE - UI_KEY_NAMED] = "Delete",
	[UI_KEY_INSERT - UI_KEY_NAMED] = "Insert",
	[UI_KEY_BTAB - UI_KEY_NAMED] = "S-Tab",
	[UI_KEY_RESIZE - UI_KEY_NAMED] = "Resize",
};

static void plain_name(int key, char *buf, size_t size)
{
	if (key == UI_KEY_ENTER)
		snprintf(buf, size, "<Enter>");
	else if (key == '\n')
		snprintf(buf, size, "<C-j>");
	else if (key == UI_KEY_TAB)
		snprintf(buf, size, "<Tab>");
	else if (key == UI_KEY_ESC)
		snprintf(buf, size, "<Esc>");
	else if (key == ' ')
		snprintf(buf, size, "<Space>");
	else if (key == '<')
		snprintf(buf, size, "<lt>");
	else if (key > 0 && key < 32)
		snprintf(buf, size, "<C-%c>", key + 'a' - 1);
	else if (key >= UI_KEY_F1 && key <= UI_KEY_F12)
		snprintf(buf, size, "<F%d>", key - UI_KEY_F1 + 1);
	else if (key >= UI_KEY_NAMED && key < UI_KEY_LAST &&
		 key - UI_KEY_NAMED < (int)(sizeof(named) / sizeof(named[0])) &&
		 named[key - UI_KEY_NAMED])
		snprintf(buf, size, "<%s>", named[key - UI_KEY_NAMED]);
	else {
		char mb[MB_LEN_MAX + 1];
		mbstate_t st;
		memset(&st, 0, sizeof(st));
		size_t k = wcrtomb(mb, (wchar_t)key, &st);
		if (k == (size_t)-1)
			k = 0;
		mb[k] = 0;
		snprintf(buf, size, "%s", mb);
	}
}

void ui_key_name(int key, char *buf, size_t size)
{
	if (key & UI_KEY_ALT_BIT) {
		char inner[32];
		plain_name(key & ~UI_KEY_ALT_BIT, inner, sizeof(inner));
		/* "<C-d>" becomes "<M-C-d>", "x" becomes "<M-x>". */
		if (inner[0] == '<')
			snprintf(buf, size, "<M-%s", inner + 1);
		else
			snprintf(buf, size, "<M-%s>", inner);
		return;
	}
	plain_name(key, buf, size);
}

static bool name_matches(int key, const char *name)
{
	char buf[32];
	ui_key_name(key, buf, sizeof(buf));
	return !strcmp(buf, name);
}

bool ui_key_from_name(const char *name, int *key)
{
	wchar_t wc;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t len = strlen(name);
	if (len && mbrtowc(&wc, name, len, &st) == len && wc > ' ' && wc != '<') {
		*key = (int)wc;
		return true;
	}
	for (int alt = 0; alt <= 1; alt++) {
		for (int k = 1; k < 128; k++)
			if (name_matches(alt ? UI_KEY_ALT(k) : k, name))
				return *key = alt ? UI_KEY_ALT(k) : k, true;
		for (int k = UI_KEY_NAMED; k < UI_KEY_LAST; k++)
			if (name_matches(alt ? UI_KEY_ALT(k) : k, name))
				return *key = alt ? UI_KEY_ALT(k) : k, true;
	}
	return false;
}
