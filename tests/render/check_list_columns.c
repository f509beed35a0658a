/* Tests of the list's columns: cut cells end in an ellipsis within their width, a narrow
 * sorted column keeps its arrow, columns left out for want of room are said. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_json.h"
#include "render.h"
#include "text/width.h"
#include "ui/list_columns.h"
#include "ui/list_view.h"

#include <term.h>

#define ELL "\xE2\x80\xA6"

/* One row with SUMMARY and AGENT as the server would send them. */
static struct ticket_page *one_row(const char *summary, const char *agent)
{
	char body[1024];
	snprintf(body, sizeof(body),
		 "{\"record_count\": 1, \"tickets\": [{\"id\": 3146, \"summary\": \"%s\", "
		 "\"status_name\": \"Awaiting User\", \"agent_name\": \"%s\"}]}",
		 summary, agent);
	struct ticket_page *p = NULL;
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(ticket_page_from_json(body, strlen(body), &p, &err), STATUS_OK);
	return p;
}

static void expect_cell(const struct pane_data *d, const struct ticket_row *row,
			enum list_column_id id, int width, const char *want)
{
	char buf[256];
	list_column_cell(id, d, row, width, buf, sizeof(buf));
	ck_assert_str_eq(buf, want);
	ck_assert_int_le(text_width(buf), width);
}

START_TEST(a_cut_cell_ends_in_an_ellipsis_within_its_cells)
{
	struct render r;
	render_init(&r, 4, 80);
	struct ticket_page *p = one_row("Exchange Online is not working", "Fran\\u00e7ois Schmidt");
	ck_assert_int_eq(ticket_list_store_page(r.data.list, 0, 1, p), STATUS_OK);
	const struct ticket_row *row = ticket_list_row(r.data.list, 0);
	expect_cell(&r.data, row, COL_SUMMARY, 28, "Exchange Online is not work" ELL);
	expect_cell(&r.data, row, COL_STATUS, 12, "Awaiting Us" ELL);
	expect_cell(&r.data, row, COL_AGENT, 14, "Fran\xC3\xA7ois Schm" ELL);
	expect_cell(&r.data, row, COL_STATUS, 13, "Awaiting User");
	/* With ASCII line graphics the mark is ASCII too. */
	r.data.is_ascii = true;
	expect_cell(&r.data, row, COL_STATUS, 12, "Awaiting Us~");
	render_fini(&r);
}
END_TEST

START_TEST(wide_characters_and_combining_marks_stay_within_the_width)
{
	struct render r;
	render_init(&r, 4, 80);
	/* 打印机无法连接 (two cells each), e + combining acute. */
	struct ticket_page *p = one_row("\\u6253\\u5370\\u673a\\u65e0\\u6cd5\\u8fde\\u63a5",
					"Rene\\u0301e Lefe\\u0300vre-Dupont");
	ck_assert_int_eq(ticket_list_store_page(r.data.list, 0, 1, p), STATUS_OK);
	const struct ticket_row *row = ticket_list_row(r.data.list, 0);
	/* 8 cells: three wide characters and the mark; the fourth would straddle. */
	expect_cell(&r.data, row, COL_SUMMARY, 8, "\xE6\x89\x93\xE5\x8D\xB0\xE6\x9C\xBA" ELL);
	expect_cell(&r.data, row, COL_SUMMARY, 7, "\xE6\x89\x93\xE5\x8D\xB0\xE6\x9C\xBA" ELL);
	expect_cell(&r.data, row, COL_AGENT, 6,
		    "Rene\xCC\x81"
		    "e" ELL);
	render_fini(&r);
}
END_TEST

static void set_sort(struct render *r, const char *field, bool is_desc)
{
	r->data.sort.field[0] = field;
	r->data.sort.field[1] = NULL;
	r->data.sort.is_desc[0] = is_desc;
}

