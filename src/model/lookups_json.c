/* JSON -> lookup lists: statuses, priorities, agents, teams, ticket types, clients, outcomes. */
#include "config.h"

#include "model/lookups_json.h"

#include "model/field_json.h"
#include "model/values.h"
#include "util/alloc.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct jf_field status_fields[] = {
	JF(struct status_item, id, JF_INT),	   JF(struct status_item, name, JF_STR),
	JF(struct status_item, shortname, JF_STR), JF(struct status_item, type, JF_INT),
	JF(struct status_item, sequence, JF_INT),  JF(struct status_item, colour, JF_STR),
};
static const struct jf_field priority_fields[] = {
	JF(struct priority_item, id, JF_STR),	  JF(struct priority_item, priorityid, JF_INT),
	JF(struct priority_item, slaid, JF_INT),  JF(struct priority_item, name, JF_STR),
	JF(struct priority_item, colour, JF_STR),
};
static const struct jf_field agent_fields[] = {
	JF(struct agent_item, id, JF_INT),	 JF(struct agent_item, name, JF_STR),
	JF(struct agent_item, email, JF_STR),	 JF(struct agent_item, team, JF_STR),
	JF(struct agent_item, initials, JF_STR), JF(struct agent_item, isdisabled, JF_BOOL),
};
static const struct jf_field named_fields[] = {
	JF(struct named_item, id, JF_INT),
	JF(struct named_item, name, JF_STR),
	JF(struct named_item, inactive, JF_BOOL),
};
static const struct jf_field outcome_fields[] = {
	JF(struct outcome_item, id, JF_INT),
	JF_AS(struct outcome_item, name, "outcome", JF_STR),
	JF(struct outcome_item, buttonname, JF_STR),
	JF(struct outcome_item, colour, JF_STR),
	JF(struct outcome_item, sequence, JF_INT),
	JF(struct outcome_item, newstatus, JF_INT),
	JF(struct outcome_item, sendemail, JF_INT),
	JF(struct outcome_item, hidefromuser, JF_BOOL),
	JF(struct outcome_item, hidden, JF_BOOL),
};

/* Every lookup item needs its id: a row without one cannot be named, so it is skipped. */
static bool need_int_id(json_object *obj, const char *subject, const char *path, void *item,
			struct arena *arena, struct model_error *err)
{
	(void)obj;
	(void)arena;
	(void)subject;
	if (*(int *)item == MODEL_UNSET) {
		jf_note(err, *path ? path : "body", "no usable id, skipped");
		return false;
	}
	return true;
}

static bool priority_finish(json_object *obj, const char *subject, const char *path, void *item,
			    struct arena *arena, struct model_error *err)
{
	(void)obj;
	(void)arena;
	(void)subject;
	if (((struct priority_item *)item)->priorityid == MODEL_UNSET) {
		jf_note(err, *path ? path : "body", "no usable priorityid, skipped");
		return false;
	}
	return true;
}

static const char *const status_keys[] = { "statuses", "records", NULL };
static const char *const priority_keys[] = { "priorities", "records", NULL };
static const char *const agent_keys[] = { "agents", "records", NULL };
static const char *const outcome_keys[] = { "outcomes", "records", NULL };
static const char *const named_keys[] = { "clients", "teams", "tickettypes", "records",
					  "sites",   "users", NULL };

#define LIST_PARSER(fn, list_type, item_type, table, keyset, single, fin, what)                    \
	enum status fn(const char *body, size_t len, struct list_type *out,                        \
		       struct model_error *err)                                                    \
	{                                                                                          \
		static const struct jf_list_spec spec = {                                          \
			.keys = keyset,                                                            \
			.accept_single = single,                                                   \
			.fields = table,                                                           \
			.n_fields = N(table),                                                      \
			.item_size = sizeof(struct item_type),                                     \
			.noun = what,                                                              \
			.finish = fin,                                                             \
		};                                                                                 \
		arena_init(&out->arena);                                                           \
		void *items;                                                                       \
		enum status st = jf_list_from_json(body, len, &spec, &items, &out->count, RC(out), \
						   &out->arena, err);                              \
		out->items = items;                                                                \
		return st;                                                                         \
	}

#define RC(out) NULL
LIST_PARSER(status_list_from_json, status_list, status_item, status_fields, status_keys, false,
	    need_int_id, "status")
LIST_PARSER(priority_list_from_json, priority_list, priority_item, priority_fields, priority_keys,
	    false, priority_finish, "priority")
LIST_PARSER(agent_list_from_json, agent_list, agent_item, agent_fields, agent_keys, false,
	    need_int_id, "agent")
LIST_PARSER(agent_me_from_json, agent_list, agent_item, agent_fields, NULL, true, need_int_id,
	    "agent")
LIST_PARSER(outcome_list_from_json, outcome_list, outcome_item, outcome_fields, outcome_keys, false,
	    need_int_id, "outcome")
#undef RC
#define RC(out) (&(out)->record_count)
LIST_PARSER(named_list_from_json, named_list, named_item, named_fields, named_keys, false,
	    need_int_id, "record")
#undef RC

/* One item as an object of the fields of TABLE: what the parser reads back the same. */
static json_object *item_to_json(const void *item, const struct jf_field *fields, size_t n)
{
	json_object *obj = json_object_new_object();
	for (size_t i = 0; i < n; i++) {
		const char *at = (const char *)item + fields[i].offset;
		json_object *v = NULL;
		if (fields[i].kind == JF_INT && *(const int *)at != MODEL_UNSET)
			v = json_object_new_int(*(const int *)at);
		else if (fields[i].kind == JF_STR && *(const char *const *)at)
			v = json_object_new_string(*(const char *const *)at);
		else if (fields[i].kind == JF_BOOL)
			v = json_object_new_boolean(*(const bool *)at);
		if (v)
			json_object_object_add(obj, fields[i].key, v);
	}
	return obj;
}

static char *items_to_json(const void *items, size_t count, size_t item_size,
			   const struct jf_field *fields, size_t n)
{
	json_object *array = json_object_new_array();
	for (size_t i = 0; i < count; i++)
		json_object_array_add(array,
				      item_to_json((const char *)items + i * item_size, fields, n));
	char *text = xstrdup(json_object_to_json_string_ext(array, JSON_C_TO_STRING_PLAIN));
	json_object_put(array);
	return text;
}

#define LIST_WRITER(fn, list_type, item_type, table)                                               \
	char *fn(const struct list_type *l)                                                        \
	{                                                                                          \
		return items_to_json(l->items, l->count, sizeof(struct item_type), table,          \
				     N(table));                                                    \
	}

LIST_WRITER(status_list_to_json, status_list, status_item, status_fields)
LIST_WRITER(priority_list_to_json, priority_list, priority_item, priority_fields)
LIST_WRITER(agent_list_to_json, agent_list, agent_item, agent_fields)
LIST_WRITER(named_list_to_json, named_list, named_item, named_fields)
LIST_WRITER(outcome_list_to_json, outcome_list, outcome_item, outcome_fields)
