/* GET /api/Tickets: which parameters halo-mock acts on, what the others get, profiles. */
#include "config.h"

#include "mock/tickets_params.h"

#include <string.h>
#include <strings.h>

/* Every parameter the route acts on, with what it does: the README's table is printed from
 * this, so the two cannot part. */
static const struct {
	const char *name;
	const char *does;
} implemented[] = {
	{ "agent", "agent ids (1 is Unassigned)" },
	{ "agent_id", "one agent id (1 is Unassigned)" },
	{ "category_1", "category 1 ids (`categoryid_1` of the items)" },
	{ "category_2", "category 2 ids" },
	{ "category_3", "category 3 ids" },
	{ "category_4", "category 4 ids" },
	{ "client_id", "client ids" },
	{ "client_ids", "client ids" },
	{ "closed_only", "tickets whose status is of the closed type" },
	{ "columns_id", "a built-in column profile (1 Default, 2 Compact, 3 SLA), echoed back; "
			"another id answers 400" },
	{ "count", "at most this many tickets, without paging" },
	{ "datesearch", "the date `startdate`/`enddate` apply to (dateoccurred by default)" },
	{ "deleted", "deleted tickets too" },
	{ "enddate", "the date is at most this (a day alone: its end)" },
	{ "excludethese", "ticket ids left out" },
	{ "flagged", "1 flagged, 0 not" },
	{ "includebreached", "1 breached (fix-by date passed), 0 not, `0,1` both" },
	{ "includechildren", "0 neither parent nor child, 1 parents, 2 children" },
	{ "includeclosed", "1 closed, 0 not closed, `0,1` both" },
	{ "includedetails", "list items carry `details`" },
	{ "includehold", "1 on hold, 0 not, `0,1` both" },
	{ "lastupdatefromdate", "last action at or after this date" },
	{ "lastupdatetodate", "last action at or before this date (a day alone: its end)" },
	{ "mine", "the tickets of the agent the token acts as" },
	{ "open_only", "tickets whose status is not of the closed type" },
	{ "order", "sort key: id, dateoccurred, lastactiondate, deadlinedate, fixbydate, "
		   "respondbydate, dateclosed, summary, status_id, priority_id, agent_id, "
		   "client_name, user_name, site_name, team, tickettype_id (and aliases)" },
	{ "order2", "second sort key" },
	{ "order3", "third sort key" },
	{ "order4", "fourth sort key" },
	{ "order5", "fifth sort key" },
	{ "orderdesc", "the first key descending" },
	{ "orderdesc2", "the second key descending" },
	{ "orderdesc3", "the third key descending" },
	{ "orderdesc4", "the fourth key descending" },
	{ "orderdesc5", "the fifth key descending" },
	{ "page_no", "the page, from 1" },
	{ "page_size", "rows a page (capped at 100 in silence, as Halo does)" },
	{ "pageinate", "paging on" },
	{ "parent_id", "children of this ticket" },
	{ "priority", "priority ids" },
	{ "requesttype", "ticket type ids" },
	{ "requesttype_id", "one ticket type id" },
	{ "search", "the id, or text in summary or details (any case)" },
	{ "search_details", "text in the details" },
	{ "search_id", "the id" },
	{ "search_inventory_number", "asset tag: no ticket has an asset, so a value matches none" },
	{ "search_oppcompanyname", "text in the client's name" },
	{ "search_oppcontactname", "text in the user's name" },
	{ "search_oppemailaddress", "text in the user's email" },
	{ "search_release1", "release 1: no ticket has one, so a value matches none" },
	{ "search_release2", "release 2: likewise" },
	{ "search_release3", "release 3: likewise" },
	{ "search_releasenote", "release note: likewise" },
	{ "search_reportedby", "text in the user's name" },
	{ "search_summary", "text in the summary" },
	{ "search_supplier_reference", "supplier reference: none is set, so a value matches none" },
	{ "search_user_name", "text in the user's name" },
	{ "search_version", "software version: none is set, so a value matches none" },
	{ "site_id", "one site id" },
	{ "sla", "SLA ids" },
	{ "startdate", "the date is at least this" },
	{ "status", "status ids" },
	{ "status_id", "one status id" },
	{ "supplier_id", "one supplier id (`supplier_id` of the items)" },
	{ "team", "team ids" },
	{ "ticketarea_id", "one ticket area (1..3)" },
	{ "ticketidonly", "id fields only, no paging" },
	{ "ticketids", "these ticket ids" },
	{ "unlinked_only", "tickets with neither parent nor children" },
	{ "user_id", "one user id" },
	{ "username", "the user's name, whole (any case)" },
	{ "view_id", "a built-in filter profile (1 All open, 2 My open, 3 Unassigned, 4 SLA "
		     "breached, 5 On hold): its parameters, under the request's own; another id "
		     "answers 400" },
	{ "withattachments", "tickets with one attachment or more" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

bool mock_tickets_param_is_implemented(const char *name)
{
	for (size_t i = 0; i < COUNT(implemented); i++)
		if (!strcasecmp(implemented[i].name, name))
			return true;
	return false;
}

void mock_tickets_ignored(const struct mock_query *q, struct strbuf *out)
{
	for (size_t i = 0; i < q->n; i++) {
		const char *name = q->items[i].key;
		bool is_seen = false;
		for (size_t j = 0; j < i && !is_seen; j++)
			is_seen = !strcasecmp(q->items[j].key, name);
		if (is_seen || mock_tickets_param_is_implemented(name))
			continue;
		/* A name of commas or nothing would garble the list: such a key is shown as "?". */
		bool is_plain = *name && strcspn(name, ",\r\n") == strlen(name);
		strbuf_appendf(out, "%s%s", out->len ? "," : "", is_plain ? name : "?");
	}
}

void mock_tickets_params_markdown(FILE *out)
{
	for (size_t i = 0; i < COUNT(implemented); i++)
		fprintf(out, "| `%s` | %s |\n", implemented[i].name, implemented[i].does);
}

static const char *const all_open[] = { "open_only=true", NULL };
static const char *const my_open[] = { "mine=true", "open_only=true", NULL };
static const char *const unassigned[] = { "agent_id=1", "open_only=true", NULL };
static const char *const breached[] = { "open_only=true", "includebreached=1", NULL };
static const char *const on_hold[] = { "includehold=1", NULL };

static const struct mock_view_profile view_profiles[] = {
	{ 1, "All open", all_open },	 { 2, "My open", my_open }, { 3, "Unassigned", unassigned },
	{ 4, "SLA breached", breached }, { 5, "On hold", on_hold },
};

const struct mock_view_profile *mock_view_profile(int id)
{
	for (size_t i = 0; i < COUNT(view_profiles); i++)
		if (view_profiles[i].id == id)
			return &view_profiles[i];
	return NULL;
}

const char *mock_column_profile(int id)
{
	static const char *const names[] = { "Default", "Compact", "SLA" };
	return id >= 1 && id <= (int)COUNT(names) ? names[id - 1] : NULL;
}

void mock_view_profile_apply(const struct mock_view_profile *p, struct mock_query *q)
{
	for (size_t i = 0; p->params[i]; i++) {
		const char *eq = strchr(p->params[i], '=');
		char key[64];
		size_t len = (size_t)(eq - p->params[i]);
		memcpy(key, p->params[i], len);
		key[len] = '\0';
		if (!mock_query_get(q, key))
			mock_query_add(q, key, eq + 1);
	}
}
