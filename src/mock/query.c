/* Decoding of query strings and form bodies, and the small value parsers of the routes. */
#include "config.h"

#include "mock/query.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "util/alloc.h"
#include "util/strbuf.h"

void mock_query_init(struct mock_query *q)
{
	memset(q, 0, sizeof(*q));
}

void mock_query_fini(struct mock_query *q)
{
	for (size_t i = 0; i < q->n; i++) {
		free(q->items[i].key);
		free(q->items[i].value);
	}
	free(q->items);
	memset(q, 0, sizeof(*q));
}

void mock_query_add(struct mock_query *q, const char *key, const char *value)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 16;
		q->items = xreallocarray(q->items, q->cap, sizeof(*q->items));
	}
	q->items[q->n].key = xstrdup(key);
	q->items[q->n].value = xstrdup(value ? value : "");
	q->n++;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void decode_into(struct strbuf *sb, const char *s, size_t len)
{
	strbuf_reset(sb);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '+') {
			strbuf_append_char(sb, ' ');
		} else if (s[i] == '%' && i + 2 < len && hexval(s[i + 1]) >= 0 &&
			   hexval(s[i + 2]) >= 0) {
			strbuf_append_char(sb, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
			i += 2;
		} else {
			strbuf_append_char(sb, s[i]);
		}
	}
}

void mock_query_parse(struct mock_query *q, const char *s, size_t len)
{
	struct strbuf key, value;
	strbuf_init(&key);
	strbuf_init(&value);
	size_t start = 0;
	while (start < len) {
		size_t end = start;
		while (end < len && s[end] != '&')
			end++;
		size_t eq = start;
		while (eq < end && s[eq] != '=')
			eq++;
		if (end > start) {
			decode_into(&key, s + start, eq - start);
			decode_into(&value, eq < end ? s + eq + 1 : s + end,
				    eq < end ? end - eq - 1 : 0);
			/* a NUL decoded from %00 ends the C string: keep what precedes it */
			mock_query_add(q, key.data, value.data);
		}
		start = end + 1;
	}
	strbuf_fini(&key);
	strbuf_fini(&value);
}

const char *mock_query_get(const struct mock_query *q, const char *key)
{
	for (size_t i = 0; i < q->n; i++)
		if (!strcasecmp(q->items[i].key, key))
			return q->items[i].value;
	return NULL;
}

bool mock_query_bool(const struct mock_query *q, const char *key, bool dflt)
{
	const char *v = mock_query_get(q, key);
	if (!v || !*v)
		return dflt;
	return !strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "yes");
}

long mock_query_long(const struct mock_query *q, const char *key, long dflt)
{
	const char *v = mock_query_get(q, key);
	if (!v || !*v)
		return dflt;
	char *end;
	errno = 0;
	double d = strtod(v, &end);
	if (end == v || *end != '\0' || errno || d > 2147483647.0 || d < -2147483648.0)
		return dflt;
	return (long)d;
}

size_t mock_parse_int_list(const char *s, int **out)
{
	size_t n = 0, cap = 0;
	int *list = NULL;
	const char *p = s ? s : "";
	while (*p) {
		char *end;
		errno = 0;
		long v = strtol(p, &end, 10);
		if (end != p && !errno && v >= -2147483647L - 1 && v <= 2147483647L) {
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				list = xreallocarray(list, cap, sizeof(*list));
			}
			list[n++] = (int)v;
			p = end;
		}
		while (*p && *p != ',')
			p++;
		if (*p == ',')
			p++;
	}
	*out = list;
	return n;
}

static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

bool mock_parse_date(const char *s, int64_t *out)
{
	int y, mo, d, h = 0, mi = 0, se = 0;
	if (!s || strlen(s) < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) ||
	    s[7] != '-' || !digits(s + 8, 2, &d) || mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	const char *p = s + 10;
	if (*p == 'T' || *p == ' ') {
		if (strlen(p) < 6 || !digits(p + 1, 2, &h) || p[3] != ':' || !digits(p + 4, 2, &mi))
			return false;
		p += 6;
		if (*p == ':') {
			if (!digits(p + 1, 2, &se))
				return false;
			p += 3;
		}
		if (*p == '.')
			for (p++; isdigit((unsigned char)*p); p++)
				;
	}
	int offset_s = 0;
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		int oh, om;
		if (strlen(p) < 6 || !digits(p + 1, 2, &oh) || p[3] != ':' ||
		    !digits(p + 4, 2, &om))
			return false;
		offset_s = (oh * 3600 + om * 60) * (*p == '+' ? 1 : -1);
		p += 6;
	}
	if (*p != '\0' || h > 23 || mi > 59 || se > 60)
		return false;
	*out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset_s;
	return true;
}
