/* The lexer of the configuration line language: one line in, a list of words out. */
#ifndef HALOTUI_CONFIG_LEXER_H
#define HALOTUI_CONFIG_LEXER_H

#include <stdbool.h>
#include <stddef.h>

/* One word of a line, quotes removed and escapes resolved. START and END are byte offsets of
 * the word as written in the line (quotes included), so a caller can take a raw span. */
struct lexer_word {
	char *text;
	size_t start;
	size_t end;
	bool is_quoted; /* some part of it was inside quotes */
};

/* The longest line the language takes, in bytes (a longer one is an error). */
#define LEXER_MAX_LINE 65536
#define LEXER_MAX_LINE_TEXT "65536"

struct lexer_words {
	struct lexer_word *v;
	size_t n;
	size_t cap;
};

/* Splits LINE into words: blanks separate, "double quotes" take \" \\ \n \t escapes,
 * 'single quotes' are literal, and a '#' at the start of a word begins a comment unless the
 * word is a colour of the form #rrggbb. Fills OUT (which lexer_words_fini frees); on a syntax
 * error returns false and sets *ERROR to a static message (OUT is then empty). */
bool lexer_split(const char *line, struct lexer_words *out, const char **error);

/* Frees the words and leaves OUT empty; NULL-safe. */
void lexer_words_fini(struct lexer_words *out);

/* A NULL-terminated argv copy of the words' texts; caller frees with lexer_argv_free. */
char **lexer_words_argv(const struct lexer_words *words);
void lexer_argv_free(char **argv);

#endif
