/* The lexer of the configuration line language: quoting, escapes, comments. */
#include "config.h"

#include "config/lexer.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/strbuf.h"

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* A word "#rrggbb" followed by a blank or the end is a colour, not a comment. */
static bool is_hex_colour(const char *p)
{
	if (p[0] != '#')
		return false;
	for (int i = 1; i <= 6; i++)
		if (!isxdigit((unsigned char)p[i]))
			return false;
	return p[7] == '\0' || is_blank(p[7]);
}

static bool escape_of(char c, char *out)
{
	switch (c) {
	case '"':
	case '\\':
		*out = c;
		return true;
	case 'n':
		*out = '\n';
		return true;
	case 't':
		*out = '\t';
		return true;
	default:
		return false;
	}
}

/* Reads one double-quoted part starting after the opening quote; returns the index after the
 * closing quote, or 0 with *ERROR set. */
static size_t read_double(const char *line, size_t i, struct strbuf *sb, const char **error)
{
	for (;;) {
		char c = line[i];
		if (c == '\0') {
			*error = "unterminated double quote";
			return 0;
		}
		if (c == '"')
			return i + 1;
		if (c == '\\') {
			char esc;
			if (!escape_of(line[i + 1], &esc)) {
				*error = line[i + 1] ? "unknown escape in double quotes (use \\\" "
						       "\\\\ \\n \\t)"
						     : "unterminated double quote";
				return 0;
			}
			strbuf_append_char(sb, esc);
			i += 2;
			continue;
		}
		strbuf_append_char(sb, c);
		i++;
	}
}

static size_t read_single(const char *line, size_t i, struct strbuf *sb, const char **error)
{
	const char *close = strchr(line + i, '\'');
	if (!close) {
		*error = "unterminated single quote";
		return 0;
	}
	strbuf_append(sb, line + i, (size_t)(close - (line + i)));
	return (size_t)(close - line) + 1;
}

static void push_word(struct lexer_words *out, struct strbuf *sb, size_t start, size_t end,
		      bool is_quoted)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 8;
		out->v = xreallocarray(out->v, out->cap, sizeof(*out->v));
	}
	out->v[out->n++] = (struct lexer_word){
		.text = strbuf_detach(sb), .start = start, .end = end, .is_quoted = is_quoted
	};
}

/* Reads the word at I; returns the index after it, or 0 with *ERROR set. */
static size_t read_word(const char *line, size_t i, struct lexer_words *out, struct strbuf *sb,
			const char **error)
{
	size_t start = i;
	bool is_quoted = false;
	while (line[i] && !is_blank(line[i])) {
		if (line[i] == '"' || line[i] == '\'') {
			char q = line[i];
			is_quoted = true;
			i = q == '"' ? read_double(line, i + 1, sb, error)
				     : read_single(line, i + 1, sb, error);
			if (i == 0)
				return 0;
			continue;
		}
		strbuf_append_char(sb, line[i]);
		i++;
	}
	push_word(out, sb, start, i, is_quoted);
	return i;
}

bool lexer_split(const char *line, struct lexer_words *out, const char **error)
{
	struct strbuf sb;
	size_t i = 0;

	*out = (struct lexer_words){ 0 };
	*error = NULL;
	if (strnlen(line, LEXER_MAX_LINE + 1) > LEXER_MAX_LINE) {
		*error = "line longer than " LEXER_MAX_LINE_TEXT " bytes";
		return false;
	}
	strbuf_init(&sb);
	for (;;) {
		while (is_blank(line[i]))
			i++;
		if (line[i] == '\0' || (line[i] == '#' && !is_hex_colour(line + i)))
			break;
		i = read_word(line, i, out, &sb, error);
		if (i == 0) {
			lexer_words_fini(out);
			break;
		}
	}
	strbuf_fini(&sb);
	return *error == NULL;
}

void lexer_words_fini(struct lexer_words *out)
{
	if (!out)
		return;
	for (size_t i = 0; i < out->n; i++)
		free(out->v[i].text);
	free(out->v);
	*out = (struct lexer_words){ 0 };
}

char **lexer_words_argv(const struct lexer_words *words)
{
	char **argv = xcalloc(words->n + 1, sizeof(*argv));
	for (size_t i = 0; i < words->n; i++)
		argv[i] = xstrdup(words->v[i].text);
	return argv;
}

void lexer_argv_free(char **argv)
{
	if (!argv)
		return;
	for (size_t i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
}
