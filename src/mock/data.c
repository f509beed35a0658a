/* The data set: fixed lookups, generated clients/sites/users/agents and compact ticket rows. */
#include "config.h"

#include "mock/data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mock/prng.h"
#include "mock/text.h"
#include "util/alloc.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define HOUR 3600
#define DAY (24 * HOUR)
/* The data's "now": every generated date is relative to it, so a seed gives the same data. */
#define MOCK_DATA_NOW 1795683600 /* 2026-11-26T09:00:00Z */
#define FIRST_TICKET_ID 1001
#define ROWS_PER_CHUNK 1024

static const struct mock_status statuses[] = {
	{ 1, "New", "New", MOCK_STATUS_OPEN, 1, "#3b82f6" },
	{ 2, "In Progress", "Prog", MOCK_STATUS_OPEN, 2, "#22c55e" },
	{ 3, "Action Required", "Act", MOCK_STATUS_OPEN, 3, "#ef4444" },
	{ 4, "Awaiting User", "AwUs", MOCK_STATUS_HOLD, 4, "#f59e0b" },
	{ 5, "With Supplier", "Supp", MOCK_STATUS_HOLD, 5, "#a855f7" },
	{ 8, "Scheduled", "Sched", MOCK_STATUS_OPEN, 6, "#06b6d4" },
	{ 20, "Awaiting Approval", "Appr", MOCK_STATUS_HOLD, 7, "#eab308" },
	{ 18, "Resolved", "Res", MOCK_STATUS_CLOSED, 8, "#64748b" },
	{ 9, "Closed", "Closed", MOCK_STATUS_CLOSED, 9, "#6b7280" },
	{ 10, "Cancelled", "Canc", MOCK_STATUS_CLOSED, 10, "#9ca3af" },
};
/* How often each status appears (same order as statuses[]). */
static const unsigned status_weights[] = { 14, 22, 8, 7, 4, 3, 3, 9, 28, 2 };

static const struct mock_named slas[] = { { 1, "Standard SLA" }, { 2, "Premium SLA" } };
static const struct mock_named teams[] = {
	{ 1, "Service Desk" }, { 2, "Second Line" },	{ 3, "Infrastructure" },
	{ 4, "Projects" },     { 5, "Field Services" }, { 6, "Sécurité & Conformité" },
};
static const struct mock_named tickettypes[] = {
	{ 1, "Incident" },	 { 3, "Service Request" }, { 4, "Problem" },
	{ 5, "Change Request" }, { 21, "Project Task" },   { 22, "Alert" },
};
static const struct {
	const char *name;
	const char *colour;
	int response_h, fix_h;
} priority_defs[] = {
	{ "Critical", "#dc2626", 1, 4 },
	{ "High", "#f97316", 2, 8 },
	{ "Medium", "#facc15", 4, 24 },
	{ "Low", "#22c55e", 8, 72 },
};

static void make_uuid(char out[37], uint64_t h1, uint64_t h2)
{
	snprintf(out, 37, "%08x-%04x-4%03x-%04x-%012llx", (unsigned)(h1 >> 32),
		 (unsigned)(h1 >> 16) & 0xffff, (unsigned)h1 & 0xfff,
		 0x8000 | ((unsigned)(h2 >> 48) & 0x3fff),
		 (unsigned long long)(h2 & 0xffffffffffffULL));
}

static void make_lookups(struct mock_data *d, struct prng *p)
{
	d->statuses = statuses;
	d->n_statuses = COUNT(statuses);
	d->slas = slas;
	d->n_slas = COUNT(slas);
	d->teams = teams;
	d->n_teams = COUNT(teams);
	d->tickettypes = tickettypes;
	d->n_tickettypes = COUNT(tickettypes);
	d->n_priorities = COUNT(slas) * COUNT(priority_defs);
	d->priorities = xcalloc(d->n_priorities, sizeof(*d->priorities));
	for (size_t s = 0; s < COUNT(slas); s++) {
		for (size_t i = 0; i < COUNT(priority_defs); i++) {
			struct mock_priority *pr = &d->priorities[s * COUNT(priority_defs) + i];
			make_uuid(pr->uuid, prng_next(p), prng_next(p));
			pr->slaid = slas[s].id;
			pr->priorityid = (int)i + 1;
			pr->name = priority_defs[i].name;
			pr->colour = priority_defs[i].colour;
			pr->response_hours = priority_defs[i].response_h * (s == 1 ? 1 : 2);
			pr->fix_hours = priority_defs[i].fix_h * (s == 1 ? 1 : 2);
		}
	}
}

