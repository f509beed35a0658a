/* Tenant lookups (statuses, priorities, agents, teams, ticket types, clients, outcomes): ids to
 * names. */
#ifndef HALOTUI_MODEL_LOOKUPS_H
#define HALOTUI_MODEL_LOOKUPS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/arena.h"
#include "model/values.h"

/* A ticket status (GET /Status). `type` is Halo's raw status type number. */
struct status_item {
	int id;
	const char *name;
	const char *shortname;
	int type; /* MODEL_UNSET when absent */
	int sequence;
	const char *colour; /* "#rrggbb" or "" */
};

/* A priority (GET /Priority): id is a UUID string; tickets' priority_id matches priorityid. */
struct priority_item {
	const char *id;
	int priorityid;
	int slaid; /* priorities are per SLA */
	const char *name;
	const char *colour;
};

struct agent_item {
	int id;
	const char *name;
	const char *email;
	const char *team;
	const char *initials;
	bool isdisabled;
};

/* A team, ticket type or client: an id and a name. */
struct named_item {
	int id;
	const char *name;
	bool inactive;
};

/* An outcome (GET /Outcome): the kind of action a note is. Halo's key for the name is
 * `outcome`; `buttonname` is the label of its button in Halo's agent app. */
struct outcome_item {
	int id;
	const char *name;	/* JSON `outcome`: what actions carry in their own `outcome` */
	const char *buttonname; /* "" when absent */
	const char *colour;	/* "#rrggbb" or "" */
	int sequence;		/* MODEL_UNSET when absent */
	int newstatus;	   /* the status it moves a ticket to by default; 0 or MODEL_UNSET: none */
	int sendemail;	   /* Halo's 0 never, 1 by default, 2 always; MODEL_UNSET when absent */
	bool hidefromuser; /* its actions are private by default */
	bool hidden;	   /* retired in Halo: not offered for new notes */
};

/* One lookup list of any of the kinds above; owns items and strings. */
struct status_list {
	size_t count;
	struct status_item *items;
	struct arena arena;
};
struct priority_list {
	size_t count;
	struct priority_item *items;
	struct arena arena;
};
struct agent_list {
	size_t count;
	struct agent_item *items;
	struct arena arena;
};
struct named_list {
	long record_count; /* wrappers ({clients, record_count}) only; else count */
	size_t count;
	struct named_item *items;
	struct arena arena;
};
struct outcome_list {
	size_t count;
	struct outcome_item *items;
	struct arena arena;
};

void status_list_fini(struct status_list *l); /* each: NULL-safe, leaves the list empty */
void priority_list_fini(struct priority_list *l);
void agent_list_fini(struct agent_list *l);
void named_list_fini(struct named_list *l);
void outcome_list_fini(struct outcome_list *l);

/* Everything a session looked up. Zero-initialise or lookups_init; lookups_fini frees. */
struct lookups {
	struct status_list statuses;
	struct priority_list priorities;
	struct agent_list agents;
	struct named_list teams;
	struct named_list tickettypes;
	struct named_list clients;
	struct agent_list me; /* GET /Agent/me: 0 or 1 item */
	struct outcome_list outcomes;
	/* A new ticket's narrowing: the sites of one client, the users of one site (GET /Site,
	 * /Users); not kept on disk. */
	struct named_list sites;
	struct named_list users;
};

void lookups_init(struct lookups *l);
void lookups_fini(struct lookups *l);
/* Replace one list, taking ownership of the contents of SRC (SRC is left empty). */
void lookups_set_statuses(struct lookups *l, struct status_list *src);
void lookups_set_priorities(struct lookups *l, struct priority_list *src);
void lookups_set_agents(struct lookups *l, struct agent_list *src);
void lookups_set_teams(struct lookups *l, struct named_list *src);
void lookups_set_tickettypes(struct lookups *l, struct named_list *src);
void lookups_set_clients(struct lookups *l, struct named_list *src);
void lookups_set_me(struct lookups *l, struct agent_list *src);
void lookups_set_outcomes(struct lookups *l, struct outcome_list *src);
void lookups_set_sites(struct lookups *l, struct named_list *src);
void lookups_set_users(struct lookups *l, struct named_list *src);

/* Names by id; NULL when unknown (the caller then shows the number). L may be NULL. */
const char *lookups_status_name(const struct lookups *l, int id);
const struct status_item *lookups_status(const struct lookups *l, int id);
/* By priorityid; SLAID narrows the match when not MODEL_UNSET, else the first match wins. */
const char *lookups_priority_name(const struct lookups *l, int priorityid, int slaid);
const struct priority_item *lookups_priority(const struct lookups *l, int priorityid, int slaid);
const char *lookups_agent_name(const struct lookups *l, int id);
const struct agent_item *lookups_agent(const struct lookups *l, int id);
const char *lookups_team_name(const struct lookups *l, int id);
const char *lookups_tickettype_name(const struct lookups *l, int id);
const char *lookups_client_name(const struct lookups *l, int id);
const char *lookups_site_name(const struct lookups *l, int id);
const char *lookups_user_name(const struct lookups *l, int id);
/* Reverse lookups for typed input (case-insensitive exact name); MODEL_UNSET when none. */
int lookups_status_id(const struct lookups *l, const char *name);
int lookups_agent_id(const struct lookups *l, const char *name);
/* The outcome with ID, its name; NULL when unknown. */
const struct outcome_item *lookups_outcome(const struct lookups *l, int id);
const char *lookups_outcome_name(const struct lookups *l, int id);
/* The id of the outcome named NAME (its `outcome` or its button name, case-insensitive),
 * MODEL_UNSET when none. */
int lookups_outcome_id(const struct lookups *l, const char *name);
/* The id of the signed-in agent (from Agent/me), MODEL_UNSET when unknown. */
int lookups_my_agent_id(const struct lookups *l);

#endif
