/* Key specifications of `bind` lines parsed into data the UI maps to its own key codes. */
#include "config.h"

#include "config/keyspec.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *names[3];
} specials[KEYSPEC_SPECIAL_COUNT] = {
#define X(id, name, alt1, alt2) [id] = { { name, alt1, alt2 } },
	KEYSPEC_SPECIALS(X)
#undef X
};

static bool special_from_name(const char *name, enum keyspec_special *out)
{
	for (int i = 1; i < KEYSPEC_SPECIAL_COUNT; i++) {
		for (int j = 0; j < 3; j++) {
			if (specials[i].names[j] && strcasecmp(name, specials[i].names[j]) == 0) {
				*out = (enum keyspec_special)i;
				return true;
			}
		}
	}
	return false;
}

/* Decodes exactly one UTF-8 character filling S; false for anything else. */
static bool decode_one(const char *s, uint32_t *out)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	int extra;
	if (p[0] < 0x80) {
		cp = p[0];
		extra = 0;
	} else if ((p[0] & 0xe0) == 0xc0) {
		cp = p[0] & 0x1f;
		extra = 1;
	} else if ((p[0] & 0xf0) == 0xe0) {
		cp = p[0] & 0x0f;
		extra = 2;
	} else if ((p[0] & 0xf8) == 0xf0) {
		cp = p[0] & 0x07;
		extra = 3;
	} else {
		return false;
	}
	for (int i = 1; i <= extra; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return false;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	static const uint32_t min_of[4] = { 0, 0x80, 0x800, 0x10000 };
	if (p[extra + 1] != '\0' || p[0] == '\0' || cp < min_of[extra] || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return false;
	*out = cp;
	return true;
}

/* Control codes that are special keys become those keys. */
static void normalise(struct keyspec *key)
{
	if (key->special != KEYSPEC_NONE)
		return;
	if (key->codepoint == 9)
		key->special = KEYSPEC_TAB;
	else if (key->codepoint == 10 || key->codepoint == 13)
		key->special = KEYSPEC_ENTER;
	else if (key->codepoint == 27)
		key->special = KEYSPEC_ESC;
	else
		return;
	key->codepoint = 0;
}

static bool control_of(uint32_t c, uint32_t *out)
{
	if (c == '?') {
		*out = 0x7f;
		return true;
	}
	if (c < 0x80 && (isalpha((int)c) || strchr("@[\\]^_", (int)c))) {
		*out = (uint32_t)toupper((int)c) ^ 0x40;
		return true;
	}
	return false;
}

struct modifiers {
	bool ctrl, meta, shift;
};

static const char *read_modifiers(const char *p, struct modifiers *mods)
{
	while (p[0] && p[1] == '-' && p[2] != '\0') {
		switch (toupper((unsigned char)p[0])) {
		case 'C':
			mods->ctrl = true;
			break;
		case 'M':
		case 'A':
			mods->meta = true;
			break;
		case 'S':
			mods->shift = true;
			break;
		default:
			return p;
		}
		p += 2;
	}
	return p;
}

static bool base_key(const char *name, struct keyspec *key)
{
	if (strcasecmp(name, "lt") == 0) {
		key->codepoint = '<';
		return true;
	}
	if (strcasecmp(name, "Space") == 0) {
		key->codepoint = ' ';
		return true;
	}
	if (special_from_name(name, &key->special))
		return true;
	return decode_one(name, &key->codepoint);
}

static bool apply_modifiers(const struct modifiers *mods, struct keyspec *key, const char **error)
{
	key->is_meta = mods->meta;
	if (mods->shift) {
		if (key->special == KEYSPEC_TAB)
			key->special = KEYSPEC_BACKTAB;
		else if (key->special == KEYSPEC_NONE && key->codepoint < 0x80 &&
			 isalpha((int)key->codepoint))
			key->codepoint = (uint32_t)toupper((int)key->codepoint);
		else {
			*error = "S- goes with Tab or a letter only";
			return false;
		}
	}
	if (mods->ctrl) {
		if (key->special != KEYSPEC_NONE || !control_of(key->codepoint, &key->codepoint)) {
			*error = "C- goes with a letter or one of @[\\]^_? only";
			return false;
		}
	}
	normalise(key);
	return true;
}

static bool parse_bracketed(const char *spec, size_t len, struct keyspec *out, const char **error)
{
	char inner[64];
	struct modifiers mods = { 0 };
	if (len - 2 >= sizeof(inner)) {
		*error = "unknown key name";
		return false;
	}
	memcpy(inner, spec + 1, len - 2);
	inner[len - 2] = '\0';
	const char *name = read_modifiers(inner, &mods);
	if (!base_key(name, out)) {
		*error = "unknown key name";
		return false;
	}
	return apply_modifiers(&mods, out, error);
}

bool keyspec_parse(const char *spec, struct keyspec *out, const char **error)
{
	size_t len = strlen(spec);
	*out = (struct keyspec){ 0 };
	*error = NULL;
	if (len == 0) {
		*error = "empty key";
		return false;
	}
	if (len > 2 && spec[0] == '<' && spec[len - 1] == '>')
		return parse_bracketed(spec, len, out, error);
	if (len == 2 && spec[0] == '^') {
		if (!control_of((unsigned char)spec[1], &out->codepoint)) {
			*error = "^ goes with a letter or one of @[\\]^_? only";
			return false;
		}
		normalise(out);
		return true;
	}
	if (!decode_one(spec, &out->codepoint)) {
		*error = "a key is one character or a <name> such as <C-d> or <PgDn>";
		return false;
	}
	normalise(out);
	return true;
}

static size_t encode_utf8(uint32_t cp, char *buf)
{
	if (cp < 0x80) {
		buf[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		buf[0] = (char)(0xc0 | (cp >> 6));
		buf[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		buf[0] = (char)(0xe0 | (cp >> 12));
		buf[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	buf[0] = (char)(0xf0 | (cp >> 18));
	buf[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	buf[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	buf[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

char *keyspec_format(const struct keyspec *key, char *buf, size_t size)
{
	char base[16];
	const char *meta = key->is_meta ? "M-" : "";
	if (key->special != KEYSPEC_NONE && key->special < KEYSPEC_SPECIAL_COUNT) {
		snprintf(buf, size, "<%s%s>", meta, specials[key->special].names[0]);
	} else if (key->codepoint < 0x20 || key->codepoint == 0x7f) {
		int c = key->codepoint == 0x7f ? '?' : tolower((int)(key->codepoint ^ 0x40));
		snprintf(buf, size, "<%sC-%c>", meta, c);
	} else if (key->codepoint == '<' || key->codepoint == ' ') {
		snprintf(buf, size, "<%s%s>", meta, key->codepoint == '<' ? "lt" : "Space");
	} else {
		base[encode_utf8(key->codepoint, base)] = '\0';
		if (key->is_meta)
			snprintf(buf, size, "<M-%s>", base);
		else
			snprintf(buf, size, "%s", base);
	}
	return buf;
}

bool keyspec_equal(const struct keyspec *a, const struct keyspec *b)
{
	return a->special == b->special && a->codepoint == b->codepoint && a->is_meta == b->is_meta;
}
