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

#endif
