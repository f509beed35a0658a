/* ISO-8601 dates in query values: parsed strictly, moved to UTC, written in one form. */
#include "config.h"

#include <string.h>

#include "model/ticket_query_value.h"

struct datetime {
	int year, month, day;
	int hour, minute, second, millis;
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Exactly N digits at *S as a number; advances *S past them. */
static bool take_digits(const char **s, const char *e, int n, int *out)
{
	if (e - *s < n)
		return false;
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!is_digit((*s)[i]))
			return false;
		v = v * 10 + ((*s)[i] - '0');
	}
	*s += n;
	*out = v;
	return true;
}

/* Advances *S past C when it is next. */
static bool take_char(const char **s, const char *e, char c)
{
	if (*s == e || **s != c)
		return false;
	(*s)++;
	return true;
}

static bool is_leap_year(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/* YYYY-MM-DD, a day that exists. */
static bool parse_date(const char **s, const char *e, struct datetime *dt)
{
	if (!take_digits(s, e, 4, &dt->year) || !take_char(s, e, '-') ||
	    !take_digits(s, e, 2, &dt->month) || !take_char(s, e, '-') ||
	    !take_digits(s, e, 2, &dt->day))
		return false;
	return dt->year >= 1 && dt->month >= 1 && dt->month <= 12 && dt->day >= 1 &&
	       dt->day <= days_in_month(dt->year, dt->month);
}

/* A fraction of a second after the '.': 1-9 digits, kept to milliseconds. */
static bool parse_fraction(const char **s, const char *e, int *millis)
{
	int digits = 0;
	*millis = 0;
	for (; *s < e && is_digit(**s); (*s)++, digits++) {
		if (digits < 3)
			*millis = *millis * 10 + (**s - '0');
	}
	for (int i = digits; i < 3; i++)
		*millis *= 10;
	return digits >= 1 && digits <= 9;
}

/* HH:MM[:SS[.fraction]], 00:00 to 23:59:59 (no leap second, no 24:00). */
static bool parse_time(const char **s, const char *e, struct datetime *dt)
{
	dt->second = dt->millis = 0;
	if (!take_digits(s, e, 2, &dt->hour) || !take_char(s, e, ':') ||
	    !take_digits(s, e, 2, &dt->minute))
		return false;
	if (take_char(s, e, ':')) {
		if (!take_digits(s, e, 2, &dt->second))
			return false;
		if (take_char(s, e, '.') && !parse_fraction(s, e, &dt->millis))
			return false;
	}
	return dt->hour <= 23 && dt->minute <= 59 && dt->second <= 59;
}

/* The rest of the value as a zone, in minutes east of UTC: nothing (UTC), Z, or +HH[[:]MM]
 * and -HH[[:]MM]. */
static bool parse_zone(const char **s, const char *e, int *east_minutes)
{
	*east_minutes = 0;
	if (*s == e)
		return true;
	if (take_char(s, e, 'Z') || take_char(s, e, 'z'))
		return *s == e;
	int sign = take_char(s, e, '+') ? 1 : take_char(s, e, '-') ? -1 : 0;
	int hours, minutes = 0;
	if (!sign || !take_digits(s, e, 2, &hours))
		return false;
	if (*s < e) {
		take_char(s, e, ':');
		if (!take_digits(s, e, 2, &minutes))
			return false;
	}
	if (*s != e || hours > 23 || minutes > 59)
		return false;
	*east_minutes = sign * (hours * 60 + minutes);
	return true;
}

/* Moves DT's day one forward (DIRECTION > 0) or back; the year may leave 1-9999. */
static void step_day(struct datetime *dt, int direction)
{
	if (direction > 0) {
		if (++dt->day <= days_in_month(dt->year, dt->month))
			return;
		dt->day = 1;
		if (++dt->month > 12) {
			dt->month = 1;
			dt->year++;
		}
		return;
	}
	if (--dt->day >= 1)
		return;
	if (--dt->month < 1) {
		dt->month = 12;
		dt->year--;
	}
	dt->day = days_in_month(dt->year, dt->month);
}

/* Shifts DT (a wall time EAST_MINUTES east of UTC) to UTC. An offset is under a day, so
 * the date moves by one day at most. */
static void shift_to_utc(struct datetime *dt, int east_minutes)
{
	int minutes = dt->hour * 60 + dt->minute - east_minutes;
	if (minutes < 0) {
		minutes += 24 * 60;
		step_day(dt, -1);
	} else if (minutes >= 24 * 60) {
		minutes -= 24 * 60;
		step_day(dt, 1);
	}
	dt->hour = minutes / 60;
	dt->minute = minutes % 60;
}

bool query_date_normalise(const char *value, struct strbuf *out)
{
	const char *s = value, *e = value + strlen(value);
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	struct datetime dt;
	if (!parse_date(&s, e, &dt))
		return false;
	if (s == e) {
		strbuf_appendf(out, "%04d-%02d-%02d", dt.year, dt.month, dt.day);
		return true;
	}
	int east_minutes;
	if (!take_char(&s, e, 'T') && !take_char(&s, e, 't') && !take_char(&s, e, ' '))
		return false;
	if (!parse_time(&s, e, &dt) || !parse_zone(&s, e, &east_minutes))
		return false;
	shift_to_utc(&dt, east_minutes);
	if (dt.year < 1 || dt.year > 9999)
		return false;
	strbuf_appendf(out, "%04d-%02d-%02dT%02d:%02d:%02d", dt.year, dt.month, dt.day, dt.hour,
		       dt.minute, dt.second);
	if (dt.millis)
		strbuf_appendf(out, ".%03d", dt.millis);
	strbuf_append_char(out, 'Z');
	return true;
}
