/* What Halo asks of a new ticket by its type: required fields, and the CAB of a change. */
#include "config.h"

#include "mock/ticket_create.h"

#include <string.h>

/* How a refusal is worded: Halo answers some in plain text, some as a validation class. */
enum refusal_form { REFUSAL_TEXT, REFUSAL_CLASS };

/* A field a ticket type requires on create, and Halo's words when it is missing. */
static const struct {
	int tickettype_id;
	const char *field;
	enum refusal_form form;
	const char *message;
} required[] = {
	{ 3, "user_id", REFUSAL_TEXT, "CODE:TKT01/4 Please select a User" },
	{ 4, "category_1", REFUSAL_CLASS, "Please select a value for the field Category" },
	/* A change needs its approvers named; the console has no field for them, so a Change
	 * Request created from it meets this refusal, as it would on a tenant with a CAB. */
	{ 5, "new_approvalprocess_cab_id", REFUSAL_TEXT,
	  "CODE:APP03/2 Please select the CAB members to approve" },
};

static bool is_given(struct json_object *obj, const char *key)
{
	struct json_object *v;
	if (!json_object_object_get_ex(obj, key, &v) || !v)
		return false;
	if (json_object_is_type(v, json_type_string))
		return *json_object_get_string(v) != '\0';
	if (json_object_is_type(v, json_type_int))
		return json_object_get_int64(v) > 0;
	return true;
}

static void refuse(struct mock_ctx *c, enum refusal_form form, const char *message)
{
	if (form == REFUSAL_TEXT) {
		mock_reply_text(c, 400, message);
		return;
	}
	struct jsonw w;
	mock_reply_json(c, 400, &w);
	jsonw_object_open(&w, NULL);
	jsonw_string(&w, "ClassName", "HaloApi.Exceptions.HaloValidationException");
	jsonw_string(&w, "Message", message);
	jsonw_object_close(&w);
}

bool mock_ticket_check_create(struct mock_ctx *c, struct json_object *obj)
{
	int type = c->data->tickettypes[0].id;
	mock_json_int(obj, "tickettype_id", &type);
	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++) {
		if (required[i].tickettype_id != type || is_given(obj, required[i].field))
			continue;
		refuse(c, required[i].form, required[i].message);
		return false;
	}
	return true;
}
