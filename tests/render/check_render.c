/* Render tests of every pane: the text a view draws from fixture models, cell for cell. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/configuration.h"
#include "harness.h"
#include "model/action_json.h"
#include "model/approval_json.h"
#include "model/ticket_json.h"
#include "model/todo_json.h"
#include "render.h"
#include "ui/doc.h"
#include "ui/doc_view.h"
#include "ui/frame.h"
#include "ui/help_view.h"
#include "ui/list_view.h"
#include "ui/prompt.h"
#include "ui/statusbar.h"

static void check_view(struct render *r, const struct view_ops *ops, void *data, const char *name)
{
	struct view *v = view_new(ops, &r->env, data);
	ck_assert_ptr_nonnull(v);
	char *text = render_view(r, v);
	ck_assert_msg(render_matches(text, name), "screen %s differs", name);
	free(text);
	view_free(v);
}

START_TEST(an_empty_list_says_no_ticket_matches)
{
	struct render r;
	render_init(&r, 8, 80);
	render_load_page(&r, "list-empty.json");
	check_view(&r, &list_view_ops, &r.data, "list-empty");
	render_fini(&r);
}
END_TEST

START_TEST(a_list_not_yet_loaded_says_it_is_loading)
{
	struct render r;
	render_init(&r, 6, 60);
	check_view(&r, &list_view_ops, &r.data, "list-loading");
	render_fini(&r);
}
END_TEST

START_TEST(one_row_shows_its_glyphs_and_columns)
{
	struct render r;
	render_init(&r, 6, 100);
	render_load_page(&r, "list-one.json");
	check_view(&r, &list_view_ops, &r.data, "list-one");
	render_fini(&r);
}
END_TEST

/* A page of N generated rows, the way the server sends them. */
static void load_generated(struct render *r, int n, int total)
{
	char *body = calloc(1, 200 * (size_t)n + 100);
	size_t len = (size_t)sprintf(body, "{\"record_count\": %d, \"tickets\": [", total);
	for (int i = 0; i < n; i++)
		len += (size_t)sprintf(
			body + len,
			"%s{\"id\": %d, \"summary\": \"Generated ticket number %d\", "
			"\"status_name\": \"Open\", \"priority_name\": \"Low\", "
			"\"agent_name\": \"Agent %d\"}",
			i ? "," : "", 100 + i, i + 1, i % 7);
	strcpy(body + len, "]}");
	struct ticket_page *page = NULL;
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(ticket_page_from_json(body, strlen(body), &page, &err), STATUS_OK);
	ck_assert_int_eq(ticket_list_store_page(r->data.list, 0, 1, page), STATUS_OK);
	free(body);
}

START_TEST(many_rows_fill_the_window_and_pages_not_loaded_show_dots)
{
	struct render r;
	render_init(&r, 12, 80);
	load_generated(&r, 5, 1000);
	check_view(&r, &list_view_ops, &r.data, "list-many");
	render_fini(&r);
}
END_TEST

START_TEST(wide_and_combining_text_is_cut_on_cell_boundaries)
{
	struct render r;
	render_init(&r, 6, 80);
	render_load_page(&r, "list-wide.json");
	check_view(&r, &list_view_ops, &r.data, "list-wide");
	render_fini(&r);
}
END_TEST

