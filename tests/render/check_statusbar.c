/* Tests of the status bar's passing notes: cut between words, gone at a key or on time. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "config/configuration.h"
#include "harness.h"
#include "render.h"
#include "ui/statusbar.h"

#define SORT_ERROR                                                                                 \
	"unknown sort key 'bogus' (keys: id, summary, status_id, priority_id, client_name, "       \
	"site_name, user_name, agent_id, team)"

/* The bar's text, COLS wide. */
static char *bar_text(struct render *r, const struct statusbar *sb)
{
	WINDOW *win = newwin(1, COLS, 0, 0);
	werase(stdscr);
	wnoutrefresh(stdscr);
	statusbar_draw(sb, &r->env, NULL, win);
	wnoutrefresh(win);
	doupdate();
	delwin(win);
	return ui_screen_text(&r->screen);
}

/* True when the bar shows NOTE (or the start of it). */
static bool shows(struct render *r, const struct statusbar *sb, const char *note)
{
	char *text = bar_text(r, sb);
	bool found = strstr(text, note) != NULL;
	free(text);
	return found;
}

START_TEST(a_long_error_is_cut_between_words_with_an_ellipsis)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	sb.is_demo = true;
	statusbar_set_pane_text(&sb, "1 of 2500");
	statusbar_set_error(&sb, SORT_ERROR);
	char *text = bar_text(&r, &sb);
	char *ell = strstr(text, "\xE2\x80\xA6");
	ck_assert_msg(ell, "%s", text);
	/* What comes before the mark is whole words of the error: the next character of the
	 * error is a blank or a separator, never the rest of a word. */
	char *start = strstr(text, "unknown");
	ck_assert_ptr_nonnull(start);
	size_t n = (size_t)(ell - start);
	ck_assert(!strncmp(SORT_ERROR, start, n));
	ck_assert_msg(strchr(" ,:(", SORT_ERROR[n]), "cut mid-word: %s", text);
	ck_assert_ptr_nonnull(strstr(text, "1 of 2500"));
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(with_ascii_lines_the_cut_ends_in_a_tilde)
{
	struct render r;
	render_init(&r, 1, 60);
	r.env.is_ascii_lines = true;
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_message(&sb, SORT_ERROR);
	char *text = bar_text(&r, &sb);
	ck_assert_msg(strstr(text, "(keys: id, summary~"), "%s", text);
	ck_assert_ptr_null(strstr(text, "\xE2\x80\xA6"));
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(a_note_goes_after_its_seconds)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 0);
	statusbar_set_message(&sb, "copied URL");
	statusbar_time_note(&sb, 1000, 5);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 6000);
	/* A later pass does not restart the time of the same note. */
	statusbar_time_note(&sb, 3000, 5);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 6000);
	statusbar_expire(&sb, 5999);
	ck_assert(shows(&r, &sb, "copied URL"));
	statusbar_expire(&sb, 6000);
	ck_assert(!shows(&r, &sb, "copied URL"));
	/* Nothing shown: nothing to wake up for. */
	ck_assert_int_eq(statusbar_note_deadline(&sb), 0);
	/* Errors of commands pass the same way. */
	statusbar_set_error(&sb, "unknown command 'x'");
	statusbar_time_note(&sb, 7000, 2);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 9000);
	statusbar_expire(&sb, 9000);
	ck_assert(!shows(&r, &sb, "unknown command"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(with_zero_seconds_a_note_waits_for_a_key)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_message(&sb, "copied URL");
	statusbar_time_note(&sb, 1000, 0);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 0);
	statusbar_expire(&sb, 1000000);
	ck_assert(shows(&r, &sb, "copied URL"));
	statusbar_dismiss(&sb);
	ck_assert(!shows(&r, &sb, "copied URL"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(an_outage_error_outlasts_keys_and_time_until_the_server_answers)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_outage_error(&sb, "network error: connection refused");
	statusbar_time_note(&sb, 1000, 5);
	ck_assert_int_eq(statusbar_note_deadline(&sb), 0);
	statusbar_dismiss(&sb);
	statusbar_expire(&sb, 1000000);
	ck_assert(shows(&r, &sb, "connection refused"));
	/* A message shows over it, and when the message goes the outage is still said. */
	statusbar_set_message(&sb, "copied id: 12");
	ck_assert(shows(&r, &sb, "copied id: 12"));
	statusbar_dismiss(&sb);
	ck_assert(shows(&r, &sb, "connection refused"));
	statusbar_server_answered(&sb);
	ck_assert(!shows(&r, &sb, "connection refused"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(an_older_message_does_not_come_back_when_a_newer_error_goes)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_message(&sb, "copied URL");
	statusbar_set_error(&sb, "unknown sort key 'bogus'");
	ck_assert(shows(&r, &sb, "bogus"));
	statusbar_set_error(&sb, NULL);
	ck_assert(!shows(&r, &sb, "copied URL"));
	/* Nor an older error when a message goes. */
	statusbar_set_error(&sb, "unknown sort key 'bogus'");
	statusbar_set_message(&sb, "copied URL");
	statusbar_dismiss(&sb);
	ck_assert(!shows(&r, &sb, "bogus"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(message_seconds_is_five_by_default_and_zero_waits_for_a_key)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert_int_eq(config_get_int(&cfg, SETTING_MESSAGE_SECONDS), 5);
	ck_assert(config_run_prompt(&cfg, "set message-seconds = 0"));
	ck_assert_int_eq(config_get_int(&cfg, SETTING_MESSAGE_SECONDS), 0);
	ck_assert(!config_run_prompt(&cfg, "set message-seconds = -1"));
	config_fini(&cfg);
}
END_TEST

START_TEST(the_bar_counts_changes_pending_and_failed)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_pane_text(&sb, "1 of 2500");
	ck_assert(!shows(&r, &sb, "pending"));
	statusbar_set_writes(&sb, 2, 0);
	ck_assert(sb.is_dirty);
	ck_assert(shows(&r, &sb, "2 pending  1 of 2500"));
	ck_assert(!shows(&r, &sb, "failed"));
	statusbar_set_writes(&sb, 0, 1);
	ck_assert(shows(&r, &sb, "1 failed  1 of 2500"));
	ck_assert(!shows(&r, &sb, "pending"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_bar_counts_tags_and_shows_a_bulk_change_on_its_way)
{
	struct render r;
	render_init(&r, 1, 100);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_pane_text(&sb, "1 of 2500");
	ck_assert(!shows(&r, &sb, "tagged"));
	statusbar_set_tagged(&sb, 5);
	ck_assert(sb.is_dirty);
	ck_assert(shows(&r, &sb, "5 tagged  1 of 2500"));
	statusbar_set_writes(&sb, 163, 0);
	statusbar_set_bulk(&sb, "bulk status: 37 of 200");
	ck_assert(shows(&r, &sb, "163 pending  bulk status: 37 of 200  5 tagged  1 of 2500"));
	statusbar_set_bulk(&sb, NULL);
	statusbar_set_tagged(&sb, 0);
	ck_assert(!shows(&r, &sb, "bulk"));
	ck_assert(!shows(&r, &sb, "tagged"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_bar_says_who_signed_in_or_that_a_login_is_needed)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_profile(&sb, "work");
	statusbar_set_who(&sb, "Rosa \x1b[31mO'Brien", false);
	char *text = bar_text(&r, &sb);
	ck_assert_msg(strstr(text, "work as Rosa"), "%s", text);
	ck_assert_msg(!strchr(text, '\x1b'), "an escape reached the screen: %s", text);
	free(text);
	statusbar_set_who(&sb, "Rosa O'Brien", true);
	ck_assert(sb.is_dirty);
	ck_assert(shows(&r, &sb, "LOGIN NEEDED (:login)"));
	ck_assert(!shows(&r, &sb, "as Rosa"));
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

HARNESS_MAIN("statusbar", the_bar_counts_changes_pending_and_failed,
	     the_bar_counts_tags_and_shows_a_bulk_change_on_its_way,
	     the_bar_says_who_signed_in_or_that_a_login_is_needed,
	     message_seconds_is_five_by_default_and_zero_waits_for_a_key,
	     a_long_error_is_cut_between_words_with_an_ellipsis,
	     with_ascii_lines_the_cut_ends_in_a_tilde, a_note_goes_after_its_seconds,
	     with_zero_seconds_a_note_waits_for_a_key,
	     an_outage_error_outlasts_keys_and_time_until_the_server_answers,
	     an_older_message_does_not_come_back_when_a_newer_error_goes)
