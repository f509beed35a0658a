/* Tests of util/atomic_file: a file replaced whole, no temporary left behind, errors told. */
#include "config.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "util/atomic_file.h"

static char dir[64];
static char path[128];

static void make_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/check_atomic_file.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/views", dir);
}

/* The whole of PATH, in a static buffer. */
static const char *contents(void)
{
	static char buf[256];
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Files in the folder: only PATH once a write is over. */
static int files_in_dir(void)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	int n = 0;
	for (struct dirent *e; (e = readdir(d));)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static void remove_dir(void)
{
	unlink(path);
	ck_assert_int_eq(rmdir(dir), 0);
}

START_TEST(a_write_replaces_the_file_whole_with_mode_0600_and_no_temporary)
{
	make_dir();
	ck_assert(atomic_file_write(path, "old\n", 4));
	ck_assert(atomic_file_write(path, "new text\n", 9));
	ck_assert_str_eq(contents(), "new text\n");
	struct stat sb;
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	ck_assert_int_eq(files_in_dir(), 1);
	remove_dir();
}
END_TEST

START_TEST(a_write_that_fails_says_why_and_leaves_nothing)
{
	make_dir();
	char missing[160];
	snprintf(missing, sizeof(missing), "%s/no/such", dir);
	errno = 0;
	ck_assert(!atomic_file_write(missing, "x", 1));
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_int_eq(atomic_file_replace(missing, "x", 1), -1);
	ck_assert_int_eq(errno, ENOENT);
	/* PATH a folder: the rename fails, the old folder stays, the temporary goes. */
	ck_assert_int_eq(mkdir(path, 0700), 0);
	ck_assert(!atomic_file_write(path, "x", 1));
	ck_assert_int_eq(errno, EISDIR);
	ck_assert_int_eq(files_in_dir(), 1);
	ck_assert_int_eq(rmdir(path), 0);
	remove_dir();
}
END_TEST

START_TEST(a_replaced_file_stays_open_for_appending_at_its_end)
{
	make_dir();
	ck_assert(atomic_file_write(path, "something longer\n", 17));
	int fd = atomic_file_replace(path, "one\n", 4);
	ck_assert_int_ge(fd, 0);
	ck_assert(atomic_file_write_all(fd, "two\n", 4));
	ck_assert_int_eq(close(fd), 0);
	ck_assert_str_eq(contents(), "one\ntwo\n");
	ck_assert_int_eq(files_in_dir(), 1);
	remove_dir();
}
END_TEST

HARNESS_MAIN("atomic_file", a_write_replaces_the_file_whole_with_mode_0600_and_no_temporary,
	     a_write_that_fails_says_why_and_leaves_nothing,
	     a_replaced_file_stays_open_for_appending_at_its_end)
