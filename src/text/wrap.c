/* Word wrap by display cells, for panes that show long text. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"
#include "text/width.h"
#include "util/alloc.h"
#include "util/strbuf.h"

struct wrapper {
	struct text_lines *out;
	struct strbuf line;
	int cols;  /* cells in line */
	int width; /* cells allowed */
	int hang;  /* cells of indentation that continuation lines start with */
	size_t cap;
};

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Moves the current line, without trailing blanks, to the output. */
static void flush_line(struct wrapper *w)
{
	while (w->line.len > 0 && is_blank(w->line.data[w->line.len - 1]))
		w->line.len--;
	w->line.data[w->line.len] = '\0';
	if (w->out->count == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 8;
		w->out->lines = xreallocarray(w->out->lines, w->cap, sizeof(char *));
	}
	w->out->lines[w->out->count++] = strbuf_detach(&w->line);
	for (w->cols = 0; w->cols < w->hang; w->cols++)
		strbuf_append_char(&w->line, ' ');
}

/* Cells of the list marker ("- ", "• ", "12. ") at the start of S, or 0. */
static int marker_cols(const char *s, size_t len)
{
	static const char *const bullets[] = {
		"- ", "* ", "+ ", "\xE2\x80\xA2 ", "\xE2\x97\xA6 ", "\xE2\x96\xAA "
	};
	for (size_t i = 0; i < sizeof(bullets) / sizeof(bullets[0]); i++) {
		size_t n = strlen(bullets[i]);
		if (len >= n && memcmp(s, bullets[i], n) == 0)
			return text_width_n(s, n);
	}
	size_t digits = 0;
	while (digits < len && digits < 9 && s[digits] >= '0' && s[digits] <= '9')
		digits++;
	if (digits > 0 && digits + 1 < len && s[digits] == '.' && s[digits + 1] == ' ')
		return (int)digits + 2;
	return 0;
}

/* Bytes of one character at S and the zero-width marks that follow it. */
static size_t one_char(const char *s, size_t len)
{
	uint32_t cp;
	size_t n = utf8_decode(s, len, &cp);
	return n + text_fit(s + n, len - n, 0, NULL);
}

/* Places a word too long for the rest of the line, breaking it between characters. */
static void place_long_word(struct wrapper *w, const char *s, size_t len)
{
	while (len > 0) {
		int cols;
		size_t n = text_fit(s, len, w->width - w->cols, &cols);
		if (n == len) {
			strbuf_append(&w->line, s, n);
			w->cols += cols;
			return;
		}
		if (n == 0 && w->cols > w->hang) {
			flush_line(w);
			continue;
		}
		if (n == 0 && w->cols > 0) {
			/* not even one character fits beside the indentation: give it up */
			strbuf_reset(&w->line);
			w->cols = 0;
			continue;
		}
		if (n == 0) {
			n = one_char(s, len);
			cols = text_width_n(s, n);
		}
		strbuf_append(&w->line, s, n);
		w->cols += cols;
		flush_line(w);
		s += n;
		len -= n;
	}
}

/* Wraps one input line (no '\n' inside). */
static void wrap_line(struct wrapper *w, const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && is_blank(s[i]))
		i++;
	strbuf_reset(&w->line);
	w->hang = 0;
	w->cols = 0;
	if ((int)i < w->width) {
		strbuf_append(&w->line, s, i);
		w->cols = (int)i;
		/* continuation lines line up under the text of an indented or listed line */
		int hang = (int)i + marker_cols(s + i, len - i);
		if (hang * 2 <= w->width)
			w->hang = hang;
	}
	bool has_word = false;
	while (i < len) {
		size_t gap_start = i;
		while (i < len && is_blank(s[i]))
			i++;
		if (i >= len)
			break;
		size_t end = i;
		while (end < len && !is_blank(s[end]))
			end++;
		int gap = has_word ? (int)(i - gap_start) : 0;
		int word_cols = text_width_n(s + i, end - i);
		if (has_word && w->cols + gap + word_cols <= w->width) {
			strbuf_append(&w->line, s + gap_start, end - gap_start);
			w->cols += gap + word_cols;
		} else {
			if (has_word)
				flush_line(w);
			place_long_word(w, s + i, end - i);
		}
		has_word = true;
		i = end;
	}
	if (has_word && w->cols == w->hang && w->line.len == (size_t)w->hang)
		return; /* the last piece of a long word already ended its line */
	flush_line(w);
}

void text_wrap(struct text_lines *out, const char *s, int width_cols)
{
	out->lines = NULL;
	out->count = 0;
	if (!s)
		return;
	struct wrapper w = { .out = out, .width = width_cols < 1 ? 1 : width_cols };
	strbuf_init(&w.line);
	const char *p = s;
	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		wrap_line(&w, p, len);
		if (!nl)
			break;
		p = nl + 1;
	}
	strbuf_fini(&w.line);
}

void text_lines_fini(struct text_lines *lines)
{
	if (!lines)
		return;
	for (size_t i = 0; i < lines->count; i++)
		free(lines->lines[i]);
	free(lines->lines);
	lines->lines = NULL;
	lines->count = 0;
}
