/* Tests of ui/picker: narrowing as you type, moving, one or several choices, lookups. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "ui/key.h"
#include "ui/picker.h"

static void type(struct picker *p, const char *s)
{
	for (; *s; s++)
		picker_key(p, (unsigned char)*s);
}

static void statuses(struct picker *p, bool is_multi)
{
	picker_init(p, "Status", is_multi);
	picker_add(p, 1, "New", NULL);
	picker_add(p, 2, "In Progress", NULL);
	picker_add(p, 3, "Waiting on User", NULL);
	picker_add(p, 9, "Closed", NULL);
}

START_TEST(matching_ignores_case_and_finds_the_text_anywhere)
{
	ck_assert(picker_matches("In Progress", "prog"));
	ck_assert(picker_matches("In Progress", "IN P"));
	ck_assert(picker_matches("Björn Dubois", "BJÖ"));
	ck_assert(picker_matches("anything", ""));
	ck_assert(!picker_matches("Closed", "new"));
	ck_assert(!picker_matches("", "x"));
}
END_TEST

START_TEST(typing_narrows_and_backspace_widens)
{
	struct picker p;
	statuses(&p, false);
	ck_assert_uint_eq(p.n_shown, 4);
	type(&p, "o");
	ck_assert_uint_eq(p.n_shown, 3); /* In Progress, Waiting on User, Closed */
	type(&p, "n");
	ck_assert_uint_eq(p.n_shown, 1);
	ck_assert_str_eq(picker_current(&p)->name, "Waiting on User");
	picker_key(&p, UI_KEY_BACKSPACE);
	ck_assert_uint_eq(p.n_shown, 3);
	type(&p, "zz");
	ck_assert_uint_eq(p.n_shown, 0);
	ck_assert_ptr_null(picker_current(&p));
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_OPEN); /* nothing to choose */
	picker_fini(&p);
}
END_TEST

START_TEST(enter_chooses_the_item_under_the_cursor_and_esc_cancels)
{
	struct picker p;
	statuses(&p, false);
	picker_key(&p, UI_KEY_DOWN);
	picker_key(&p, UI_KEY_DOWN);
	picker_key(&p, UI_KEY_UP);
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_CHOSEN);
	ck_assert_int_eq(picker_current(&p)->id, 2);
	ck_assert_int_eq(picker_key(&p, UI_KEY_ESC), PICKER_CANCELLED);
	picker_key(&p, UI_KEY_END);
	ck_assert_int_eq(picker_current(&p)->id, 9);
	ck_assert(picker_point_at(&p, 3));
	ck_assert_int_eq(picker_current(&p)->id, 3);
	ck_assert(!picker_point_at(&p, 42));
	picker_fini(&p);
}
END_TEST

START_TEST(several_choices_are_ticked_with_tab_and_kept_while_narrowing)
{
	struct picker p;
	statuses(&p, true);
	picker_key(&p, UI_KEY_TAB); /* ticks New, moves on */
	type(&p, "clo");
	picker_key(&p, UI_KEY_TAB);
	picker_key(&p, UI_KEY_BACKSPACE);
	picker_key(&p, UI_KEY_BACKSPACE);
	picker_key(&p, UI_KEY_BACKSPACE);
	long ids[8];
	ck_assert_uint_eq(picker_chosen(&p, ids, 8), 2);
	ck_assert_int_eq(ids[0], 1);
	ck_assert_int_eq(ids[1], 9);
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_CHOSEN);
	picker_fini(&p);
}
END_TEST

START_TEST(enter_on_a_narrowed_list_with_nothing_ticked_takes_the_item_shown)
{
	struct picker p;
	long ids[8];
	statuses(&p, true);
	type(&p, "in pro");
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_CHOSEN);
	ck_assert_uint_eq(picker_chosen(&p, ids, 8), 1);
	ck_assert_int_eq(ids[0], 2);
	picker_fini(&p);
	/* Nothing typed, nothing ticked: Enter chooses none (the field goes back to any). */
	statuses(&p, true);
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_CHOSEN);
	ck_assert_uint_eq(picker_chosen(&p, ids, 8), 0);
	picker_fini(&p);
	/* Something ticked: Enter keeps the ticks as they are. */
	statuses(&p, true);
	picker_key(&p, UI_KEY_TAB);
	type(&p, "clo");
	ck_assert_int_eq(picker_key(&p, UI_KEY_ENTER), PICKER_CHOSEN);
	ck_assert_uint_eq(picker_chosen(&p, ids, 8), 1);
	ck_assert_int_eq(ids[0], 1);
	picker_fini(&p);
}
END_TEST

START_TEST(lookups_fill_the_picker_without_disabled_or_repeated_items)
{
	struct lookups l;
	lookups_init(&l);
	struct agent_item agents[] = { { .id = 1, .name = "Ann", .team = "Desk" },
				       { .id = 2, .name = "Bob", .isdisabled = true },
				       { .id = 3, .name = "Cy", .team = "" } };
	l.agents.items = agents;
	l.agents.count = 3;
	struct priority_item prios[] = { { .priorityid = 1, .slaid = 1, .name = "High" },
					 { .priorityid = 1, .slaid = 2, .name = "High" },
					 { .priorityid = 2, .slaid = 1, .name = "Low" } };
	l.priorities.items = prios;
	l.priorities.count = 3;
	struct picker p;
	picker_init(&p, "Agent", false);
	ck_assert_uint_eq(picker_fill(&p, &l, PICKER_SOURCE_AGENTS), 2);
	ck_assert_str_eq(p.items[0].note, "Desk");
	ck_assert_ptr_null(p.items[1].note);
	picker_fini(&p);
	picker_init(&p, "Priority", false);
	ck_assert_uint_eq(picker_fill(&p, &l, PICKER_SOURCE_PRIORITIES), 2);
	ck_assert_str_eq(picker_source_name(&l, PICKER_SOURCE_PRIORITIES, 2), "Low");
	picker_fini(&p);
	l.agents.count = 0;
	l.priorities.count = 0;
	l.agents.items = NULL;
	l.priorities.items = NULL;
	lookups_fini(&l);
}
END_TEST

HARNESS_MAIN("picker", matching_ignores_case_and_finds_the_text_anywhere,
	     typing_narrows_and_backspace_widens,
	     enter_chooses_the_item_under_the_cursor_and_esc_cancels,
	     several_choices_are_ticked_with_tab_and_kept_while_narrowing,
	     lookups_fill_the_picker_without_disabled_or_repeated_items,
	     enter_on_a_narrowed_list_with_nothing_ticked_takes_the_item_shown)
