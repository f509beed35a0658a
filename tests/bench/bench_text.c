/* Figures for the text layer: how fast server strings are cleaned, measured and laid out.
 * Prints throughput; never fails on time. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text/html.h"
#include "text/safe_text.h"
#include "text/width.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* SIZE bytes of mixed text: ASCII, accents, CJK, and an escape sequence now and then. */
static char *sample_text(size_t size)
{
	static const char *const parts[] = { "Printer on floor 3 jammed again. ",
					     "Z\xC3\xBCrich office \xE6\x9D\xB1\xE4\xBA\xAC ",
					     "\x1B[31mred\x1B[0m ", "tab\there\n" };
	char *s = malloc(size + 64);
	size_t len = 0;
	for (size_t i = 0; len < size; i++) {
		const char *p = parts[i % 4];
		memcpy(s + len, p, strlen(p));
		len += strlen(p);
	}
	s[len] = '\0';
	return s;
}

static char *ticket_html(size_t copies)
{
	static const char *const block =
		"<div><p>Hi&nbsp;team, the <b>VPN</b> drops &mdash; see <a "
		"href=\"https://status.example.com/\">status</a>.</p><ul><li>one</li><li>two<ol>"
		"<li>nested</li></ol></li></ul><table><tr><th>Name</th><th>City</th></tr><tr><td>"
		"\xE5\xB1\xB1\xE7\x94\xB0</td><td>\xE6\x9D\xB1\xE4\xBA\xAC</td></tr></table>"
		"<script>x()</script><pre>  keep  this </pre></div>\n";
	size_t n = strlen(block);
	char *s = malloc(n * copies + 1);
	for (size_t i = 0; i < copies; i++)
		memcpy(s + i * n, block, n);
	s[n * copies] = '\0';
	return s;
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	size_t size = 8u << 20;
	char *text = sample_text(size);
	size_t len = strlen(text);

	double t0 = now_s();
	char *clean = safe_text_clean_n(text, len, SAFE_TEXT_KEEP_NEWLINE);
	double t1 = now_s();
	printf("safe_text: %.0f MB/s (%zu bytes)\n", (double)len / (t1 - t0) / 1e6, len);

	t0 = now_s();
	int cols = text_width(clean);
	t1 = now_s();
	printf("text_width: %.0f MB/s (%d cells)\n", (double)strlen(clean) / (t1 - t0) / 1e6, cols);

	struct text_lines lines;
	t0 = now_s();
	text_wrap(&lines, clean, 72);
	t1 = now_s();
	printf("text_wrap: %.0f MB/s (%zu lines)\n", (double)strlen(clean) / (t1 - t0) / 1e6,
	       lines.count);
	text_lines_fini(&lines);

	char *html = ticket_html(2000);
	struct html_text out;
	t0 = now_s();
	html_to_text(&out, html, strlen(html), 0);
	t1 = now_s();
	printf("html_to_text: %.1f MB/s (%zu bytes of HTML, %.1f ms)\n",
	       (double)strlen(html) / (t1 - t0) / 1e6, strlen(html), (t1 - t0) * 1e3);
	html_text_fini(&out);

	free(html);
	free(clean);
	free(text);
	return 0;
}
