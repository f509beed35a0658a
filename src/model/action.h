/* A ticket's history: actions (notes, emails, status changes) and a new note to add. */
#ifndef HALOTUI_MODEL_ACTION_H
#define HALOTUI_MODEL_ACTION_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/ticket_id.h"
#include "model/values.h"

/* One item of GET /Actions. Strings live in the list's arena, never NULL. */
struct action {
	int id;
	ticket_id_t ticket_id;
	const char *outcome; /* "Email User", "Private Note", ... */
	int outcome_id;
	const char *who; /* display name of who acted */
	int who_agentid;
	time_t datetime;
	const char *note;      /* plain text as the server sent it (may be empty) */
	const char *note_html; /* HTML; render through src/text */
	bool hiddenfromuser;
	bool important;
	int new_status;
	const char *new_status_name;
	int old_status;
	double timetaken_h;
	const char *emailfrom;
	const char *emailto;
	const char *emailcc;
	const char *emailsubject;
	int attachment_count;
	bool is_unread;
};

/* GET /Actions?ticket_id=N: wrapper {record_count, actions[]} (or a bare array). */
struct action_list {
	long record_count; /* the server's count, or count when absent */
	size_t count;
	struct action *items;
	struct arena arena;
};

/* Frees items and strings; LIST is empty afterwards (NULL-safe). */
void action_list_fini(struct action_list *list);

/*
 * POST /Actions element: a note or an outcome on ticket_id. Strings are borrowed (the caller
 * keeps them alive until the body is written). MODEL_UNSET / negative values are not sent.
 */
struct action_create {
	ticket_id_t ticket_id;
	const char *outcome;   /* required by Halo ("Private Note"...), NULL not sent */
	int outcome_id;	       /* MODEL_UNSET: not sent */
	const char *note_html; /* the note, HTML (plain text is sent as it is) */
	bool hiddenfromuser;
	int new_status;	    /* MODEL_UNSET: status unchanged */
	double timetaken_h; /* < 0: not sent */
	bool sendemail;
	const char *emailto; /* NULL: not sent */
	const char *emailcc;
	const char *emailsubject;
};

/* Fills A with "nothing set": ticket_id 0, all ids MODEL_UNSET, strings NULL, timetaken -1. */
void action_create_init(struct action_create *a);

#endif
