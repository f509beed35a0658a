/* Display width of UTF-8 text: measuring, cutting, padding and word-wrapping by cells. */
#include "config.h"

#include "text/width.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text/utf8.h"
#include "util/alloc.h"
#include "util/strbuf.h"

int text_char_width(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return 0;
	if (cp < 0x7F)
		return 1;
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int text_width_n(const char *s, size_t len)
{
	int cols = 0;
	size_t i = 0;
	while (i < len) {
		unsigned char b = (unsigned char)s[i];
		if (b >= 0x20 && b < 0x7F) {
			cols++;
			i++;
			continue;
		}
		uint32_t cp;
		i += utf8_decode(s + i, len - i, &cp);
		cols += text_char_width(cp);
	}
	return cols;
}

int text_width(const char *s)
{
	return s ? text_width_n(s, strlen(s)) : 0;
}

size_t text_fit(const char *s, size_t len, int max_cols, int *cols_out)
{
	int cols = 0;
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		int w = text_char_width(cp);
		if (w > 0 && cols + w > max_cols)
			break;
		cols += w;
		i += n;
	}
	if (cols_out)
		*cols_out = cols;
	return i;
}

char *text_cut(const char *s, int max_cols, const char *ellipsis)
{
	if (!s)
		return xstrdup("");
	if (max_cols < 0)
		max_cols = 0;
	size_t len = strlen(s);
	size_t whole = text_fit(s, len, max_cols, NULL);
	if (whole == len)
		return xstrdup(s);
	int ell_cols = text_width(ellipsis);
	if (!ellipsis || ell_cols > max_cols)
		return xstrndup(s, whole);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append(&sb, s, text_fit(s, len, max_cols - ell_cols, NULL));
	strbuf_append_str(&sb, ellipsis);
	char *result = strbuf_take(&sb);
	return result;
}

/* Bytes of S[0..END) once the blanks and the separators a cut may leave behind are gone. */
static size_t trim_break(const char *s, size_t end)
{
	while (end > 0 && strchr(" \t,;:(", s[end - 1]))
		end--;
	return end;
}

char *text_cut_words(const char *s, int max_cols, const char *ellipsis)
{
	if (!s)
		return xstrdup("");
	size_t len = strlen(s);
	int ell_cols = ellipsis ? text_width(ellipsis) : 0;
	if (max_cols < 0 || text_fit(s, len, max_cols, NULL) == len || ell_cols > max_cols)
		return text_cut(s, max_cols, ellipsis);
	size_t fit = text_fit(s, len, max_cols - ell_cols, NULL), end = fit;
	/* Back to the last blank, unless the cut falls on one or the first word is too long. */
	if (s[fit] != ' ') {
		while (end > 0 && s[end - 1] != ' ')
			end--;
	}
	end = trim_break(s, end);
	if (end == 0)
		return text_cut(s, max_cols, ellipsis);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append(&sb, s, end);
	if (ellipsis)
		strbuf_append_str(&sb, ellipsis);
	return strbuf_take(&sb);
}

static void append_spaces(struct strbuf *sb, int n)
{
	for (; n > 0; n--)
		strbuf_append_char(sb, ' ');
}

char *text_pad(const char *s, int width_cols, enum text_align align, const char *ellipsis)
{
	if (width_cols < 0)
		width_cols = 0;
	char *cut = text_cut(s, width_cols, ellipsis);
	int gap = width_cols - text_width(cut);
	int before = align == TEXT_ALIGN_RIGHT ? gap : align == TEXT_ALIGN_CENTER ? gap / 2 : 0;
	struct strbuf sb;
	strbuf_init(&sb);
	append_spaces(&sb, before);
	strbuf_append_str(&sb, cut);
	append_spaces(&sb, gap - before);
	free(cut);
	char *result = strbuf_take(&sb);
	return result;
}
