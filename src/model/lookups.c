/* Tenant lookups: ownership of the lists and names by id. */
#include "config.h"

#include "model/lookups.h"

#include <string.h>
#include <strings.h>

#define DEFINE_FINI(type)                                                                          \
	void type##_fini(struct type *l)                                                           \
	{                                                                                          \
		if (!l)                                                                            \
			return;                                                                    \
		arena_fini(&l->arena);                                                             \
		l->items = NULL;                                                                   \
		l->count = 0;                                                                      \
	}
DEFINE_FINI(status_list)
DEFINE_FINI(priority_list)
DEFINE_FINI(agent_list)
DEFINE_FINI(named_list)
DEFINE_FINI(outcome_list)
#undef DEFINE_FINI

void lookups_init(struct lookups *l)
{
	memset(l, 0, sizeof(*l));
}

void lookups_fini(struct lookups *l)
{
	if (!l)
		return;
	status_list_fini(&l->statuses);
	priority_list_fini(&l->priorities);
	agent_list_fini(&l->agents);
	named_list_fini(&l->teams);
	named_list_fini(&l->tickettypes);
	named_list_fini(&l->clients);
	agent_list_fini(&l->me);
	outcome_list_fini(&l->outcomes);
	named_list_fini(&l->sites);
	named_list_fini(&l->users);
}

/* Moves SRC into DST after freeing DST; SRC ends empty. */
#define DEFINE_SET(name, type, member)                                                             \
	void lookups_set_##name(struct lookups *l, struct type *src)                               \
	{                                                                                          \
		type##_fini(&l->member);                                                           \
		l->member = *src;                                                                  \
		memset(src, 0, sizeof(*src));                                                      \
	}
DEFINE_SET(statuses, status_list, statuses)
DEFINE_SET(priorities, priority_list, priorities)
DEFINE_SET(agents, agent_list, agents)
DEFINE_SET(teams, named_list, teams)
DEFINE_SET(tickettypes, named_list, tickettypes)
DEFINE_SET(clients, named_list, clients)
DEFINE_SET(me, agent_list, me)
DEFINE_SET(outcomes, outcome_list, outcomes)
DEFINE_SET(sites, named_list, sites)
DEFINE_SET(users, named_list, users)
#undef DEFINE_SET

const struct status_item *lookups_status(const struct lookups *l, int id)
{
	for (size_t i = 0; l && i < l->statuses.count; i++)
		if (l->statuses.items[i].id == id)
			return &l->statuses.items[i];
	return NULL;
}

const char *lookups_status_name(const struct lookups *l, int id)
{
	const struct status_item *s = lookups_status(l, id);
	return s ? s->name : NULL;
}

const struct priority_item *lookups_priority(const struct lookups *l, int priorityid, int slaid)
{
	const struct priority_item *first = NULL;
	for (size_t i = 0; l && i < l->priorities.count; i++) {
		const struct priority_item *p = &l->priorities.items[i];
		if (p->priorityid != priorityid)
			continue;
		if (slaid == MODEL_UNSET || p->slaid == slaid)
			return p;
		if (!first)
			first = p;
	}
	/* An SLA without its own row for this priority: any row of the same number will do. */
	return first;
}

const char *lookups_priority_name(const struct lookups *l, int priorityid, int slaid)
{
	const struct priority_item *p = lookups_priority(l, priorityid, slaid);
	return p ? p->name : NULL;
}

const struct agent_item *lookups_agent(const struct lookups *l, int id)
{
	for (size_t i = 0; l && i < l->agents.count; i++)
		if (l->agents.items[i].id == id)
			return &l->agents.items[i];
	if (l && l->me.count && l->me.items[0].id == id)
		return &l->me.items[0];
	return NULL;
}

const char *lookups_agent_name(const struct lookups *l, int id)
{
	const struct agent_item *a = lookups_agent(l, id);
	return a ? a->name : NULL;
}

static const char *named_name(const struct named_list *list, int id)
{
	for (size_t i = 0; i < list->count; i++)
		if (list->items[i].id == id)
			return list->items[i].name;
	return NULL;
}

const char *lookups_team_name(const struct lookups *l, int id)
{
	return l ? named_name(&l->teams, id) : NULL;
}

const char *lookups_tickettype_name(const struct lookups *l, int id)
{
	return l ? named_name(&l->tickettypes, id) : NULL;
}

const char *lookups_client_name(const struct lookups *l, int id)
{
	return l ? named_name(&l->clients, id) : NULL;
}

const char *lookups_site_name(const struct lookups *l, int id)
{
	return l ? named_name(&l->sites, id) : NULL;
}

const char *lookups_user_name(const struct lookups *l, int id)
{
	return l ? named_name(&l->users, id) : NULL;
}

int lookups_status_id(const struct lookups *l, const char *name)
{
	for (size_t i = 0; l && name && i < l->statuses.count; i++)
		if (!strcasecmp(l->statuses.items[i].name, name) ||
		    (*l->statuses.items[i].shortname &&
		     !strcasecmp(l->statuses.items[i].shortname, name)))
			return l->statuses.items[i].id;
	return MODEL_UNSET;
}

int lookups_agent_id(const struct lookups *l, const char *name)
{
	for (size_t i = 0; l && name && i < l->agents.count; i++)
		if (!strcasecmp(l->agents.items[i].name, name))
			return l->agents.items[i].id;
	return MODEL_UNSET;
}

const struct outcome_item *lookups_outcome(const struct lookups *l, int id)
{
	for (size_t i = 0; l && i < l->outcomes.count; i++)
		if (l->outcomes.items[i].id == id)
			return &l->outcomes.items[i];
	return NULL;
}

const char *lookups_outcome_name(const struct lookups *l, int id)
{
	const struct outcome_item *o = lookups_outcome(l, id);
	return o ? o->name : NULL;
}

int lookups_outcome_id(const struct lookups *l, const char *name)
{
	for (size_t i = 0; l && name && i < l->outcomes.count; i++)
		if (!strcasecmp(l->outcomes.items[i].name, name))
			return l->outcomes.items[i].id;
	for (size_t i = 0; l && name && i < l->outcomes.count; i++)
		if (*l->outcomes.items[i].buttonname &&
		    !strcasecmp(l->outcomes.items[i].buttonname, name))
			return l->outcomes.items[i].id;
	return MODEL_UNSET;
}

int lookups_my_agent_id(const struct lookups *l)
{
	return l && l->me.count ? l->me.items[0].id : MODEL_UNSET;
}
