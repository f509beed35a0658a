/* The shared main of every Check program: run one suite, exit non-zero on failure. */
#ifndef HALOTUI_TESTS_HARNESS_H
#define HALOTUI_TESTS_HARNESS_H

#include <check.h>
#include <locale.h>
#include <stdlib.h>

/* Adds TESTS to a suite named NAME and runs it, in the locale of the environment
 * (make check pins LC_ALL=C.UTF-8, so display widths are those of UTF-8). */
#define HARNESS_MAIN(name, ...)                                                                    \
	int main(void)                                                                             \
	{                                                                                          \
		setlocale(LC_ALL, "");                                                             \
		const TTest *tests[] = { __VA_ARGS__, NULL };                                      \
		Suite *s = suite_create(name);                                                     \
		TCase *tc = tcase_create("core");                                                  \
		for (int i = 0; tests[i]; i++)                                                     \
			tcase_add_test(tc, tests[i]);                                              \
		suite_add_tcase(s, tc);                                                            \
		SRunner *sr = srunner_create(s);                                                   \
		srunner_run_all(sr, CK_NORMAL);                                                    \
		int failed = srunner_ntests_failed(sr);                                            \
		srunner_free(sr);                                                                  \
		return failed ? EXIT_FAILURE : EXIT_SUCCESS;                                       \
	}

#endif
