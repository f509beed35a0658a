/* Tests of net/authinfo_cache: the kept auth server reads back for its URL only, for a day. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"
#include "net/authinfo_cache.h"

#define API "https://example.halopsa.com/api"
#define NOW ((time_t)1800000000)

static char auth[] = "https://example.halopsa.com/auth", tenant[] = "example";
static char two_lines[] = "https://x/auth\nauth_url https://evil/auth";
static char dir[] = "/tmp/check_authinfo_cache-XXXXXX";
static char path[128];

static void setup_dir(void)
{
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/authinfo", dir);
}

static void teardown_dir(void)
{
	unlink(path);
	rmdir(dir);
	strcpy(dir, "/tmp/check_authinfo_cache-XXXXXX");
}

static void write_file(const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(an_answer_saved_reads_back_for_its_url)
{
	setup_dir();
	struct authinfo_entry in = { .auth_url = auth, .tenant = tenant };
	ck_assert(authinfo_cache_save(path, API, NOW, &in));
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	struct authinfo_entry out;
	ck_assert(authinfo_cache_load(path, API, NOW + 10, &out));
	ck_assert_str_eq(out.auth_url, in.auth_url);
	ck_assert_str_eq(out.tenant, in.tenant);
	authinfo_entry_fini(&out);
	ck_assert(!authinfo_cache_load(path, "https://other.halopsa.com/api", NOW, &out));
	ck_assert_ptr_null(out.auth_url);
	teardown_dir();
}
END_TEST

START_TEST(an_answer_older_than_a_day_or_from_the_future_is_not_used)
{
	setup_dir();
	struct authinfo_entry in = { .auth_url = auth };
	ck_assert(authinfo_cache_save(path, API, NOW, &in));
	struct authinfo_entry out;
	ck_assert(authinfo_cache_load(path, API, NOW + AUTHINFO_CACHE_MAX_AGE_S - 1, &out));
	ck_assert_ptr_null(out.tenant);
	authinfo_entry_fini(&out);
	ck_assert(!authinfo_cache_load(path, API, NOW + AUTHINFO_CACHE_MAX_AGE_S, &out));
	ck_assert(!authinfo_cache_load(path, API, NOW - 3600, &out));
	teardown_dir();
}
END_TEST

START_TEST(a_torn_or_odd_file_is_not_used)
{
	setup_dir();
	struct authinfo_entry out;
	ck_assert(!authinfo_cache_load(path, API, NOW, &out)); /* none */
	write_file("api_url " API "\nauth_url https://example.halopsa.com/auth\nsaved 18000");
	ck_assert(!authinfo_cache_load(path, API, NOW, &out)); /* no last newline */
	write_file("api_url " API "\nauth_url https://a b\nsaved 1800000000\n");
	ck_assert(!authinfo_cache_load(path, API, NOW, &out));
	write_file("api_url " API "\ntoken secret\nsaved 1800000000\n");
	ck_assert(!authinfo_cache_load(path, API, NOW, &out));
	write_file("api_url " API "\nsaved 1800000000\n"); /* names nothing */
	ck_assert(!authinfo_cache_load(path, API, NOW, &out));
	write_file("api_url " API "\ntenant t\nsaved 1800000000\n");
	ck_assert(authinfo_cache_load(path, API, NOW, &out));
	ck_assert_str_eq(out.tenant, "t");
	authinfo_entry_fini(&out);
	authinfo_cache_forget(path);
	ck_assert(!authinfo_cache_load(path, API, NOW, &out));
	teardown_dir();
}
END_TEST

START_TEST(a_value_with_a_space_or_a_newline_is_not_written)
{
	setup_dir();
	struct authinfo_entry in = { .auth_url = two_lines };
	ck_assert(!authinfo_cache_save(path, API, NOW, &in));
	ck_assert_int_ne(access(path, F_OK), 0);
	teardown_dir();
}
END_TEST

HARNESS_MAIN("authinfo_cache", an_answer_saved_reads_back_for_its_url,
	     an_answer_older_than_a_day_or_from_the_future_is_not_used,
	     a_torn_or_odd_file_is_not_used, a_value_with_a_space_or_a_newline_is_not_written)
