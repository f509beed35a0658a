/* Jobs the UI hands to the network worker, and the results it gets back. */
#ifndef HALOTUI_NET_JOB_H
#define HALOTUI_NET_JOB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/api_error.h"
#include "util/status.h"

/* Model types a result can own (src/model/). */
struct ticket_page;
struct ticket;
struct ticket_post_result;
struct approval_list;
struct forecast_list;
struct todo_list;
struct closure_list;
struct action_list;
struct status_list;
struct priority_list;
struct agent_list;
struct named_list;
struct outcome_list;
struct json_text;
struct odd_fields;

enum job_flags { JF_WRITE = 1 << 0, JF_PAGED = 1 << 1 };

/* One kind per route of net/job.def. */
enum job_kind {
#define X(kind, method, path, member, flags) kind,
#include "net/job.def"
#undef X
	JOB_KIND_COUNT
};

/* User-visible work is started before any prefetch that is waiting. */
enum job_priority { JOB_PRIORITY_USER = 0, JOB_PRIORITY_PREFETCH = 1 };

/* A request to make. Built on the UI thread (job_new or a net/api.h builder), then
 * handed whole to worker_submit, which takes ownership; the worker frees it. */
struct job {
	enum job_kind kind;
	enum job_priority priority;
	unsigned generation; /* caller's; 0 is never cancelled by worker_cancel_generation */
	uint64_t id;	     /* set by worker_submit, echoed in the result */
	long record_id;	     /* {id} in the path (ticket, approval ticket, closure...) */
	int seq;	     /* {seq} of DELETE /TicketApproval/{id}&{seq} */
	int page_no;	     /* JF_PAGED routes: from 1 */
	int page_size;	     /* JF_PAGED routes: asked size (the server caps it at 100) */
	char *query;	     /* owned: encoded query string without '?', or NULL */
	char *body;	     /* owned: JSON request body of a write, or NULL */
	bool is_create;	     /* a write whose replay would create a second record */
	uint64_t outbox_id;  /* nonzero: a resend of this outbox entry (not journalled again) */
	bool is_body_only;   /* the result keeps the reply's text and no payload: the caller
			      * reads it once, its own way (halotui list reads each page so) */
};

/* What a successful result owns, by the member net/job.def names for its kind. Each is
 * one heap object freed (with its contents) by job_result_free. */
union job_payload {
	struct ticket_page *page;	    /* JOB_TICKETS_LIST */
	struct ticket *ticket;		    /* JOB_TICKET_GET */
	struct ticket_post_result *tickets; /* JOB_TICKETS_SAVE (one, or all: returnall) */
	struct approval_list *approvals;    /* TicketApproval list, get, save */
	struct forecast_list *forecasts;    /* JOB_FORECAST_GET: a ticket's entries */
	struct todo_list *todos;	    /* ToDo list, save */
	struct closure_list *closures;	    /* ConfirmClosure list, get, save */
	struct action_list *actions;	    /* Actions list, save */
	struct status_list *statuses;	    /* JOB_STATUSES */
	struct priority_list *priorities;   /* JOB_PRIORITIES */
	struct agent_list *agents;	    /* JOB_AGENTS, JOB_AGENT_ME (one item) */
	struct named_list *named;	    /* JOB_TEAMS, JOB_TICKET_TYPES, JOB_CLIENTS */
	struct json_text *text;		    /* undocumented answers, pretty-printed lines */
	struct json_text *record;      /* one approval step, one closure confirmation: its fields */
	struct outcome_list *outcomes; /* JOB_OUTCOMES */
};

/* The outcome of one job; every submitted job gives exactly one result (cancelled ones
 * give STATUS_CANCELLED) unless the worker is stopped first. Caller owns it:
 * job_result_free releases it with its payload. */
struct job_result {
	enum job_kind kind;
	unsigned generation;
	uint64_t job_id;
	long record_id;	    /* copied from the job */
	int seq;	    /* copied from the job */
	int page_no;	    /* copied from the job */
	enum status status; /* STATUS_OK, or what error.kind says */
	/* On failure: kind, HTTP code (0 when no answer), the server's own words (or curl's),
	 * the server's error code, and the route ("GET /Tickets/12"). api_error_describe
	 * makes the status-bar line. Zeroed on success except route. */
	struct api_error error;
	unsigned retries;   /* attempts beyond the first (5xx, drops, 429, 401 replay) */
	uint64_t outbox_id; /* nonzero: a failed write still held in the outbox */
	/* A failed write that went out and whose answer never came (cut, timed out): the
	 * server may have done it. IS_CREATE is the job's: resending a create may double it. */
	bool is_outcome_unknown;
	bool is_create;
	union job_payload data; /* filled on STATUS_OK, by kind; NULL members otherwise */
	struct odd_fields *odd; /* owned: fields of the answer left unset, rows skipped; or NULL */
	char *body;		/* owned: the raw reply text of a 2xx, for logs and tests */
	size_t body_len;
};

/* A zeroed job of KIND (priority user, no query, no body); caller owns it. */
struct job *job_new(enum job_kind kind, unsigned generation);
/* Frees a job with its query and body; NULL-safe. */
void job_free(struct job *job);
/* Frees a result with everything it owns; NULL-safe. */
void job_result_free(struct job_result *result);

/* "GET", "/Tickets/{id}" and the JF_* flags of KIND (from net/job.def). */
const char *job_kind_method(enum job_kind kind);
const char *job_kind_path(enum job_kind kind);
unsigned job_kind_flags(enum job_kind kind);
/* The constant's name without its prefix, for logs and tests: "TICKETS_LIST". */
const char *job_kind_name(enum job_kind kind);

#endif
