/* Fuzzes the config line interpreter (lexer, set, bind, color, view, profile) with one line. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config/configuration.h"
#include "util/alloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	char *line = xstrndup((const char *)data, size);
	/* `source` would read files named by the input: keep the fuzzer off the disk */
	if (strstr(line, "source")) {
		free(line);
		return 0;
	}
	config_init(&cfg);
	config_run_line(&cfg, line, "fuzz", 1);
	for (size_t i = 0; i < cfg.n_diags; i++)
		(void)strlen(cfg.diags[i].text);
	config_fini(&cfg);
	free(line);
	return 0;
}
