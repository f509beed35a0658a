/* Checks shared by the text fuzz harnesses: what every cleaned string must satisfy. */
#ifndef HALOTUI_TESTS_FUZZ_INVARIANTS_H
#define HALOTUI_TESTS_FUZZ_INVARIANTS_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"
#include "text/width.h"

/* Aborts unless S is valid UTF-8 without C0 controls (bar '\n' and '\t' when allowed),
 * DEL, C1 controls or bidi controls. */
static inline void assert_terminal_safe(const char *s, bool newline_ok, bool tab_ok)
{
	size_t len = strlen(s);
	if (!utf8_is_valid(s, len))
		abort();
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		bool allowed = (cp == '\n' && newline_ok) || (cp == '\t' && tab_ok);
		if ((cp < 0x20 && !allowed) || (cp >= 0x7F && cp <= 0x9F))
			abort();
		if (cp == 0x061C || cp == 0x200E || cp == 0x200F ||
		    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
			abort();
		i += n;
	}
}

/* Aborts when cutting, padding or wrapping S to WIDTH cells breaks its promise. */
static inline void assert_width_promises(const char *s, int width)
{
	char *cut = text_cut(s, width, TEXT_ELLIPSIS);
	if (text_width(cut) > width || !utf8_is_valid(cut, strlen(cut)))
		abort();
	free(cut);
	char *pad = text_pad(s, width, TEXT_ALIGN_CENTER, TEXT_ELLIPSIS_ASCII);
	if (text_width(pad) != width)
		abort();
	free(pad);
	if (width < 2)
		return;
	struct text_lines lines;
	text_wrap(&lines, s, width);
	for (size_t i = 0; i < lines.count; i++)
		if (text_width(lines.lines[i]) > width)
			abort();
	text_lines_fini(&lines);
}

#endif
