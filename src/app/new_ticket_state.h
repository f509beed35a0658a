/* What the new ticket form and its drafts share (app/new_ticket.c, app/new_ticket_draft.c). */
#ifndef HALOTUI_APP_NEW_TICKET_STATE_H
#define HALOTUI_APP_NEW_TICKET_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app/drafts.h"
#include "model/ticket_update.h"
#include "net/job.h"
#include "ui/form.h"

struct app;

/* One open form: the pane's data, freed with the pane. */
struct new_ticket_form {
	struct app *a;
	struct form *form;	   /* the pane's; valid while the pane is open */
	char *draft_path;	   /* its draft file (owned), or NULL when none are kept */
	char *saved;		   /* the draft's text last written (owned), or NULL */
	char *server_saved;	   /* the json_content last sent with POST /Draft (owned) */
	int server_id;		   /* the server's id of the draft; 0: none yet */
	long saved_at_ms;	   /* when the draft was last written (CLOCK_MONOTONIC) */
	unsigned create_gen;	   /* the create's write id while it is out; 0: none */
	uint64_t failed_outbox_id; /* the outbox's copy of a refused create, or 0 */
	bool is_from_outbox;	   /* reopened from that copy: dropping the form leaves it there */
	bool is_sent;		   /* created: the draft went */
	bool is_dropped;	   /* dropped by the user: the draft went */
};

/* The app's new ticket state (a->new_ticket). */
struct new_ticket {
	struct draft_store store;
	struct new_ticket_form *form; /* the open form, or NULL */
	bool is_offered;	      /* a kept draft was offered (once, at the start) */
	bool is_server_off;	      /* POST /Draft answered 404: drafts stay local */
	bool is_draft_out;	      /* a POST /Draft is on its way: the next one waits */
	char *resume_path; /* the draft picked to continue, opened at the next tick; owned */
};

/* The form's fields (summary, details, client, site, user, type, priority, team, agent,
 * category, deadline): the table the form, its draft and its body are read by. */
extern const struct form_field_def new_ticket_fields[];
extern const size_t new_ticket_n_fields;

/* The state of A, made when first needed. */
struct new_ticket *new_ticket_of(struct app *a);
/* The POST /Tickets element F's values make (U initialised here; caller finis). */
void new_ticket_body(const struct form *f, struct ticket_update *u);
/* GET of the lookup KIND (JOB_CLIENTS, JOB_SITES, JOB_USERS) narrowed by the ids. */
void new_ticket_fetch(struct app *a, enum job_kind kind, int client_id, int site_id);
/* Fetches the sites and users that F's chosen client and site narrow to (a form refilled). */
void new_ticket_fetch_narrowing(struct app *a, const struct form *f);
/* Opens the form, filled from the draft at DRAFT_PATH when it is not NULL (taken). */
void new_ticket_open(struct app *a, char *draft_path);

/* Writes NF's draft when it changed since the last write (IS_NOW: whatever the time), and
 * sends it with POST /Draft when the server keeps drafts. A form with nothing in it has none. */
void new_ticket_draft_save(struct app *a, struct new_ticket_form *nf, bool is_now);
/* Removes NF's draft file: it was sent or dropped. */
void new_ticket_draft_forget(struct app *a, struct new_ticket_form *nf);
/* Fills NF's form from the draft PATH (borrowed); false when it cannot be read. */
bool new_ticket_draft_restore(struct app *a, struct new_ticket_form *nf, const char *path);
/* The answer to a POST /Draft: the draft's id, or (404) drafts stay local from now on. */
void new_ticket_draft_answer(struct app *a, const struct job_result *r);
/* Frees NF and what it owns (not its form: the pane's). */
void new_ticket_form_free(struct new_ticket_form *nf);

#endif
