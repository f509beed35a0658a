/* Tests of what every pane shares: recalc before draw (draw only reads), one idea of a page,
 * the item cursor of a document, and retarget. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/approval_json.h"
#include "model/ticket_json.h"
#include "render.h"
#include "ui/doc_view.h"
#include "ui/help_view.h"
#include "ui/list_view.h"
#include "util/alloc.h"

/* Draws V as it stands, without view_recalc, and returns the screen text; caller frees. */
static char *draw_only(struct render *r, struct view *v)
{
	WINDOW *win = newwin(LINES, COLS, 0, 0);
	werase(stdscr);
	wnoutrefresh(stdscr);
	v->ops->draw(v, win);
	wnoutrefresh(win);
	doupdate();
	delwin(win);
	return ui_screen_text(&r->screen);
}

/* The screen line Y of TEXT (without its newline), in BUF. */
static const char *line_of(const char *text, int y, char *buf, size_t size)
{
	for (int i = 0; i < y && text; i++) {
		text = strchr(text, '\n');
		text = text ? text + 1 : NULL;
	}
	size_t n = text ? strcspn(text, "\n") : 0;
	snprintf(buf, size, "%.*s", (int)n, text ? text : "");
	return buf;
}

/* The screen line where the low-bandwidth cursor mark ">" stands; -1 when none. */
static int mark_line(const char *text)
{
	char buf[512];
	for (int y = 0; y < LINES; y++)
		if (line_of(text, y, buf, sizeof(buf))[0] == '>')
			return y;
	return -1;
}

