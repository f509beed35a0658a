/* Dates as Halo writes them, to and from UTC time_t. */
#include "config.h"

#include "model/values.h"

#include <stdio.h>
#include <string.h>

/* Days since 1970-01-01 of a proleptic Gregorian date (no timegm: it is not C11). */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* Reads exactly N digits at *P into *OUT. */
static bool digits(const char **p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char c = (*p)[i];
		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*p += n;
	*out = v;
	return true;
}

static bool parse_zone(const char *p, int *offset_s)
{
	*offset_s = 0;
	if (*p == '\0')
		return true;
	if ((p[0] == 'Z' || p[0] == 'z') && p[1] == '\0')
		return true;
	if (*p != '+' && *p != '-')
		return false;
	int sign = *p == '-' ? -1 : 1, hh, mm = 0;
	p++;
	if (!digits(&p, 2, &hh))
		return false;
	if (*p == ':')
		p++;
	if (*p && !digits(&p, 2, &mm))
		return false;
	if (*p || hh > 23 || mm > 59)
		return false;
	*offset_s = sign * (hh * 3600 + mm * 60);
	return true;
}

static bool parse_clock(const char **pp, int *h, int *mi, int *s)
{
	const char *p = *pp;
	*s = 0;
	if (!digits(&p, 2, h) || *p++ != ':' || !digits(&p, 2, mi))
		return false;
	if (*p == ':') {
		p++;
		if (!digits(&p, 2, s))
			return false;
		if (*p == '.' || *p == ',') {
			p++;
			if (*p < '0' || *p > '9')
				return false;
			while (*p >= '0' && *p <= '9')
				p++;
		}
	}
	*pp = p;
	return *h <= 23 && *mi <= 59 && *s <= 60;
}

bool model_time_parse(const char *text, time_t *out)
{
	const char *p = text;
	int y, mo, d, h = 0, mi = 0, s = 0, zone = 0;
	if (!p || !digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) || *p++ != '-' ||
	    !digits(&p, 2, &d))
		return false;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		p++;
		if (!parse_clock(&p, &h, &mi, &s))
			return false;
	}
	if (!parse_zone(p, &zone))
		return false;
	if (y <= 1900) {
		*out = MODEL_NO_TIME;
		return true;
	}
	long long t = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400LL + h * 3600LL +
		      mi * 60LL + s - zone;
	*out = (time_t)t;
	if ((long long)*out != t)
		return false;
	return true;
}

char *model_time_format(time_t t, char *buf, size_t size)
{
	long long secs = (long long)t;
	long long days = secs / 86400, rem = secs % 86400;
	if (rem < 0) {
		rem += 86400;
		days--;
	}
	/* civil_from_days, the inverse of days_from_civil */
	long long z = days + 719468;
	long long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long y = (long long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	snprintf(buf, size, "%04lld-%02u-%02uT%02lld:%02lld:%02lldZ", y, m, d, rem / 3600,
		 rem / 60 % 60, rem % 60);
	return buf;
}
