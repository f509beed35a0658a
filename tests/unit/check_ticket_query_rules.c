/* Tests of the list's rules over a query: repeats, paging, ticketidonly, contradictions, and
 * order keys taken out as a sort. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_query.h"

/* Sets each "NAME=VALUE" of WORDS once; returns the status of the first failure. */
static enum status set_all(struct ticket_query *q, const char *const *words, struct strbuf *err)
{
	for (size_t i = 0; words[i]; i++) {
		const char *eq = strchr(words[i], '=');
		char name[64];
		memcpy(name, words[i], (size_t)(eq - words[i]));
		name[eq - words[i]] = '\0';
		enum status st = ticket_query_set_once(q, name, eq + 1, err);
		if (st != STATUS_OK)
			return st;
	}
	return STATUS_OK;
}

/* The check of WORDS: STATUS_OK, or the failure with its sentence in WHY. */
static enum status check_words(const char *const *words, struct strbuf *why)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	enum status st = set_all(q, words, why);
	if (st == STATUS_OK)
		st = ticket_query_check_list(q, why);
	ticket_query_free(q);
	return st;
}

START_TEST(a_parameter_given_twice_is_refused_not_replaced)
{
	struct strbuf err;
	strbuf_init(&err);
	const char *const words[] = { "status=1", "status=2", NULL };
	ck_assert_int_eq(check_words(words, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "status is given twice: give each parameter once");
	strbuf_fini(&err);
}
END_TEST

START_TEST(every_paging_parameter_is_refused_because_the_list_pages_itself)
{
	static const char *const paging[] = { "page_size=5", "page_no=2", "pageinate=true",
					      "count=10" };
	struct strbuf err;
	strbuf_init(&err);
	for (size_t i = 0; i < sizeof(paging) / sizeof(paging[0]); i++) {
		const char *const words[] = { "open_only=true", paging[i], NULL };
		ck_assert_int_eq(check_words(words, &err), STATUS_INVALID);
		ck_assert_msg(strstr(err.data,
				     "is refused: the list pages by itself (setting page-size)"),
			      "%s", err.data);
		ck_assert_msg(!strncmp(err.data, paging[i], strcspn(paging[i], "=")), "%s",
			      err.data);
	}
	strbuf_fini(&err);
}
END_TEST

START_TEST(ticketidonly_is_refused_as_halo_does_not_page_it)
{
	struct strbuf err;
	strbuf_init(&err);
	const char *const words[] = { "ticketidonly=true", NULL };
	ck_assert_int_eq(check_words(words, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data,
			 "ticketidonly is refused: Halo does not page it, and the list pages");
	const char *const off[] = { "ticketidonly=false", NULL };
	ck_assert_int_eq(check_words(off, &err), STATUS_OK);
	strbuf_fini(&err);
}
END_TEST

START_TEST(open_only_with_closed_only_contradicts)
{
	struct strbuf err;
	strbuf_init(&err);
	const char *const words[] = { "open_only=true", "closed_only=yes", NULL };
	ck_assert_int_eq(check_words(words, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data,
			 "open_only=true and closed_only=true contradict: no ticket is both");
	const char *const fine[] = { "open_only=true", "closed_only=false", NULL };
	ck_assert_int_eq(check_words(fine, &err), STATUS_OK);
	strbuf_fini(&err);
}
END_TEST

START_TEST(order_keys_come_in_turn_and_orderdesc_needs_its_order)
{
	struct strbuf err;
	strbuf_init(&err);
	const char *const lone_desc[] = { "orderdesc=true", NULL };
	ck_assert_int_eq(check_words(lone_desc, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "orderdesc needs order: the field to sort by");
	const char *const gap[] = { "order=id", "order3=summary", NULL };
	ck_assert_int_eq(check_words(gap, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "order3 needs order2: sort keys come in turn");
	strbuf_fini(&err);
}
END_TEST

START_TEST(order_keys_become_a_sort_and_leave_the_query)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	const char *const words[] = { "order=status_id",  "orderdesc=true", "order2=id",
				      "orderdesc2=false", "mine=true",	    NULL };
	ck_assert_int_eq(set_all(q, words, NULL), STATUS_OK);
	struct strbuf spec;
	strbuf_init(&spec);
	ck_assert_uint_eq(ticket_query_take_order(q, &spec), 2);
	ck_assert_str_eq(spec.data, "status_id:desc,id");
	ck_assert_uint_eq(ticket_query_count_set(q), 1);
	ck_assert_str_eq(ticket_query_get(q, "mine"), "true");
	ck_assert_uint_eq(ticket_query_take_order(q, &spec), 0);
	ck_assert_str_eq(spec.data, "");
	strbuf_fini(&spec);
	ticket_query_free(q);
}
END_TEST

HARNESS_MAIN("ticket_query_rules", a_parameter_given_twice_is_refused_not_replaced,
	     every_paging_parameter_is_refused_because_the_list_pages_itself,
	     ticketidonly_is_refused_as_halo_does_not_page_it,
	     open_only_with_closed_only_contradicts,
	     order_keys_come_in_turn_and_orderdesc_needs_its_order,
	     order_keys_become_a_sort_and_leave_the_query)
