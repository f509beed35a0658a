/* Tests of ui/form: typed values checked on the spot, moving, picking, the preview, sending. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text/plain_html.h"
#include "ui/form.h"
#include "ui/key.h"

static const struct form_field_def defs[] = {
	{ .name = "summary", .label = "Summary", .kind = FORM_TEXT, .is_required = true },
	{ .name = "status",
	  .label = "Status",
	  .kind = FORM_CHOICE,
	  .source = PICKER_SOURCE_STATUSES,
	  .none_label = "unchanged" },
	{ .name = "time", .label = "Time taken", .kind = FORM_DURATION },
	{ .name = "due", .label = "Deadline", .kind = FORM_DATE },
	{ .name = "count", .label = "Count", .kind = FORM_NUMBER, .min = 1, .max = 10 },
	{ .name = "onhold", .label = "On hold", .kind = FORM_BOOL },
	{ .name = "text", .label = "Note", .kind = FORM_TEXTAREA },
};
#define N_DEFS (sizeof(defs) / sizeof(defs[0]))

static struct status_item status_items[] = { { .id = 1, .name = "New" },
					     { .id = 2, .name = "In Progress" },
					     { .id = 9, .name = "Closed" } };

static struct lookups lk;

static struct form *new_form(void)
{
	memset(&lk, 0, sizeof(lk));
	lk.statuses.items = status_items;
	lk.statuses.count = 3;
	struct form *f = form_new("Edit #1", defs, N_DEFS, &lk);
	form_set_text(f, "summary", "Printer on fire");
	form_set_choice(f, "status", 1, NULL);
	form_set_bool(f, "onhold", false);
	return f;
}

static void type(struct form *f, const char *s)
{
	for (; *s; s++)
		form_key(f, (unsigned char)*s);
}

static void focus(struct form *f, const char *name)
{
	for (int i = 0;
	     i < 20 && strcmp(f->focus < f->n_fields ? f->fields[f->focus].def->name : "", name);
	     i++)
		form_key(f, UI_KEY_TAB);
}

static char *preview(const struct form *f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	form_preview(f, false, &sb);
	return strbuf_take(&sb);
}

START_TEST(durations_read_as_people_write_them)
{
	char why[200];
	long m = -1;
	ck_assert(form_parse_duration("15m", &m, why, sizeof(why)) && m == 15);
	ck_assert(form_parse_duration("1h30", &m, why, sizeof(why)) && m == 90);
	ck_assert(form_parse_duration(" 1h 30m ", &m, why, sizeof(why)) && m == 90);
	ck_assert(form_parse_duration("2h", &m, why, sizeof(why)) && m == 120);
	ck_assert(form_parse_duration("45", &m, why, sizeof(why)) && m == 45);
	ck_assert(!form_parse_duration("1x", &m, why, sizeof(why)));
	ck_assert_str_eq(why, "\"1x\" is not a duration: write 15m, 1h30 or 2h");
	ck_assert(!form_parse_duration("h", &m, why, sizeof(why)));
	ck_assert(!form_parse_duration("1h75", &m, why, sizeof(why)));
	ck_assert(!form_parse_duration("", &m, why, sizeof(why)));
	ck_assert(!form_parse_duration("999h", &m, why, sizeof(why)));
	char buf[16];
	form_format_duration(90, buf, sizeof(buf));
	ck_assert_str_eq(buf, "1h30");
	form_format_duration(120, buf, sizeof(buf));
	ck_assert_str_eq(buf, "2h");
	form_format_duration(5, buf, sizeof(buf));
	ck_assert_str_eq(buf, "5m");
}
END_TEST

START_TEST(dates_must_exist_and_numbers_keep_their_bounds)
{
	char why[200];
	time_t t;
	long n;
	ck_assert(form_parse_date("2026-12-01", &t, why, sizeof(why)));
	ck_assert(form_parse_date("2026-12-01 14:30", &t, why, sizeof(why)));
	ck_assert(!form_parse_date("2026-02-30", &t, why, sizeof(why)));
	ck_assert(!form_parse_date("2026-12-01 25:00", &t, why, sizeof(why)));
	ck_assert(!form_parse_date("tomorrow", &t, why, sizeof(why)));
	ck_assert(form_parse_number("7", 1, 10, &n, why, sizeof(why)) && n == 7);
	ck_assert(!form_parse_number("11", 1, 10, &n, why, sizeof(why)));
	ck_assert_str_eq(why, "11 is not between 1 and 10");
	ck_assert(!form_parse_number("7a", 1, 10, &n, why, sizeof(why)));
}
END_TEST

START_TEST(a_bad_value_is_refused_with_the_reason_and_the_old_one_stays)
{
	struct form *f = new_form();
	focus(f, "time");
	form_key(f, UI_KEY_ENTER);
	type(f, "1x");
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(f->mode, FORM_MODE_EDIT); /* still typing */
	ck_assert_str_eq(f->error, "Time taken: \"1x\" is not a duration: write 15m, 1h30 or 2h");
	ck_assert(!form_get(f, "time")->is_set);
	form_key(f, UI_KEY_TAB); /* cannot leave with it either */
	ck_assert_str_eq(f->fields[f->focus].def->name, "time");
	form_key(f, UI_KEY_BACKSPACE);
	form_key(f, 'h');
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(f->mode, FORM_MODE_BROWSE);
	ck_assert_ptr_null(f->error);
	ck_assert_int_eq(form_get(f, "time")->number, 60);
	form_free(f);
}
END_TEST

