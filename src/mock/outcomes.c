/* GET /api/Outcome: the outcome table and its route. */
#include "config.h"

#include "mock/outcomes.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "mock/prng.h"
#include "mock/routes.h"

/* The generated history uses the names of the first rows (Ticket Logged ... Escalated), so
 * every action a ticket shows has its outcome here. Status ids are those of data.c. */
const struct mock_outcome mock_outcomes[] = {
	{ 1, "Ticket Logged", "Log Ticket", "Ticket logged", "#64748b", 1, 0, 0, false, false,
	  false },
	{ 2, "Email Received", "Email Received", "Email received from the user", "#0ea5e9", 2, 0, 0,
	  false, false, false },
	{ 3, "Status Change", "Change Status", "Status changed", "#a3a3a3", 3, 0, 0, true, false,
	  false },
	{ 4, "Note", "Add Note", "Note added", "#3b82f6", 0, 0, 0, false, true, false },
	{ 5, "Private Note", "Private Note", "Private note (agents only)", "#f59e0b", 0, 0, 0, true,
	  true, false },
	{ 6, "Email User", "Email User", "Email sent to the user", "#22c55e", 0, 0, 2, false, true,
	  false },
	{ 7, "Email Sent", "Email Sent", "Email sent", "#16a34a", 0, 0, 1, false, true, false },
	{ 8, "Phone Call", "Phone Call", "Phone call with the user", "#8b5cf6", 0, 0, 0, false,
	  true, false },
	{ 9, "Remote Session", "Remote Session", "Remote session", "#06b6d4", 0, 0, 0, false, false,
	  false },
	{ 10, "Onsite Visit", "Onsite Visit", "Visit on site", "#14b8a6", 0, 0, 0, false, false,
	  false },
	{ 11, "Escalated", "Escalate", "Escalated to the next line", "#ef4444", 0, 3, 0, true, true,
	  false },
	{ 12, "Awaiting User", "Wait for User", "Waiting for the user's answer", "#f97316", 0, 4, 1,
	  false, true, false },
	{ 13, "Resolved", "Resolve", "Resolved, the user is told", "#64748b", 0, 18, 1, false, true,
	  false },
	{ 14, "Closed", "Close Ticket", "Ticket closed", "#6b7280", 0, 9, 0, false, false, false },
	{ 15, "Reopened", "Reopen", "Ticket reopened", "#2563eb", 0, 2, 0, true, true, false },
	{ 16, "Log Time", "Log Time", "Time logged without a note to the user", "#a855f7", 0, 0, 0,
	  true, false, false },
	{ 17, "Fax Sent", "Send Fax", "Fax sent (retired)", "#9ca3af", 0, 0, 0, false, false,
	  true },
};
const size_t mock_n_outcomes = sizeof(mock_outcomes) / sizeof(mock_outcomes[0]);

const struct mock_outcome *mock_outcome_by_id(int id)
{
	for (size_t i = 0; i < mock_n_outcomes; i++)
		if (mock_outcomes[i].id == id)
			return &mock_outcomes[i];
	return NULL;
}

const struct mock_outcome *mock_outcome_by_name(const char *name)
{
	for (size_t i = 0; name && i < mock_n_outcomes; i++)
		if (!strcasecmp(mock_outcomes[i].outcome, name))
			return &mock_outcomes[i];
	return NULL;
}

/* A GUID that is the same for the same seed and outcome, as the rest of the data. */
static void outcome_guid(uint64_t seed, int id, char out[37])
{
	uint64_t a = prng_hash(seed, (uint64_t)id, 900), b = prng_hash(seed, (uint64_t)id, 901);
	snprintf(out, 37, "%08x-%04x-4%03x-%04x-%012llx", (unsigned)(a >> 32),
		 (unsigned)(a >> 16) & 0xffff, (unsigned)a & 0xfff,
		 0x8000 | ((unsigned)(b >> 48) & 0x3fff),
		 (unsigned long long)(b & 0xffffffffffffULL));
}

static void write_outcome(struct jsonw *w, uint64_t seed, const struct mock_outcome *o,
			  size_t index)
{
	char guid[37];
	outcome_guid(seed, o->id, guid);
	jsonw_object_open(w, NULL);
	jsonw_id(w, "id", o->id);
	jsonw_string(w, "guid", guid);
	jsonw_string(w, "outcome", o->outcome);
	jsonw_string(w, "buttonname", o->buttonname);
	jsonw_string(w, "labellong", o->labellong);
	jsonw_string(w, "colour", o->colour);
	jsonw_int(w, "sequence", (int64_t)index + 1);
	jsonw_bool(w, "hidden", o->hidden);
	jsonw_int(w, "systemid", o->systemid);
	jsonw_bool(w, "hidefromuser", o->hidefromuser);
	jsonw_int(w, "sendemail", o->sendemail);
	jsonw_int(w, "newstatus", o->newstatus);
	jsonw_bool(w, "mustaddnote", o->mustaddnote);
	jsonw_object_close(w);
}

void route_outcomes(struct mock_ctx *c)
{
	const struct mock_query *q = &c->rq->query;
	bool show_hidden = mock_query_bool(q, "showhidden", false);
	bool exclude_system = mock_query_bool(q, "excludesystemactions", false);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_array_open(&w, NULL);
	for (size_t i = 0; i < mock_n_outcomes; i++) {
		const struct mock_outcome *o = &mock_outcomes[i];
		if ((o->hidden && !show_hidden) || (o->systemid && exclude_system))
			continue;
		write_outcome(&w, c->data->seed, o, i);
	}
	jsonw_array_close(&w);
}

void route_outcome_one(struct mock_ctx *c)
{
	const struct mock_outcome *o = mock_outcome_by_id(c->rq->ids[0]);
	if (!o) {
		mock_reply_raw(c, 404, "{\"Message\":\"Outcome not found\"}");
		return;
	}
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	write_outcome(&w, c->data->seed, o, (size_t)(o - mock_outcomes));
}
