/* Keys to and from the config layer's key specs, so `bind`, scripts and help agree. */
#include "config.h"

#include "ui/key.h"

#include <stdio.h>
#include <string.h>

#include "config/keyspec.h"

/* Special keys of key specs and ours, side by side. */
static const struct {
	enum keyspec_special special;
	int key;
} special_map[] = {
	{ KEYSPEC_ENTER, UI_KEY_ENTER },
	{ KEYSPEC_ESC, UI_KEY_ESC },
	{ KEYSPEC_TAB, UI_KEY_TAB },
	{ KEYSPEC_BACKTAB, UI_KEY_BTAB },
	{ KEYSPEC_BACKSPACE, UI_KEY_BACKSPACE },
	{ KEYSPEC_DELETE, UI_KEY_DELETE },
	{ KEYSPEC_INSERT, UI_KEY_INSERT },
	{ KEYSPEC_UP, UI_KEY_UP },
	{ KEYSPEC_DOWN, UI_KEY_DOWN },
	{ KEYSPEC_LEFT, UI_KEY_LEFT },
	{ KEYSPEC_RIGHT, UI_KEY_RIGHT },
	{ KEYSPEC_HOME, UI_KEY_HOME },
	{ KEYSPEC_END, UI_KEY_END },
	{ KEYSPEC_PGUP, UI_KEY_PGUP },
	{ KEYSPEC_PGDN, UI_KEY_PGDN },
};

int ui_key_from_spec(const struct keyspec *spec)
{
	int key = 0;
	if (spec->special >= KEYSPEC_F1 && spec->special <= KEYSPEC_F12)
		key = UI_KEY_F1 + (int)(spec->special - KEYSPEC_F1);
	for (size_t i = 0; !key && i < sizeof(special_map) / sizeof(special_map[0]); i++)
		if (special_map[i].special == spec->special)
			key = special_map[i].key;
	if (spec->special == KEYSPEC_NONE)
		key = (int)spec->codepoint;
	if (key && spec->is_meta)
		key = UI_KEY_ALT(key);
	return key;
}

static void to_spec(int key, struct keyspec *spec)
{
	memset(spec, 0, sizeof(*spec));
	spec->is_meta = (key & UI_KEY_ALT_BIT) != 0;
	key &= ~UI_KEY_ALT_BIT;
	if (key >= UI_KEY_F1 && key <= UI_KEY_F12) {
		spec->special = (enum keyspec_special)(KEYSPEC_F1 + (key - UI_KEY_F1));
		return;
	}
	for (size_t i = 0; i < sizeof(special_map) / sizeof(special_map[0]); i++) {
		if (special_map[i].key == key) {
			spec->special = special_map[i].special;
			return;
		}
	}
	spec->codepoint = (uint32_t)key;
}

void ui_key_name(int key, char *buf, size_t size)
{
	struct keyspec spec;
	char name[64];
	to_spec(key, &spec);
	keyspec_format(&spec, name, sizeof(name));
	snprintf(buf, size, "%s", name);
}

bool ui_key_from_name(const char *name, int *key)
{
	struct keyspec spec;
	const char *error;
	if (!keyspec_parse(name, &spec, &error))
		return false;
	*key = ui_key_from_spec(&spec);
	return *key != 0;
}