static void load_ticket(struct render *r)
{
	size_t len;
	char *body = render_fixture("ticket.json", &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	pane_data_set_ticket(&r->data, 2818);
	ck_assert_int_eq(ticket_from_json(body, len, &r->data.ticket, &err), STATUS_OK);
	pane_state_ok(&r->data.ticket_state);
	free(body);
}

START_TEST(draw_shows_the_columns_recalc_laid_out_and_changes_nothing)
{
	struct render r;
	render_init(&r, 6, 80);
	render_load_page(&r, "list-one.json");
	struct view *v = view_new(&list_view_ops, &r.env, &r.data);
	char *before = render_view(&r, v);
	ck_assert_ptr_nonnull(strstr(before, "Summary"));
	free(r.data.columns);
	r.data.columns = xstrdup("id:7,status:12");
	/* The setting changed, but only recalc reads it: draw shows the same columns. */
	char *stale = draw_only(&r, v);
	ck_assert_str_eq(stale, before);
	char *after = render_view(&r, v);
	ck_assert_ptr_null(strstr(after, "Summary"));
	ck_assert_ptr_nonnull(strstr(after, "Status"));
	free(before);
	free(stale);
	free(after);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(a_document_is_wrapped_by_recalc_never_by_draw)
{
	struct render r;
	render_init(&r, 12, 70);
	load_ticket(&r);
	struct view *v = view_new(&detail_view_ops, &r.env, &r.data);
	char *before = render_view(&r, v);
	v->cols = 30;
	char *stale = draw_only(&r, v);
	ck_assert_str_eq(stale, before);
	view_recalc(v);
	char *narrow = draw_only(&r, v);
	ck_assert_str_ne(narrow, before);
	free(before);
	free(stale);
	free(narrow);
	view_free(v);
	render_fini(&r);
}
END_TEST

/* The screen after CMD pressed N times on V. */
static char *after_presses(struct render *r, struct view *v, enum command cmd, int n)
{
	for (int i = 0; i < n; i++)
		view_handle(v, cmd);
	return render_view(r, v);
}

START_TEST(a_page_of_a_document_is_the_lines_it_shows)
{
	struct render r;
	render_init(&r, 6, 70);
	load_ticket(&r);
	struct view *paged = view_new(&detail_view_ops, &r.env, &r.data);
	struct view *stepped = view_new(&detail_view_ops, &r.env, &r.data);
	free(render_view(&r, paged));
	free(render_view(&r, stepped));
	char *a = after_presses(&r, paged, CMD_PAGE_DOWN, 1);
	char *b = after_presses(&r, stepped, CMD_MOVE_DOWN, 6);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	a = after_presses(&r, paged, CMD_HALF_PAGE_UP, 1);
	b = after_presses(&r, stepped, CMD_MOVE_UP, 3);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	view_free(paged);
	view_free(stepped);
	render_fini(&r);
}
END_TEST

static void fill_help(struct help_data *help, size_t count)
{
	help->lines = xcalloc(count, sizeof(help->lines[0]));
	help->count = count;
	for (size_t i = 0; i < count; i++) {
		char keys[16];
		snprintf(keys, sizeof(keys), "k%zu", i);
		help->lines[i].kind = HELP_KEYS;
		help->lines[i].keys = xstrdup(keys);
		help->lines[i].name = "name";
		help->lines[i].help = "what it does";
	}
}

START_TEST(a_page_of_the_help_is_the_lines_under_its_title)
{
	struct render r;
	render_init(&r, 12, 70);
	struct help_data help = { 0 };
	fill_help(&help, 40);
	struct view *paged = view_new(&help_view_ops, &r.env, &help);
	struct view *stepped = view_new(&help_view_ops, &r.env, &help);
	free(render_view(&r, paged));
	free(render_view(&r, stepped));
	char *a = after_presses(&r, paged, CMD_PAGE_DOWN, 1);
	char *b = after_presses(&r, stepped, CMD_MOVE_DOWN, 11);
	ck_assert_str_eq(a, b);
	char buf[64];
	ck_assert_int_eq(strncmp(line_of(a, 1, buf, sizeof(buf)), " k11 ", 5), 0);
	free(a);
	free(b);
	/* The end: the last line at the bottom, and no further. */
	a = after_presses(&r, paged, CMD_LAST, 1);
	ck_assert_int_eq(strncmp(line_of(a, 11, buf, sizeof(buf)), " k39 ", 5), 0);
	ck_assert_uint_eq(view_handle(paged, CMD_PAGE_DOWN) & REACT_REDRAW, 0);
	free(a);
	view_free(paged);
	view_free(stepped);
	help_data_clear(&help);
	render_fini(&r);
}
END_TEST

START_TEST(the_item_cursor_moves_from_item_to_item)
{
	struct render r;
	render_init(&r, 20, 70);
	r.env.is_low_bandwidth = true;
	size_t len;
	char *body = render_fixture("approvals.json", &len);
	struct model_error err;
	memset(&err, 0, sizeof(err));
	ck_assert_int_eq(approval_list_from_json(body, len, &r.data.my_approvals, &err), STATUS_OK);
	pane_state_ok(&r.data.my_approvals_state);
	r.data.is_my_approvals_all = true; /* `my-approvals all`: decided ones are items too */
	free(body);
	struct view *v = view_new(&my_approvals_view_ops, &r.env, &r.data);
	char *text = render_view(&r, v);
	int first = mark_line(text);
	free(text);
	ck_assert_int_eq(first, 2);
	ck_assert_uint_eq(view_handle(v, CMD_MOVE_DOWN), REACT_REDRAW);
	text = render_view(&r, v);
	ck_assert_int_eq(mark_line(text), 9);
	free(text);
	ck_assert_uint_eq(view_handle(v, CMD_MOVE_DOWN), REACT_NONE);
	ck_assert_uint_eq(view_handle(v, CMD_LAST), REACT_NONE);
	ck_assert_uint_eq(view_handle(v, CMD_FIRST), REACT_REDRAW);
	text = render_view(&r, v);
	ck_assert_int_eq(mark_line(text), first);
	free(text);
	/* Enter on an approval is the app's: it opens the step's own record. */
	ck_assert_uint_eq(view_handle(v, CMD_OPEN), REACT_UNHANDLED);
	ck_assert_int_eq(v->ops->selected_ticket(v), 2818);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(retarget_starts_another_ticket_at_its_top_and_keeps_the_same_ones_place)
{
	struct render r;
	render_init(&r, 6, 70);
	load_ticket(&r);
	struct view *v = view_new(&detail_view_ops, &r.env, &r.data);
	char top[64], scrolled[64], now[64];
	free(render_view(&r, v));
	v->ops->status(v, top, sizeof(top));
	view_handle(v, CMD_PAGE_DOWN);
	free(render_view(&r, v));
	v->ops->status(v, scrolled, sizeof(scrolled));
	ck_assert_str_ne(top, scrolled);
	/* The same ticket again (its pane opened once more): the place stays. */
	v->is_started = true;
	v->is_dirty = false;
	ck_assert_uint_eq(view_retarget(v, 2818), REACT_REDRAW);
	ck_assert(!v->is_started);
	ck_assert(v->is_dirty);
	v->ops->status(v, now, sizeof(now));
	ck_assert_str_eq(now, scrolled);
	/* Another ticket, as long: it starts from its top. */
	r.data.ticket_id = 2819;
	r.data.ticket->row.id = 2819;
	view_retarget(v, 2819);
	v->ops->status(v, now, sizeof(now));
	ck_assert_str_eq(now, top);
	view_free(v);
	render_fini(&r);
}
END_TEST

START_TEST(retarget_of_a_pane_without_the_op_redraws_and_starts_it_again)
{
	struct render r;
	render_init(&r, 6, 70);
	struct help_data help = { 0 };
	struct view *v = view_new(&help_view_ops, &r.env, &help);
	v->is_started = true;
	v->is_dirty = false;
	ck_assert_uint_eq(view_retarget(v, 7), REACT_REDRAW);
	ck_assert(!v->is_started);
	ck_assert(v->is_dirty);
	view_free(v);
	render_fini(&r);
}
END_TEST

HARNESS_MAIN("view_ops", draw_shows_the_columns_recalc_laid_out_and_changes_nothing,
	     a_document_is_wrapped_by_recalc_never_by_draw,
	     a_page_of_a_document_is_the_lines_it_shows,
	     a_page_of_the_help_is_the_lines_under_its_title,
	     the_item_cursor_moves_from_item_to_item,
	     retarget_starts_another_ticket_at_its_top_and_keeps_the_same_ones_place,
	     retarget_of_a_pane_without_the_op_redraws_and_starts_it_again)
