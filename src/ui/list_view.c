/* The ticket list pane: draws the visible rows, moves the cursor, asks for pages. */
#include "config.h"

#include "ui/list_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/draw.h"
#include "ui/list_columns.h"
#include "ui/list_title.h"
#include "ui/nav.h"
#include "ui/pane_data.h"
#include "ui/tabs.h"
#include "ui/typeahead.h"
#include "util/alloc.h"

struct list_state {
	struct nav nav; /* cursor and scroll over the rows; G before the count waits in it */
	struct typeahead ahead; /* moves and Enter typed before the first page came */
	long open_at; /* the row a typed-ahead Enter opens once its page comes; -1: none */
	struct list_columns cols;
	char *cols_spec; /* the spec COLS was parsed from */
	int sort_column; /* index into cols of the sort key */
};

static struct pane_data *data_of(const struct view *v)
{
	return v->data;
}

/* The tabs line shows when there are saved views and the pane has room to spare for it. */
static int tab_lines(const struct view *v, int rows)
{
	return data_of(v)->tabs.n > 0 && rows >= TABS_MIN_ROWS ? 1 : 0;
}

/* Lines above the rows: the tabs (when shown), the title (what is shown, in words) and the
 * headings. */
static int top_lines(const struct view *v, int rows)
{
	return tab_lines(v, rows) + 2;
}

/* Rows of the window that show tickets. */
static int visible_rows(const struct view *v)
{
	int top = top_lines(v, v->rows);
	return v->rows > top ? v->rows - top : 1;
}

static size_t row_count(const struct view *v)
{
	return ticket_list_record_count(data_of(v)->list);
}

static const struct nav *nav_of(const struct view *v)
{
	const struct list_state *st = v->state;
	return &st->nav;
}

/* Tells the navigation how many rows there are (none known before the first page) and how
 * many show (the last page, while the list has no window); true when that moved the
 * cursor (a waiting G happened). */
static bool sync_nav(struct view *v)
{
	struct list_state *st = v->state;
	long count = ticket_list_is_known(data_of(v)->list) ? (long)row_count(v) : NAV_UNKNOWN;
	return nav_resize(&st->nav, count, v->rows > 0 ? visible_rows(v) : st->nav.rows);
}

static bool list_open(struct view *v)
{
	struct list_state *st = xcalloc(1, sizeof(*st));
	nav_init(&st->nav, true);
	st->open_at = -1;
	v->state = st;
	return true;
}

static void list_free(struct view *v)
{
	struct list_state *st = v->state;
	if (st)
		free(st->cols_spec);
	free(st);
	v->state = NULL;
}

size_t list_view_cursor(const struct view *v)
{
	return (size_t)nav_of(v)->cursor;
}

/* Re-reads the `columns` setting when it changed. */
static struct list_columns *columns(struct view *v)
{
	struct list_state *st = v->state;
	const char *spec = data_of(v)->columns ? data_of(v)->columns : "";
	if (!st->cols_spec || strcmp(st->cols_spec, spec)) {
		free(st->cols_spec);
		st->cols_spec = xstrdup(spec);
		list_columns_parse(&st->cols, spec);
	}
	return &st->cols;
}

/* The mark column left of the rows: the cursor's arrow at low bandwidth (a move rewrites two
 * cells, not two rows), and the tag mark while any ticket is tagged. Without either it takes
 * no room. */
static int mark_cols(const struct view *v)
{
	return v->env->is_low_bandwidth || data_of(v)->tags.count > 0 ? 2 : 0;
}

/* The mark column of a row: the arrow in its first cell, the tag in its second. */
static void draw_marks(const struct view *v, WINDOW *win, int y, const struct ticket_row *row,
		       bool is_cursor)
{
	const struct pane_data *d = data_of(v);
	if (v->env->is_low_bandwidth && is_cursor)
		draw_text(win, y, 0, 1, d->is_ascii ? ">" : "\xE2\x96\xB6", A_BOLD);
	else
		draw_text(win, y, 0, 1, "", ui_env_attr(v->env, ROLE_DEFAULT));
	if (row && tag_set_has(&d->tags, row->id))
		draw_text(win, y, 1, 1, d->is_ascii ? "+" : "\xE2\x97\x8F",
			  ui_env_attr(v->env, ROLE_LIST_TAGGED));
	else
		draw_text(win, y, 1, 1, "", ui_env_attr(v->env, ROLE_DEFAULT));
}

