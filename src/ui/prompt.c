/* The `:` prompt's line editor: typing, backspace, history, Tab completion and its choices. */
#include "config.h"

#include "ui/prompt.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "ui/draw.h"
#include "ui/key.h"
#include "util/alloc.h"

void prompt_init(struct prompt *p)
{
	memset(p, 0, sizeof(*p));
	strbuf_init(&p->line);
}

static void clear_choices(struct prompt *p)
{
	for (size_t i = 0; i < p->n_choices; i++) {
		free(p->choices[i].word);
		free(p->choices[i].note);
	}
	free(p->choices);
	p->choices = NULL;
	p->n_choices = 0;
	p->choice_index = 0;
	p->is_cycling = false;
}

void prompt_fini(struct prompt *p)
{
	for (size_t i = 0; i < p->history_len; i++)
		free(p->history[i]);
	free(p->history);
	clear_choices(p);
	strbuf_fini(&p->line);
}

void prompt_open(struct prompt *p)
{
	prompt_open_with(p, NULL);
}

void prompt_open_with(struct prompt *p, const char *text)
{
	strbuf_reset(&p->line);
	if (text)
		strbuf_append_str(&p->line, text);
	clear_choices(p);
	p->history_pos = p->history_len;
	p->is_active = true;
}

void prompt_open_search(struct prompt *p)
{
	prompt_open_with(p, NULL);
	p->is_search = true;
}

void prompt_close(struct prompt *p, bool is_submitted)
{
	bool is_search = p->is_search;
	p->is_search = false;
	if (is_submitted && !is_search && p->line.len > 0 &&
	    !(p->history_len && !strcmp(p->history[p->history_len - 1], p->line.data))) {
		p->history = xreallocarray(p->history, p->history_len + 1, sizeof(char *));
		p->history[p->history_len++] = xstrdup(p->line.data);
	}
	clear_choices(p);
	p->is_active = false;
}

const char *prompt_text(const struct prompt *p)
{
	return p->line.data;
}

bool prompt_is_cycling(const struct prompt *p)
{
	return p->is_cycling;
}

size_t prompt_word_start(const char *line)
{
	size_t start = strlen(line);
	while (start > 0 && !strchr(" \t=,", line[start - 1]))
		start--;
	return start;
}

static void delete_last_char(struct prompt *p)
{
	size_t n = p->line.len;
	while (n > 0) {
		n--;
		if (((unsigned char)p->line.data[n] & 0xC0) != 0x80)
			break;
	}
	strbuf_truncate(&p->line, n);
}

static void browse_history(struct prompt *p, int step)
{
	if (!p->history_len)
		return;
	if (step < 0 && p->history_pos > 0)
		p->history_pos--;
	else if (step > 0 && p->history_pos < p->history_len)
		p->history_pos++;
	strbuf_reset(&p->line);
	if (p->history_pos < p->history_len)
		strbuf_append_str(&p->line, p->history[p->history_pos]);
}

static void put_choice(struct prompt *p, size_t i, bool with_suffix)
{
	const struct prompt_kept_choice *c = &p->choices[i];
	strbuf_truncate(&p->line, p->tab_word_start);
	strbuf_append_str(&p->line, c->word);
	if (with_suffix && c->suffix)
		strbuf_append_char(&p->line, c->suffix);
	p->choice_index = i;
}

static void complete(struct prompt *p, const struct prompt_choice *choices, size_t n)
{
	if (p->is_cycling) {
		put_choice(p, (p->choice_index + 1) % p->n_choices, false);
		return;
	}
	clear_choices(p);
	if (n == 0)
		return;
	p->choices = xcalloc(n, sizeof(*p->choices));
	for (size_t i = 0; i < n; i++) {
		p->choices[i].word = xstrdup(choices[i].word);
		p->choices[i].note = choices[i].note ? xstrdup(choices[i].note) : NULL;
		p->choices[i].suffix = choices[i].suffix;
	}
	p->n_choices = n;
	p->tab_word_start = prompt_word_start(p->line.data);
	/* One choice: put it in and move on, so the next Tab completes the next word; its note
	 * (a setting's help) stays in view, a bare word would only repeat the line. */
	put_choice(p, 0, n == 1);
	p->is_cycling = n > 1;
	if (n == 1 && !(p->choices[0].note && *p->choices[0].note))
		clear_choices(p);
}

