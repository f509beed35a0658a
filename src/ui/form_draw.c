/* The form on screen: a title, labelled rows of fields, what will be sent, keys to use. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "text/width.h"
#include "ui/draw.h"
#include "ui/form.h"

/* Rows under the fields: the preview (two rows on a tall enough window), the reason or hint,
 * the keys. */
#define FOOTER_ROWS 3
#define TALL_ROWS 16

static int footer_rows(const struct form *f)
{
	return f->rows >= TALL_ROWS ? FOOTER_ROWS + 1 : FOOTER_ROWS;
}
/* A text area takes at most this many rows. */
#define AREA_MAX_ROWS 8

static int value_col(const struct form *f)
{
	return 2 + f->label_cols + 1;
}

static int value_cols(const struct form *f)
{
	int w = f->cols - value_col(f);
	return w > 1 ? w : 1;
}

static void size_fields(struct form *f)
{
	int area_rows = f->list_rows - (int)f->n_fields;
	if (area_rows > AREA_MAX_ROWS)
		area_rows = AREA_MAX_ROWS;
	if (area_rows < 1)
		area_rows = 1;
	int row = 0;
	const char *group = NULL;
	for (size_t i = 0; i < f->n_fields; i++) {
		struct form_field *field = &f->fields[i];
		field->row = row;
		field->has_header = false;
		if (field->is_hidden) {
			field->rows = 0;
			continue;
		}
		/* A group's header row goes with its first field shown, and scrolls with it. */
		const char *g = field->def->group;
		field->has_header = g && (!group || strcmp(g, group));
		group = g;
		field->rows = field->def->kind == FORM_TEXTAREA ? area_rows : 1;
		if (field->def->kind == FORM_TEXTAREA)
			textarea_layout(&field->area, value_cols(f), field->rows);
		field->rows += field->has_header;
		row += field->rows;
	}
}

/* Rows from field FROM to field TO (the send button when TO is n_fields), both included. */
static int rows_between(const struct form *f, size_t from, size_t to)
{
	int rows = 0;
	for (size_t i = from; i <= to && i <= f->n_fields; i++)
		rows += i < f->n_fields ? f->fields[i].rows : 1;
	return rows;
}

void form_layout(struct form *f, int rows, int cols)
{
	f->rows = rows;
	f->cols = cols;
	f->list_rows = rows - 1 - footer_rows(f);
	if (f->list_rows < 1)
		f->list_rows = 1;
	int widest = 0;
	for (size_t i = 0; i < f->n_fields; i++) {
		int w = draw_text_width(f->fields[i].def->label);
		if (w > widest)
			widest = w;
	}
	f->label_cols = widest < cols / 3 ? widest : cols / 3;
	size_fields(f);
	/* Scroll by whole fields so that the focused one shows. */
	if ((size_t)f->top > f->focus)
		f->top = (int)f->focus;
	while ((size_t)f->top < f->focus &&
	       rows_between(f, (size_t)f->top, f->focus) > f->list_rows)
		f->top++;
	textarea_layout(&f->line, value_cols(f), 1);
	picker_layout(&f->picker, rows - 2 - footer_rows(f));
}

static void draw_cursor(WINDOW *win, int y, int x, const struct textarea *ta)
{
	int row, col;
	textarea_cursor_cell(ta, &row, &col);
	if (col >= ta->width_cols)
		col = ta->width_cols - 1;
	mvwchgat(win, y + row, x + col, 1, A_REVERSE, 0, NULL);
}

