/* Tests of util/log: lines land in the file with level and time; NULL logs are harmless. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "util/log.h"

START_TEST(lines_are_appended_with_level_and_a_utc_stamp)
{
	char path[] = "/tmp/halotui-log-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	struct log *log = log_open(path, LOG_INFO);
	ck_assert_ptr_nonnull(log);
	log_printf(log, LOG_DEBUG, "hidden %d", 1);
	log_printf(log, LOG_WARN, "shown %d", 2);
	log_close(log);
	FILE *fp = fopen(path, "r");
	char line[256];
	ck_assert_ptr_nonnull(fgets(line, sizeof(line), fp));
	ck_assert_ptr_nonnull(strstr(line, "Z warn shown 2\n"));
	ck_assert_ptr_null(fgets(line, sizeof(line), fp));
	fclose(fp);
	unlink(path);
}
END_TEST

START_TEST(a_new_log_file_is_private_to_its_owner)
{
	char path[] = "/tmp/halotui-log-XXXXXX";
	int fd = mkstemp(path);
	close(fd);
	unlink(path);
	struct log *log = log_open(path, LOG_DEBUG);
	ck_assert_ptr_nonnull(log);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 077, 0);
	log_close(log);
	unlink(path);
}
END_TEST

START_TEST(a_null_log_discards_and_an_unopenable_path_gives_null)
{
	log_printf(NULL, LOG_ERROR, "nothing %s", "happens");
	log_close(NULL);
	ck_assert_ptr_null(log_open("/nonexistent-dir/halotui.log", LOG_DEBUG));
}
END_TEST

HARNESS_MAIN("log", lines_are_appended_with_level_and_a_utc_stamp,
	     a_new_log_file_is_private_to_its_owner,
	     a_null_log_discards_and_an_unopenable_path_gives_null)