/* Lays the columns out for the pane's width (less the cursor mark; with something beside
 * the list, its last cell stays blank so the last column never touches the divider,
 * "07:08│") and the page for its height. */
static void list_recalc(struct view *v)
{
	struct list_state *st = v->state;
	list_columns_fit(columns(v), v->cols - mark_cols(v) - (v->is_beside ? 1 : 0));
	nav_resize(&st->nav, st->nav.count, visible_rows(v));
}

static void draw_cells(const struct view *v, WINDOW *win, int y, const struct list_columns *cols,
		       const struct ticket_row *row, attr_t attr)
{
	char buf[512];
	int x = 0;
	for (int i = 0; i < cols->count; i++) {
		const struct list_column *c = &cols->col[i];
		if (c->shown_width <= 0)
			continue;
		if (x > 0)
			draw_text(win, y, x++, 1, " ", attr);
		if (row)
			list_column_cell(c->id, data_of(v), row, c->shown_width, buf, sizeof(buf));
		else
			list_column_heading(c->id, data_of(v), c->shown_width, buf, sizeof(buf));
		if (c->id == COL_ID)
			draw_text_right(win, y, x, c->shown_width, buf, attr);
		else
			draw_text(win, y, x, c->shown_width, buf, attr);
		x += c->shown_width;
	}
	if (x < getmaxx(win))
		draw_text(win, y, x, getmaxx(win) - x, "", attr);
	/* Columns left out for want of room are said, not silently gone. */
	if (!row) {
		list_columns_dropped_mark(cols, buf, sizeof(buf));
		draw_text_right(win, y, x, cols->width - x, buf, attr);
	}
}

static attr_t row_attr(const struct view *v, const struct ticket_row *row, bool is_cursor)
{
	const struct ui_env *env = v->env;
	if (is_cursor && !env->is_low_bandwidth && v->is_focused)
		return ui_env_attr(env, ROLE_LIST_SELECTED);
	/* The pane without the keys keeps its place visible, but not as the one that moves; the
	 * mark is toggled, so a bold row still stands out where bold is the mark (TERM=linux). */
	if (is_cursor && !env->is_low_bandwidth)
		return row_attr(v, row, false) ^ ui_env_unfocused_cursor(env);
	if (tag_set_has(&data_of(v)->tags, row->id))
		return ui_env_attr(env, ROLE_LIST_TAGGED);
	if (seen_rows_is_new(data_of(v)->seen, row->id))
		return ui_env_attr(env, ROLE_LIST_NEW);
	if (row->sla_state == SLA_STATE_BREACHED)
		return ui_env_attr(env, ROLE_SLA_BREACHED);
	if (row->has_is_read && !row->is_read)
		return ui_env_attr(env, ROLE_LIST_UNREAD);
	if (row->is_onhold)
		return ui_env_attr(env, ROLE_LIST_ONHOLD);
	if (row->is_flagged)
		return ui_env_attr(env, ROLE_LIST_FLAGGED);
	return ui_env_attr(env, ROLE_LIST_ROW);
}

static void draw_message(const struct view *v, WINDOW *win, const char *text)
{
	draw_text(win, top_lines(v, getmaxy(win)), 1, getmaxx(win) - 1, text,
		  ui_env_attr(v->env, ROLE_DEFAULT));
}

