/* The `:` prompt's line editor: typing, backspace, history, Tab completion. */
#include "config.h"

#include "ui/prompt.h"

#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <wchar.h>

#include "ui/key.h"
#include "util/alloc.h"

void prompt_init(struct prompt *p)
{
	memset(p, 0, sizeof(*p));
	strbuf_init(&p->line);
}

static void reset_tab(struct prompt *p)
{
	free(p->tab_prefix);
	p->tab_prefix = NULL;
	p->tab_index = 0;
}

void prompt_fini(struct prompt *p)
{
	for (size_t i = 0; i < p->history_len; i++)
		free(p->history[i]);
	free(p->history);
	reset_tab(p);
	strbuf_fini(&p->line);
}

void prompt_open(struct prompt *p)
{
	strbuf_reset(&p->line);
	reset_tab(p);
	p->history_pos = p->history_len;
	p->is_active = true;
}

void prompt_close(struct prompt *p, bool is_submitted)
{
	if (is_submitted && p->line.len > 0 &&
	    !(p->history_len && !strcmp(p->history[p->history_len - 1], p->line.data))) {
		p->history = xreallocarray(p->history, p->history_len + 1, sizeof(char *));
		p->history[p->history_len++] = xstrdup(p->line.data);
	}
	reset_tab(p);
	p->is_active = false;
}

const char *prompt_text(const struct prompt *p)
{
	return p->line.data;
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

static void complete(struct prompt *p, const char *const *words, size_t n_words)
{
	if (!p->tab_prefix) {
		size_t start = p->line.len;
		while (start > 0 && !strchr(" =\t", p->line.data[start - 1]))
			start--;
		p->tab_word_start = start;
		p->tab_prefix = xstrdup(p->line.data + start);
		p->tab_index = 0;
	}
	size_t plen = strlen(p->tab_prefix), matches = 0;
	for (size_t i = 0; i < n_words; i++)
		matches += !strncmp(words[i], p->tab_prefix, plen);
	if (!matches)
		return;
	size_t want = p->tab_index++ % matches;
	for (size_t i = 0; i < n_words; i++) {
		if (strncmp(words[i], p->tab_prefix, plen))
			continue;
		if (want-- == 0) {
			strbuf_truncate(&p->line, p->tab_word_start);
			strbuf_append_str(&p->line, words[i]);
			return;
		}
	}
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

enum prompt_result prompt_key(struct prompt *p, int key, const char *const *words, size_t n_words)
{
	if (key == UI_KEY_TAB) {
		complete(p, words, n_words);
		return PROMPT_EDITING;
	}
	reset_tab(p);
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
