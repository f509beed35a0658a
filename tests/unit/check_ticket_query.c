/* Tests of the query object: setting by name, unknown names, order, copy, clear, paging. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_query.h"

START_TEST(set_values_are_stored_normalised_and_replaced)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(q, "status", " 1, 2 ", NULL), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "status"), "1,2");
	ck_assert_int_eq(ticket_query_set(q, "status", "3", NULL), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "status"), "3");
	ck_assert_int_eq(ticket_query_set(q, "open_only", "yes", NULL), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "open_only"), "true");
	ck_assert_ptr_null(ticket_query_get(q, "mine"));
	ck_assert_ptr_null(ticket_query_get(q, "no_such_thing"));
	ck_assert_uint_eq(ticket_query_count_set(q), 2);
	ticket_query_free(q);
}
END_TEST

START_TEST(a_refused_value_leaves_the_old_one_and_explains_itself)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_int_eq(ticket_query_set(q, "status", "4,5", &err), STATUS_OK);
	ck_assert_str_eq(err.data, "");
	ck_assert_int_eq(ticket_query_set(q, "status", "1,,x", &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "status: expected a comma-separated list of ids, got \"1,,x\"");
	ck_assert_str_eq(ticket_query_get(q, "status"), "4,5");
	ck_assert_int_eq(ticket_query_set(q, "page_size", "ten", NULL), STATUS_INVALID);
	ck_assert_ptr_null(ticket_query_get(q, "page_size"));
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

START_TEST(unknown_names_are_refused_with_the_nearest_parameter)
{
	static const char *const typos[][2] = {
		{ "stauts", "status" },	      { "Status", "status" },
		{ "pagesize", "page_size" },  { "paginate", "pageinate" },
		{ "open_olny", "open_only" }, { "includedetails", NULL },
		{ "zzzzzzzzzzzz", NULL },     { "", NULL },
	};
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	strbuf_init(&err);
	for (size_t i = 0; i < sizeof typos / sizeof typos[0]; i++) {
		ck_assert_int_eq(ticket_query_set(q, typos[i][0], "1", &err), STATUS_NOT_FOUND);
		char quoted[64];
		snprintf(quoted, sizeof quoted, "unknown parameter \"%s\" of GET /api/Tickets",
			 typos[i][0]);
		ck_assert_msg(strncmp(err.data, quoted, strlen(quoted)) == 0, "%s", err.data);
		char *hint = strstr(err.data, "did you mean");
		if (typos[i][1]) {
			ck_assert_ptr_nonnull(hint);
			char expect[64];
			snprintf(expect, sizeof expect, "did you mean \"%s\"?", typos[i][1]);
			ck_assert_str_eq(hint, expect);
		} else {
			ck_assert_msg(hint == NULL, "%s", err.data);
		}
	}
	ck_assert_uint_eq(ticket_query_count_set(q), 0);
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

START_TEST(an_unknown_name_with_control_bytes_is_escaped_in_the_message)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_int_eq(ticket_query_unset(q, "a\x1b[2Jb", &err), STATUS_NOT_FOUND);
	ck_assert_ptr_null(strchr(err.data, '\x1b'));
	ck_assert_ptr_nonnull(strstr(err.data, "\"a\\x1b[2Jb\""));
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

START_TEST(each_table_knows_only_its_own_parameters)
{
	struct ticket_query *get = ticket_query_new(ticket_query_get_table());
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_int_eq(ticket_query_set(get, "includedetails", "true", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(get, "status", "1", &err), STATUS_NOT_FOUND);
	ck_assert_ptr_nonnull(strstr(err.data, "GET /api/Tickets/{id}"));
	ck_assert_int_eq(ticket_query_set_paging(get, 50, 1, &err), STATUS_NOT_FOUND);
	ck_assert_uint_eq(ticket_query_count_set(get), 1);
	struct ticket_query *list = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(list, "includedetails", "true", &err), STATUS_NOT_FOUND);
	ck_assert_int_eq(ticket_query_set(list, "includelastaction", "true", NULL), STATUS_OK);
	strbuf_fini(&err);
	ticket_query_free(get);
	ticket_query_free(list);
}
END_TEST

/* The names of Q's set values as one string, in the order ticket_query_next gives them. */
static void walk(const struct ticket_query *q, char *names, size_t size)
{
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	names[0] = '\0';
	while (ticket_query_next(q, &pos, &p, &value)) {
		ck_assert_str_eq(value, ticket_query_get(q, p->name));
		strncat(names, p->name, size - strlen(names) - 2);
		strcat(names, " ");
	}
	ck_assert_uint_eq(pos, q->table->count);
	ck_assert(!ticket_query_next(q, &pos, &p, &value));
}

START_TEST(values_are_walked_in_table_order_whatever_order_they_were_set_in)
{
	static const char *const names[] = {
		"utcoffset", "agent",		"pageinate",
		"status",    "advanced_search", "include_custom_fields"
	};
	struct ticket_query *a = ticket_query_new(ticket_query_list_table());
	struct ticket_query *b = ticket_query_new(ticket_query_list_table());
	size_t n = sizeof names / sizeof names[0];
	for (size_t i = 0; i < n; i++) {
		const char *back = names[n - 1 - i];
		ck_assert_int_eq(ticket_query_set(a, names[i], "1", NULL), STATUS_OK);
		ck_assert_int_eq(ticket_query_set(b, back, "1", NULL), STATUS_OK);
	}
	char order_a[256], order_b[256];
	walk(a, order_a, sizeof order_a);
	walk(b, order_b, sizeof order_b);
	ck_assert_str_eq(order_a, "advanced_search agent include_custom_fields pageinate status "
				  "utcoffset ");
	ck_assert_str_eq(order_a, order_b);
	ck_assert(ticket_query_equal(a, b));
	ticket_query_free(a);
	ticket_query_free(b);
}
END_TEST

