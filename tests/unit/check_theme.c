/* Tests of config/theme: every shipped theme, colour and attribute names, bad color lines. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/configuration.h"
#include "config/theme.h"
#include "harness.h"

static const char *const shipped[] = { "default", "light", "mono", "high-contrast",
				       "solarized-dark" };

static char *read_all(const char *path)
{
	FILE *fp = fopen(path, "r");
	ck_assert_msg(fp != NULL, "cannot open %s", path);
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	return buf;
}

static void theme_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/themes/%s.theme", getenv("top_srcdir"), name);
}

START_TEST(every_shipped_theme_parses_without_error_and_sets_every_role)
{
	for (size_t t = 0; t < sizeof(shipped) / sizeof(shipped[0]); t++) {
		char path[1024];
		struct config cfg;
		struct theme theme = { 0 };
		theme_path(path, sizeof(path), shipped[t]);
		config_init(&cfg);
		size_t errors = config_parse_theme(&cfg, read_all(path), path, &theme);
		ck_assert_msg(errors == 0, "%s", cfg.n_diags ? cfg.diags[0].text : "");
		for (int r = 0; r < ROLE_COUNT; r++)
			ck_assert_msg(theme.is_set[r], "%s leaves %s unset", shipped[t],
				      theme_role_name((enum role)r));
		config_fini(&cfg);
	}
}
END_TEST

START_TEST(the_mono_theme_uses_attributes_only)
{
	char path[1024];
	struct config cfg;
	struct theme theme = { 0 };
	theme_path(path, sizeof(path), "mono");
	config_init(&cfg);
	config_parse_theme(&cfg, read_all(path), path, &theme);
	for (int r = 0; r < ROLE_COUNT; r++) {
		ck_assert_int_eq(theme.style[r].fg, THEME_COLOR_DEFAULT);
		ck_assert_int_eq(theme.style[r].bg, THEME_COLOR_DEFAULT);
	}
	ck_assert(theme.style[ROLE_LIST_SELECTED].attrs & THEME_ATTR_REVERSE);
	config_fini(&cfg);
}
END_TEST

START_TEST(the_compiled_default_theme_is_the_shipped_file)
{
	char path[1024];
	theme_path(path, sizeof(path), "default");
	ck_assert_str_eq(theme_default_text, read_all(path));
}
END_TEST

START_TEST(the_default_theme_keeps_the_terminal_background)
{
	struct config cfg;
	config_init(&cfg);
	for (int r = 0; r < ROLE_COUNT; r++) {
		ck_assert(cfg.palette.is_set[r]);
		ck_assert_int_eq(cfg.palette.style[r].bg, THEME_COLOR_DEFAULT);
	}
	config_fini(&cfg);
}
END_TEST

START_TEST(colour_names_map_to_palette_numbers)
{
	short c;
	ck_assert(theme_color_parse("default", &c) && c == THEME_COLOR_DEFAULT);
	ck_assert(theme_color_parse("red", &c) && c == 1);
	ck_assert(theme_color_parse("White", &c) && c == 7);
	ck_assert(theme_color_parse("brightblue", &c) && c == 12);
	ck_assert(theme_color_parse("color0", &c) && c == 0);
	ck_assert(theme_color_parse("color255", &c) && c == 255);
	ck_assert(theme_color_parse("#ff0000", &c) && c == 196);
	ck_assert(theme_color_parse("#000000", &c) && c == 16);
	ck_assert(theme_color_parse("#808080", &c) && c == 244);
	ck_assert(theme_color_parse("#5f87af", &c) && c == 67);
	ck_assert(!theme_color_parse("color256", &c));
	ck_assert(!theme_color_parse("color", &c));
	ck_assert(!theme_color_parse("color-1", &c));
	ck_assert(!theme_color_parse("#fff", &c));
	ck_assert(!theme_color_parse("#gggggg", &c));
	ck_assert(!theme_color_parse("purple", &c));
}
END_TEST

START_TEST(attributes_combine_and_normal_adds_none)
{
	struct theme theme = { 0 };
	const char *words[] = { "list.selected", "white", "blue", "bold", "underline", "normal" };
	char *error = NULL;
	ck_assert(theme_apply_color(&theme, words, 6, &error));
	ck_assert_ptr_null(error);
	ck_assert_uint_eq(theme.style[ROLE_LIST_SELECTED].attrs,
			  THEME_ATTR_BOLD | THEME_ATTR_UNDERLINE);
	ck_assert_int_eq(theme.style[ROLE_LIST_SELECTED].bg, 4);
}
END_TEST

START_TEST(bad_theme_lines_are_reported_with_file_and_line_and_the_rest_loads)
{
	struct config cfg;
	struct theme theme = { 0 };
	config_init(&cfg);
	size_t errors = config_parse_theme(&cfg,
					   "# comment\n"
					   "color nosuch.role red default\n"
					   "color title chartreuse default\n"
					   "color title red default sparkly\n"
					   "color title red\n"
					   "set theme = light\n"
					   "color prompt green default bold\n",
					   "bad.theme", &theme);
	ck_assert_uint_eq(errors, 5);
	ck_assert_str_eq(cfg.diags[0].text, "bad.theme:2: unknown colour role 'nosuch.role'");
	ck_assert_str_eq(cfg.diags[1].text, "bad.theme:3: unknown colour 'chartreuse'");
	ck_assert_str_eq(cfg.diags[2].text, "bad.theme:4: unknown attribute 'sparkly'");
	ck_assert_uint_eq(cfg.diags[3].line, 5);
	ck_assert_uint_eq(cfg.diags[4].line, 6);
	ck_assert(strstr(cfg.diags[4].message, "only color lines"));
	ck_assert(theme.is_set[ROLE_PROMPT]);
	ck_assert(!theme.is_set[ROLE_TITLE]);
	ck_assert_int_eq(theme.style[ROLE_PROMPT].fg, 2);
	config_fini(&cfg);
}
END_TEST

START_TEST(set_theme_loads_the_file_and_color_lines_still_win)
{
	char dir[1024];
	struct config cfg;
	snprintf(dir, sizeof(dir), "%s/themes", getenv("top_srcdir"));
	setenv("HALOTUI_THEMES_DIR", dir, 1);
	config_init(&cfg);
	ck_assert(config_run_prompt(&cfg, "color title magenta default"));
	ck_assert(config_run_prompt(&cfg, "set theme = high-contrast"));
	ck_assert_int_eq(cfg.palette.style[ROLE_DEFAULT].bg, 0);
	ck_assert_int_eq(cfg.palette.style[ROLE_TITLE].fg, 5);
	ck_assert(!config_run_prompt(&cfg, "set theme = no-such-theme"));
	ck_assert(strstr(cfg.diags[cfg.n_diags - 1].text, "no-such-theme"));
	ck_assert_int_eq(cfg.palette.style[ROLE_DEFAULT].bg, THEME_COLOR_DEFAULT);
	config_fini(&cfg);
}
END_TEST

START_TEST(role_names_round_trip_through_the_table)
{
	for (int r = 0; r < ROLE_COUNT; r++) {
		enum role back;
		ck_assert(theme_role_from_name(theme_role_name((enum role)r), &back));
		ck_assert_int_eq(back, r);
		ck_assert(strlen(theme_role_help((enum role)r)) > 0);
	}
}
END_TEST

HARNESS_MAIN("theme", every_shipped_theme_parses_without_error_and_sets_every_role,
	     the_mono_theme_uses_attributes_only, the_compiled_default_theme_is_the_shipped_file,
	     the_default_theme_keeps_the_terminal_background, colour_names_map_to_palette_numbers,
	     attributes_combine_and_normal_adds_none,
	     bad_theme_lines_are_reported_with_file_and_line_and_the_rest_loads,
	     set_theme_loads_the_file_and_color_lines_still_win,
	     role_names_round_trip_through_the_table)
