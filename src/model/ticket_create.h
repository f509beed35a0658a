/* A new ticket as the form and `halotui new` fill it: what POST /Tickets is sent to create it. */
#ifndef HALOTUI_MODEL_TICKET_CREATE_H
#define HALOTUI_MODEL_TICKET_CREATE_H

#include <time.h>

#include "model/ticket_update.h"

/* Ids of 0 or less, NULL or empty strings and a MODEL_NO_TIME deadline are not sent: the
 * server fills them (its default type, team, priority). Strings are borrowed. */
struct ticket_create {
	const char *summary;
	const char *details; /* plain text as typed; sent as HTML */
	int client_id, site_id, user_id;
	int tickettype_id, priority_id, agent_id;
	const char *team; /* a team NAME: tickets carry no team id */
	const char *category;
	time_t deadline;
};

/* Zeroes C (nothing set). */
void ticket_create_init(struct ticket_create *c);
/* The POST /Tickets element of C: U is initialised here (id 0: a create) and owned by the
 * caller (ticket_update_fini). */
void ticket_create_to_update(const struct ticket_create *c, struct ticket_update *u);

#endif
