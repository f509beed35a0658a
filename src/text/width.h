/* Display width of UTF-8 text in terminal cells: measuring, cutting, padding, wrapping.
 * Widths come from the C library's wcwidth(), the same table ncursesw draws with, so
 * LC_CTYPE must be a UTF-8 locale (the program calls setlocale(LC_ALL, ""); tests run
 * under C.UTF-8). In a non-UTF-8 locale every non-ASCII character counts one cell. */
#ifndef HALOTUI_TEXT_WIDTH_H
#define HALOTUI_TEXT_WIDTH_H

#include <stddef.h>
#include <stdint.h>

#define TEXT_ELLIPSIS "\xE2\x80\xA6" /* U+2026 */
#define TEXT_ELLIPSIS_ASCII "~"

/* Cells the code point CP occupies: 2 for wide (CJK, most emoji), 0 for combining
 * marks, zero-width characters and controls, 1 for anything else, including code
 * points wcwidth() does not know (unassigned ones draw as one replacement cell). */
int text_char_width(uint32_t cp);

/* Cells of the NUL-terminated S (NULL counts 0). Each invalid UTF-8 sequence counts 1. */
int text_width(const char *s);
/* Cells of the LEN bytes at S. */
int text_width_n(const char *s, size_t len);

/* Bytes of the longest prefix of the LEN bytes at S that fits in MAX_COLS cells without
 * splitting a character or parting a character from the zero-width marks after it.
 * Stores the prefix's width in *COLS_OUT when that is not NULL. */
size_t text_fit(const char *s, size_t len, int max_cols, int *cols_out);

/* A copy of S no wider than MAX_COLS cells; caller owns it. When S is cut, ELLIPSIS
 * (e.g. TEXT_ELLIPSIS, TEXT_ELLIPSIS_ASCII, or NULL for none) ends the copy, provided
 * it fits. A wide character that would straddle the limit is left out whole. */
char *text_cut(const char *s, int max_cols, const char *ellipsis);

/* Like text_cut, but a cut falls between words: the words that fit with ELLIPSIS after them,
 * without the blanks or ",;:(" before the cut. A first word wider than MAX_COLS alone is
 * cut between characters. Caller owns the copy. */
char *text_cut_words(const char *s, int max_cols, const char *ellipsis);

enum text_align { TEXT_ALIGN_LEFT, TEXT_ALIGN_RIGHT, TEXT_ALIGN_CENTER };

/* A copy of S exactly WIDTH_COLS cells wide: cut as text_cut does when wider, then
 * padded with spaces on the side(s) ALIGN says. Caller owns it. */
char *text_pad(const char *s, int width_cols, enum text_align align, const char *ellipsis);

/* Lines of a wrapped text; text_lines_fini frees them (NULL-safe). */
struct text_lines {
	char **lines;
	size_t count;
};

/* Word-wraps S into lines of at most WIDTH_COLS cells (values below 1 count as 1).
 * '\n' always breaks; spaces at a wrap point are dropped; words longer than a line are
 * broken between characters. Leading indentation of each input line is kept. Only a
 * single character wider than WIDTH_COLS can make a line exceed it. NULL gives none. */
void text_wrap(struct text_lines *out, const char *s, int width_cols);
void text_lines_fini(struct text_lines *lines);

#endif
