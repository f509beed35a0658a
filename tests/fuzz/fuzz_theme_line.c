/* Fuzzes theme text (color lines: roles, colour names, #rrggbb, attributes). */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "config/configuration.h"
#include "util/alloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	struct theme theme = { 0 };
	char *text = xstrndup((const char *)data, size);
	config_init(&cfg);
	config_parse_theme(&cfg, text, "fuzz.theme", &theme);
	for (int i = 0; i < ROLE_COUNT; i++)
		if (theme.is_set[i] && (theme.style[i].fg < -1 || theme.style[i].fg > 255))
			abort();
	config_fini(&cfg);
	free(text);
	return 0;
}
