/* JSON -> the actions (history) of a ticket. */
#include "config.h"

#include "model/action_json.h"

#include "model/field_json.h"

#define A(member, kind) JF(struct action, member, kind)
static const struct jf_field action_fields[] = {
	A(id, JF_INT),
	A(ticket_id, JF_INT),
	A(outcome, JF_STR),
	A(outcome_id, JF_INT),
	A(who, JF_STR),
	A(who_agentid, JF_INT),
	A(datetime, JF_TIME),
	A(note, JF_STR),
	A(note_html, JF_STR),
	A(hiddenfromuser, JF_BOOL),
	A(important, JF_BOOL),
	A(new_status, JF_INT),
	A(new_status_name, JF_STR),
	A(old_status, JF_INT),
	JF_AS(struct action, timetaken_h, "timetaken", JF_DOUBLE),
	A(emailfrom, JF_STR),
	A(emailto, JF_STR),
	A(emailcc, JF_STR),
	JF_AS(struct action, emailsubject, "emailsubjectnew", JF_STR),
	A(attachment_count, JF_COUNT),
	JF_AS(struct action, is_unread, "unread", JF_BOOL),
};
#undef A

static bool action_finish(json_object *obj, const char *subject, const char *path, void *item,
			  struct arena *arena, struct model_error *err)
{
	(void)path;
	struct action *a = item;
	/* Older answers name the subject "emailsubject". */
	if (!*a->emailsubject) {
		static const struct jf_field old =
			JF_AS(struct action, emailsubject, "emailsubject", JF_STR);
		jf_read_fields(obj, subject, "", &old, 1, a, arena, err);
	}
	return true;
}

enum status action_list_from_json(const char *body, size_t len, struct action_list *out,
				  struct model_error *err)
{
	static const char *const keys[] = { "actions", NULL };
	static const struct jf_list_spec spec = {
		.keys = keys,
		.accept_single = true,
		.fields = action_fields,
		.n_fields = sizeof(action_fields) / sizeof(action_fields[0]),
		.item_size = sizeof(struct action),
		.noun = "action",
		.finish = action_finish,
	};
	arena_init(&out->arena);
	void *items;
	enum status st = jf_list_from_json(body, len, &spec, &items, &out->count,
					   &out->record_count, &out->arena, err);
	out->items = items;
	return st;
}
