/* Tickets as the console holds them: list rows in per-page arenas, the full ticket. */
#ifndef HALOTUI_MODEL_TICKET_H
#define HALOTUI_MODEL_TICKET_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/ticket_id.h"
#include "model/values.h"

/* Halo's slaresponsestate: "I" inside the SLA, "O" outside (breached); others kept raw. */
enum sla_state {
	SLA_STATE_NONE,	    /* absent, null or "" */
	SLA_STATE_WITHIN,   /* "I" */
	SLA_STATE_BREACHED, /* "O" */
	SLA_STATE_OTHER,    /* any other text: see sla_state_raw */
};

/* Maps Halo's slaresponsestate text (NULL allowed) to the enum. */
enum sla_state sla_state_from_text(const char *text);

/*
 * What a list row shows. Strings point into the arena of the page (or ticket) that holds
 * the row and are never NULL. Ints are MODEL_UNSET when absent, times MODEL_NO_TIME.
 */
struct ticket_row {
	ticket_id_t id;
	const char *summary;
	int status_id;
	int priority_id;
	int tickettype_id;
	int sla_id;
	int client_id;
	const char *client_name;
	int site_id;
	const char *site_name;
	int user_id;
	const char *user_name;
	int agent_id;
	const char *agent_name;	 /* when the server sends it ("" otherwise) */
	const char *team;	 /* a team NAME: Halo has no team id on a ticket */
	const char *status_name; /* sent by some tenants/parameters; prefer lookups */
	const char *priority_name;
	const char *category_1;
	time_t dateoccurred;
	time_t lastactiondate;
	time_t deadlinedate;
	time_t fixbydate;
	time_t respondbydate;
	time_t dateclosed;
	time_t lastincomingemail;
	enum sla_state sla_state;
	const char *sla_state_raw; /* the server's slaresponsestate text */
	bool is_onhold;
	bool is_flagged;
	bool is_read;	  /* Halo's "read"; false when absent */
	bool has_is_read; /* whether the server sent "read" at all */
	bool excludefromsla;
	int attachment_count; /* 0 when absent */
	int child_count;      /* 0 when absent */
	int parent_id;	      /* MODEL_UNSET or 0 when none */
};

/*
 * One page of GET /Tickets (or the whole answer of ticketidonly=true). Owns its rows and the
 * arena holding their strings. record_count is the server's total of matches.
 */
struct ticket_page {
	int page_no;	       /* as the server reported it; MODEL_UNSET when absent */
	int page_size_field;   /* the wrapper's page_size, informative only (never trusted) */
	long record_count;     /* the rows sent when the body had none, or an implausible one */
	bool is_count_unknown; /* record_count was missing or implausible: more may follow */
	size_t count;	       /* rows kept */
	size_t skipped;	       /* rows the server sent without a usable id, not kept */
	struct ticket_row *rows;
	struct arena arena;
};

/* A record_count above this is not believed (noted as an odd field): no help desk holds ten
 * million tickets, and the list must not plan pages for a number a server made up. */
#define TICKET_RECORD_COUNT_MAX 10000000L

struct odd_fields;
/* Marks PAGE's count unknown when IS_MISSING (the wrapper had none) or when it is above
 * TICKET_RECORD_COUNT_MAX; the latter is noted in ODD (may be NULL) and the count becomes the
 * rows sent. Readers call it once the rows are in. */
void ticket_page_doubt_count(struct ticket_page *page, bool is_missing, struct odd_fields *odd);

/* Frees PAGE, its rows and strings (NULL-safe). */
void ticket_page_free(struct ticket_page *page);

/* A custom field of a ticket (Halo's CustomField), strings in the ticket's arena. */
struct custom_field {
	int id;
	const char *name; /* "CFxyz" */
	const char *label;
	const char *display; /* what to show: the server's display text, else the value as text */
	const char *value;   /* the raw value as text (JSON text when not a scalar) */
	int type;	     /* Halo's field type number, MODEL_UNSET when absent */
};

/* GET /Tickets/{id}: the row fields plus what the detail view shows. Caller owns; ticket_free. */
/* The newest action of a ticket, as GET /Tickets/{id}?includelastaction=true adds it. */
struct ticket_last_action {
	const char *who;
	const char *outcome;
	time_t datetime;
	const char *note;      /* plain text (may be empty) */
	const char *note_html; /* HTML (may be empty): render through src/text */
};

struct ticket {
	struct ticket_row row;	  /* strings in arena below */
	const char *details_html; /* "details": HTML, converted to text by src/text */
	const char *tickettype_name;
	const char *sla_name;
	const char *category_2;
	const char *category_3;
	const char *category_4;
	const char *user_email;
	const char *reportedby;
	const char *emailcclist;
	const char *workflow_stage;
	const char *lastnote;
	const char *web_url;
	const char *child_ticket_id_string;
	time_t responsedate;
	time_t dateassigned;
	time_t slaactiondate;
	time_t startdate;
	time_t targetdate;
	time_t last_update;
	double slatimeleft_h; /* hours; 0 when absent */
	double slapercused;   /* percent of the SLA used */
	double slaholdtime_h;
	double timetaken_h;
	double estimate_h;
	int impact;
	int urgency;
	int approval_status;
	int workflow_id;
	int workflow_stage_id;
	int organisation_id;
	int department_id;
	int child_count_open;
	int merged_into_id;
	bool hasbeenclosed;
	bool is_vip;
	ticket_id_t *child_ticket_ids; /* in arena; n_child_ticket_ids entries */
	size_t n_child_ticket_ids;
	bool has_lastaction;		      /* the answer carried a `lastaction` object */
	struct ticket_last_action lastaction; /* strings in arena */
	struct custom_field *customfields;    /* in arena */
	size_t n_customfields;
	struct arena arena;
};

/* Frees T and everything it holds (NULL-safe). */
void ticket_free(struct ticket *t);

/* DELETE /Tickets/{id}?reason=...: both go into the URL, nothing into a body. */
struct ticket_delete {
	ticket_id_t id;
	const char *reason; /* borrowed; NULL or "" sends no reason */
};

#endif
