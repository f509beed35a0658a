/* Dates as people type them in a filter: ISO-8601, or a day counted back from today. */
#ifndef HALOTUI_MODEL_QUERY_DATE_WORDS_H
#define HALOTUI_MODEL_QUERY_DATE_WORDS_H

#include <stdbool.h>
#include <time.h>

#include "util/strbuf.h"

/* Appends to OUT the date TEXT names, as a /Tickets date parameter sends it: `today`,
 * `yesterday`, `-7d` (days back) and `-2w` (weeks back) become the local calendar day
 * YYYY-MM-DD counted from NOW; anything else goes through query_date_normalise (ISO-8601).
 * Case and blanks around are ignored. False, OUT untouched, when TEXT is neither. */
bool query_date_words(const char *text, time_t now, struct strbuf *out);

#endif