static void draw_value(const struct form *f, const struct ui_env *env, WINDOW *win, int y,
		       const struct form_field *field, bool is_focused, int max_rows)
{
	int x = value_col(f), w = value_cols(f);
	attr_t attr = ui_env_attr(env, ROLE_FORM_FIELD);
	bool is_editing = is_focused && f->mode == FORM_MODE_EDIT;
	if (field->def->kind == FORM_TEXTAREA) {
		if (!is_editing && !field->value.is_set && field->def->is_required) {
			draw_text(win, y, x, w, "(required)", attr | A_DIM);
			return;
		}
		textarea_draw(&field->area, win, y, x, max_rows, attr);
		if (is_editing)
			draw_cursor(win, y, x, &field->area);
		return;
	}
	if (is_editing) {
		textarea_draw(&f->line, win, y, x, 1, attr);
		draw_cursor(win, y, x, &f->line);
		return;
	}
	struct strbuf sb;
	strbuf_init(&sb);
	form_value_show(f, field, &field->value, &sb);
	/* A described field keeps two fifths for its value and shows its note after it. */
	int note_x = field->def->note && w >= 30 ? x + w * 2 / 5 + 1 : 0;
	if (note_x) {
		w = w * 2 / 5;
		draw_text_ellipsis(env, win, y, note_x, x + value_cols(f) - note_x,
				   field->def->note, A_DIM);
	}
	if (!sb.len && field->def->is_required)
		draw_text(win, y, x, w, "(required)", attr | A_DIM);
	else
		draw_text_ellipsis(env, win, y, x, w, sb.data ? sb.data : "", attr);
	strbuf_fini(&sb);
}

static void draw_fields(const struct form *f, const struct ui_env *env, WINDOW *win)
{
	int y = 1, bottom = 1 + f->list_rows;
	for (size_t i = (size_t)f->top; i <= f->n_fields && y < bottom; i++) {
		bool is_focused = i == f->focus;
		attr_t label = ui_env_attr(env, is_focused ? ROLE_LIST_SELECTED : ROLE_FORM_LABEL);
		if (i == f->n_fields) {
			draw_text(win, y, 0, 2, is_focused ? ">" : "", label);
			char button[64];
			snprintf(button, sizeof(button), "[ %s ]", f->send_label);
			draw_text(win, y, value_col(f), value_cols(f), button, label);
			break;
		}
		const struct form_field *field = &f->fields[i];
		if (field->is_hidden)
			continue;
		if (field->has_header) {
			draw_text_ellipsis(env, win, y, 0, f->cols, field->def->group,
					   ui_env_attr(env, ROLE_FORM_LABEL) | A_BOLD);
			if (++y >= bottom)
				break;
		}
		draw_text(win, y, 0, 2, is_focused ? ">" : "", label);
		draw_text_ellipsis(env, win, y, 2, f->label_cols, field->def->label, label);
		draw_value(f, env, win, y, field, is_focused, bottom - y);
		y += field->rows - field->has_header;
	}
}

/* The keys of the mode the form is in, Ctrl-S called by the form's verb. */
static void keys_line(const struct form *f, char *buf, size_t size)
{
	const struct form_field *field = f->focus < f->n_fields ? &f->fields[f->focus] : NULL;
	bool is_area = field && field->def->kind == FORM_TEXTAREA;
	const char *verb = f->send_verb;
	if (f->mode == FORM_MODE_BROWSE && f->keys_hint) {
		snprintf(buf, size, "%s", f->keys_hint);
		return;
	}
	switch (f->mode) {
	case FORM_MODE_PICK:
		snprintf(buf, size, "%s",
			 f->picker.is_multi ? "type to narrow · Tab tick · Enter done · Esc back"
					    : "type to narrow · Enter choose · Esc back");
		return;
	case FORM_MODE_EDIT:
		snprintf(buf, size,
			 is_area ? "Tab next · Esc done · Ctrl-E editor · Ctrl-S %s"
				 : "Enter keep · Esc undo · Tab next · Ctrl-S %s",
			 verb);
		return;
	default:
		snprintf(buf, size,
			 is_area ? "Tab next · Enter edit · Ctrl-E editor · Ctrl-S %s · Esc cancel"
				 : "Tab next · Enter edit · Ctrl-S %s · Esc cancel",
			 verb);
		return;
	}
}

