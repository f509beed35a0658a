/* A ticket's to-do items (Halo's FaultToDo) and their create/update. */
#ifndef HALOTUI_MODEL_TODO_H
#define HALOTUI_MODEL_TODO_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/ticket_id.h"
#include "model/values.h"

/* One to-do. Strings in the list arena. done_date is Halo's actual_end (no done date field). */
struct todo {
	int id;
	ticket_id_t ticket_id;
	const char *text;
	int group_id;
	const char *group_name;
	int group_seq;
	bool is_done;
	int done_by_id;
	const char *done_by_name;
	time_t done_date;
	time_t start_date;
	time_t end_date;
	int sequence;
	int addedby;
};

/* GET /ToDo?ticket_id=N: a plain array. */
struct todo_list {
	size_t count;
	struct todo *items;
	struct arena arena;
};

void todo_list_fini(struct todo_list *list); /* NULL-safe; LIST is empty afterwards */

/* POST /ToDo element. id 0 creates; only the has_* fields are sent. Strings borrowed. */
struct todo_update {
	int id;
	ticket_id_t ticket_id; /* always sent when > 0 */
	bool has_text;
	const char *text;
	bool has_done;
	bool is_done;
	bool has_group;
	int group_id;		/* sent when has_group and > 0 */
	const char *group_name; /* sent when has_group and not NULL */
	bool has_sequence;
	int sequence;
};

/* Fills U to create nothing: all has_* false. */
void todo_update_init(struct todo_update *u, int id, ticket_id_t ticket_id);

#endif
