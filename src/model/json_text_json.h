/* Any response body -> pretty-printed lines (routes whose answer shape is undocumented). */
#ifndef HALOTUI_MODEL_JSON_TEXT_JSON_H
#define HALOTUI_MODEL_JSON_TEXT_JSON_H

#include <stddef.h>

#include "model/json_text.h"
#include "model/model_error.h"
#include "util/status.h"

/* JSON is pretty-printed (2-space indent); other text is split into lines (is_json false);
 * an empty body gives zero lines. Always STATUS_OK unless a limit is hit. Caller:
 * json_text_fini. */
enum status json_text_from_json(const char *body, size_t len, struct json_text *out,
				struct model_error *err);

/* One record's fields as "NAME: VALUE" lines, in the order the server sent them: strings as
 * they are (line breaks made spaces), numbers and booleans as written, objects and arrays as
 * compact JSON; null fields left out. An array gives each element's fields, an empty line
 * between two. A body that is not JSON gives its text (is_json false), an empty one no
 * lines. Always STATUS_OK unless a limit is hit. Caller: json_text_fini. */
enum status json_text_record_from_json(const char *body, size_t len, struct json_text *out,
				       struct model_error *err);

#endif
