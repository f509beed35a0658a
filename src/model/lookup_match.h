/* Typed names to lookup ids: what `status New`, `assign jane` and the pickers resolve. */
#ifndef HALOTUI_MODEL_LOOKUP_MATCH_H
#define HALOTUI_MODEL_LOOKUP_MATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lookups.h"

/* The lookups a ticket field is chosen from. */
enum lookup_kind {
	LOOKUP_STATUS,	   /* GET /Status: id */
	LOOKUP_PRIORITY,   /* GET /Priority: priorityid (the integer tickets carry) */
	LOOKUP_AGENT,	   /* GET /Agent: id; "me" is the signed-in agent */
	LOOKUP_TEAM,	   /* GET /Team: id (tickets carry the team's NAME) */
	LOOKUP_TICKETTYPE, /* GET /TicketType: id */
	LOOKUP_CLIENT,	   /* GET /Client: id */
	LOOKUP_SITE,	   /* GET /Site?client_id=: id (one client's sites) */
	LOOKUP_USER,	   /* GET /Users?site_id=: id (one site's users) */
	LOOKUP_KIND_COUNT
};

/* "status", "priority", "agent", "team", "ticket type", "client", "site", "user". */
const char *lookup_kind_noun(enum lookup_kind kind);

/* What TEXT resolved to: the id and its name (borrowed from the lookups). */
struct lookup_match {
	int id;
	const char *name;
};

/*
 * Resolves TEXT against the KIND lookup of L. TEXT is an id the lookup holds (all digits),
 * or a name matched case-insensitively: the one whole-name match, else the one name that
 * starts with TEXT, else the one that contains it. For LOOKUP_AGENT, "me" is the signed-in
 * agent (GET /Agent/me). Disabled agents and inactive teams, types and clients are matched
 * by id only. Ids that repeat (a priority per SLA) count once.
 * False when there is no such id, no match, or more than one, with a sentence in ERR that
 * names the candidates ("ambiguous agent "j": Jane Doe (4), John Smith (7)").
 */
bool lookup_match(const struct lookups *l, enum lookup_kind kind, const char *text,
		  struct lookup_match *out, char *err, size_t errlen);

/* The status `close` sets: of Halo's closed type (1), the one named "Closed" in any case,
 * else the first by sequence; MODEL_UNSET when the statuses have none (or have not arrived). */
int lookup_closed_status(const struct lookups *l);

/* The lookup whose ids the /Tickets parameter PARAM takes ("status", "agent_id"...): true with
 * it in *KIND, false when PARAM takes ids of no lookup. Completion and the filter form read it. */
bool lookup_kind_of_param(const char *param, enum lookup_kind *kind);

#endif