static void make_people(struct mock_data *d, struct prng *p, unsigned count)
{
	d->n_clients = 12 + count / 150;
	if (d->n_clients > 400)
		d->n_clients = 400;
	d->clients = xcalloc(d->n_clients, sizeof(*d->clients));
	d->sites = xcalloc(d->n_clients * 3, sizeof(*d->sites));
	d->users = xcalloc(d->n_clients * 3 * 4, sizeof(*d->users));
	for (size_t c = 0; c < d->n_clients; c++) {
		d->clients[c].id = (int)c + 2; /* Halo keeps 1 for the internal client */
		d->clients[c].name = mock_text_company(p, (unsigned)c);
		unsigned nsites = 1 + prng_below(p, 3);
		for (unsigned s = 0; s < nsites; s++) {
			struct mock_site *site = &d->sites[d->n_sites];
			site->id = (int)d->n_sites + 10;
			site->client_id = d->clients[c].id;
			site->name = mock_text_site(p, s);
			d->n_sites++;
			unsigned nusers = 1 + prng_below(p, 4);
			for (unsigned u = 0; u < nusers; u++) {
				struct mock_user *user = &d->users[d->n_users];
				user->id = (int)d->n_users + 100;
				user->site_id = site->id;
				user->client_id = site->client_id;
				user->name = mock_text_person(p);
				user->email = mock_text_email(user->name, d->clients[c].name,
							      (unsigned)user->id);
				d->n_users++;
			}
		}
	}
	d->n_agents = 12;
	d->agents = xcalloc(d->n_agents, sizeof(*d->agents));
	for (size_t a = 0; a < d->n_agents; a++) {
		struct mock_agent *ag = &d->agents[a];
		ag->id = (int)a + 2; /* 1 is Halo's "Unassigned" */
		ag->team_id = teams[a % COUNT(teams)].id;
		ag->is_disabled = a == d->n_agents - 1;
		ag->name = a == 0 ? xstrdup("Demo Agent") : mock_text_person(p);
		ag->email = mock_text_email(ag->name, "halodemo", (unsigned)ag->id);
		int k = 0;
		for (const char *c = ag->name; *c && k < 3; c++)
			if ((c == ag->name || c[-1] == ' ') && !((unsigned char)*c & 0x80))
				ag->initials[k++] = *c;
	}
	d->me_agent_id = d->agents[0].id;
}

static int pick_status(struct prng *p)
{
	unsigned total = 0;
	for (size_t i = 0; i < COUNT(status_weights); i++)
		total += status_weights[i];
	unsigned r = prng_below(p, total);
	for (size_t i = 0; i < COUNT(status_weights); i++) {
		if (r < status_weights[i])
			return statuses[i].id;
		r -= status_weights[i];
	}
	return statuses[0].id;
}

static void fill_dates(struct mock_data *d, struct mock_ticket *t, struct prng *p)
{
	const struct mock_priority *pr = mock_data_priority(d, t->sla_id, t->priority_id);
	int64_t age = (int64_t)prng_below(p, 400 * DAY);
	if (prng_below(p, 4) == 0)
		age = (int64_t)prng_below(p, 3 * DAY);
	t->dateoccurred = d->now - age;
	t->respondbydate = t->dateoccurred + (pr ? pr->response_hours : 8) * HOUR;
	/* a third of the SLAs are met with room, the rest are tight: some breach */
	t->fixbydate = t->dateoccurred + (pr ? pr->fix_hours : 24) * HOUR +
		       (int64_t)prng_below(p, 3) * (int64_t)prng_below(p, 30 * DAY);
	t->deadlinedate = t->fixbydate;
	t->lastactiondate = t->dateoccurred + (int64_t)prng_below(p, (uint32_t)(age + 1));
	if (mock_ticket_is_closed(d, t))
		t->dateclosed = t->lastactiondate;
}

