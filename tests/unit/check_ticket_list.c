/* Tests of model/ticket_list: page size from what came back, states, generations, memory. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_list.h"
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

START_TEST(a_new_list_knows_nothing_and_asks_for_page_one)
{
	struct ticket_list *l = ticket_list_new();
	ck_assert(!ticket_list_is_known(l));
	ck_assert_uint_eq(ticket_list_record_count(l), 0);
	ck_assert_uint_eq(ticket_list_page_size(l), 0);
	ck_assert_int_eq(ticket_list_page_for_index(l, 500), 1);
	ck_assert_ptr_null(ticket_list_row(l, 0));
	ticket_list_free(l);
}
END_TEST

START_TEST(page_size_comes_from_the_rows_returned_not_what_was_asked)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	/* Asked for 1000, the server capped at 100. */
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, make_page(100, 1, 717)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_page_size(l), 100);
	ck_assert_uint_eq(ticket_list_record_count(l), 717);
	ck_assert_uint_eq(ticket_list_page_count(l), 8);
	ck_assert_int_eq(ticket_list_page_for_index(l, 99), 1);
	ck_assert_int_eq(ticket_list_page_for_index(l, 100), 2);
	ck_assert_int_eq(ticket_list_page_for_index(l, 716), 8);
	ck_assert_int_eq(ticket_list_row(l, 42)->id, 43);
	ck_assert_ptr_null(ticket_list_row(l, 100));
	ticket_list_free(l);
}
END_TEST

START_TEST(rows_of_a_later_page_are_found_at_their_index)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ticket_list_store_page(l, gen, 1, make_page(100, 1, 250));
	ck_assert_int_eq(ticket_list_store_page(l, gen, 3, make_page(50, 201, 250)), STATUS_OK);
	ck_assert_int_eq(ticket_list_row(l, 249)->id, 250);
	ck_assert_str_eq(ticket_list_row(l, 200)->summary, "ticket 201");
	ck_assert_ptr_null(ticket_list_row(l, 150));
	ck_assert_ptr_null(ticket_list_row(l, 250));
	ck_assert_uint_eq(ticket_list_loaded_rows(l), 150);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_later_page_first_sets_the_page_size_only_when_unambiguous)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	/* 10 rows as page 3 of 35: pages of 12.5 cannot be, so pages hold 10. */
	ck_assert_int_eq(ticket_list_store_page(l, gen, 3, make_page(10, 21, 35)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_page_size(l), 10);
	ck_assert_int_eq(ticket_list_row(l, 20)->id, 21);
	/* 10 rows as page 2 of 30: full pages of 10 or a last page after 20: refused. */
	gen = ticket_list_reset(l);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 2, make_page(10, 11, 30)), STATUS_INVALID);
	ck_assert_uint_eq(ticket_list_page_size(l), 0);
	/* 1 row as page 3 of 7: pages of 1, or the last page after pages of 3: refused. */
	ck_assert_int_eq(ticket_list_store_page(l, gen, 3, make_page(1, 7, 7)), STATUS_INVALID);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_single_complete_page_may_grow_when_refreshed)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ticket_list_store_page(l, gen, 1, make_page(5, 1, 5));
	ck_assert_uint_eq(ticket_list_page_count(l), 1);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, make_page(8, 1, 8)), STATUS_OK);
	ck_assert_int_eq(ticket_list_row(l, 7)->id, 8);
	ticket_list_free(l);
}
END_TEST

START_TEST(page_states_follow_asks_failures_and_arrivals)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ticket_list_mark_in_flight(l, 1);
	ck_assert_int_eq(ticket_list_page_state(l, 1), PAGE_IN_FLIGHT);
	ticket_list_store_page(l, gen, 1, make_page(10, 1, 30));
	ck_assert_int_eq(ticket_list_page_state(l, 1), PAGE_LOADED);
	ck_assert_int_eq(ticket_list_page_state(l, 2), PAGE_ABSENT);
	ticket_list_mark_in_flight(l, 2);
	ticket_list_mark_failed(l, 2);
	ck_assert_int_eq(ticket_list_page_state(l, 2), PAGE_FAILED);
	ticket_list_mark_in_flight(l, 4); /* past the end: ignored */
	ck_assert_int_eq(ticket_list_page_state(l, 4), PAGE_ABSENT);
	/* Asking a loaded page again keeps its rows visible. */
	ticket_list_mark_in_flight(l, 1);
	ck_assert_ptr_nonnull(ticket_list_row(l, 0));
	ticket_list_free(l);
}
END_TEST

