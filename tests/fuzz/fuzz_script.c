/* libFuzzer harness for app/script: any bytes give keys, lines or errors, never a crash. */
#include "config.h"

#include <locale.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "app/script.h"

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
	if (size == 0)
		return 0;
	FILE *f = fmemopen((void *)(uintptr_t)data, size, "r");
	if (!f)
		return 0;
	struct script s;
	script_open_stream(&s, f, "fuzz");
	for (;;) {
		struct script_item it = script_next(&s);
		/* A key is never 0, and a line or error always has text. */
		if (it.kind == SCRIPT_KEY && it.key == 0)
			abort();
		if ((it.kind == SCRIPT_LINE || it.kind == SCRIPT_ERROR) && !it.line)
			abort();
		free(it.line);
		if (it.kind == SCRIPT_END)
			break;
	}
	script_close(&s);
	return 0;
}
