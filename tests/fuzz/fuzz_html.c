/* libFuzzer harness for text/html: any bytes give terminal-safe, tidy text and links. */
#include "config.h"

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "fuzz_invariants.h"
#include "text/html.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

/* Aborts on a trailing space or two blank lines in a row. */
static void assert_tidy(const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == ' ' && (p[1] == '\n' || p[1] == '\0'))
			abort();
		if (p[0] == '\n' && p[1] == '\n' && p[2] == '\n')
			abort();
	}
	if (*s == '\n')
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct html_text t;
	html_to_text(&t, (const char *)data + 1, size - 1, data[0] & HTML_TEXT_ASCII);
	assert_terminal_safe(t.text, true, false);
	assert_tidy(t.text);
	for (size_t i = 0; i < t.link_count; i++)
		assert_terminal_safe(t.links[i], false, false);
	assert_width_promises(t.text, 2 + data[0] % 60);
	html_text_fini(&t);
	return 0;
}