START_TEST(hostile_text_reaches_the_screen_without_controls_or_escapes)
{
	struct render r;
	render_init(&r, 6, 100);
	render_load_page(&r, "list-hostile.json");
	struct view *v = view_new(&list_view_ops, &r.env, &r.data);
	char *text = render_view(&r, v);
	ck_assert_ptr_null(strchr(text, '\033'));
	ck_assert_ptr_null(strstr(text, "\xE2\x80\xAE")); /* U+202E */
	ck_assert_msg(render_matches(text, "list-hostile"), "screen differs");
	free(text);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(the_mono_low_bandwidth_list_marks_the_cursor_with_an_arrow_in_ascii)
{
	struct render r;
	render_init(&r, 6, 80);
	struct config cfg;
	config_init(&cfg);
	ck_assert(config_run_prompt(&cfg, "set theme = mono"));
	ui_env_apply_theme(&r.env, &cfg.palette, false);
	config_fini(&cfg);
	r.env.is_low_bandwidth = true;
	r.env.is_ascii_lines = true;
	r.data.is_ascii = true;
	render_load_page(&r, "list-one.json");
	check_view(&r, &list_view_ops, &r.data, "list-mono");
	render_fini(&r);
}
END_TEST

static void load_ticket_from(struct render *r, const char *fixture)
{
	size_t len;
	char *body = render_fixture(fixture, &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	pane_data_set_ticket(&r->data, 2818);
	ck_assert_msg(ticket_from_json(body, len, &r->data.ticket, &err) == STATUS_OK, "%s",
		      err.message);
	pane_state_ok(&r->data.ticket_state);
	free(body);
}

static void load_ticket(struct render *r)
{
	load_ticket_from(r, "ticket.json");
}

START_TEST(the_detail_shows_fields_text_links_custom_fields_and_children)
{
	struct render r;
	render_init(&r, 30, 70);
	load_ticket(&r);
	check_view(&r, &detail_view_ops, &r.data, "detail");
	render_fini(&r);
}
END_TEST

START_TEST(custom_field_labels_are_cleaned_and_aligned_and_text_past_a_nul_stays)
{
	struct render r;
	render_init(&r, 14, 50);
	load_ticket_from(&r, "ticket-hostile-labels.json");
	check_view(&r, &detail_view_ops, &r.data, "detail-hostile-labels");
	render_fini(&r);
}
END_TEST

START_TEST(a_detail_of_megabytes_is_cut_with_a_note)
{
	struct render r;
	render_init(&r, 10, 70);
	/* 3 MB of paragraphs: read whole, it would hold the pane for seconds. */
	size_t len = 3u << 20;
	char *body = malloc(len + 128);
	size_t n = (size_t)sprintf(body, "{\"id\":2818,\"summary\":\"big\",\"details\":\"");
	while (n < len)
		n += (size_t)sprintf(body + n, "<p>line %zu of a pasted log</p>", n);
	n += (size_t)sprintf(body + n, "<p>THE END</p>\"}");
	static struct model_error err;
	pane_data_set_ticket(&r.data, 2818);
	ck_assert_int_eq(ticket_from_json(body, n, &r.data.ticket, &err), STATUS_OK);
	pane_state_ok(&r.data.ticket_state);
	free(body);
	struct doc doc = { 0 };
	doc.width = 69;
	doc_build(VIEW_DETAIL, &doc, &r.data);
	bool has_note = false, has_end = false;
	for (size_t i = 0; i < doc.count; i++) {
		has_note |= strstr(doc.lines[i].text, "(detail cut at 512 KB of 3.0 MB") != NULL;
		has_end |= strstr(doc.lines[i].text, "THE END") != NULL;
	}
	ck_assert(has_note);
	ck_assert(!has_end);
	ck_assert_uint_lt(doc.count, 40000);
	doc_clear(&doc);
	render_fini(&r);
}
END_TEST

START_TEST(a_long_summary_with_line_breaks_takes_at_most_three_lines_of_the_detail)
{
	struct render r;
	render_init(&r, 8, 70);
	load_ticket_from(&r, "ticket-long-summary.json");
	check_view(&r, &detail_view_ops, &r.data, "detail-long-summary");
	render_fini(&r);
}
END_TEST

START_TEST(a_pane_title_cuts_the_summary_but_keeps_the_panes_name)
{
	struct render r;
	render_init(&r, 4, 70);
	load_ticket_from(&r, "ticket-long-summary.json");
	pane_state_ok(&r.data.actions_state);
	check_view(&r, &history_view_ops, &r.data, "history-long-summary");
	render_fini(&r);
}
END_TEST

START_TEST(blank_cells_of_a_pane_take_the_themes_background)
{
	struct render r;
	render_init(&r, 12, 70);
	struct config cfg;
	config_init(&cfg);
	char *error = NULL;
	ck_assert(config_set(&cfg, SETTING_THEME, "light", &error));
	ck_assert(config_apply_theme(&cfg));
	ui_env_apply_theme(&r.env, &cfg.palette, true);
	config_fini(&cfg);
	pane_data_set_ticket(&r.data, 2818);
	pane_state_ok(&r.data.todos_state);
	struct view *v = view_new(&todos_view_ops, &r.env, &r.data);
	struct ui_frame f;
	struct statusbar sb;
	ui_frame_init(&f);
	statusbar_init(&sb);
	ui_frame_relayout(&f, v, NULL, false, &sb);
	ui_flush(&f, &r.env, v, NULL, &sb, NULL, NULL);
	short want = (short)PAIR_NUMBER(ui_env_attr(&r.env, ROLE_DEFAULT));
	ck_assert_int_ne(want, 0);
	/* The margin left of the text, and a row below the end of the document. */
	int margin_pair = (int)PAIR_NUMBER(mvwinch(f.primary, 0, 0));
	int below_pair = (int)PAIR_NUMBER(mvwinch(f.primary, 8, 30));
	ck_assert_int_eq(margin_pair, want);
	ck_assert_int_eq(below_pair, want);
	ui_frame_fini(&f);
	statusbar_fini(&sb);
	view_free(v);
	render_fini(&r);
}
END_TEST

/* The attributes of the list's cursor row (y 2, under the title and the headings) when
 * the list has the keys or not. */
static attr_t cursor_row_attr(struct render *r, bool is_focused)
{
	struct view *v = view_new(&list_view_ops, &r->env, &r->data);
	v->is_focused = is_focused;
	WINDOW *win = newwin(LINES, COLS, 0, 0);
	v->rows = LINES;
	v->cols = COLS;
	view_recalc(v);
	v->ops->draw(v, win);
	attr_t attr = mvwinch(win, 2, 10) & (A_ATTRIBUTES & ~A_CHARTEXT);
	delwin(win);
	view_free(v);
	return attr;
}

START_TEST(only_the_focused_pane_shows_its_cursor_as_selected)
{
	struct render r;
	render_init(&r, 4, 80);
	render_load_page(&r, "list-one.json");
	attr_t selected = ui_env_attr(&r.env, ROLE_LIST_SELECTED);
	attr_t focused = cursor_row_attr(&r, true), unfocused = cursor_row_attr(&r, false);
	ck_assert_int_eq(PAIR_NUMBER(focused), PAIR_NUMBER(selected));
	ck_assert_int_eq(focused & A_REVERSE, selected & A_REVERSE);
	ck_assert(PAIR_NUMBER(unfocused) != PAIR_NUMBER(selected) ||
		  (unfocused & A_REVERSE) != (selected & A_REVERSE));
	ck_assert(unfocused & A_UNDERLINE);
	render_fini(&r);
}
END_TEST

START_TEST(a_failed_refresh_keeps_the_detail_and_says_it_is_stale)
{
	struct render r;
	render_init(&r, 6, 70);
	load_ticket(&r);
	pane_state_fail(&r.data.ticket_state, "the server failed (5xx): Database timeout");
	check_view(&r, &detail_view_ops, &r.data, "detail-stale");
	render_fini(&r);
}
END_TEST

START_TEST(the_history_lists_actions_newest_first)
{
	struct render r;
	render_init(&r, 14, 70);
	pane_data_set_ticket(&r.data, 2818);
	size_t len;
	char *body = render_fixture("actions.json", &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(action_list_from_json(body, len, &r.data.actions, &err), STATUS_OK);
	pane_state_ok(&r.data.actions_state);
	free(body);
	check_view(&r, &history_view_ops, &r.data, "history");
	render_fini(&r);
}
END_TEST

START_TEST(approvals_show_step_approver_result_and_dates)
{
	struct render r;
	render_init(&r, 16, 70);
	pane_data_set_ticket(&r.data, 2818);
	size_t len;
	char *body = render_fixture("approvals.json", &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(approval_list_from_json(body, len, &r.data.approvals, &err), STATUS_OK);
	pane_state_ok(&r.data.approvals_state);
	check_view(&r, &approvals_view_ops, &r.data, "approvals");
	ck_assert_int_eq(approval_list_from_json(body, len, &r.data.my_approvals, &err), STATUS_OK);
	pane_state_ok(&r.data.my_approvals_state);
	r.data.is_my_approvals_all = true; /* `my-approvals all`: the decided ones below */
	check_view(&r, &my_approvals_view_ops, &r.data, "my-approvals");
	free(body);
	render_fini(&r);
}
END_TEST

START_TEST(todos_are_grouped_with_done_marks_and_who)
{
	struct render r;
	render_init(&r, 10, 70);
	pane_data_set_ticket(&r.data, 2818);
	size_t len;
	char *body = render_fixture("todos.json", &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(todo_list_from_json(body, len, &r.data.todos, &err), STATUS_OK);
	pane_state_ok(&r.data.todos_state);
	free(body);
	check_view(&r, &todos_view_ops, &r.data, "todos");
	render_fini(&r);
}
END_TEST

START_TEST(a_pane_that_never_loaded_shows_the_servers_words)
{
	struct render r;
	render_init(&r, 5, 70);
	pane_state_fail(&r.data.todos_state,
			"not authorised (401): Token expired; sign in again with a client "
			"secret that is still valid (GET /ToDo)");
	check_view(&r, &todos_view_ops, &r.data, "todos-error");
	render_fini(&r);
}
END_TEST

START_TEST(the_status_bar_shows_profile_demo_loading_budget_and_error)
{
	struct render r;
	render_init(&r, 1, 100);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_profile(&sb, "acme");
	sb.is_demo = true;
	statusbar_set_loading(&sb, 2);
	statusbar_set_budget(&sb, 12);
	statusbar_set_error(&sb, "too many requests (429): slow down");
	statusbar_set_pane_text(&sb, "12 of 2500");
	WINDOW *win = newwin(1, 100, 0, 0);
	statusbar_draw(&sb, &r.env, NULL, win);
	wnoutrefresh(win);
	doupdate();
	char *text = ui_screen_text(&r.screen);
	ck_assert_msg(render_matches(text, "statusbar"), "screen differs");
	free(text);
	delwin(win);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

/* The status bar's text after SETUP ran on a fresh bar, 80 columns wide. */
static char *status_text(struct render *r, struct statusbar *sb)
{
	WINDOW *win = newwin(1, 80, 0, 0);
	werase(stdscr);
	wnoutrefresh(stdscr);
	statusbar_draw(sb, &r->env, NULL, win);
	wnoutrefresh(win);
	doupdate();
	delwin(win);
	return ui_screen_text(&r->screen);
}

START_TEST(while_rate_limited_the_status_bar_counts_the_seconds_instead_of_loading)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_loading(&sb, 3);
	statusbar_set_rate_limited(&sb, 4200);
	char *text = status_text(&r, &sb);
	ck_assert_msg(strstr(text, "rate limited: 5s"), "%s", text);
	ck_assert_ptr_null(strstr(text, "loading"));
	free(text);
	/* Under a second left still says 1s, never 0s. */
	statusbar_set_rate_limited(&sb, 30);
	text = status_text(&r, &sb);
	ck_assert_msg(strstr(text, "rate limited: 1s"), "%s", text);
	free(text);
	statusbar_set_rate_limited(&sb, 0);
	text = status_text(&r, &sb);
	ck_assert_ptr_null(strstr(text, "rate limited"));
	ck_assert_msg(strstr(text, "loading"), "%s", text);
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_requests_left_agree_with_their_count)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_budget(&sb, 1);
	char *text = status_text(&r, &sb);
	ck_assert_msg(strstr(text, " 1 request left"), "%s", text);
	free(text);
	statusbar_set_budget(&sb, 2);
	text = status_text(&r, &sb);
	ck_assert_msg(strstr(text, " 2 requests left"), "%s", text);
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(an_outage_error_leaves_the_status_bar_once_the_server_answers_again)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_outage_error(&sb, "network error: connection refused");
	char *text = status_text(&r, &sb);
	ck_assert_ptr_nonnull(strstr(text, "connection refused"));
	free(text);
	statusbar_server_answered(&sb);
	text = status_text(&r, &sb);
	ck_assert_ptr_null(strstr(text, "connection refused"));
	free(text);
	/* An error about what was asked (or typed) stays until something replaces it. */
	statusbar_set_error(&sb, "no such record (404)");
	statusbar_server_answered(&sb);
	text = status_text(&r, &sb);
	ck_assert_ptr_nonnull(strstr(text, "no such record (404)"));
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_status_bar_shows_the_newer_of_the_last_error_and_message)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_error(&sb, "the server failed (5xx)");
	statusbar_set_message(&sb, "copied id: 12");
	char *text = status_text(&r, &sb);
	ck_assert_ptr_nonnull(strstr(text, "copied id: 12"));
	ck_assert_ptr_null(strstr(text, "5xx"));
	free(text);
	statusbar_set_error(&sb, "not authorised (401)");
	text = status_text(&r, &sb);
	ck_assert_ptr_nonnull(strstr(text, "not authorised (401)"));
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(a_read_only_profile_is_marked_in_the_status_bar_in_words)
{
	struct render r;
	render_init(&r, 1, 80);
	struct statusbar sb;
	statusbar_init(&sb);
	statusbar_set_profile(&sb, "prod");
	char *text = status_text(&r, &sb);
	ck_assert_ptr_null(strstr(text, "READ-ONLY"));
	free(text);
	sb.is_read_only = true;
	text = status_text(&r, &sb);
	ck_assert_ptr_nonnull(strstr(text, "READ-ONLY"));
	free(text);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_open_prompt_replaces_the_status_line_and_keeps_its_end_in_view)
{
	struct render r;
	render_init(&r, 1, 40);
	struct statusbar sb;
	struct prompt p;
	statusbar_init(&sb);
	prompt_init(&p);
	prompt_open(&p);
	const char *typed = "set columns = id:7,summary:*,status:12,agent";
	for (const char *c = typed; *c; c++)
		prompt_key(&p, (unsigned char)*c, NULL, 0);
	WINDOW *win = newwin(1, 40, 0, 0);
	statusbar_draw(&sb, &r.env, &p, win);
	wnoutrefresh(win);
	doupdate();
	char *text = ui_screen_text(&r.screen);
	ck_assert_int_eq(text[0], ':');
	ck_assert_ptr_nonnull(strstr(text, "status:12,agent"));
	ck_assert_ptr_null(strstr(text, "halotui"));
	free(text);
	delwin(win);
	prompt_fini(&p);
	statusbar_fini(&sb);
	render_fini(&r);
}
END_TEST

START_TEST(the_prompt_s_choices_keep_the_one_in_the_line_in_view_and_count_the_rest)
{
	static const struct prompt_choice choices[] = {
		{ "theme", "colour theme", ' ' },
		{ "line-graphics", "characters for lines and borders, cut at the width", ' ' },
		{ "low-bandwidth", "fewer redraws", ' ' },
	};
	struct render r;
	render_init(&r, 2, 40);
	struct prompt p;
	prompt_init(&p);
	prompt_open(&p);
	prompt_key(&p, UI_KEY_TAB, choices, 3);
	prompt_key(&p, UI_KEY_TAB, NULL, 0);
	ck_assert_int_eq(prompt_choice_rows(&p, 2), 2);
	WINDOW *win = newwin(2, 40, 0, 0);
	prompt_draw_choices(&p, &r.env, win);
	wnoutrefresh(win);
	doupdate();
	char *text = ui_screen_text(&r.screen);
	/* Two rows for three choices: the second, which is in the line, then what is left. */
	ck_assert_msg(!strncmp(text, " line-graphics  characters for lines and\n +2 more", 49),
		      "%s", text);
	ck_assert((mvwinch(win, 0, 1) & A_ATTRIBUTES) != (mvwinch(win, 1, 1) & A_ATTRIBUTES));
	free(text);
	delwin(win);
	prompt_fini(&p);
	render_fini(&r);
}
END_TEST

HARNESS_MAIN("render", an_empty_list_says_no_ticket_matches,
	     while_rate_limited_the_status_bar_counts_the_seconds_instead_of_loading,
	     the_requests_left_agree_with_their_count,
	     the_prompt_s_choices_keep_the_one_in_the_line_in_view_and_count_the_rest,
	     a_list_not_yet_loaded_says_it_is_loading, one_row_shows_its_glyphs_and_columns,
	     many_rows_fill_the_window_and_pages_not_loaded_show_dots,
	     wide_and_combining_text_is_cut_on_cell_boundaries,
	     hostile_text_reaches_the_screen_without_controls_or_escapes,
	     the_mono_low_bandwidth_list_marks_the_cursor_with_an_arrow_in_ascii,
	     the_detail_shows_fields_text_links_custom_fields_and_children,
	     custom_field_labels_are_cleaned_and_aligned_and_text_past_a_nul_stays,
	     a_detail_of_megabytes_is_cut_with_a_note,
	     a_long_summary_with_line_breaks_takes_at_most_three_lines_of_the_detail,
	     a_pane_title_cuts_the_summary_but_keeps_the_panes_name,
	     blank_cells_of_a_pane_take_the_themes_background,
	     only_the_focused_pane_shows_its_cursor_as_selected,
	     a_failed_refresh_keeps_the_detail_and_says_it_is_stale,
	     the_history_lists_actions_newest_first, approvals_show_step_approver_result_and_dates,
	     todos_are_grouped_with_done_marks_and_who,
	     a_pane_that_never_loaded_shows_the_servers_words,
	     the_status_bar_shows_profile_demo_loading_budget_and_error,
	     an_outage_error_leaves_the_status_bar_once_the_server_answers_again,
	     the_status_bar_shows_the_newer_of_the_last_error_and_message,
	     a_read_only_profile_is_marked_in_the_status_bar_in_words,
	     the_open_prompt_replaces_the_status_line_and_keeps_its_end_in_view)
