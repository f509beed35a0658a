/* The settings table and the checking of values by type. */
#include "config.h"

#include "config/settings.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/message.h"
#include "config/url.h"
#include "util/alloc.h"
#include "util/wipe.h"

static const struct setting_info table[SETTING_COUNT] = {
#define X(id, name, type, scope, def, allowed, min, max, help)                                     \
	[id] = { name, type, scope, def, allowed, min, max, help },
#include "config/settings.def"
#undef X
};

static bool fail(char **error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(char **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*error = message_vformat(fmt, ap);
	va_end(ap);
	return false;
}

const struct setting_info *setting_info(enum setting setting)
{
	return (unsigned)setting < SETTING_COUNT ? &table[setting] : NULL;
}

static bool same_name(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char ca = *a == '_' ? '-' : (char)tolower((unsigned char)*a);
		char cb = *b == '_' ? '-' : (char)tolower((unsigned char)*b);
		if (ca != cb)
			return false;
	}
	return *a == *b;
}

bool setting_from_name(const char *name, enum setting *out)
{
	for (int i = 0; i < SETTING_COUNT; i++) {
		if (same_name(name, table[i].name)) {
			*out = (enum setting)i;
			return true;
		}
	}
	return false;
}

static bool parse_bool(const char *text, long *out)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };
	for (int i = 0; i < 4; i++) {
		if (strcasecmp(text, yes[i]) == 0) {
			*out = 1;
			return true;
		}
		if (strcasecmp(text, no[i]) == 0) {
			*out = 0;
			return true;
		}
	}
	return false;
}

/* The index of TEXT among "a|b|c"; -1 when absent. */
static long enum_index(const char *allowed, const char *text)
{
	size_t len = strlen(text);
	long index = 0;
	for (const char *p = allowed; *p; index++) {
		size_t n = strcspn(p, "|");
		if (n == len && strncasecmp(p, text, n) == 0)
			return index;
		p += n;
		if (*p == '|')
			p++;
	}
	return -1;
}

static bool check_columns(const char *text, char **error)
{
	const char *p = text;
	while (*p) {
		size_t name_len = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_");
		if (name_len == 0)
			return fail(error, "columns: expected a column name at '%s'", p);
		p += name_len;
		if (*p == ':') {
			p++;
			size_t digits = strspn(p, "0123456789");
			if (*p == '*')
				p++;
			else if (digits == 0 || digits > 3 || (digits == 1 && *p == '0'))
				return fail(error, "columns: width must be 1-999 or * at '%s'", p);
			else
				p += digits;
		}
		if (*p == ',' && p[1])
			p++;
		else if (*p)
			return fail(error, "columns: expected ',' at '%s'", p);
	}
	return true;
}

static bool check_int(const struct setting_info *info, const char *text, long *out, char **error)
{
	char *end;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (!text[0] || *end || errno || v < info->min || v > info->max)
		return fail(error, "%s must be a whole number from %ld to %ld", info->name,
			    info->min, info->max);
	*out = v;
	return true;
}

static bool check_name(const struct setting_info *info, const char *text, char **error)
{
	for (const char *p = text; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("-_.", *p))
			return fail(error, "%s may hold only letters, digits, '-', '_' and '.'",
				    info->name);
	return true;
}

static bool check_value(const struct setting_info *info, const char *text, long *number,
			char **error)
{
	switch (info->type) {
	case SETTING_TYPE_BOOL:
		return parse_bool(text, number) ||
		       fail(error, "%s must be yes or no, not '%s'", info->name, text);
	case SETTING_TYPE_INT:
		return check_int(info, text, number, error);
	case SETTING_TYPE_ENUM:
		*number = enum_index(info->allowed, text);
		return *number >= 0 || fail(error, "%s must be one of %s, not '%s'", info->name,
					    info->allowed, text);
	case SETTING_TYPE_NAME:
		return check_name(info, text, error);
	case SETTING_TYPE_COLUMNS:
		return check_columns(text, error);
	case SETTING_TYPE_URL:
		return !text[0] || url_check(text, error);
	case SETTING_TYPE_STRING:
	case SETTING_TYPE_PATH:
	case SETTING_TYPE_COMMAND:
	case SETTING_TYPE_SECRET:
		return true;
	}
	return fail(error, "%s: unknown type", info->name);
}

/* The canonical text: enums as listed, booleans as yes/no, URLs without a trailing '/'. */
static char *canonical_text(const struct setting_info *info, const char *text, long number)
{
	if (info->type == SETTING_TYPE_BOOL)
		return xstrdup(number ? "yes" : "no");
	if (info->type == SETTING_TYPE_ENUM) {
		const char *p = info->allowed;
		for (long i = 0; i < number; i++)
			p += strcspn(p, "|") + 1;
		return xstrndup(p, strcspn(p, "|"));
	}
	size_t len = strlen(text);
	if (info->type == SETTING_TYPE_URL)
		while (len > 0 && text[len - 1] == '/')
			len--;
	return xstrndup(text, len);
}

bool setting_parse(enum setting setting, const char *text, struct setting_value *out, char **error)
{
	const struct setting_info *info = setting_info(setting);
	long number = 0;
	*error = NULL;
	if (!info)
		return fail(error, "unknown setting");
	if (!check_value(info, text, &number, error))
		return false;
	setting_value_fini(out);
	out->text = canonical_text(info, text, number);
	out->number = number;
	out->is_set = info->type == SETTING_TYPE_BOOL || info->type == SETTING_TYPE_INT ||
		      info->type == SETTING_TYPE_ENUM || text[0] != '\0';
	return true;
}

void setting_value_fini(struct setting_value *value)
{
	if (!value)
		return;
	if (value->text) {
		wipe_string(value->text);
		free(value->text);
	}
	*value = (struct setting_value){ 0 };
}

void setting_value_copy(struct setting_value *dst, const struct setting_value *src)
{
	setting_value_fini(dst);
	dst->text = xstrdup(src->text);
	dst->number = src->number;
	dst->is_set = src->is_set;
}