START_TEST(pages_of_an_old_generation_are_refused)
{
	struct ticket_list *l = ticket_list_new();
	unsigned old = ticket_list_reset(l);
	ticket_list_store_page(l, old, 1, make_page(10, 1, 30));
	unsigned gen = ticket_list_reset(l);
	ck_assert_uint_ne(old, gen);
	ck_assert_ptr_null(ticket_list_row(l, 0));
	ck_assert(!ticket_list_is_known(l));
	ck_assert_int_eq(ticket_list_store_page(l, old, 2, make_page(10, 11, 30)),
			 STATUS_CANCELLED);
	ck_assert_uint_eq(ticket_list_loaded_rows(l), 0);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_page_that_contradicts_the_page_size_is_refused)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ticket_list_store_page(l, gen, 1, make_page(10, 1, 30));
	ck_assert_int_eq(ticket_list_store_page(l, gen, 2, make_page(11, 11, 30)), STATUS_INVALID);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 0, make_page(1, 1, 30)), STATUS_INVALID);
	ck_assert_ptr_null(ticket_list_row(l, 10));
	ticket_list_free(l);
}
END_TEST

START_TEST(an_empty_first_page_of_a_non_empty_list_is_refused)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, make_page(0, 1, 30)), STATUS_INVALID);
	ck_assert(!ticket_list_is_known(l));
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, make_page(0, 1, 0)), STATUS_OK);
	ck_assert(ticket_list_is_known(l));
	ck_assert_uint_eq(ticket_list_record_count(l), 0);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_shrinking_total_drops_pages_past_the_end)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ticket_list_store_page(l, gen, 1, make_page(10, 1, 30));
	ticket_list_store_page(l, gen, 3, make_page(10, 21, 30));
	ticket_list_store_page(l, gen, 1, make_page(10, 1, 15));
	ck_assert_uint_eq(ticket_list_page_count(l), 2);
	ck_assert_int_eq(ticket_list_page_state(l, 3), PAGE_ABSENT);
	ck_assert_ptr_null(ticket_list_row(l, 25));
	ck_assert_uint_eq(ticket_list_loaded_rows(l), 10);
	ticket_list_free(l);
}
END_TEST

START_TEST(dropping_far_pages_bounds_memory)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	for (int p = 1; p <= 10; p++)
		ticket_list_store_page(l, gen, p, make_page(100, (p - 1) * 100 + 1, 1000));
	ticket_list_drop_pages_outside(l, 4, 5);
	ck_assert_uint_eq(ticket_list_loaded_rows(l), 200);
	ck_assert_ptr_null(ticket_list_row(l, 0));
	ck_assert_int_eq(ticket_list_row(l, 450)->id, 451);
	ck_assert_int_eq(ticket_list_page_state(l, 1), PAGE_ABSENT);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_hundred_thousand_rows_fit_and_are_all_reachable)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	for (int p = 1; p <= 1000; p++)
		ck_assert_int_eq(ticket_list_store_page(l, gen, p,
							make_page(100, (p - 1) * 100 + 1, 100000)),
				 STATUS_OK);
	ck_assert_uint_eq(ticket_list_loaded_rows(l), 100000);
	for (size_t i = 0; i < 100000; i += 997)
		ck_assert_int_eq(ticket_list_row(l, i)->id, (int)i + 1);
	ck_assert_int_eq(ticket_list_row(l, 99999)->id, 100000);
	ticket_list_free(l);
}
END_TEST