static void list_draw(const struct view *v, WINDOW *win)
{
	const struct list_state *st = v->state;
	const struct pane_data *d = data_of(v);
	int mark = mark_cols(v);
	int width = getmaxx(win) - mark;
	const struct list_columns *cols = &st->cols;
	WINDOW *rows = mark ? derwin(win, getmaxy(win), width, 0, mark) : win;
	struct strbuf title;
	strbuf_init(&title);
	int tabs = tab_lines(v, getmaxy(win)), top = top_lines(v, getmaxy(win));
	if (tabs)
		/* Beside another pane, the last cell stays blank as the rows' does. */
		tabs_draw(&d->tabs, v->env, d->is_ascii, win, 0,
			  getmaxx(win) - (v->is_beside ? 1 : 0));
	list_title_format(d, getmaxx(win) - 1, &title);
	draw_text(win, tabs, 0, 1, "", ui_env_attr(v->env, ROLE_TITLE));
	draw_text(win, tabs, 1, getmaxx(win) - 1, title.data, ui_env_attr(v->env, ROLE_TITLE));
	strbuf_fini(&title);
	draw_cells(v, rows, tabs + 1, cols, NULL, ui_env_attr(v->env, ROLE_LIST_HEADER));
	if (!ticket_list_is_known(d->list)) {
		draw_message(v, rows,
			     d->list_state.error ? d->list_state.error : "Loading tickets...");
		/* Keys typed meanwhile are said under it: held for the rows, or given up. */
		struct strbuf ahead;
		strbuf_init(&ahead);
		typeahead_describe(&st->ahead, &ahead);
		if (ahead.len && top + 1 < getmaxy(rows))
			draw_text(rows, top + 1, 1, getmaxx(rows) - 1, ahead.data,
				  ui_env_attr(v->env, ROLE_DEFAULT));
		strbuf_fini(&ahead);
	} else if (row_count(v) == 0) {
		draw_message(v, rows, "No tickets match.");
	}
	for (int y = top; y < getmaxy(win); y++) {
		long i = st->nav.top + (y - top);
		if (i >= (long)row_count(v))
			break;
		const struct ticket_row *row = ticket_list_row(d->list, (size_t)i);
		bool is_cursor = i == st->nav.cursor;
		if (mark)
			draw_marks(v, win, y, row, is_cursor);
		attr_t attr = row ? row_attr(v, row, is_cursor) : 0;
		if (row && !is_cursor && list_search_is_match(&d->search, (size_t)i))
			attr = ui_env_attr(v->env, ROLE_SEARCH_MATCH);
		if (row)
			draw_cells(v, rows, y, cols, row, attr);
		else
			draw_text(rows, y, 0, width, "  ...", ui_env_attr(v->env, ROLE_DEFAULT));
	}
	if (rows != win)
		delwin(rows);
}

/* Asks for PAGE when it is absent (or failed, with RETRY_FAILED). */
static unsigned want_page(struct view *v, int page, bool retry_failed, bool is_prefetch)
{
	enum page_state ps = ticket_list_page_state(data_of(v)->list, page);
	if (ps != PAGE_ABSENT && !(retry_failed && ps == PAGE_FAILED))
		return REACT_NONE;
	unsigned r = view_want(v, WANT_LIST_PAGE, 0, page);
	for (int i = 0; i < v->n_want; i++)
		if (v->want[i].kind == WANT_LIST_PAGE && v->want[i].page == page)
			v->want[i].is_prefetch = is_prefetch;
	return r;
}

/* Asks for the pages of the visible rows and prefetches the PREFETCH pages after them.
 * RETRY_FAILED: also pages whose last try failed (a key press; never from a result, or errors
 * would loop). */
static unsigned request_range(struct view *v, bool retry_failed, int prefetch)
{
	const struct nav *st = nav_of(v);
	struct ticket_list *list = data_of(v)->list;
	if (!ticket_list_is_known(list))
		return want_page(v, 1, retry_failed, false);
	size_t n = row_count(v), page_size = ticket_list_page_size(list);
	if (n == 0 || page_size == 0)
		return REACT_NONE;
	size_t last_visible = st->top + (size_t)visible_rows(v) - 1;
	if (last_visible >= n)
		last_visible = n - 1;
	int first_page = ticket_list_page_for_index(list, st->top);
	int last_page = ticket_list_page_for_index(list, last_visible);
	unsigned r = REACT_NONE;
	for (int page = first_page; page <= last_page; page++)
		r |= want_page(v, page, retry_failed, false);
	int last = (int)ticket_list_page_count(list);
	for (int page = last_page + 1; page <= last_page + prefetch && page <= last; page++)
		r |= want_page(v, page, retry_failed, true);
	return r;
}

