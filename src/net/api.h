/* One job builder per HaloPSA route: requests made from model structs. */
#ifndef HALOTUI_NET_API_H
#define HALOTUI_NET_API_H

#include <stdbool.h>
#include <stddef.h>

#include "model/action.h"
#include "model/approval.h"
#include "model/requests.h"
#include "model/ticket.h"
#include "model/ticket_id.h"
#include "model/ticket_query.h"
#include "model/ticket_update.h"
#include "model/todo.h"
#include "net/job.h"
#include "util/strbuf.h"

/*
 * Every builder returns a new job (caller owns until worker_submit takes it) of the given
 * GENERATION with priority JOB_PRIORITY_USER (set job->priority for prefetch). Model
 * structs are only read: the request body is written at once, so they may be freed after.
 * Query values are encoded with libcurl's URL API.
 */

/* GET /Tickets page PAGE_NO of PAGE_SIZE rows; QUERY is the encoded filter (from the
 * /Tickets parameter table) or NULL. */
struct job *api_tickets_list(const char *query, int page_no, int page_size, unsigned generation);
/* GET /Tickets page from the query object Q of the /Tickets table (NULL: no filter); paging
 * values in Q are replaced by PAGE_NO and PAGE_SIZE. NULL with the reason in ERR (may be
 * NULL) when libcurl refuses to render it. */
struct job *api_tickets_query(const struct ticket_query *q, int page_no, int page_size,
			      unsigned generation, struct strbuf *err);
/* GET /Tickets/{id}; QUERY as above (NULL: includedetails, includelastaction and
 * includechildids, all true: the detail names the children). */
struct job *api_ticket_get(int id, const char *query, unsigned generation);
/* POST /Tickets with N updates (id 0 creates); RETURNALL asks for every record back. */
struct job *api_tickets_save(const struct ticket_update *updates, size_t n, bool returnall,
			     unsigned generation);
/* DELETE /Tickets/{id}?reason=... */
struct job *api_ticket_delete(const struct ticket_delete *del, unsigned generation);
struct job *api_tickets_vote(const struct ticket_vote *votes, size_t n, unsigned generation);
/* POST /Tickets/View, /Tickets/processchildren, /Tickets/SetBillableProject: [{id}...]. */
struct job *api_tickets_view(const int *ids, size_t n, unsigned generation);
struct job *api_tickets_process_children(const int *ids, size_t n, unsigned generation);
/* [{id, isbillable}] for each of IDS. */
struct job *api_tickets_set_billable_project(const int *ids, size_t n, bool is_billable,
					     unsigned generation);
/* POST /Tickets/Object: one object, not an array. */
struct job *api_ticket_object(const struct ticket_update *update, unsigned generation);
struct job *api_tickets_zapier(unsigned generation);
struct job *api_tickets_sales_mailbox(unsigned generation);
struct job *api_drafts_save(const struct draft *drafts, size_t n, unsigned generation);

/* GET /TicketApproval: TICKET_ID 0 for every ticket; MINE for the signed-in agent's. */
struct job *api_approvals_list(ticket_id_t ticket_id, bool mine, unsigned generation);
/* GET /TicketApproval/{id}?includedetails=true: the id is a ticket's, the answer one of its
 * steps (result member `record`: its fields as lines). */
struct job *api_approval_get(ticket_id_t ticket_id, unsigned generation);
struct job *api_approvals_save(const struct approval_decision *decisions, size_t n,
			       unsigned generation);
/* POST /TicketApproval [{ticket_id, agent_id, note}]: a new approval step (a create). */
struct job *api_approval_add(const struct approval_step *step, unsigned generation);
/* DELETE /TicketApproval/{ticket_id}&{seq}. */
struct job *api_approval_delete(ticket_id_t ticket_id, int seq, unsigned generation);

struct job *api_forecast_get(int id, unsigned generation);
struct job *api_forecasts_save(const struct forecast *forecasts, size_t n, unsigned generation);
struct job *api_todos_list(ticket_id_t ticket_id, unsigned generation);
struct job *api_todos_save(const struct todo_update *updates, size_t n, unsigned generation);
/* GET /FaultViewLog, narrowed to TICKET_ID when it is > 0. */
struct job *api_view_log_list(ticket_id_t ticket_id, unsigned generation);
/* GET /ConfirmClosure, narrowed to TICKET_ID when it is > 0. */
struct job *api_closures_list(ticket_id_t ticket_id, unsigned generation);
/* GET /ConfirmClosure/{id}: one closure confirmation (result member `record`). */
struct job *api_closure_get(int id, unsigned generation);
struct job *api_closures_save(const struct closure *closures, size_t n, unsigned generation);
struct job *api_closure_delete(int id, unsigned generation);
struct job *api_actions_list(ticket_id_t ticket_id, unsigned generation);
struct job *api_actions_save(const struct action_create *actions, size_t n, unsigned generation);

/* GET of a lookup: JOB_STATUSES, JOB_PRIORITIES, JOB_AGENTS, JOB_AGENT_ME, JOB_TEAMS,
 * JOB_TICKET_TYPES, JOB_CLIENTS or JOB_OUTCOMES (NULL for any other kind). */
struct job *api_lookup(enum job_kind kind, unsigned generation);

/* A write of KIND sending BODY (taken; may be NULL); IS_CREATE when it makes a record, so an
 * unknown outcome is never sent again unasked. */
struct job *api_write(enum job_kind kind, char *body, bool is_create, unsigned generation);
/* A GET of KIND narrowed by ?ticket_id= when TICKET_ID > 0. */
struct job *api_get_for_ticket(enum job_kind kind, ticket_id_t ticket_id, unsigned generation);
/* Appends NAME=VALUE (VALUE encoded by libcurl) to the query string *QUERY (owned,
 * may be NULL). */
void api_query_add(char **query, const char *name, const char *value);

/* GET /Site, narrowed to CLIENT_ID's sites when it is > 0. */
struct job *api_sites_list(int client_id, unsigned generation);
/* GET /Users, narrowed to CLIENT_ID's and SITE_ID's users when they are > 0. */
struct job *api_users_list(int client_id, int site_id, unsigned generation);

#endif