START_TEST(a_huge_count_costs_memory_for_pages_touched_only)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, make_page(50, 1, 9000000000L)),
			 STATUS_OK);
	/* G: the last row's page, 180 million pages away, is asked for. */
	int last = ticket_list_page_for_index(l, ticket_list_record_count(l) - 1);
	ck_assert_int_eq(last, 180000000);
	ticket_list_mark_in_flight(l, last);
	ck_assert_int_eq(ticket_list_page_state(l, last), PAGE_IN_FLIGHT);
	ck_assert_int_eq(ticket_list_page_state(l, last - 1), PAGE_ABSENT);
	ck_assert_int_eq(ticket_list_store_page(l, gen, last, make_page(50, 7, 9000000000L)),
			 STATUS_OK);
	ck_assert_int_eq(ticket_list_row(l, 8999999999UL)->id, 56);
	ck_assert_uint_eq(ticket_list_slot_count(l), 2);
	ticket_list_drop_pages_outside(l, 1, 1);
	ck_assert_uint_eq(ticket_list_slot_count(l), 1);
	ck_assert_ptr_null(ticket_list_row(l, 8999999999UL));
	ticket_list_free(l);
}
END_TEST

static struct ticket_page *open_page(size_t n, int first_id)
{
	struct ticket_page *p = make_page(n, first_id, (long)n);
	p->is_count_unknown = true;
	return p;
}

START_TEST(without_a_count_a_full_page_asks_for_the_next)
{
	struct ticket_list *l = ticket_list_new();
	unsigned gen = ticket_list_reset(l);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, open_page(50, 1)), STATUS_OK);
	/* 50 rows and one that stands for more: page 2 is in range to be asked. */
	ck_assert_uint_eq(ticket_list_record_count(l), 51);
	ck_assert(ticket_list_has_more(l));
	ck_assert_uint_eq(ticket_list_page_count(l), 2);
	ck_assert_ptr_null(ticket_list_row(l, 50));
	ck_assert_int_eq(ticket_list_store_page(l, gen, 2, open_page(50, 51)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_record_count(l), 101);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 3, open_page(7, 101)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_record_count(l), 107);
	ck_assert(!ticket_list_has_more(l));
	ck_assert_int_eq(ticket_list_row(l, 106)->id, 107);
	/* An empty page after full ones ends the list where they end. */
	gen = ticket_list_reset(l);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, open_page(50, 1)), STATUS_OK);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 2, open_page(0, 0)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_record_count(l), 50);
	ck_assert(!ticket_list_has_more(l));
	ck_assert_uint_eq(ticket_list_page_count(l), 1);
	/* The wrapper's page_size is not trusted: a short first page still asks page 2. */
	gen = ticket_list_reset(l);
	struct ticket_page *p = open_page(20, 1);
	p->page_size_field = 50;
	ck_assert_int_eq(ticket_list_store_page(l, gen, 1, p), STATUS_OK);
	ck_assert_uint_eq(ticket_list_record_count(l), 21);
	ck_assert_int_eq(ticket_list_store_page(l, gen, 2, open_page(0, 0)), STATUS_OK);
	ck_assert_uint_eq(ticket_list_record_count(l), 20);
	ck_assert(!ticket_list_has_more(l));
	ticket_list_free(l);
}
END_TEST

HARNESS_MAIN("ticket_list", a_huge_count_costs_memory_for_pages_touched_only,
	     without_a_count_a_full_page_asks_for_the_next,
	     a_new_list_knows_nothing_and_asks_for_page_one,
	     page_size_comes_from_the_rows_returned_not_what_was_asked,
	     rows_of_a_later_page_are_found_at_their_index,
	     a_later_page_first_sets_the_page_size_only_when_unambiguous,
	     a_single_complete_page_may_grow_when_refreshed,
	     page_states_follow_asks_failures_and_arrivals, pages_of_an_old_generation_are_refused,
	     a_page_that_contradicts_the_page_size_is_refused,
	     an_empty_first_page_of_a_non_empty_list_is_refused,
	     a_shrinking_total_drops_pages_past_the_end, dropping_far_pages_bounds_memory,
	     a_hundred_thousand_rows_fit_and_are_all_reachable)