/* The pages of the visible rows and, since the cursor moves (or the list starts), the
 * `prefetch` pages after them: prefetch is for scrolling. */
static unsigned request_pages(struct view *v, bool retry_failed)
{
	return request_range(v, retry_failed, data_of(v)->prefetch_pages);
}

/* Moves by CMD (a nav command). A key asks again for failed pages on screen. */
static unsigned move_by(struct view *v, enum command cmd)
{
	struct list_state *st = v->state;
	bool moved = sync_nav(v);
	moved |= nav_handle(&st->nav, cmd);
	/* G before the row count: it happens when the count arrives (list_on_result). */
	if (st->nav.is_last_pending)
		return REACT_NONE;
	return (moved ? REACT_REDRAW : REACT_NONE) | request_pages(v, true);
}

/* Sorts by the next column that the server can sort by. */
static unsigned sort_next(struct view *v)
{
	struct list_state *st = v->state;
	struct pane_data *d = data_of(v);
	const struct list_columns *cols = columns(v);
	for (int step = 1; step <= cols->count; step++) {
		int i = (st->sort_column + step) % cols->count;
		const char *field = list_column_sort_field(cols->col[i].id);
		if (!field)
			continue;
		st->sort_column = i;
		for (int k = 0; k < PANE_SORT_KEYS; k++)
			d->sort.field[k] = NULL;
		d->sort.field[0] = field;
		d->sort.is_desc[0] = false;
		return REACT_REDRAW | view_want(v, WANT_LIST_RELOAD, 0, 0);
	}
	return REACT_NONE;
}

/* Asks again for the pages on screen; what shows stays until the new rows arrive. */
static unsigned refresh_pages(struct view *v)
{
	const struct nav *st = nav_of(v);
	struct ticket_list *list = data_of(v)->list;
	size_t n = row_count(v);
	if (!ticket_list_is_known(list) || n == 0)
		return view_want(v, WANT_LIST_RELOAD, 0, 0);
	size_t last = st->top + (size_t)visible_rows(v) - 1;
	int first_page = ticket_list_page_for_index(list, st->top);
	int last_page = ticket_list_page_for_index(list, last < n ? last : n - 1);
	unsigned r = view_want(v, WANT_LIST_REFRESH, 0, first_page);
	for (int i = 0; i < v->n_want; i++)
		if (v->want[i].kind == WANT_LIST_REFRESH)
			v->want[i].page_last = last_page;
	return r;
}

static unsigned open_selected(struct view *v)
{
	const struct ticket_row *row = ticket_list_row(data_of(v)->list, (size_t)nav_of(v)->cursor);
	if (!row)
		return REACT_NONE;
	v->open.kind = VIEW_DETAIL;
	v->open.ticket_id = row->id;
	return REACT_OPEN_VIEW;
}

/* Pages in flight at once while the search loads a whole list. */
#define SEARCH_LOAD_AHEAD 4

/* While the search loads the whole list: asks for the next absent pages, a few at a time;
 * when none is left, the loading is over. */
static unsigned search_load(struct view *v)
{
	struct pane_data *d = data_of(v);
	struct list_search *s = &d->search;
	if (!s->is_loading || !ticket_list_is_known(d->list))
		return REACT_NONE;
	int pages = (int)ticket_list_page_count(d->list), in_flight = 0, absent = 0;
	unsigned r = REACT_NONE;
	for (int page = 1; page <= pages; page++) {
		enum page_state ps = ticket_list_page_state(d->list, page);
		in_flight += ps == PAGE_IN_FLIGHT;
		if (ps != PAGE_ABSENT)
			continue;
		absent++;
		if (in_flight < SEARCH_LOAD_AHEAD) {
			r |= want_page(v, page, false, true);
			in_flight++;
		}
	}
	if (!absent && !in_flight)
		s->is_loading = false;
	return r;
}