static void fill_ticket(struct mock_data *d, struct mock_ticket *t, struct prng *p, unsigned off)
{
	const struct mock_user *u = &d->users[prng_below(p, (uint32_t)d->n_users)];
	t->user_id = u->id;
	t->site_id = u->site_id;
	t->client_id = u->client_id;
	t->tickettype_id = tickettypes[prng_below(p, 5) % COUNT(tickettypes)].id;
	t->sla_id = prng_below(p, 4) == 0 ? 2 : 1;
	t->priority_id = 1 + (int)prng_below(p, 4);
	t->status_id = pick_status(p);
	t->team_id = teams[prng_below(p, COUNT(teams))].id;
	unsigned pick = prng_below(p, 10);
	t->agent_id = pick == 0 ? 0 : d->agents[pick % d->n_agents].id;
	if (pick >= 8)
		t->agent_id = d->me_agent_id;
	if (prng_below(p, 8) == 0)
		t->flags |= MOCK_T_FLAGGED;
	if (prng_below(p, 3) != 0)
		t->flags |= MOCK_T_READ;
	const struct mock_status *status = mock_data_status(d, t->status_id);
	if (status && status->type == MOCK_STATUS_HOLD)
		t->flags |= MOCK_T_ONHOLD;
	if (prng_below(p, 12) == 0 || t->status_id == 20)
		t->flags |= MOCK_T_APPROVALS;
	if (prng_below(p, 9) == 0)
		t->flags |= MOCK_T_TODOS;
	if (prng_below(p, 30) == 0)
		t->flags |= MOCK_T_EXCLUDESLA;
	t->attachment_count = prng_below(p, 6) == 0 ? 1 + (int)prng_below(p, 3) : 0;
	t->votes = prng_below(p, 10) == 0 ? (int)prng_below(p, 5) : 0;
	fill_dates(d, t, p);
	t->summary = mock_text_summary(d->seed, off);
}

/* About one ticket in 25 is a child of an earlier ticket. */
static void link_children(struct mock_data *d, struct prng *p)
{
	for (size_t i = 20; i < d->n_tickets; i++) {
		if (prng_below(p, 25) != 0)
			continue;
		struct mock_ticket *child = d->tickets[i];
		struct mock_ticket *parent = d->tickets[prng_below(p, (uint32_t)i)];
		if (parent->parent_id != 0)
			continue;
		child->parent_id = parent->id;
		parent->child_count++;
	}
}

struct mock_data *mock_data_new(unsigned count, uint64_t seed)
{
	struct mock_data *d = xcalloc(1, sizeof(*d));
	struct prng p;
	prng_init(&p, seed);
	d->seed = seed;
	d->generated_count = count;
	d->now = MOCK_DATA_NOW;
	d->first_id = FIRST_TICKET_ID;
	pthread_rwlock_init(&d->lock, NULL);
	mock_select_cache_init(&d->selections);
	make_lookups(d, &p);
	make_people(d, &p, count);
	d->cap_tickets = count + 64;
	d->tickets = xcalloc(d->cap_tickets, sizeof(*d->tickets));
	for (unsigned i = 0; i < count; i++) {
		struct mock_ticket *t = mock_data_add_ticket(d);
		struct prng tp;
		prng_init(&tp, prng_hash(seed, i, 0));
		fill_ticket(d, t, &tp, i);
	}
	link_children(d, &p);
	d->next_todo_id = 1;
	d->next_closure_id = 1;
	d->next_draft_id = 1;
	d->next_forecast_id = 1;
	d->drafts = json_object_new_array();
	d->forecasts = json_object_new_array();
	d->closures = json_object_new_array();
	d->viewlog = json_object_new_array();
	d->projects = json_object_new_array();
	d->is_dirty = false;
	return d;
}

static void ticket_free(struct mock_ticket *t)
{
	if (!t)
		return;
	free(t->summary);
	free(t->details);
	free(t->delete_reason);
	json_object_put(t->extra);
	json_object_put(t->customs);
	json_object_put(t->actions);
	json_object_put(t->approvals);
	json_object_put(t->todos);
	free(atomic_load(&t->item));
}

