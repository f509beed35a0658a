/* Model -> JSON request bodies. Every POST body is a JSON array; the caller owns the string. */
#ifndef HALOTUI_MODEL_REQUEST_JSON_H
#define HALOTUI_MODEL_REQUEST_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "model/action.h"
#include "model/approval.h"
#include "model/requests.h"
#include "model/ticket_update.h"
#include "model/todo.h"

/* POST /Tickets: [{...}, ...], each with "id" when updating and only its set fields. */
char *ticket_updates_to_json(const struct ticket_update *updates, size_t n);
/* POST /Tickets/Object: ONE object (the only non-array body). */
char *ticket_update_object_to_json(const struct ticket_update *u);
/* POST /Actions. */
char *action_creates_to_json(const struct action_create *actions, size_t n);
/* POST /TicketApproval: [{ticket_id, seq, result, approver_note}]. */
char *approval_decisions_to_json(const struct approval_decision *decisions, size_t n);
/* POST /TicketApproval asking new steps: [{ticket_id, agent_id, note}]. */
char *approval_steps_to_json(const struct approval_step *steps, size_t n);
/* POST /ToDo. */
char *todo_updates_to_json(const struct todo_update *updates, size_t n);
/* POST /Draft. */
char *drafts_to_json(const struct draft *drafts, size_t n);
/* POST /FaultsForecasting. */
char *forecasts_to_json(const struct forecast *forecasts, size_t n);
/* POST /ConfirmClosure. */
char *closures_to_json(const struct closure *closures, size_t n);
/* POST /Tickets/vote: [{id, your_vote, your_vote_comment}]. */
char *ticket_votes_to_json(const struct ticket_vote *votes, size_t n);
/* POST /Tickets/View, /Tickets/processchildren: [{id}...]. */
char *ticket_ids_to_json(const int *ids, size_t n);
/* POST /Tickets/SetBillableProject: [{id, isbillable}]. */
char *ticket_billable_to_json(const int *ids, size_t n, bool is_billable);

#endif