START_TEST(esc_while_typing_puts_back_the_old_value)
{
	struct form *f = new_form();
	form_key(f, UI_KEY_ENTER);
	type(f, " again");
	form_key(f, UI_KEY_ESC);
	ck_assert_str_eq(form_text(f, "summary"), "Printer on fire");
	ck_assert(!form_is_dirty(f));
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_CLOSE);
	form_free(f);
}
END_TEST

START_TEST(a_required_field_cannot_be_sent_empty)
{
	struct form *f = new_form();
	form_key(f, UI_KEY_ENTER);
	for (int i = 0; i < 20; i++)
		form_key(f, UI_KEY_BACKSPACE);
	form_key(f, UI_KEY_ENTER);
	ck_assert_str_eq(f->error, "Summary: required");
	ck_assert_str_eq(form_text(f, "summary"), "Printer on fire");
	form_key(f, UI_KEY_ESC);
	form_set_text(f, "summary", "");
	focus(f, "count");
	ck_assert_int_eq(form_key(f, UI_KEY_CTRL('s')), FORM_OPEN);
	ck_assert_str_eq(f->error, "Summary: required");
	ck_assert_uint_eq(f->focus, 0); /* the focus goes to it */
	form_free(f);
}
END_TEST

START_TEST(tab_and_shift_tab_go_round_the_fields_and_the_button)
{
	struct form *f = new_form();
	ck_assert_uint_eq(f->focus, 0);
	form_key(f, UI_KEY_BTAB);
	ck_assert_uint_eq(f->focus, N_DEFS); /* the send button */
	ck_assert_int_eq(form_key(f, UI_KEY_ENTER), FORM_SUBMIT);
	form_key(f, UI_KEY_TAB);
	ck_assert_uint_eq(f->focus, 0);
	form_key(f, UI_KEY_UP);
	ck_assert_uint_eq(f->focus, 0); /* arrows stop at the ends */
	form_free(f);
}
END_TEST

START_TEST(a_choice_is_picked_by_typing_and_the_preview_shows_the_change)
{
	struct form *f = new_form();
	focus(f, "status");
	type(f, "prog"); /* typing on a choice opens its picker, narrowed */
	ck_assert_int_eq(f->mode, FORM_MODE_PICK);
	ck_assert_uint_eq(f->picker.n_shown, 1);
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(form_get(f, "status")->number, 2);
	focus(f, "onhold");
	form_key(f, ' ');
	char *p = preview(f);
	ck_assert_str_eq(
		p, "status: New \xE2\x86\x92 In Progress \xC2\xB7 onhold: no \xE2\x86\x92 yes");
	free(p);
	ck_assert(form_is_changed(f, "status"));
	ck_assert(!form_is_changed(f, "summary"));
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_ASK_DISCARD);
	form_free(f);
}
END_TEST

START_TEST(the_none_choice_clears_a_value)
{
	struct form *f = new_form();
	focus(f, "status");
	form_key(f, UI_KEY_ENTER);
	form_key(f, UI_KEY_HOME); /* "unchanged" comes first */
	form_key(f, UI_KEY_ENTER);
	ck_assert(!form_get(f, "status")->is_set);
	struct strbuf sb;
	strbuf_init(&sb);
	form_preview(f, true, &sb);
	ck_assert_str_eq(sb.data, "status: New -> unchanged");
	strbuf_fini(&sb);
	form_free(f);
}
END_TEST

START_TEST(nothing_changed_says_so_and_a_full_preview_lists_every_value)
{
	struct form *f = new_form();
	char *p = preview(f);
	ck_assert_str_eq(p, "nothing changed");
	free(p);
	f->is_preview_all = true;
	focus(f, "text");
	type(f, "Rebooted it");
	p = preview(f);
	ck_assert_str_eq(p, "summary: \"Printer on fire\" \xC2\xB7 status: New \xC2\xB7 onhold: no "
			    "\xC2\xB7 text: \"Rebooted it\"");
	free(p);
	form_free(f);
}
END_TEST