/* Puts the cursor on row I and scrolls it into view. */
static void cursor_to(struct view *v, long i)
{
	struct list_state *st = v->state;
	st->nav.cursor = i;
	if (i < st->nav.top || i >= st->nav.top + st->nav.rows)
		st->nav.top = i - st->nav.rows / 2 > 0 ? i - st->nav.rows / 2 : 0;
	sync_nav(v);
}

static unsigned search_jump(struct view *v, int dir)
{
	const struct list_search *s = &data_of(v)->search;
	long i = list_search_next(s, nav_of(v)->cursor, dir);
	if (i < 0)
		return REACT_NONE;
	cursor_to(v, i);
	return REACT_REDRAW | request_pages(v, false);
}

unsigned list_view_search_changed(struct view *v)
{
	struct pane_data *d = data_of(v);
	struct list_search *s = &d->search;
	bool is_small = ticket_list_is_known(d->list) &&
			(long)ticket_list_record_count(d->list) <= s->load_limit;
	if (s->is_active && is_small && s->n_covered < ticket_list_record_count(d->list))
		s->is_loading = true;
	unsigned r = REACT_REDRAW | search_load(v);
	long cursor = nav_of(v)->cursor;
	if (!list_search_is_match(s, (size_t)cursor)) {
		long i = list_search_next(s, cursor, 1);
		if (i >= 0) {
			cursor_to(v, i);
			r |= request_pages(v, false);
		}
	}
	return r;
}

/* Moves and Enter while the first page is on its way: kept, to apply when it comes (a
 * failed page is on screen with its error: the keys do nothing, as on an empty list). */
static bool is_typed_ahead(const struct view *v, enum command cmd)
{
	const struct pane_data *d = data_of(v);
	return (nav_is_command(cmd) || cmd == CMD_OPEN) && !ticket_list_is_known(d->list) &&
	       !d->list_state.error;
}

/* Opens the row of a typed-ahead Enter once its page is there. */
static unsigned open_when_loaded(struct view *v)
{
	struct list_state *st = v->state;
	const struct ticket_row *row =
		st->open_at >= 0 ? ticket_list_row(data_of(v)->list, (size_t)st->open_at) : NULL;
	if (!row)
		return REACT_NONE;
	st->open_at = -1;
	v->open.kind = VIEW_DETAIL;
	v->open.ticket_id = row->id;
	return REACT_OPEN_VIEW;
}

/* The first page came: the keys typed ahead happen in their order, an Enter on the row the
 * moves before it reached (now, or when that row's page comes). */
static unsigned apply_typed_ahead(struct view *v)
{
	struct list_state *st = v->state;
	unsigned r = REACT_NONE;
	for (int i = 0; i < st->ahead.n; i++) {
		if (st->ahead.cmd[i] != CMD_OPEN) {
			nav_handle(&st->nav, st->ahead.cmd[i]);
			continue;
		}
		st->open_at = st->nav.cursor;
		r |= open_when_loaded(v);
	}
	typeahead_clear(&st->ahead);
	return r | REACT_REDRAW | request_pages(v, true);
}

static unsigned list_handle(struct view *v, enum command cmd)
{
	struct pane_data *d = data_of(v);
	struct list_state *st = v->state;
	if (is_typed_ahead(v, cmd)) {
		typeahead_push(&st->ahead, cmd);
		return REACT_REDRAW;
	}
	/* A key of the user's own: an Enter typed ahead no longer waits, and the word on keys
	 * given up has been read. */
	st->open_at = -1;
	if (st->ahead.n_dropped)
		view_mark_dirty(v);
	st->ahead.n_dropped = 0;
	if (nav_is_command(cmd))
		return move_by(v, cmd);
	switch (cmd) {
	case CMD_OPEN:
		return open_selected(v);
	case CMD_REFRESH:
		return refresh_pages(v);
	case CMD_SORT_NEXT:
		return sort_next(v);
	case CMD_SORT_REVERSE:
		d->sort.is_desc[0] = !d->sort.is_desc[0];
		return REACT_REDRAW | view_want(v, WANT_LIST_RELOAD, 0, 0);
	case CMD_SEARCH_NEXT:
	case CMD_SEARCH_PREV:
		return search_jump(v, cmd == CMD_SEARCH_NEXT ? 1 : -1);
	default:
		return REACT_UNHANDLED;
	}
}

