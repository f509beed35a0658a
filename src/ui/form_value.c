/* Form values: typed text to values and back (numbers, dates, durations), and the preview. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/width.h"
#include "ui/form.h"
#include "util/alloc.h"

/* Durations above this are typing mistakes (a week of work on one note). */
#define MAX_DURATION_MIN (7L * 24 * 60)

static const char *skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* Reads digits at *S into *N; false when there are none or too many. */
static bool read_digits(const char **s, long *n)
{
	if (!isdigit((unsigned char)**s))
		return false;
	long v = 0;
	while (isdigit((unsigned char)**s)) {
		if (v > 100000000L)
			return false;
		v = v * 10 + (**s - '0');
		(*s)++;
	}
	*n = v;
	return true;
}

static bool duration_refused(const char *text, char *why, size_t why_size)
{
	snprintf(why, why_size, "\"%s\" is not a duration: write 15m, 1h30 or 2h", text);
	return false;
}

bool form_parse_duration(const char *text, long *minutes, char *why, size_t why_size)
{
	const char *s = skip_blanks(text);
	long hours = 0, mins = 0, n;
	bool has_part = false;
	if (!read_digits(&s, &n))
		return duration_refused(text, why, why_size);
	s = skip_blanks(s);
	if (*s == 'h' || *s == 'H') {
		hours = n;
		has_part = true;
		s = skip_blanks(s + 1);
		if (read_digits(&s, &mins)) {
			s = skip_blanks(s);
			if (*s == 'm' || *s == 'M')
				s++;
			if (mins >= 60)
				return duration_refused(text, why, why_size);
		}
	} else {
		mins = n;
		has_part = true;
		if (*s == 'm' || *s == 'M')
			s++;
	}
	if (!has_part || *skip_blanks(s))
		return duration_refused(text, why, why_size);
	long total = hours * 60 + mins;
	if (total > MAX_DURATION_MIN) {
		snprintf(why, why_size, "%s is more than a week", text);
		return false;
	}
	*minutes = total;
	return true;
}

void form_format_duration(long minutes, char *buf, size_t size)
{
	long h = minutes / 60, m = minutes % 60;
	if (h && m)
		snprintf(buf, size, "%ldh%02ld", h, m);
	else if (h)
		snprintf(buf, size, "%ldh", h);
	else
		snprintf(buf, size, "%ldm", m);
}

bool form_parse_date(const char *text, time_t *t, char *why, size_t why_size)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	int y, mo, d, h = 0, mi = 0, used = 0;
	const char *s = skip_blanks(text);
	bool ok = sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) == 3;
	if (ok) {
		const char *rest = skip_blanks(s + used);
		int used2 = 0;
		if (*rest &&
		    (sscanf(rest, "%2d:%2d%n", &h, &mi, &used2) != 2 || *skip_blanks(rest + used2)))
			ok = false;
	}
	if (ok) {
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = h;
		tm.tm_min = mi;
		tm.tm_isdst = -1;
		time_t when = mktime(&tm);
		/* mktime carries 31 February into March: the date read back must be the one typed. */
		ok = when != (time_t)-1 && tm.tm_year == y - 1900 && tm.tm_mon == mo - 1 &&
		     tm.tm_mday == d && tm.tm_hour == h && tm.tm_min == mi && y >= 1970;
		if (ok)
			*t = when;
	}
	if (!ok)
		snprintf(why, why_size,
			 "\"%s\" is not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM", text);
	return ok;
}

bool form_parse_number(const char *text, long min, long max, long *out, char *why, size_t why_size)
{
	const char *s = skip_blanks(text);
	char *end = NULL;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (end == s || *skip_blanks(end) || errno == ERANGE) {
		snprintf(why, why_size, "\"%s\" is not a whole number", text);
		return false;
	}
	if ((min || max) && (v < min || v > max)) {
		snprintf(why, why_size, "%ld is not between %ld and %ld", v, min, max);
		return false;
	}
	*out = v;
	return true;
}

static void show_time(time_t t, struct strbuf *out)
{
	struct tm tm;
	char buf[32];
	localtime_r(&t, &tm);
	strftime(buf, sizeof(buf), tm.tm_hour || tm.tm_min ? "%Y-%m-%d %H:%M" : "%Y-%m-%d", &tm);
	strbuf_append_str(out, buf);
}

static void show_choice(const struct form *f, const struct form_field *field, long id,
			const char *text, struct strbuf *out)
{
	const char *name =
		text && *text ? text : picker_source_name(f->lookups, field->def->source, id);
	if (name)
		strbuf_append_str(out, name);
	else
		strbuf_appendf(out, "#%ld", id);
}