static void insert_key(struct prompt *p, int key)
{
	char mb[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t k = wcrtomb(mb, (wchar_t)key, &st);
	if (k != (size_t)-1)
		strbuf_append(&p->line, mb, k);
}

enum prompt_result prompt_key(struct prompt *p, int key, const struct prompt_choice *choices,
			      size_t n)
{
	if (key == UI_KEY_TAB) {
		complete(p, choices, n);
		return PROMPT_EDITING;
	}
	clear_choices(p);
	switch (key) {
	case UI_KEY_ENTER:
		return PROMPT_SUBMIT;
	case UI_KEY_ESC:
	case UI_KEY_CTRL('c'):
		prompt_close(p, false);
		return PROMPT_CANCEL;
	case UI_KEY_BACKSPACE:
		if (p->line.len == 0) {
			prompt_close(p, false);
			return PROMPT_CANCEL;
		}
		delete_last_char(p);
		return PROMPT_EDITING;
	case UI_KEY_CTRL('u'):
		strbuf_reset(&p->line);
		return PROMPT_EDITING;
	case UI_KEY_UP:
		browse_history(p, -1);
		return PROMPT_EDITING;
	case UI_KEY_DOWN:
		browse_history(p, +1);
		return PROMPT_EDITING;
	default:
		break;
	}
	if (key >= ' ' && key < UI_KEY_NAMED && key != 127)
		insert_key(p, key);
	return PROMPT_EDITING;
}

int prompt_choice_rows(const struct prompt *p, int max_rows)
{
	if (!p->is_active || p->n_choices == 0 || max_rows <= 0)
		return 0;
	return p->n_choices < (size_t)max_rows ? (int)p->n_choices : max_rows;
}

/* The first choice shown in ROWS rows (one of them "+N more" when all do not fit), so that
 * the one in the line is among them. */
static size_t first_shown(const struct prompt *p, int rows, int *shown)
{
	*shown = p->n_choices <= (size_t)rows ? (int)p->n_choices : rows - 1;
	if (*shown <= 0)
		return 0;
	size_t first = 0;
	if (p->choice_index >= (size_t)*shown)
		first = p->choice_index - (size_t)*shown + 1;
	return first;
}

void prompt_draw_choices(const struct prompt *p, const struct ui_env *env, WINDOW *win)
{
	int rows = getmaxy(win), cols = getmaxx(win), shown;
	size_t first = first_shown(p, rows, &shown);
	int word_w = 0;
	for (size_t i = 0; i < p->n_choices; i++) {
		int w = draw_text_width(p->choices[i].word);
		word_w = w > word_w ? w : word_w;
	}
	if (word_w > cols / 2)
		word_w = cols / 2;
	attr_t normal = ui_env_attr(env, ROLE_STATUS_BAR), key = ui_env_attr(env, ROLE_HELP_KEY);
	for (int y = 0; y < rows; y++)
		draw_text(win, y, 0, cols, "", normal);
	for (int y = 0; y < shown; y++) {
		size_t i = first + (size_t)y;
		const struct prompt_kept_choice *c = &p->choices[i];
		attr_t attr = i == p->choice_index && p->n_choices > 1
				      ? ui_env_attr(env, ROLE_LIST_SELECTED)
				      : normal;
		draw_text(win, y, 0, cols, " ", attr);
		draw_text(win, y, 1, word_w, c->word, attr == normal ? key : attr);
		if (c->note && cols > word_w + 3)
			draw_text(win, y, word_w + 3, cols - word_w - 3, c->note, attr);
	}
	if ((size_t)shown < p->n_choices) {
		char more[48];
		snprintf(more, sizeof(more), " +%zu more", p->n_choices - (size_t)shown);
		draw_text(win, rows - 1, 0, cols, more, normal);
	}
}
