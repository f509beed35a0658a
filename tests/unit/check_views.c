/* Tests of saved views as tabs: the views file (lines, atomic write, errors with their place),
 * the tabs line fitted to a width, and the rows new or changed since last seen. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/configuration.h"
#include "config/views_file.h"
#include "harness.h"
#include "model/seen_rows.h"
#include "text/width.h"
#include "ui/list_columns.h"
#include "ui/pane_data.h"
#include "ui/tabs.h"
#include "util/strbuf.h"

/* A fresh $XDG_CONFIG_HOME under /tmp; returns the views file's path (caller frees). */
static char *fresh_config_home(void)
{
	static char base[64];
	snprintf(base, sizeof(base), "/tmp/halotui-views.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(base));
	setenv("XDG_CONFIG_HOME", base, 1);
	char *path = views_file_path();
	ck_assert_ptr_nonnull(path);
	return path;
}

static void write_file_text(const char *path, const char *text)
{
	char dir[256];
	snprintf(dir, sizeof(dir), "%s", path);
	*strrchr(dir, '/') = '\0';
	mkdir(dir, 0700);
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

START_TEST(a_view_line_reads_back_as_it_was)
{
	struct config cfg;
	config_init(&cfg);
	ck_assert(config_run_line(&cfg,
				  "view \"Printer \\\"jam\\\"\" search='paper & \"ink\"' "
				  "open_only=true order=id",
				  "test", 1));
	struct strbuf line;
	strbuf_init(&line);
	views_file_format(&cfg.views[0], &line);
	ck_assert_str_eq(line.data, "view \"Printer \\\"jam\\\"\" search=\"paper & \\\"ink\\\"\" "
				    "open_only=true order=id");
	struct config again;
	config_init(&again);
	ck_assert(config_run_line(&again, line.data, "test", 2));
	ck_assert_str_eq(again.views[0].name, "Printer \"jam\"");
	ck_assert_str_eq(again.views[0].params[0].value, "paper & \"ink\"");
	strbuf_fini(&line);
	config_fini(&cfg);
	config_fini(&again);
}
END_TEST

START_TEST(the_file_is_written_whole_and_read_at_start)
{
	char *path = fresh_config_home();
	struct config cfg;
	config_init(&cfg);
	config_run_line(&cfg, "view \"Mine\" mine=true", VIEWS_FILE_DEFAULTS, 1);
	config_run_line(&cfg, "view \"Theirs\" agent_id=4", "/elsewhere/config", 3);
	config_run_line(&cfg, "view \"Waiting for me\" pane=my-approvals", path, 2);
	char *error = NULL;
	ck_assert(views_file_write(&cfg, path, &error));
	/* Written by a rename: no temporary file is left beside it. */
	char dir[256];
	snprintf(dir, sizeof(dir), "%s", path);
	*strrchr(dir, '/') = '\0';
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "test $(ls %s | wc -l) -eq 1", dir);
	ck_assert_int_eq(system(cmd), 0);
	struct config back;
	config_init(&back);
	ck_assert(views_file_load(&back));
	/* The user's own config view stays in their config, not in the file. */
	ck_assert_uint_eq(back.n_views, 2);
	ck_assert_str_eq(back.views[0].name, "Mine");
	ck_assert_str_eq(views_file_pane(&back.views[1]), "my-approvals");
	ck_assert_uint_eq(back.n_diags, 0);
	config_fini(&cfg);
	config_fini(&back);
	free(path);
}
END_TEST

START_TEST(a_bad_line_of_the_file_names_the_file_and_line)
{
	char *path = fresh_config_home();
	write_file_text(path, "view \"Fine\" open_only=true\n\nview \"Bad\" no_such_param=1\n"
			      "view \"Alone\" pane=my-approvals open_only=true\n");
	struct config cfg;
	config_init(&cfg);
	ck_assert(views_file_load(&cfg));
	ck_assert_uint_eq(cfg.n_views, 1);
	ck_assert_uint_eq(cfg.n_diags, 2);
	ck_assert_uint_eq(cfg.diags[0].line, 3);
	ck_assert_str_eq(cfg.diags[0].file, path);
	ck_assert_ptr_nonnull(strstr(cfg.diags[0].text, "views:3: view \"Bad\""));
	ck_assert_uint_eq(cfg.diags[1].line, 4);
	ck_assert_ptr_nonnull(strstr(cfg.diags[1].message, "pane=my-approvals stands alone"));
	config_fini(&cfg);
	free(path);
}
END_TEST

START_TEST(no_file_is_no_error)
{
	char *path = fresh_config_home();
	struct config cfg;
	config_init(&cfg);
	ck_assert(!views_file_load(&cfg));
	ck_assert_uint_eq(cfg.n_diags, 0);
	config_fini(&cfg);
	free(path);
}
END_TEST

static struct view_tabs five_tabs(size_t current)
{
	static const char *const names[] = { "My open", "Unassigned", "All open", "SLA breached",
					     "Waiting for me" };
	static const long counts[] = { 37, 4, 120, 2, 3 };
	struct view_tabs t = { calloc(5, sizeof(*t.v)), 5, current };
	for (size_t i = 0; i < 5; i++)
		t.v[i] = (struct view_tab){ strdup(names[i]), counts[i], i != 2 };
	return t;
}

START_TEST(tabs_fit_eighty_columns_with_counts_and_the_current_in_brackets)
{
	struct view_tabs t = five_tabs(1);
	struct strbuf line;
	int x, cols;
	strbuf_init(&line);
	tabs_format(&t, false, 80, &line, &x, &cols);
	ck_assert_str_eq(line.data, " 1 My open 37 [2 Unassigned 4] 3 All open  4 SLA breached 2 "
				    " 5 Waiting for me 3 ");
	ck_assert_int_eq(x, 14);
	ck_assert_int_eq(cols, 16);
	strbuf_fini(&line);
	view_tabs_fini(&t);
}
END_TEST

START_TEST(narrow_tabs_cut_the_others_and_keep_the_current_whole)
{
	struct view_tabs t = five_tabs(4);
	struct strbuf line;
	int x, cols;
	strbuf_init(&line);
	tabs_format(&t, false, 60, &line, &x, &cols);
	ck_assert_int_le(text_width(line.data), 60);
	ck_assert_ptr_nonnull(strstr(line.data, "[5 Waiting for me 3]"));
	ck_assert_ptr_nonnull(strstr(line.data, TEXT_ELLIPSIS));
	tabs_format(&t, true, 24, &line, &x, &cols);
	ck_assert_int_le(text_width(line.data), 24);
	ck_assert_str_eq(line.data, "~[5 Waiting for me 3]");
	ck_assert_int_eq(x, 1);
	strbuf_fini(&line);
	view_tabs_fini(&t);
}
END_TEST

static struct ticket_row row(ticket_id_t id, time_t last, int status)
{
	return (struct ticket_row){ .id = id, .lastactiondate = last, .status_id = status };
}

START_TEST(rows_new_or_changed_since_last_seen_are_marked_until_opened)
{
	struct seen_rows s = { 0 };
	struct ticket_row first[] = { row(10, 500, 1), row(11, 400, 1), row(12, 300, 2) };
	ck_assert_uint_eq(seen_rows_note(&s, 1, first, 3), 0); /* the first look: nothing new */
	struct ticket_row page2[] = { row(5, 900, 1) };
	/* A page never seen before holds no news, whatever its dates. */
	ck_assert_uint_eq(seen_rows_note(&s, 2, page2, 1), 0);
	struct ticket_row again[] = { row(13, 1000, 1), row(10, 500, 1), row(11, 400, 3),
				      row(12, 300, 2) };
	ck_assert_uint_eq(seen_rows_note(&s, 1, again, 4), 2);
	ck_assert(seen_rows_is_new(&s, 13)); /* arrived */
	ck_assert(seen_rows_is_new(&s, 11)); /* changed status */
	ck_assert(!seen_rows_is_new(&s, 10));
	/* Still new on the next refresh, and not counted twice. */
	ck_assert_uint_eq(seen_rows_note(&s, 1, again, 4), 0);
	ck_assert(seen_rows_is_new(&s, 11));
	seen_rows_clear(&s, 11);
	ck_assert(!seen_rows_is_new(&s, 11));
	ck_assert(!seen_rows_is_new(NULL, 11));
	seen_rows_fini(&s);
}
END_TEST

START_TEST(a_change_made_from_this_console_is_not_news)
{
	struct seen_rows s = { 0 };
	struct ticket_row first[] = { row(10, 500, 1), row(11, 400, 1) };
	seen_rows_note(&s, 1, first, 2);
	seen_rows_own(&s, 11); /* status changed here */
	seen_rows_own(&s, 20); /* a ticket created here */
	struct ticket_row again[] = { row(20, 900, 1), row(10, 500, 1), row(11, 800, 3) };
	ck_assert_uint_eq(seen_rows_note(&s, 1, again, 3), 0);
	ck_assert(!seen_rows_is_new(&s, 11));
	ck_assert(!seen_rows_is_new(&s, 20));
	/* Once seen, another change of the same row is news again. */
	struct ticket_row later[] = { row(20, 900, 1), row(10, 500, 1), row(11, 950, 4) };
	ck_assert_uint_eq(seen_rows_note(&s, 1, later, 3), 1);
	ck_assert(seen_rows_is_new(&s, 11));
	seen_rows_fini(&s);
}
END_TEST

START_TEST(a_new_row_shows_its_mark_before_the_id_in_ascii_too)
{
	struct pane_data d;
	pane_data_init(&d);
	struct seen_rows s = { 0 };
	struct ticket_row first[] = { row(10, 500, 1) }, again[] = { row(10, 600, 1) };
	seen_rows_note(&s, 1, first, 1);
	seen_rows_note(&s, 1, again, 1);
	char buf[64];
	list_column_text(COL_ID, &d, &again[0], buf, sizeof(buf));
	ck_assert_str_eq(buf, "10"); /* no view shown: no marks */
	d.seen = &s;
	list_column_text(COL_ID, &d, &again[0], buf, sizeof(buf));
	ck_assert_str_eq(buf, "\xE2\x9C\xA6"
			      "10");
	d.is_ascii = true;
	list_column_text(COL_ID, &d, &again[0], buf, sizeof(buf));
	ck_assert_str_eq(buf, "+10");
	seen_rows_fini(&s);
	pane_data_fini(&d);
}
END_TEST

HARNESS_MAIN("views", a_change_made_from_this_console_is_not_news, a_view_line_reads_back_as_it_was,
	     the_file_is_written_whole_and_read_at_start,
	     a_bad_line_of_the_file_names_the_file_and_line, no_file_is_no_error,
	     tabs_fit_eighty_columns_with_counts_and_the_current_in_brackets,
	     narrow_tabs_cut_the_others_and_keep_the_current_whole,
	     rows_new_or_changed_since_last_seen_are_marked_until_opened,
	     a_new_row_shows_its_mark_before_the_id_in_ascii_too)