START_TEST(a_narrow_sorted_column_keeps_its_arrow)
{
	struct render r;
	render_init(&r, 4, 80);
	char buf[64];
	set_sort(&r, "status_id", true);
	list_column_heading(COL_STATUS, &r.data, 12, buf, sizeof(buf));
	ck_assert_str_eq(buf, "Status \xE2\x96\xBC");
	list_column_heading(COL_STATUS, &r.data, 5, buf, sizeof(buf));
	ck_assert_str_eq(buf, "St" ELL " \xE2\x96\xBC");
	list_column_heading(COL_STATUS, &r.data, 1, buf, sizeof(buf));
	ck_assert_str_eq(buf, "\xE2\x96\xBC");
	set_sort(&r, "summary", false);
	r.data.is_ascii = true;
	list_column_heading(COL_SUMMARY, &r.data, 8, buf, sizeof(buf));
	ck_assert_str_eq(buf, "Summa~ ^");
	/* Columns the list is not sorted by have no arrow to keep. */
	list_column_heading(COL_STATUS, &r.data, 5, buf, sizeof(buf));
	ck_assert_str_eq(buf, "Stat~");
	render_fini(&r);
}
END_TEST

START_TEST(columns_left_out_for_want_of_room_are_counted)
{
	struct list_columns cols;
	char mark[16];
	list_columns_parse(&cols, "id:7,summary:*,status:12,priority:10,agent:14,lastaction:16");
	list_columns_fit(&cols, 200);
	ck_assert_int_eq(cols.dropped, 0);
	list_columns_dropped_mark(&cols, mark, sizeof(mark));
	ck_assert_str_eq(mark, "");
	list_columns_fit(&cols, 80);
	ck_assert_int_eq(cols.dropped, 1);
	list_columns_dropped_mark(&cols, mark, sizeof(mark));
	ck_assert_str_eq(mark, "+1");
	/* The shown columns leave room for the mark. */
	int used = 0, shown = 0;
	for (int i = 0; i < cols.count; i++) {
		used += cols.col[i].shown_width;
		shown += cols.col[i].shown_width > 0;
	}
	ck_assert_int_le(used + shown - 1 + 3, 80);
	list_columns_fit(&cols, 40);
	ck_assert_int_ge(cols.dropped, 2);
}
END_TEST

START_TEST(the_headings_say_how_many_columns_were_left_out)
{
	struct render r;
	render_init(&r, 4, 60);
	struct ticket_page *p = one_row("Exchange Online is not working", "Rosa Takahashi");
	ck_assert_int_eq(ticket_list_store_page(r.data.list, 0, 1, p), STATUS_OK);
	struct view *v = view_new(&list_view_ops, &r.env, &r.data);
	char *text = render_view(&r, v);
	/* The headings are the second line, under the title. */
	char *headings = strchr(text, '\n');
	ck_assert_ptr_nonnull(headings);
	headings++;
	char *eol = strchr(headings, '\n');
	ck_assert_ptr_nonnull(eol);
	*eol = 0;
	size_t len = strlen(headings);
	ck_assert_msg(len > 3 && !strcmp(headings + len - 3, " +2"), "headings: '%s'", headings);
	*eol = '\n';
	ck_assert_msg(strstr(text, ELL), "%s", text);
	free(text);
	view_free(v);
	render_fini(&r);
}
END_TEST

/* ATTR as the terminal shows it next to colours: without what its ncv drops. */
static attr_t visible(attr_t attr)
{
	int ncv = tigetnum((NCURSES_CONST char *)"ncv");
	attr_t a = attr & A_ATTRIBUTES & ~A_COLOR;
	if (ncv > 0 && (ncv & 2))
		a &= ~A_UNDERLINE;
	if (ncv > 0 && (ncv & 16))
		a &= ~A_DIM;
	return a | (attr & A_COLOR);
}

/* The attributes of row Y of the list drawn without the keys (cursor on row 1). */
static attr_t row_attr_at(struct render *r, int y)
{
	struct view *v = view_new(&list_view_ops, &r->env, &r->data);
	v->is_focused = false;
	v->rows = LINES;
	v->cols = COLS;
	WINDOW *win = newwin(LINES, COLS, 0, 0);
	v->ops->draw(v, win);
	attr_t attr = mvwinch(win, y, 12) & A_ATTRIBUTES;
	delwin(win);
	view_free(v);
	return attr;
}

