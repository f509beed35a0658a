/* Tests of ui/pane_data: list pages stored from results, and refused ones made visible. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "ui/pane_data.h"
#include "util/alloc.h"

/* A page of N rows with ids FIRST_ID.. and RECORD_COUNT as the server's total. */
static struct ticket_page *make_page(size_t n, int first_id, long record_count)
{
	struct ticket_page *p = xcalloc(1, sizeof(*p));
	p->record_count = record_count;
	p->count = n;
	p->rows = xcalloc(n ? n : 1, sizeof(*p->rows));
	for (size_t i = 0; i < n; i++) {
		char s[32];
		snprintf(s, sizeof(s), "ticket %d", first_id + (int)i);
		p->rows[i].id = first_id + (int)i;
		p->rows[i].summary = arena_strdup(&p->arena, s);
	}
	return p;
}

START_TEST(a_stored_page_loads_and_says_nothing)
{
	struct pane_data d;
	pane_data_init(&d);
	unsigned gen = ticket_list_generation(d.list);
	ticket_list_mark_in_flight(d.list, 1);
	d.list_state.is_loading = true;
	ck_assert_ptr_null(pane_data_store_list_page(&d, gen, 1, make_page(25, 1, 100)));
	ck_assert_int_eq(ticket_list_page_state(d.list, 1), PAGE_LOADED);
	ck_assert(d.list_state.is_loaded);
	ck_assert(!d.list_state.is_loading);
	ck_assert_ptr_null(d.list_state.error);
	pane_data_fini(&d);
}
END_TEST

START_TEST(a_page_of_another_size_is_marked_failed_and_says_why)
{
	struct pane_data d;
	pane_data_init(&d);
	unsigned gen = ticket_list_generation(d.list);
	ck_assert_ptr_null(pane_data_store_list_page(&d, gen, 1, make_page(25, 1, 100)));
	ticket_list_mark_in_flight(d.list, 2);
	/* Forty rows as page 2 of 100: pages hold 25, so this page cannot be. */
	const char *why = pane_data_store_list_page(&d, gen, 2, make_page(40, 26, 100));
	ck_assert_ptr_nonnull(why);
	ck_assert_ptr_nonnull(strstr(why, "page 2"));
	ck_assert_ptr_nonnull(strstr(why, "refused"));
	/* Failed, not in flight: the next key press asks for it again. */
	ck_assert_int_eq(ticket_list_page_state(d.list, 2), PAGE_FAILED);
	ck_assert_str_eq(d.list_state.error, why);
	ck_assert(!d.list_state.is_loading);
	ck_assert_int_eq(ticket_list_page_state(d.list, 1), PAGE_LOADED);
	pane_data_fini(&d);
}
END_TEST

START_TEST(a_page_of_an_older_generation_is_dropped_in_silence)
{
	struct pane_data d;
	pane_data_init(&d);
	unsigned gen = ticket_list_generation(d.list);
	ticket_list_reset(d.list);
	ticket_list_mark_in_flight(d.list, 1);
	ck_assert_ptr_null(pane_data_store_list_page(&d, gen, 1, make_page(7, 1, 100)));
	ck_assert_int_eq(ticket_list_page_state(d.list, 1), PAGE_IN_FLIGHT);
	ck_assert_ptr_null(d.list_state.error);
	pane_data_fini(&d);
}
END_TEST

HARNESS_MAIN("pane_data", a_stored_page_loads_and_says_nothing,
	     a_page_of_another_size_is_marked_failed_and_says_why,
	     a_page_of_an_older_generation_is_dropped_in_silence)
