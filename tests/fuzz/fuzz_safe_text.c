/* libFuzzer harness for text/safe_text and text/width: whatever comes in, what goes out
 * is valid UTF-8 that cannot drive a terminal, and cuts stay within their cells. */
#include "config.h"

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "fuzz_invariants.h"
#include "text/safe_text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned flags = data[0] & 7u;
	int width = data[1] % 40;
	char *clean = safe_text_clean_n((const char *)data + 2, size - 2, flags);
	assert_terminal_safe(clean, flags & SAFE_TEXT_KEEP_NEWLINE, flags & SAFE_TEXT_KEEP_TAB);
	assert_width_promises(clean, width);
	/* cleaning is idempotent: a second pass finds nothing to remove */
	char *again = safe_text_clean(clean, flags);
	if (strcmp(again, clean) != 0)
		abort();
	free(again);
	free(clean);
	return 0;
}