void mock_data_free(struct mock_data *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_tickets; i++)
		ticket_free(d->tickets[i]);
	free(d->tickets);
	for (size_t i = 0; i < d->n_chunks; i++)
		free(d->chunks[i]);
	free(d->chunks);
	for (size_t i = 0; i < d->n_clients; i++)
		free(d->clients[i].name);
	for (size_t i = 0; i < d->n_sites; i++)
		free(d->sites[i].name);
	for (size_t i = 0; i < d->n_users; i++) {
		free(d->users[i].name);
		free(d->users[i].email);
	}
	for (size_t i = 0; i < d->n_agents; i++) {
		free(d->agents[i].name);
		free(d->agents[i].email);
	}
	free(d->clients);
	free(d->sites);
	free(d->users);
	free(d->agents);
	free(d->priorities);
	json_object_put(d->drafts);
	json_object_put(d->forecasts);
	json_object_put(d->closures);
	json_object_put(d->viewlog);
	json_object_put(d->projects);
	mock_select_cache_fini(&d->selections);
	pthread_rwlock_destroy(&d->lock);
	free(d);
}

struct mock_ticket *mock_data_ticket(const struct mock_data *d, int id)
{
	if (id < d->first_id || (size_t)(id - d->first_id) >= d->n_tickets)
		return NULL;
	return d->tickets[id - d->first_id];
}

struct mock_ticket *mock_data_live_ticket(const struct mock_data *d, int id)
{
	struct mock_ticket *t = mock_data_ticket(d, id);
	return t && !(t->flags & MOCK_T_DELETED) ? t : NULL;
}

struct mock_ticket *mock_data_add_ticket(struct mock_data *d)
{
	if (d->n_tickets == d->cap_tickets) {
		d->cap_tickets = d->cap_tickets * 2 + 16;
		d->tickets = xreallocarray(d->tickets, d->cap_tickets, sizeof(*d->tickets));
	}
	if (d->n_tickets % ROWS_PER_CHUNK == 0) {
		d->chunks = xreallocarray(d->chunks, d->n_chunks + 1, sizeof(*d->chunks));
		d->chunks[d->n_chunks++] = xcalloc(ROWS_PER_CHUNK, sizeof(struct mock_ticket));
	}
	struct mock_ticket *t =
		&d->chunks[d->n_tickets / ROWS_PER_CHUNK][d->n_tickets % ROWS_PER_CHUNK];
	t->id = d->first_id + (int)d->n_tickets;
	d->tickets[d->n_tickets++] = t;
	d->generation++;
	return t;
}

const struct mock_status *mock_data_status(const struct mock_data *d, int id)
{
	for (size_t i = 0; i < d->n_statuses; i++)
		if (d->statuses[i].id == id)
			return &d->statuses[i];
	return NULL;
}

const struct mock_priority *mock_data_priority(const struct mock_data *d, int slaid, int pid)
{
	for (size_t i = 0; i < d->n_priorities; i++)
		if (d->priorities[i].slaid == slaid && d->priorities[i].priorityid == pid)
			return &d->priorities[i];
	return NULL;
}

const char *mock_data_name(const struct mock_named *list, size_t n, int id)
{
	for (size_t i = 0; i < n; i++)
		if (list[i].id == id)
			return list[i].name;
	return NULL;
}

const char *mock_data_client_name(const struct mock_data *d, int id)
{
	if (id < 2 || (size_t)(id - 2) >= d->n_clients)
		return NULL;
	return d->clients[id - 2].name;
}

const struct mock_site *mock_data_site(const struct mock_data *d, int id)
{
	if (id < 10 || (size_t)(id - 10) >= d->n_sites)
		return NULL;
	return &d->sites[id - 10];
}

const struct mock_user *mock_data_user(const struct mock_data *d, int id)
{
	if (id < 100 || (size_t)(id - 100) >= d->n_users)
		return NULL;
	return &d->users[id - 100];
}

const struct mock_agent *mock_data_agent(const struct mock_data *d, int id)
{
	if (id < 2 || (size_t)(id - 2) >= d->n_agents)
		return NULL;
	return &d->agents[id - 2];
}

int mock_data_team_by_name(const struct mock_data *d, const char *name)
{
	for (size_t i = 0; i < d->n_teams; i++)
		if (!strcasecmp(d->teams[i].name, name))
			return d->teams[i].id;
	return 0;
}

bool mock_ticket_is_closed(const struct mock_data *d, const struct mock_ticket *t)
{
	const struct mock_status *s = mock_data_status(d, t->status_id);
	return s && s->type == MOCK_STATUS_CLOSED;
}

const char *mock_ticket_sla_state(const struct mock_data *d, const struct mock_ticket *t)
{
	int64_t end = t->dateclosed ? t->dateclosed : d->now;
	return t->fixbydate && end > t->fixbydate ? "O" : "I";
}
