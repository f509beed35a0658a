/* Loose scalars as Halo writes them, read the same way by every JSON reader. */
#include "config.h"

#include "model/scalar.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool scalar_whole(double d, long long lo, long long hi, long long *out)
{
	if (!isfinite(d) || d != floor(d) || d < (double)lo || d > (double)hi)
		return false;
	*out = (long long)d;
	return true;
}

bool scalar_int_from_text(const char *s, long long lo, long long hi, long long *out)
{
	while (*s == ' ')
		s++;
	if (!*s)
		return false;
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	if (errno || end == s)
		return false;
	while (*end == ' ')
		end++;
	if (*end)
		return false;
	for (const char *p = s; p < end; p++)
		if (*p == 'e' || *p == 'E' || *p == 'x' || *p == 'X' || *p == 'n' || *p == 'N' ||
		    *p == 'i' || *p == 'I')
			return false;
	return scalar_whole(d, lo, hi, out);
}

bool scalar_bool_from_text(const char *s, bool *out)
{
	if (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "1")) {
		*out = true;
		return true;
	}
	*out = false;
	return !strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "0") || !*s;
}

const char *scalar_describe_string(const char *text, size_t len, char *buf, size_t size)
{
	if (len > 40)
		snprintf(buf, size, "\"%.40s...\"", text);
	else
		snprintf(buf, size, "\"%.*s\"", (int)len, text);
	/* Keep notes on one line and free of control bytes. */
	for (char *p = buf; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return buf;
}
