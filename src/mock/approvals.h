/* A ticket's approval state, as its approvals make it. */
#ifndef HALOTUI_MOCK_APPROVALS_H
#define HALOTUI_MOCK_APPROVALS_H

#include <json-c/json.h>

/* Where a ticket's approvals stand: MOCK_APPROVAL_REJECTED when any is rejected, APPROVED
 * when all are approved, PENDING otherwise; -1 when LIST (an array) is empty. */
int mock_approvals_state(struct json_object *list);

#endif