/* What the focused field takes, while it is typed into. */
static void hint(const struct form *f, char *buf, size_t size)
{
	buf[0] = '\0';
	if (f->focus >= f->n_fields || f->mode == FORM_MODE_PICK)
		return;
	const struct form_field_def *def = f->fields[f->focus].def;
	/* Moving between fields, a described field's note shows whole here. */
	if (f->mode == FORM_MODE_BROWSE) {
		snprintf(buf, size, "%s", def->note ? def->note : "");
		return;
	}
	if (def->hint)
		snprintf(buf, size, "%s", def->hint);
	else if (def->kind == FORM_DURATION)
		snprintf(buf, size, "a duration: 15m, 1h30, 2h");
	else if (def->kind == FORM_DATE)
		snprintf(buf, size, "a date: YYYY-MM-DD or YYYY-MM-DD HH:MM");
	else if (def->kind == FORM_NUMBER && (def->min || def->max))
		snprintf(buf, size, "a whole number from %ld to %ld", def->min, def->max);
	else if (def->kind == FORM_NUMBER)
		snprintf(buf, size, "a whole number");
}

static void draw_footer(const struct form *f, const struct ui_env *env, WINDOW *win)
{
	int y = f->rows - footer_rows(f);
	if (y < 1)
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	if (f->previewer) {
		f->previewer(f, f->previewer_ctx, &sb);
	} else {
		strbuf_append_str(&sb, "sends: ");
		form_preview(f, env->is_ascii_lines, &sb);
	}
	int preview_rows = footer_rows(f) - 2;
	struct text_lines lines = { 0 };
	text_wrap(&lines, sb.data, f->cols);
	for (int i = 0; i < preview_rows && (size_t)i < lines.count; i++) {
		/* The last row takes what is left, cut with an ellipsis. */
		struct strbuf row;
		strbuf_init(&row);
		for (size_t j = (size_t)i;
		     j < lines.count && (j == (size_t)i || i + 1 == preview_rows); j++)
			strbuf_appendf(&row, "%s%s", j > (size_t)i ? " " : "", lines.lines[j]);
		draw_text_ellipsis(env, win, y + i, 0, f->cols, row.data,
				   ui_env_attr(env, ROLE_DETAIL_VALUE));
		strbuf_fini(&row);
	}
	text_lines_fini(&lines);
	strbuf_fini(&sb);
	y += preview_rows - 1;
	char help[128];
	hint(f, help, sizeof(help));
	if (f->error)
		draw_text_ellipsis(env, win, y + 1, 0, f->cols, f->error,
				   ui_env_attr(env, ROLE_FORM_ERROR));
	else
		draw_text_ellipsis(env, win, y + 1, 0, f->cols, help, A_DIM);
	char keys[256];
	keys_line(f, keys, sizeof(keys));
	draw_text_ellipsis(env, win, y + 2, 0, f->cols, keys, A_DIM);
}

void form_draw(const struct form *f, const struct ui_env *env, WINDOW *win)
{
	const char *dot = env->is_ascii_lines ? "-" : "\xC2\xB7";
	struct strbuf title;
	strbuf_init(&title);
	strbuf_append_str(&title, f->title);
	if (f->narrow.len)
		strbuf_appendf(&title, " %s fields matching \"%s\" (%zu)", dot, f->narrow.data,
			       form_count_shown(f));
	else if (f->is_narrowing)
		strbuf_appendf(&title, " %s type to narrow the fields", dot);
	draw_text_ellipsis(env, win, 0, 0, f->cols, title.data, ui_env_attr(env, ROLE_TITLE));
	strbuf_fini(&title);
	if (f->mode == FORM_MODE_PICK)
		picker_draw(&f->picker, env, win, 1, 0, f->cols);
	else
		draw_fields(f, env, win);
	draw_footer(f, env, win);
}
