/* JSON -> to-do items of a ticket. */
#include "config.h"

#include "model/todo_json.h"

#include "model/field_json.h"

#define TD(member, kind) JF(struct todo, member, kind)
static const struct jf_field todo_fields[] = {
	TD(id, JF_INT),
	TD(ticket_id, JF_INT),
	TD(text, JF_STR),
	TD(group_id, JF_INT),
	TD(group_name, JF_STR),
	TD(group_seq, JF_INT),
	JF_AS(struct todo, is_done, "done", JF_BOOL),
	TD(done_by_id, JF_INT),
	TD(done_by_name, JF_STR),
	JF_AS(struct todo, done_date, "actual_end", JF_TIME),
	TD(start_date, JF_TIME),
	TD(end_date, JF_TIME),
	TD(sequence, JF_INT),
	TD(addedby, JF_INT),
};
#undef TD

enum status todo_list_from_json(const char *body, size_t len, struct todo_list *out,
				struct model_error *err)
{
	static const char *const keys[] = { "todos", "records", NULL };
	static const struct jf_list_spec spec = {
		.keys = keys,
		.accept_single = true,
		.fields = todo_fields,
		.n_fields = sizeof(todo_fields) / sizeof(todo_fields[0]),
		.item_size = sizeof(struct todo),
		.noun = "to-do",
	};
	arena_init(&out->arena);
	void *items;
	enum status st =
		jf_list_from_json(body, len, &spec, &items, &out->count, NULL, &out->arena, err);
	out->items = items;
	return st;
}
