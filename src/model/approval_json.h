/* JSON -> approvals: GET /TicketApproval (plain array, or one object for /TicketApproval/{id}). */
#ifndef HALOTUI_MODEL_APPROVAL_JSON_H
#define HALOTUI_MODEL_APPROVAL_JSON_H

#include <stddef.h>

#include "model/approval.h"
#include "model/model_error.h"
#include "util/status.h"

/* Fills *OUT (caller: approval_list_fini). Convention of model/ticket_json.h. */
enum status approval_list_from_json(const char *body, size_t len, struct approval_list *out,
				    struct model_error *err);

#endif
