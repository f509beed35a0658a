/* Tests of model/todo and todo_json: items, done state, bad input. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/todo.h"
#include "model/todo_json.h"
#include "model_fixture.h"

START_TEST(todos_keep_text_group_and_done_state)
{
	size_t len;
	char *b = fixture_read("todos.json", &len);
	struct todo_list l;
	static struct model_error err;
	ck_assert_int_eq(todo_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_str_eq(l.items[0].text, "Order toner");
	ck_assert_str_eq(l.items[0].group_name, "Hardware");
	ck_assert(!l.items[0].is_done);
	ck_assert(l.items[1].is_done);
	ck_assert_str_eq(l.items[1].done_by_name, "Fox Mulder");
	ck_assert_int_eq(l.items[1].done_date, 1756555200);
	ck_assert_int_eq(l.items[2].id, 13);
	ck_assert(!l.items[2].is_done);
	ck_assert_int_eq(l.items[2].sequence, MODEL_UNSET);
	todo_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(a_todo_with_a_bad_done_flag_names_it)
{
	struct todo_list l;
	static struct model_error err;
	const char *b = "[{\"id\":1},{\"id\":2,\"done\":[]}]";
	ck_assert_int_eq(todo_list_from_json(b, strlen(b), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert(!l.items[1].is_done);
	ck_assert_str_eq(err.odd.text[0], "to-do 2: done: expected a boolean, got an array");
	todo_list_fini(&l);
	ck_assert_int_eq(todo_list_from_json("\"x\"", 3, &l, &err), STATUS_PARSE);
}
END_TEST

START_TEST(odd_fields_of_the_fixture_are_noted_and_every_todo_kept)
{
	size_t len;
	char *b = fixture_read("todos-odd.json", &len);
	static struct model_error err;
	struct todo_list l;
	ck_assert_int_eq(todo_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 3);
	ck_assert_str_eq(l.items[2].text, "");
	ck_assert_int_eq(l.items[2].group_seq, MODEL_UNSET);
	ck_assert_uint_eq(err.odd.n, 4);
	ck_assert_str_eq(err.odd.text[0], "to-do 1: done: expected a boolean, got \"no\"");
	ck_assert_str_eq(err.odd.text[3], "to-do 3: group_seq: expected an integer, got \"first\"");
	todo_list_fini(&l);
	free(b);
}
END_TEST

HARNESS_MAIN("todo_json", odd_fields_of_the_fixture_are_noted_and_every_todo_kept,
	     todos_keep_text_group_and_done_state, a_todo_with_a_bad_done_flag_names_it)
