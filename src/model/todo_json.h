/* JSON -> to-dos: GET /ToDo (plain array; one object is a list of one). */
#ifndef HALOTUI_MODEL_TODO_JSON_H
#define HALOTUI_MODEL_TODO_JSON_H

#include <stddef.h>

#include "model/model_error.h"
#include "model/todo.h"
#include "util/status.h"

/* Fills *OUT (caller: todo_list_fini). Convention of model/ticket_json.h. */
enum status todo_list_from_json(const char *body, size_t len, struct todo_list *out,
				struct model_error *err);

#endif