START_TEST(a_copy_is_independent_of_its_original)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(q, "search", "printer", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "team", "3,4", NULL), STATUS_OK);
	struct ticket_query *copy = ticket_query_copy(q);
	ck_assert(ticket_query_equal(q, copy));
	ck_assert_ptr_ne(ticket_query_get(q, "search"), ticket_query_get(copy, "search"));
	ck_assert_int_eq(ticket_query_set(copy, "search", "scanner", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_unset(copy, "team", NULL), STATUS_OK);
	ck_assert(!ticket_query_equal(q, copy));
	ck_assert_str_eq(ticket_query_get(q, "search"), "printer");
	ck_assert_str_eq(ticket_query_get(q, "team"), "3,4");
	ticket_query_free(q);
	ck_assert_str_eq(ticket_query_get(copy, "search"), "scanner");
	ticket_query_free(copy);
}
END_TEST

START_TEST(clear_and_unset_remove_values_and_unset_of_an_unset_one_is_fine)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(q, "mine", "true", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(q, "count", "5", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_unset(q, "mine", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_unset(q, "mine", NULL), STATUS_OK);
	ck_assert_ptr_null(ticket_query_get(q, "mine"));
	ck_assert_uint_eq(ticket_query_count_set(q), 1);
	ticket_query_clear(q);
	ck_assert_uint_eq(ticket_query_count_set(q), 0);
	struct ticket_query *empty = ticket_query_new(ticket_query_list_table());
	ck_assert(ticket_query_equal(q, empty));
	ticket_query_free(empty);
	ticket_query_free(q);
	ticket_query_free(NULL);
}
END_TEST

START_TEST(queries_of_different_tables_are_never_equal)
{
	struct ticket_query *a = ticket_query_new(ticket_query_list_table());
	struct ticket_query *b = ticket_query_new(ticket_query_get_table());
	ck_assert(!ticket_query_equal(a, b));
	ticket_query_free(a);
	ticket_query_free(b);
}
END_TEST

START_TEST(paging_sets_pageinate_size_and_number_together)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_int_eq(ticket_query_set_paging(q, 50, 3, &err), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "pageinate"), "true");
	ck_assert_str_eq(ticket_query_get(q, "page_size"), "50");
	ck_assert_str_eq(ticket_query_get(q, "page_no"), "3");
	ck_assert_int_eq(ticket_query_set_paging(q, 100, 0, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "page_no: expected a whole number of at least 1, got \"0\"");
	ck_assert_int_eq(ticket_query_set_paging(q, -5, 1, &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "page_size: expected a whole number of at least 1, got \"-5\"");
	ck_assert_str_eq(ticket_query_get(q, "page_size"), "50");
	ck_assert_str_eq(ticket_query_get(q, "page_no"), "3");
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

START_TEST(an_assignment_word_sets_the_value_after_its_first_equals_sign)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_int_eq(ticket_query_set_assignment(q, " status = 1, 2", &err), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "status"), "1,2");
	ck_assert_int_eq(ticket_query_set_assignment(q, "search=a=b", &err), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "search"), "a=b");
	ck_assert_int_eq(ticket_query_set_assignment(q, "search=", &err), STATUS_OK);
	ck_assert_str_eq(ticket_query_get(q, "search"), "");
	ck_assert_int_eq(ticket_query_set_assignment(q, "mine", &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "expected NAME=VALUE, got \"mine\"");
	ck_assert_int_eq(ticket_query_set_assignment(q, "=1", &err), STATUS_NOT_FOUND);
	ck_assert_int_eq(ticket_query_set_assignment(q, "stauts=1", &err), STATUS_NOT_FOUND);
	ck_assert_ptr_nonnull(strstr(err.data, "did you mean \"status\"?"));
	ck_assert_int_eq(ticket_query_set_assignment(q, "team=x", &err), STATUS_INVALID);
	ck_assert_str_eq(err.data, "team: expected a comma-separated list of ids, got \"x\"");
	ck_assert_uint_eq(ticket_query_count_set(q), 2);
	strbuf_fini(&err);
	ticket_query_free(q);
}
END_TEST

HARNESS_MAIN("ticket_query", set_values_are_stored_normalised_and_replaced,
	     a_refused_value_leaves_the_old_one_and_explains_itself,
	     unknown_names_are_refused_with_the_nearest_parameter,
	     an_unknown_name_with_control_bytes_is_escaped_in_the_message,
	     each_table_knows_only_its_own_parameters,
	     values_are_walked_in_table_order_whatever_order_they_were_set_in,
	     a_copy_is_independent_of_its_original,
	     clear_and_unset_remove_values_and_unset_of_an_unset_one_is_fine,
	     queries_of_different_tables_are_never_equal,
	     paging_sets_pageinate_size_and_number_together,
	     an_assignment_word_sets_the_value_after_its_first_equals_sign)
