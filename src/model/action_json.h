/* JSON -> actions: GET /Actions (wrapper {record_count, actions} or bare array). */
#ifndef HALOTUI_MODEL_ACTION_JSON_H
#define HALOTUI_MODEL_ACTION_JSON_H

#include <stddef.h>

#include "model/action.h"
#include "model/model_error.h"
#include "util/status.h"

/* Fills *OUT (caller: action_list_fini). Convention of model/ticket_json.h. A single action
 * object (POST /Actions answer) is accepted as a list of one. */
enum status action_list_from_json(const char *body, size_t len, struct action_list *out,
				  struct model_error *err);

#endif
