/* JSON -> approvals of tickets. */
#include "config.h"

#include "model/approval_json.h"

#include <stdio.h>

#include "model/field_json.h"
#include "model/values.h"

#define AP(member, kind) JF(struct approval, member, kind)
static const struct jf_field approval_fields[] = {
	AP(ticket_id, JF_INT),
	AP(seq, JF_INT),
	AP(step_id, JF_INT),
	AP(step_name, JF_STR),
	JF_AS(struct approval, result_raw, "result", JF_INT),
	AP(name, JF_STR),
	AP(agent_id, JF_INT),
	AP(user_id, JF_INT),
	AP(agent_name, JF_STR),
	AP(emailaddress, JF_STR),
	AP(approver_note, JF_STR),
	AP(summary, JF_STR),
	AP(note, JF_STR),
	AP(requestor_name, JF_STR),
	AP(ticket_user_name, JF_STR),
	AP(approval_process_name, JF_STR),
	AP(approval_process_id, JF_INT),
	AP(type, JF_INT),
	AP(is_mandatory, JF_BOOL),
	AP(votes_required_to_accept, JF_INT),
	AP(votes_required_to_reject, JF_INT),
	AP(datetime, JF_TIME),
	AP(dateapproved, JF_TIME),
	AP(startdate, JF_TIME),
	AP(targetdate, JF_TIME),
};
#undef AP

/* An approval is one step of one ticket: "ticket 12 approval 3" when both are known. */
static void approval_subject(json_object *obj, const char *path, char *buf, size_t size)
{
	struct model_error why;
	ticket_id_t ticket_id = MODEL_UNSET, seq = MODEL_UNSET;
	jf_int(jf_get(obj, "ticket_id"), "", "ticket_id", &ticket_id, &why);
	jf_int(jf_get(obj, "seq"), "", "seq", &seq, &why);
	if (ticket_id > 0 && seq != MODEL_UNSET)
		snprintf(buf, size, "ticket %d approval %d", ticket_id, seq);
	else
		snprintf(buf, size, "%s", *path ? path : "approval");
}

/* Without its ticket and seq an approval cannot be answered: it is dropped, not the list. */
static bool approval_finish(json_object *obj, const char *subject, const char *path, void *item,
			    struct arena *arena, struct model_error *err)
{
	(void)obj;
	(void)arena;
	(void)path;
	struct approval *a = item;
	if (a->ticket_id <= 0 || a->seq == MODEL_UNSET) {
		jf_note(err, subject, "approval without a usable ticket_id and seq, skipped");
		return false;
	}
	a->result = approval_result_from_int(a->result_raw);
	return true;
}

enum status approval_list_from_json(const char *body, size_t len, struct approval_list *out,
				    struct model_error *err)
{
	static const char *const keys[] = { "approvals", "records", NULL };
	static const struct jf_list_spec spec = {
		.keys = keys,
		.accept_single = true,
		.fields = approval_fields,
		.n_fields = sizeof(approval_fields) / sizeof(approval_fields[0]),
		.item_size = sizeof(struct approval),
		.subject = approval_subject,
		.finish = approval_finish,
	};
	arena_init(&out->arena);
	void *items;
	enum status st =
		jf_list_from_json(body, len, &spec, &items, &out->count, NULL, &out->arena, err);
	out->items = items;
	return st;
}
