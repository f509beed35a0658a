/* Tests of config/paths: XDG variables set, unset and relative; ~ expansion; theme search. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/paths.h"
#include "harness.h"

static void check_path(char *got, const char *want)
{
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(xdg_variables_that_are_set_are_used)
{
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("XDG_STATE_HOME", "/x/state", 1);
	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	check_path(paths_config_file(), "/x/conf/halotui/config");
	check_path(paths_state_dir("work"), "/x/state/halotui/work/");
	check_path(paths_cache_dir(), "/x/cache/halotui/");
}
END_TEST

START_TEST(unset_xdg_variables_fall_back_to_home)
{
	setenv("HOME", "/home/someone", 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_STATE_HOME");
	unsetenv("XDG_CACHE_HOME");
	check_path(paths_config_file(), "/home/someone/.config/halotui/config");
	check_path(paths_state_dir(NULL), "/home/someone/.local/state/halotui/default/");
	check_path(paths_cache_dir(), "/home/someone/.cache/halotui/");
}
END_TEST

START_TEST(relative_or_empty_xdg_variables_are_ignored)
{
	setenv("HOME", "/h", 1);
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	setenv("XDG_CACHE_HOME", "", 1);
	check_path(paths_config_file(), "/h/.config/halotui/config");
	check_path(paths_cache_dir(), "/h/.cache/halotui/");
}
END_TEST

START_TEST(theme_dirs_search_the_user_dir_then_the_override_then_the_installed_dir)
{
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HALOTUI_THEMES_DIR", "/src/themes", 1);
	char **dirs = paths_theme_dirs();
	ck_assert_str_eq(dirs[0], "/x/conf/halotui/themes");
	ck_assert_str_eq(dirs[1], "/src/themes");
	ck_assert_str_eq(dirs[2], HALOTUI_DATADIR "/themes");
	ck_assert_str_eq(dirs[3], HALOTUI_SOURCE_THEMES);
	ck_assert_ptr_null(dirs[4]);
	paths_list_free(dirs);
	unsetenv("HALOTUI_THEMES_DIR");
	dirs = paths_theme_dirs();
	ck_assert_str_eq(dirs[1], HALOTUI_DATADIR "/themes");
	ck_assert_str_eq(dirs[2], HALOTUI_SOURCE_THEMES);
	ck_assert_ptr_null(dirs[3]);
	paths_list_free(dirs);
}
END_TEST

START_TEST(a_program_run_from_its_build_tree_finds_the_shipped_themes)
{
	setenv("XDG_CONFIG_HOME", "/nonexistent-halotui", 1);
	unsetenv("HALOTUI_THEMES_DIR");
	char *path = paths_find_theme("solarized-dark");
	/* Found in the source tree, or in the installed directory when one exists. */
	ck_assert_ptr_nonnull(path);
	ck_assert_ptr_nonnull(strstr(path, "/solarized-dark.theme"));
	free(path);
}
END_TEST

START_TEST(a_user_theme_wins_over_the_shipped_one)
{
	char tmpl[] = "/tmp/halotui-paths-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	char dir[512], file[600], shipped[600];
	setenv("XDG_CONFIG_HOME", tmpl, 1);
	snprintf(shipped, sizeof(shipped), "%s/themes", getenv("top_srcdir"));
	setenv("HALOTUI_THEMES_DIR", shipped, 1);
	char *found = paths_find_theme("light");
	ck_assert_ptr_nonnull(found);
	ck_assert_str_eq(found, strcat(shipped, "/light.theme"));
	free(found);
	snprintf(dir, sizeof(dir), "%s/halotui", tmpl);
	mkdir(dir, 0700);
	snprintf(dir, sizeof(dir), "%s/halotui/themes", tmpl);
	mkdir(dir, 0700);
	snprintf(file, sizeof(file), "%s/light.theme", dir);
	FILE *fp = fopen(file, "w");
	ck_assert_ptr_nonnull(fp);
	fclose(fp);
	found = paths_find_theme("light");
	ck_assert_str_eq(found, file);
	free(found);
	ck_assert_ptr_null(paths_find_theme("no-such-theme"));
	ck_assert_ptr_null(paths_find_theme("../light"));
	remove(file);
	rmdir(dir);
}
END_TEST

START_TEST(tilde_and_relative_paths_expand)
{
	setenv("HOME", "/home/me", 1);
	check_path(paths_expand("~/x/y", "/etc"), "/home/me/x/y");
	check_path(paths_expand("~", NULL), "/home/me");
	check_path(paths_expand("colors.conf", "/cfg/dir"), "/cfg/dir/colors.conf");
	check_path(paths_expand("/abs/file", "/cfg/dir"), "/abs/file");
	check_path(paths_expand("~other/x", "/d"), "/d/~other/x");
	check_path(paths_expand("rel", NULL), "rel");
}
END_TEST

START_TEST(the_cache_folder_is_per_profile_and_made_private)
{
	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	check_path(paths_cache_profile_dir("work"), "/x/cache/halotui/work/");
	check_path(paths_cache_profile_dir(""), "/x/cache/halotui/default/");
	char base[] = "/tmp/halotui-paths.XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(base));
	char dir[256];
	snprintf(dir, sizeof(dir), "%s/a/b/demo/", base);
	ck_assert(paths_make_dirs(dir));
	ck_assert(paths_make_dirs(dir)); /* already there: fine */
	struct stat sb;
	ck_assert_int_eq(stat(dir, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0700);
	snprintf(dir, sizeof(dir), "%s/file", base);
	FILE *fp = fopen(dir, "w");
	fclose(fp);
	snprintf(dir, sizeof(dir), "%s/file/sub", base);
	ck_assert(!paths_make_dirs(dir));
}
END_TEST

HARNESS_MAIN("paths", xdg_variables_that_are_set_are_used, unset_xdg_variables_fall_back_to_home,
	     relative_or_empty_xdg_variables_are_ignored,
	     theme_dirs_search_the_user_dir_then_the_override_then_the_installed_dir,
	     a_program_run_from_its_build_tree_finds_the_shipped_themes,
	     a_user_theme_wins_over_the_shipped_one, tilde_and_relative_paths_expand,
	     the_cache_folder_is_per_profile_and_made_private)
