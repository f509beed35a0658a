/* Pickers fed from the lookups: statuses, priorities, agents, teams, types, clients, outcomes. */
#include "config.h"

#include <stdio.h>

#include "ui/picker.h"

static size_t fill_named(struct picker *p, const struct named_list *list)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++) {
		if (list->items[i].inactive)
			continue;
		picker_add(p, list->items[i].id, list->items[i].name, NULL);
		n++;
	}
	return n;
}

static size_t fill_priorities(struct picker *p, const struct priority_list *list)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++) {
		const struct priority_item *it = &list->items[i];
		bool is_seen = false;
		for (size_t j = 0; j < i && !is_seen; j++)
			is_seen = list->items[j].priorityid == it->priorityid;
		if (is_seen)
			continue;
		picker_add(p, it->priorityid, it->name, NULL);
		n++;
	}
	return n;
}

static size_t fill_agents(struct picker *p, const struct agent_list *list)
{
	size_t n = 0;
	for (size_t i = 0; i < list->count; i++) {
		const struct agent_item *a = &list->items[i];
		if (a->isdisabled)
			continue;
		picker_add(p, a->id, a->name, a->team);
		n++;
	}
	return n;
}

size_t picker_fill(struct picker *p, const struct lookups *l, enum picker_source src)
{
	if (!l)
		return 0;
	size_t n = 0;
	switch (src) {
	case PICKER_SOURCE_STATUSES:
		for (size_t i = 0; i < l->statuses.count; i++, n++)
			picker_add(p, l->statuses.items[i].id, l->statuses.items[i].name, NULL);
		break;
	case PICKER_SOURCE_PRIORITIES:
		n = fill_priorities(p, &l->priorities);
		break;
	case PICKER_SOURCE_AGENTS:
		n = fill_agents(p, &l->agents);
		break;
	case PICKER_SOURCE_TEAMS:
		n = fill_named(p, &l->teams);
		break;
	case PICKER_SOURCE_TICKET_TYPES:
		n = fill_named(p, &l->tickettypes);
		break;
	case PICKER_SOURCE_CLIENTS:
		n = fill_named(p, &l->clients);
		break;
	case PICKER_SOURCE_SITES:
		n = fill_named(p, &l->sites);
		break;
	case PICKER_SOURCE_USERS:
		n = fill_named(p, &l->users);
		break;
	case PICKER_SOURCE_OUTCOMES:
		for (size_t i = 0; i < l->outcomes.count; i++) {
			const struct outcome_item *o = &l->outcomes.items[i];
			if (o->hidden)
				continue;
			picker_add(p, o->id, o->name, o->hidefromuser ? "private" : NULL);
			n++;
		}
		break;
	default:
		break;
	}
	return n;
}

const char *picker_source_name(const struct lookups *l, enum picker_source src, long id)
{
	switch (src) {
	case PICKER_SOURCE_STATUSES:
		return lookups_status_name(l, (int)id);
	case PICKER_SOURCE_PRIORITIES:
		return lookups_priority_name(l, (int)id, MODEL_UNSET);
	case PICKER_SOURCE_AGENTS:
		return lookups_agent_name(l, (int)id);
	case PICKER_SOURCE_TEAMS:
		return lookups_team_name(l, (int)id);
	case PICKER_SOURCE_TICKET_TYPES:
		return lookups_tickettype_name(l, (int)id);
	case PICKER_SOURCE_CLIENTS:
		return lookups_client_name(l, (int)id);
	case PICKER_SOURCE_OUTCOMES:
		return lookups_outcome_name(l, (int)id);
	case PICKER_SOURCE_SITES:
		return lookups_site_name(l, (int)id);
	case PICKER_SOURCE_USERS:
		return lookups_user_name(l, (int)id);
	default:
		return NULL;
	}
}