/* Under TERM, the unfocused cursor row looks unlike the row below it (both read, or both
 * unread: bold) and unlike the focused selection, as the terminal shows them; returns the
 * mark chosen. */
static attr_t unfocused_cursor_under(const char *term, bool is_read)
{
	setenv("TERM", term, 1);
	struct render r;
	render_init(&r, 4, 80);
	char body[256];
	snprintf(body, sizeof(body),
		 "{\"record_count\": 2, \"tickets\": [{\"id\": 1, \"summary\": \"One\", "
		 "\"read\": %s}, {\"id\": 2, \"summary\": \"Two\", \"read\": %s}]}",
		 is_read ? "true" : "false", is_read ? "true" : "false");
	struct ticket_page *p = NULL;
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(ticket_page_from_json(body, strlen(body), &p, &err), STATUS_OK);
	ck_assert_int_eq(ticket_list_store_page(r.data.list, 0, 1, p), STATUS_OK);
	attr_t cursor = row_attr_at(&r, 1), plain = row_attr_at(&r, 2);
	attr_t selected = ui_env_attr(&r.env, ROLE_LIST_SELECTED);
	attr_t mark = ui_env_unfocused_cursor(&r.env);
	ck_assert_msg(visible(cursor) != visible(plain), "%s: the cursor row is not seen", term);
	ck_assert_msg(visible(cursor) != visible(selected), "%s: looks selected", term);
	ck_assert(!(mark & selected & ~A_COLOR));
	render_fini(&r);
	return mark;
}

START_TEST(the_unfocused_cursor_is_seen_on_a_terminal_without_underline)
{
	/* The Linux console draws underline as a colour: next to colours it has none. */
	ck_assert_int_ne(unfocused_cursor_under("linux", true), A_UNDERLINE);
	ck_assert_int_ne(unfocused_cursor_under("linux", false), A_UNDERLINE);
	ck_assert_int_eq(unfocused_cursor_under("xterm-256color", true), A_UNDERLINE);
	ck_assert_int_eq(unfocused_cursor_under("xterm-256color", false), A_UNDERLINE);
}
END_TEST

START_TEST(a_row_with_a_change_out_or_refused_is_marked_before_its_id)
{
	struct pane_data d;
	pane_data_init(&d);
	struct ticket_page *p = one_row("Printer", "Jane");
	const struct ticket_row *row = &p->rows[0];
	expect_cell(&d, row, COL_ID, 7, "3146");
	struct pending_change c;
	memset(&c, 0, sizeof(c));
	c.write_id = 1;
	c.ticket_id = 3146;
	pending_add(&d.pending, &c);
	expect_cell(&d, row, COL_ID, 7,
		    "\xE2\x9C\x8E"
		    "3146");
	d.is_ascii = true;
	expect_cell(&d, row, COL_ID, 7, "~3146");
	pending_fail(&d.pending, 1);
	expect_cell(&d, row, COL_ID, 7, "x3146");
	d.is_ascii = false;
	expect_cell(&d, row, COL_ID, 7,
		    "\xE2\x9C\x97"
		    "3146");
	pending_remove(&d.pending, 1);
	expect_cell(&d, row, COL_ID, 7, "3146");
	ticket_page_free(p);
	pane_data_fini(&d);
}
END_TEST

HARNESS_MAIN("list_columns", a_row_with_a_change_out_or_refused_is_marked_before_its_id,
	     the_unfocused_cursor_is_seen_on_a_terminal_without_underline,
	     a_cut_cell_ends_in_an_ellipsis_within_its_cells,
	     wide_characters_and_combining_marks_stay_within_the_width,
	     a_narrow_sorted_column_keeps_its_arrow, columns_left_out_for_want_of_room_are_counted,
	     the_headings_say_how_many_columns_were_left_out)
