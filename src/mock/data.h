/* The emulator's data: lookups and compact ticket rows, generated from (count, seed). */
#ifndef HALOTUI_MOCK_DATA_H
#define HALOTUI_MOCK_DATA_H

#include <json-c/json.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mock/select_cache.h"

/* Status types as /api/Status reports them. */
enum { MOCK_STATUS_OPEN = 0, MOCK_STATUS_CLOSED = 1, MOCK_STATUS_HOLD = 2 };
/* Approval results as /api/TicketApproval reports them. */
enum { MOCK_APPROVAL_PENDING = 0, MOCK_APPROVAL_APPROVED = 1, MOCK_APPROVAL_REJECTED = 2 };

struct mock_status {
	int id;
	const char *name;
	const char *shortname;
	int type;
	int sequence;
	const char *colour;
};

struct mock_priority {
	char uuid[37];
	int slaid;
	int priorityid;
	const char *name;
	const char *colour;
	int response_hours;
	int fix_hours;
};

struct mock_named {
	int id;
	const char *name;
};

struct mock_client {
	int id;
	char *name;
};

struct mock_site {
	int id;
	int client_id;
	char *name;
};

struct mock_user {
	int id;
	int site_id;
	int client_id;
	char *name;
	char *email;
};

struct mock_agent {
	int id;
	int team_id;
	bool is_disabled;
	char *name;
	char *email;
	char initials[8];
};

enum mock_ticket_flag {
	MOCK_T_FLAGGED = 1 << 0,
	MOCK_T_ONHOLD = 1 << 1,
	MOCK_T_DELETED = 1 << 2,
	MOCK_T_READ = 1 << 3,
	MOCK_T_APPROVALS = 1 << 4, /* generated approvals exist */
	MOCK_T_TODOS = 1 << 5,	   /* generated to-dos exist */
	MOCK_T_EXCLUDESLA = 1 << 6,
	MOCK_T_BILLABLE = 1 << 7,
};

struct mock_item;

/* One ticket. Text the generator can rebuild from (seed, id) stays NULL until written. */
struct mock_ticket {
	int id;
	int status_id, priority_id, tickettype_id, sla_id;
	int client_id, site_id, user_id, agent_id, team_id;
	int parent_id;
	int child_count;
	int attachment_count;
	int votes;
	unsigned flags;
	int64_t dateoccurred, lastactiondate, deadlinedate, respondbydate, fixbydate, dateclosed;
	char *summary;
	char *details;		       /* NULL: generated */
	char *delete_reason;	       /* set when deleted */
	struct json_object *extra;     /* fields written by clients that have no column */
	struct json_object *customs;   /* NULL: generated */
	struct json_object *actions;   /* NULL: generated */
	struct json_object *approvals; /* NULL: generated */
	struct json_object *todos;     /* NULL: generated */
	/* The list item as last rendered (struct mock_item, see item_cache.h): filled by
	 * readers under the read lock, dropped by writers under the write lock. */
	_Atomic(struct mock_item *) item;
};

/* The whole data set. `lock` guards every field below it. */
struct mock_data {
	uint64_t seed;
	unsigned generated_count; /* the (count, seed) the rows were generated from */
	int64_t now;		  /* the data's "now": dates are relative to it */
	const struct mock_status *statuses;
	size_t n_statuses;
	struct mock_priority *priorities;
	size_t n_priorities;
	const struct mock_named *slas;
	size_t n_slas;
	const struct mock_named *teams;
	size_t n_teams;
	const struct mock_named *tickettypes;
	size_t n_tickettypes;
	struct mock_client *clients;
	size_t n_clients;
	struct mock_site *sites;
	size_t n_sites;
	struct mock_user *users;
	size_t n_users;
	struct mock_agent *agents;
	size_t n_agents;
	int me_agent_id; /* the agent the API token acts as */

	pthread_rwlock_t lock;
	struct mock_ticket **tickets; /* by id - first_id; NULL for ids never used */
	struct mock_ticket **chunks;  /* rows live in blocks, so a scan walks memory in order */
	size_t n_chunks;
	size_t n_deleted; /* tickets flagged deleted: 0 lets unfiltered pages skip the scan */
	atomic_size_t item_bytes; /* held by cached list items, bounded by MOCK_ITEM_CACHE_MAX */
	uint64_t generation; /* ticket changes so far: cached selections of older ones are stale */
	struct mock_select_cache selections;
	size_t n_tickets; /* slots in use (next id = first_id + n_tickets) */
	size_t cap_tickets;
	int first_id;
	int next_todo_id;
	int next_closure_id;
	int next_draft_id;
	int next_forecast_id;
	bool is_dirty;
	struct json_object *drafts;    /* array */
	struct json_object *forecasts; /* array */
	struct json_object *closures;  /* array */
	struct json_object *viewlog;   /* array */
	struct json_object *projects;  /* SetBillableProject calls, array */
};

/* Builds the lookups and COUNT tickets from SEED; caller frees with mock_data_free. */
struct mock_data *mock_data_new(unsigned count, uint64_t seed);
void mock_data_free(struct mock_data *data);

/* The ticket with ID, or NULL (deleted tickets are returned: callers check the flag). */
struct mock_ticket *mock_data_ticket(const struct mock_data *data, int id);
/* The ticket with ID unless it is missing or deleted; NULL then. */
struct mock_ticket *mock_data_live_ticket(const struct mock_data *data, int id);
/* A new blank ticket with the next id, owned by DATA. Caller holds the write lock. */
struct mock_ticket *mock_data_add_ticket(struct mock_data *data);

/* Lookup helpers: NULL when there is no such id. */
const struct mock_status *mock_data_status(const struct mock_data *data, int id);
const struct mock_priority *mock_data_priority(const struct mock_data *data, int slaid, int pid);
const char *mock_data_name(const struct mock_named *list, size_t n, int id);
const char *mock_data_client_name(const struct mock_data *data, int id);
const struct mock_site *mock_data_site(const struct mock_data *data, int id);
const struct mock_user *mock_data_user(const struct mock_data *data, int id);
const struct mock_agent *mock_data_agent(const struct mock_data *data, int id);
/* The team id of a team name, or 0. */
int mock_data_team_by_name(const struct mock_data *data, const char *name);

/* True when the ticket's status is of the closed type. */
bool mock_ticket_is_closed(const struct mock_data *data, const struct mock_ticket *t);
/* Halo's slaresponsestate: "O" when the fix-by date passed (breached), else "I". */
const char *mock_ticket_sla_state(const struct mock_data *data, const struct mock_ticket *t);

#endif
