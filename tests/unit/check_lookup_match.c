/* Tests of model/lookup_match: ids and names resolved, ambiguity and unknowns refused. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/lookup_match.h"
#include "model/values.h"

static struct status_item statuses[] = {
	{ 1, "New", "New", 0, 1, "" },
	{ 2, "In Progress", "InP", 0, 2, "" },
	{ 3, "Waiting on User", "Wait", 2, 3, "" },
	{ 9, "Closed", "Closed", 1, 9, "" },
	{ 18, "Resolved", "Res", 1, 8, "" },
};
static struct priority_item priorities[] = {
	{ "a", 1, 1, "Critical", "" },
	{ "b", 2, 1, "High", "" },
	{ "c", 1, 2, "Critical", "" },
	{ "d", 3, 1, "Medium", "" },
};
static struct agent_item agents[] = {
	{ 2, "Jane Doe", "", "", "JD", false },
	{ 3, "John Smith", "", "", "JS", false },
	{ 4, "Janet Roe", "", "", "JR", false },
	{ 5, "Old Timer", "", "", "OT", true },
};
static struct agent_item me[] = { { 3, "John Smith", "", "", "JS", false } };
static struct named_item teams[] = { { 1, "Service Desk", false }, { 2, "Network", false } };

static struct lookups fixture(void)
{
	struct lookups l;
	memset(&l, 0, sizeof(l));
	l.statuses.items = statuses;
	l.statuses.count = sizeof(statuses) / sizeof(statuses[0]);
	l.priorities.items = priorities;
	l.priorities.count = sizeof(priorities) / sizeof(priorities[0]);
	l.agents.items = agents;
	l.agents.count = sizeof(agents) / sizeof(agents[0]);
	l.me.items = me;
	l.me.count = 1;
	l.teams.items = teams;
	l.teams.count = 2;
	return l;
}

START_TEST(a_whole_name_matches_in_any_case)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_STATUS, "in progress", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 2);
	ck_assert_str_eq(m.name, "In Progress");
	/* "new" is a whole name, though "News" would start with it too. */
	ck_assert(lookup_match(&l, LOOKUP_STATUS, "NEW", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 1);
}
END_TEST

START_TEST(one_prefix_or_one_part_is_enough)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_STATUS, "wait", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 3);
	ck_assert(lookup_match(&l, LOOKUP_AGENT, "smith", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 3);
	ck_assert(lookup_match(&l, LOOKUP_TEAM, "net", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 2);
	ck_assert_str_eq(m.name, "Network");
}
END_TEST

START_TEST(an_ambiguous_name_is_refused_with_the_candidates)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(!lookup_match(&l, LOOKUP_AGENT, "jan", &m, err, sizeof(err)));
	ck_assert_str_eq(err, "ambiguous agent \"jan\": Jane Doe (2), Janet Roe (4)");
}
END_TEST

START_TEST(an_unknown_name_is_refused_with_every_candidate)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(!lookup_match(&l, LOOKUP_TEAM, "Billing", &m, err, sizeof(err)));
	ck_assert_str_eq(err,
			 "no team is called \"Billing\"; one of: Service Desk (1), Network (2)");
	/* A disabled agent is no candidate by name. */
	ck_assert(!lookup_match(&l, LOOKUP_AGENT, "old timer", &m, err, sizeof(err)));
}
END_TEST

START_TEST(ids_must_be_known_and_me_is_the_signed_in_agent)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_STATUS, "9", &m, err, sizeof(err)));
	ck_assert_str_eq(m.name, "Closed");
	ck_assert(!lookup_match(&l, LOOKUP_STATUS, "77", &m, err, sizeof(err)));
	ck_assert_str_eq(err, "no status has the id 77");
	/* A disabled agent is still reachable by id. */
	ck_assert(lookup_match(&l, LOOKUP_AGENT, "5", &m, err, sizeof(err)));
	ck_assert(lookup_match(&l, LOOKUP_AGENT, "Me", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 3);
	l.me.count = 0;
	ck_assert(!lookup_match(&l, LOOKUP_AGENT, "me", &m, err, sizeof(err)));
}
END_TEST

START_TEST(a_priority_per_sla_counts_once)
{
	struct lookups l = fixture();
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_PRIORITY, "critical", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 1);
}
END_TEST

START_TEST(an_empty_lookup_takes_an_id_but_no_name)
{
	struct lookups l;
	memset(&l, 0, sizeof(l));
	struct lookup_match m;
	char err[256];
	ck_assert(lookup_match(&l, LOOKUP_TICKETTYPE, "4", &m, err, sizeof(err)));
	ck_assert_int_eq(m.id, 4);
	ck_assert(!lookup_match(&l, LOOKUP_TICKETTYPE, "Incident", &m, err, sizeof(err)));
	ck_assert(!lookup_match(&l, LOOKUP_TICKETTYPE, "  ", &m, err, sizeof(err)));
	ck_assert_str_eq(err, "which ticket type?");
}
END_TEST

HARNESS_MAIN("lookup_match", a_whole_name_matches_in_any_case, one_prefix_or_one_part_is_enough,
	     an_ambiguous_name_is_refused_with_the_candidates,
	     an_unknown_name_is_refused_with_every_candidate,
	     ids_must_be_known_and_me_is_the_signed_in_agent, a_priority_per_sla_counts_once,
	     an_empty_lookup_takes_an_id_but_no_name)
