/* Actions of a ticket: list lifetime and the defaults of a new note. */
#include "config.h"

#include "model/action.h"

#include <string.h>

void action_list_fini(struct action_list *list)
{
	if (!list)
		return;
	arena_fini(&list->arena);
	list->items = NULL;
	list->count = 0;
	list->record_count = 0;
}

void action_create_init(struct action_create *a)
{
	memset(a, 0, sizeof(*a));
	a->outcome_id = MODEL_UNSET;
	a->new_status = MODEL_UNSET;
	a->timetaken_h = -1;
}
