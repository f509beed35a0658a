/* Smaller write requests: drafts, forecasts, closure confirmations, votes, views. */
#ifndef HALOTUI_MODEL_REQUESTS_H
#define HALOTUI_MODEL_REQUESTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/ticket_id.h"
#include "model/values.h"

/* POST /Draft element. json_content is JSON text, embedded as a value when it parses, else
 * sent as a string. Strings borrowed. */
struct draft {
	int id;		   /* 0: new */
	int tickettype_id; /* MODEL_UNSET: null */
	int service_id;	   /* MODEL_UNSET: null */
	const char *json_content;
};

/* GET/POST /FaultsForecasting. Also what a GET returns (forecast_from_json). */
struct forecast {
	int id; /* 0: new */
	int agent_id;
	ticket_id_t ticket_id;
	time_t date;
	double hours;
};

/* A ticket's forecast entries: GET /FaultsForecasting/{ticket id}. */
struct forecast_list {
	size_t count;
	struct forecast *items;
};

void forecast_list_fini(struct forecast_list *l); /* NULL-safe; L empty afterwards */
/* The hours of L's entries added up. */
double forecast_list_hours(const struct forecast_list *l);

/* GET/POST /ConfirmClosure record. Strings owned when parsed (closure_list_fini), borrowed
 * when written. */
struct closure {
	int id; /* 0: new */
	ticket_id_t ticket_id;
	char *key;
	bool has_result;
	bool result; /* the user's answer: closed (true) or reopen (false) */
	time_t date;
	char *comment;
	char *user_message;
	bool withfeedback;
	char *feedbackhtml;
};

struct closure_list {
	size_t count;
	struct closure *items;
};

void closure_list_fini(struct closure_list *l); /* NULL-safe; L empty afterwards */

/* POST /Tickets/vote element: Faults' own your_vote and your_vote_comment. */
struct ticket_vote {
	ticket_id_t ticket_id;
	int vote;	     /* 1 useful / up, -1 not useful / down, 0 takes the vote back */
	const char *comment; /* your_vote_comment, borrowed; NULL sends none */
};

#endif
