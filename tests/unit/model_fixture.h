/* Test helper: reads tests/fixtures/NAME (found through $top_srcdir) into a malloc'd buffer. */
#ifndef HALOTUI_TESTS_MODEL_FIXTURE_H
#define HALOTUI_TESTS_MODEL_FIXTURE_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

/* The bytes of the fixture, NUL-terminated for convenience; *LEN excludes the NUL. */
static inline char *fixture_read(const char *name, size_t *len)
{
	const char *top = getenv("top_srcdir");
	char path[1024];
	snprintf(path, sizeof(path), "%s/tests/fixtures/%s", top ? top : ".", name);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open fixture %s", path);
	char *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n + 4096 + 1 > cap) {
			cap = cap ? cap * 2 : 8192;
			buf = realloc(buf, cap);
			ck_assert_ptr_nonnull(buf);
		}
		size_t got = fread(buf + n, 1, 4096, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

#endif
