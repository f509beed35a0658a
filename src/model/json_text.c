/* Text lines of an undocumented response: lifetime. */
#include "config.h"

#include "model/json_text.h"

#include <stdlib.h>

void json_text_fini(struct json_text *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->count; i++)
		free(t->lines[i]);
	free(t->lines);
	t->lines = NULL;
	t->count = 0;
	t->is_json = false;
}
