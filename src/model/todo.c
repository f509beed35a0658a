/* To-do items: list lifetime and an empty update. */
#include "config.h"

#include "model/todo.h"

#include <string.h>

void todo_list_fini(struct todo_list *list)
{
	if (!list)
		return;
	arena_fini(&list->arena);
	list->items = NULL;
	list->count = 0;
}

void todo_update_init(struct todo_update *u, int id, ticket_id_t ticket_id)
{
	memset(u, 0, sizeof(*u));
	u->id = id;
	u->ticket_id = ticket_id;
	u->group_id = MODEL_UNSET;
}
