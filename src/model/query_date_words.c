/* Date words of the filter form: today, yesterday, -7d, -2w, or an ISO-8601 date. */
#include "config.h"

#include "model/query_date_words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "model/ticket_query_value.h"

/* Days back at most: a hundred years of -Nd or -Nw is a typing mistake. */
#define MAX_DAYS_BACK 36500L

/* The days back TEXT (LEN bytes) names, or -1. */
static long days_back(const char *text, size_t len)
{
	if (len == 5 && !strncasecmp(text, "today", 5))
		return 0;
	if (len == 9 && !strncasecmp(text, "yesterday", 9))
		return 1;
	if (len < 3 || text[0] != '-')
		return -1;
	char unit = (char)tolower((unsigned char)text[len - 1]);
	if (unit != 'd' && unit != 'w')
		return -1;
	long n = 0;
	for (size_t i = 1; i + 1 < len; i++) {
		if (!isdigit((unsigned char)text[i]) || n > MAX_DAYS_BACK)
			return -1;
		n = n * 10 + (text[i] - '0');
	}
	n *= unit == 'w' ? 7 : 1;
	return n <= MAX_DAYS_BACK ? n : -1;
}

bool query_date_words(const char *text, time_t now, struct strbuf *out)
{
	while (*text == ' ' || *text == '\t')
		text++;
	size_t len = strlen(text);
	while (len && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	long back = days_back(text, len);
	if (back < 0)
		return query_date_normalise(text, out);
	/* Noon of today, stepped back in days: mktime carries the month and year, and a
	 * daylight-saving hour never moves noon to another day. */
	struct tm tm;
	localtime_r(&now, &tm);
	tm.tm_hour = 12;
	tm.tm_min = tm.tm_sec = 0;
	tm.tm_mday -= (int)back;
	tm.tm_isdst = -1;
	if (mktime(&tm) == (time_t)-1)
		return false;
	strbuf_appendf(out, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return true;
}
