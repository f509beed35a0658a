/* Approvals on tickets (Halo's FaultApproval) and the decision an approver posts. */
#ifndef HALOTUI_MODEL_APPROVAL_H
#define HALOTUI_MODEL_APPROVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/ticket_id.h"
#include "model/values.h"

/*
 * Halo's integer `result`: 0 (or absent) awaiting a decision, 1 approved, 2 rejected.
 * Anything else is APPROVAL_OTHER with the number kept in result_raw.
 */
enum approval_result {
	APPROVAL_PENDING,
	APPROVAL_APPROVED,
	APPROVAL_REJECTED,
	APPROVAL_OTHER,
};

enum approval_result approval_result_from_int(int raw);
/* The integer sent for RESULT (APPROVAL_OTHER has none: -1). */
int approval_result_to_int(enum approval_result result);
/* "pending", "approved", "rejected", "other". */
const char *approval_result_name(enum approval_result result);

/* One approval step. No id of its own: the key is (ticket_id, seq). Strings in list arena. */
struct approval {
	ticket_id_t ticket_id;
	int seq;
	int step_id;
	const char *step_name;
	enum approval_result result;
	int result_raw;	  /* MODEL_UNSET when absent */
	const char *name; /* the approver as Halo names them */
	int agent_id;	  /* approving agent, MODEL_UNSET when a user or email approves */
	int user_id;
	const char *agent_name;
	const char *emailaddress;
	const char *approver_note;
	const char *summary;
	const char *note;
	const char *requestor_name;
	const char *ticket_user_name;
	const char *approval_process_name;
	int approval_process_id;
	int type;
	bool is_mandatory;
	int votes_required_to_accept;
	int votes_required_to_reject;
	time_t datetime;
	time_t dateapproved;
	time_t startdate;
	time_t targetdate;
};

/* GET /TicketApproval: a plain array. */
struct approval_list {
	size_t count;
	struct approval *items;
	struct arena arena;
};

void approval_list_fini(struct approval_list *list); /* NULL-safe; LIST is empty afterwards */
/* The approval with key (TICKET_ID, SEQ), or NULL. */
const struct approval *approval_list_find(const struct approval_list *list, ticket_id_t ticket_id,
					  int seq);

/* POST /TicketApproval element: approve or reject step (ticket_id, seq). Strings borrowed. */
/* POST /TicketApproval element that asks a new step (no seq: the server numbers it): the
 * agent who is to approve, and a note for them. NOTE is borrowed; NULL sends none. */
struct approval_step {
	ticket_id_t ticket_id;
	int agent_id;
	const char *note;
};

struct approval_decision {
	ticket_id_t ticket_id;
	int seq;
	enum approval_result result; /* APPROVED or REJECTED */
	const char *approver_note;   /* the reason; NULL not sent */
};

#endif