static unsigned list_on_result(struct view *v, const struct view_update *u)
{
	struct pane_data *d = data_of(v);
	/* New rows or names: the search looks at them too. */
	list_search_rows_changed(&d->search, d->list, &d->lookups, u->kind == WANT_NOTHING);
	/* Lookups (WANT_NOTHING) turn ids into names: the rows must be drawn again. */
	if (u->kind == WANT_NOTHING)
		return REACT_REDRAW;
	if (u->kind != WANT_LIST_PAGE && u->kind != WANT_LIST_RELOAD)
		return REACT_NONE;
	struct list_state *st = v->state;
	if (u->kind == WANT_LIST_RELOAD) {
		nav_reset(&st->nav);
		/* Another list: keys typed for the one before are not this one's. */
		if (!ticket_list_is_known(d->list))
			typeahead_clear(&st->ahead);
		st->open_at = -1;
		/* Another list: the search looks at its rows as they come, loading none itself. */
		d->search.is_loading = false;
	}
	bool was_pending = st->nav.is_last_pending;
	sync_nav(v);
	/* A G that waited for the count just happened: that is the user's key, retry too. */
	bool is_jump = was_pending && !st->nav.is_last_pending;
	if (u->is_error && !ticket_list_is_known(d->list) && st->ahead.n)
		typeahead_drop(&st->ahead);
	if (u->is_error)
		return REACT_REDRAW;
	if (st->ahead.n && ticket_list_is_known(d->list))
		return apply_typed_ahead(v) | search_load(v);
	if (st->open_at >= 0 && ticket_list_is_known(d->list))
		return REACT_REDRAW | open_when_loaded(v) | request_range(v, false, 0) |
		       search_load(v);
	/* Only what shows: a page that came (a refresh's above all) is no reason to prefetch. */
	return REACT_REDRAW | (is_jump ? request_pages(v, true) : request_range(v, false, 0)) |
	       search_load(v);
}

static void list_status(const struct view *v, char *buf, size_t size)
{
	const struct pane_data *d = data_of(v);
	const char *stale = d->list_state.is_stale ? " (stale)" : "";
	if (d->search.is_active && ticket_list_is_known(d->list)) {
		struct strbuf sb;
		strbuf_init(&sb);
		list_search_describe(&d->search, d->list, &sb);
		snprintf(buf, size, "%s \xC2\xB7 %ld of %zu%s", sb.data, nav_of(v)->cursor + 1,
			 row_count(v), stale);
		strbuf_fini(&sb);
	} else if (!ticket_list_is_known(d->list))
		snprintf(buf, size, "%s", "");
	else if (row_count(v) == 0)
		snprintf(buf, size, "0 of 0%s", stale);
	else if (ticket_list_has_more(d->list)) /* the last row stands for rows still to come */
		snprintf(buf, size, "%ld of %zu+%s", nav_of(v)->cursor + 1, row_count(v) - 1,
			 stale);
	else
		snprintf(buf, size, "%ld of %zu%s", nav_of(v)->cursor + 1, row_count(v), stale);
}

static ticket_id_t list_selected_ticket(const struct view *v)
{
	const struct ticket_row *row = ticket_list_row(data_of(v)->list, (size_t)nav_of(v)->cursor);
	return row ? row->id : 0;
}

/* Called by the loop when the list first shows: page 1 is wanted before anything. */
static unsigned list_start(struct view *v)
{
	return request_pages(v, true);
}

const struct view_ops list_view_ops = {
	.name = "list",
	.kind = VIEW_LIST,
	.open = list_open,
	.recalc = list_recalc,
	.draw = list_draw,
	.handle = list_handle,
	.on_result = list_on_result,
	.free = list_free,
	.status = list_status,
	.selected_ticket = list_selected_ticket,
	.start = list_start,
};
