/* A response of unknown shape kept as pretty-printed text lines for the console to show. */
#ifndef HALOTUI_MODEL_JSON_TEXT_H
#define HALOTUI_MODEL_JSON_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Lines are owned (malloc'd) and never contain '\n'; json_text_fini frees them. */
struct json_text {
	char **lines;
	size_t count;
	bool is_json;	/* false: the body was not JSON and lines hold the raw text */
	bool is_record; /* lines are "NAME: VALUE", the fields of one record (json_text_json.h) */
};

void json_text_fini(struct json_text *t); /* NULL-safe; T is empty afterwards */

#endif