START_TEST(the_text_area_keeps_its_lines_and_takes_the_editor_text)
{
	struct form *f = new_form();
	focus(f, "text");
	form_key(f, UI_KEY_ENTER);
	type(f, "one");
	form_key(f, UI_KEY_ENTER);
	type(f, "two");
	ck_assert_str_eq(form_text(f, "text"), "one\ntwo");
	ck_assert_int_eq(form_key(f, UI_KEY_CTRL('e')), FORM_RUN_EDITOR);
	ck_assert_str_eq(form_editor_text(f), "one\ntwo");
	form_editor_done(f, "edited\nby hand");
	ck_assert_str_eq(form_text(f, "text"), "edited\nby hand");
	form_key(f, UI_KEY_ESC); /* leaves the area, text kept */
	ck_assert_str_eq(form_text(f, "text"), "edited\nby hand");
	ck_assert_int_eq(form_key(f, UI_KEY_ESC), FORM_ASK_DISCARD);
	form_free(f);
}
END_TEST

START_TEST(pick_and_send_opens_the_picker_and_choosing_submits)
{
	struct form *f = form_new("Status of #1", &defs[1], 1, &lk);
	memset(&lk, 0, sizeof(lk));
	lk.statuses.items = status_items;
	lk.statuses.count = 3;
	form_set_choice(f, "status", 1, NULL);
	form_pick_and_send(f);
	ck_assert_int_eq(f->mode, FORM_MODE_PICK);
	ck_assert_str_eq(picker_current(&f->picker)->name, "New"); /* where it stands */
	type(f, "clo");
	ck_assert_int_eq(form_key(f, UI_KEY_ENTER), FORM_SUBMIT);
	ck_assert_int_eq(form_get(f, "status")->number, 9);
	form_free(f);
}
END_TEST

START_TEST(typed_text_becomes_html_that_shows_the_same)
{
	char *html = plain_to_html("a < b & \"c\"\r\nnext\rlast\n");
	ck_assert_str_eq(html, "a &lt; b &amp; &quot;c&quot;<br>next<br>last<br>");
	free(html);
	html = plain_to_html(NULL);
	ck_assert_str_eq(html, "");
	free(html);
}
END_TEST

START_TEST(several_choices_are_ticked_in_the_picker_and_shown_by_name)
{
	static const struct form_field_def multi[] = {
		{ .name = "statuses",
		  .label = "Statuses",
		  .kind = FORM_MULTI,
		  .source = PICKER_SOURCE_STATUSES },
	};
	memset(&lk, 0, sizeof(lk));
	lk.statuses.items = status_items;
	lk.statuses.count = 3;
	struct form *f = form_new("Filter", multi, 1, &lk);
	const long start[] = { 9 };
	ck_assert(form_set_ids(f, "statuses", start, 1));
	form_key(f, UI_KEY_ENTER);
	ck_assert(f->picker.is_multi);
	form_key(f, UI_KEY_TAB); /* New */
	type(f, "prog");
	form_key(f, UI_KEY_TAB); /* In Progress */
	form_key(f, UI_KEY_ENTER);
	const struct form_value *v = form_get(f, "statuses");
	ck_assert_uint_eq(v->n_ids, 3);
	char *p = preview(f);
	ck_assert_str_eq(p, "statuses: Closed \xE2\x86\x92 New, In Progress, Closed");
	free(p);
	form_free(f);
}
END_TEST

START_TEST(a_picker_open_before_its_lookup_came_takes_it_when_it_comes)
{
	memset(&lk, 0, sizeof(lk));
	struct form *f = form_new("Edit #1", defs, N_DEFS, &lk);
	focus(f, "status");
	type(f, "prog");
	ck_assert_int_eq(f->mode, FORM_MODE_PICK);
	ck_assert_uint_eq(f->picker.n_shown, 0); /* no match: the statuses are not in yet */
	lk.statuses.items = status_items;
	lk.statuses.count = 3;
	form_refresh_picker(f);
	ck_assert_int_eq(f->mode, FORM_MODE_PICK);
	ck_assert_str_eq(f->picker.filter.data, "prog");
	ck_assert_uint_eq(f->picker.n_shown, 1);
	form_key(f, UI_KEY_ENTER);
	ck_assert_int_eq(form_get(f, "status")->number, 2);
	form_refresh_picker(f); /* no picker open: nothing changes */
	ck_assert_int_eq(f->mode, FORM_MODE_BROWSE);
	form_free(f);
}
END_TEST

HARNESS_MAIN("form", a_picker_open_before_its_lookup_came_takes_it_when_it_comes,
	     several_choices_are_ticked_in_the_picker_and_shown_by_name,
	     typed_text_becomes_html_that_shows_the_same, durations_read_as_people_write_them,
	     dates_must_exist_and_numbers_keep_their_bounds,
	     a_bad_value_is_refused_with_the_reason_and_the_old_one_stays,
	     esc_while_typing_puts_back_the_old_value, a_required_field_cannot_be_sent_empty,
	     tab_and_shift_tab_go_round_the_fields_and_the_button,
	     a_choice_is_picked_by_typing_and_the_preview_shows_the_change,
	     the_none_choice_clears_a_value,
	     nothing_changed_says_so_and_a_full_preview_lists_every_value,
	     the_text_area_keeps_its_lines_and_takes_the_editor_text,
	     pick_and_send_opens_the_picker_and_choosing_submits)