void form_value_show(const struct form *f, const struct form_field *field,
		     const struct form_value *v, struct strbuf *out)
{
	const struct form_field_def *def = field->def;
	if (def->kind == FORM_BOOL && !(def->is_tristate && !v->is_set)) {
		bool yes = v->is_set && v->number;
		/* A three-state one is a parameter's value: shown as it is sent. */
		if (def->is_tristate)
			strbuf_append_str(out, yes ? "true" : "false");
		else
			strbuf_append_str(out, yes ? "yes" : "no");
		return;
	}
	if (!v->is_set) {
		if (def->kind == FORM_CHOICE && def->none_label)
			strbuf_append_str(out, def->none_label);
		return;
	}
	char buf[32];
	switch (def->kind) {
	case FORM_TEXT:
	case FORM_TEXTAREA:
		strbuf_append_str(out, v->text ? v->text : "");
		break;
	case FORM_CHOICE:
		show_choice(f, field, v->number, v->text, out);
		break;
	case FORM_MULTI:
		for (size_t i = 0; i < v->n_ids; i++) {
			if (i)
				strbuf_append_str(out, ", ");
			show_choice(f, field, v->ids[i], NULL, out);
		}
		break;
	case FORM_NUMBER:
		strbuf_appendf(out, "%ld", v->number);
		break;
	case FORM_DURATION:
		form_format_duration(v->number, buf, sizeof(buf));
		strbuf_append_str(out, buf);
		break;
	case FORM_DATE:
		show_time(v->time, out);
		break;
	default:
		break;
	}
}

/* Text and text areas show their first line, cut, in the one-line preview. */
static void show_short(const struct form *f, const struct form_field *field,
		       const struct form_value *v, struct strbuf *out)
{
	struct strbuf sb;
	strbuf_init(&sb);
	form_value_show(f, field, v, &sb);
	if (field->def->kind == FORM_TEXTAREA || field->def->kind == FORM_TEXT) {
		char *nl = strchr(sb.data ? sb.data : "", '\n');
		bool is_cut = nl != NULL;
		if (nl)
			*nl = '\0';
		char *cut = text_cut(sb.data ? sb.data : "", 30, TEXT_ELLIPSIS);
		strbuf_appendf(out, "\"%s%s\"", cut,
			       is_cut && text_width(cut) == text_width(sb.data) ? TEXT_ELLIPSIS
										: "");
		free(cut);
	} else if (!sb.len) {
		strbuf_append_str(out, "none");
	} else {
		strbuf_append(out, sb.data, sb.len);
	}
	strbuf_fini(&sb);
}

void form_preview(const struct form *f, bool is_ascii, struct strbuf *out)
{
	size_t before = out->len;
	for (size_t i = 0; i < f->n_fields; i++) {
		const struct form_field *field = &f->fields[i];
		const char *name = field->def->name;
		bool is_changed = form_is_changed(f, name);
		if (f->is_preview_all ? !field->value.is_set && field->def->kind != FORM_BOOL
				      : !is_changed)
			continue;
		if (out->len > before)
			strbuf_append_str(out, " · ");
		strbuf_appendf(out, "%s: ", name);
		if (!f->is_preview_all && field->def->kind != FORM_TEXTAREA) {
			show_short(f, field, &field->initial, out);
			strbuf_append_str(out, is_ascii ? " -> " : " \xE2\x86\x92 ");
		}
		show_short(f, field, &field->value, out);
	}
	if (out->len == before)
		strbuf_append_str(out, "nothing changed");
}

bool form_is_changed(const struct form *f, const char *name)
{
	const struct form_field *field = form_field(f, name);
	if (!field)
		return false;
	const struct form_value *a = &field->value, *b = &field->initial;
	if (field->def->kind == FORM_TEXTAREA)
		return strcmp(textarea_text(&field->area), b->text ? b->text : "") != 0;
	if (field->def->kind == FORM_BOOL && field->def->is_tristate)
		return a->is_set != b->is_set || (a->is_set && a->number != b->number);
	if (field->def->kind == FORM_BOOL)
		return (a->is_set && a->number) != (b->is_set && b->number);
	if (a->is_set != b->is_set)
		return true;
	if (!a->is_set)
		return false;
	switch (field->def->kind) {
	case FORM_TEXT:
		return strcmp(a->text ? a->text : "", b->text ? b->text : "") != 0;
	case FORM_DATE:
		return a->time != b->time;
	case FORM_MULTI:
		return a->n_ids != b->n_ids ||
		       (a->n_ids && memcmp(a->ids, b->ids, a->n_ids * sizeof(*a->ids)));
	case FORM_CHOICE:
		/* A choice known only by its name (a ticket's team) matches the same name. */
		if (a->number == PICKER_NONE_ID || b->number == PICKER_NONE_ID)
			return strcmp(a->text ? a->text : "", b->text ? b->text : "") != 0;
		return a->number != b->number;
	default:
		return a->number != b->number;
	}
}

bool form_is_dirty(const struct form *f)
{
	for (size_t i = 0; i < f->n_fields; i++)
		if (form_is_changed(f, f->fields[i].def->name))
			return true;
	return false;
}
