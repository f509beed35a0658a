/* The settings table (settings.def) and the parsing and checking of values. */
#ifndef HALOTUI_CONFIG_SETTINGS_H
#define HALOTUI_CONFIG_SETTINGS_H

#include <stdbool.h>

enum setting {
#define X(id, name, type, scope, def, allowed, min, max, help) id,
#include "config/settings.def"
#undef X
	SETTING_COUNT
};

enum setting_type {
	SETTING_TYPE_BOOL,    /* yes/no, true/false, on/off, 1/0 */
	SETTING_TYPE_INT,     /* decimal within [min, max] */
	SETTING_TYPE_STRING,  /* any text */
	SETTING_TYPE_NAME,    /* letters, digits, '-', '_', '.'; no '/' */
	SETTING_TYPE_ENUM,    /* one of the allowed values */
	SETTING_TYPE_PATH,    /* a file name; ~ and relative names are expanded against the file */
	SETTING_TYPE_COMMAND, /* a command line, split into argv by the lexer when run */
	SETTING_TYPE_COLUMNS, /* NAME[:WIDTH|:*],... */
	SETTING_TYPE_URL,     /* http(s) URL; plain http only to loopback */
	SETTING_TYPE_SECRET,  /* text never shown back */
};

/* Connection settings belong to a profile; the others to the whole console. */
enum setting_scope { SCOPE_GLOBAL, SCOPE_PROFILE };

struct setting_info {
	const char *name;
	enum setting_type type;
	enum setting_scope scope;
	const char *default_text;
	const char *allowed; /* "a|b|c" for enums, else NULL */
	long min, max;	     /* for integers */
	const char *help;
};

/* A value: TEXT is the canonical text (caller-owned via setting_value_fini); NUMBER is the
 * integer, the bool (0/1) or the enum's index. IS_SET is false for an unset string. */
struct setting_value {
	char *text;
	long number;
	bool is_set;
};

/* The table row of SETTING; never NULL for a valid SETTING. */
const struct setting_info *setting_info(enum setting setting);

/* The setting called NAME ('-' and '_' are interchangeable, case is not); false if none. */
bool setting_from_name(const char *name, enum setting *out);

/* Checks TEXT against SETTING's type and fills OUT (which the caller finalises). On error
 * returns false, leaves OUT untouched and sets *ERROR (caller frees). The error never repeats
 * the text of a secret. */
bool setting_parse(enum setting setting, const char *text, struct setting_value *out, char **error);

/* Frees the value's text and unsets it; NULL-safe. Secrets are wiped first. */
void setting_value_fini(struct setting_value *value);

/* Copies SRC into DST (DST finalised first). */
void setting_value_copy(struct setting_value *dst, const struct setting_value *src);

#endif
