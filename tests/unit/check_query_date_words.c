/* Tests of model/query_date_words: today, yesterday, -Nd, -Nw and ISO-8601 dates. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "model/query_date_words.h"

/* 2026-03-02 10:00 UTC, a Monday: the days back cross into February. */
#define NOW ((time_t)1772445600)

static char *words(const char *text, time_t now)
{
	struct strbuf sb;
	strbuf_init(&sb);
	if (!query_date_words(text, now, &sb)) {
		strbuf_fini(&sb);
		return NULL;
	}
	return strbuf_take(&sb);
}

static void expect(const char *text, const char *want)
{
	char *got = words(text, NOW);
	ck_assert_msg(got && !strcmp(got, want), "%s: got %s, want %s", text,
		      got ? got : "(refused)", want);
	free(got);
}

START_TEST(day_words_count_back_from_today)
{
	setenv("TZ", "UTC", 1);
	tzset();
	expect("today", "2026-03-02");
	expect(" Today ", "2026-03-02");
	expect("yesterday", "2026-03-01");
	expect("-1d", "2026-03-01");
	expect("-2d", "2026-02-28");
	expect("-7d", "2026-02-23");
	expect("-2w", "2026-02-16");
	expect("-0d", "2026-03-02");
	expect("-400d", "2025-01-26");
}
END_TEST

START_TEST(the_day_is_the_local_one)
{
	/* 10:00 UTC is already the next day at UTC+14. */
	setenv("TZ", "Pacific/Kiritimati", 1);
	tzset();
	char *got = words("today", NOW);
	setenv("TZ", "UTC", 1);
	tzset();
	ck_assert_ptr_nonnull(got);
	/* Without the zone's data the clock stays at UTC: either day is read, never another. */
	ck_assert(!strcmp(got, "2026-03-03") || !strcmp(got, "2026-03-02"));
	free(got);
}
END_TEST

START_TEST(iso_dates_are_normalised_and_the_rest_refused)
{
	setenv("TZ", "UTC", 1);
	tzset();
	expect("2026-01-02", "2026-01-02");
	expect("2026-01-02T10:30:00+02:00", "2026-01-02T08:30:00Z");
	const char *bad[] = { "tomorrow", "-7",		"-d", "7d",	      "-7m",
			      "-1x2d",	  "2026-02-30", "",   "-99999999999d" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *got = words(bad[i], NOW);
		ck_assert_msg(got == NULL, "%s was taken as %s", bad[i], got);
	}
}
END_TEST

HARNESS_MAIN("query_date_words", day_words_count_back_from_today, the_day_is_the_local_one,
	     iso_dates_are_normalised_and_the_rest_refused)
