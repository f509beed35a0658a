/* Tests of the `/` matcher: words, field:value, negation, case, narrowing as you type. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/row_match.h"

/* A row with names carried by the row itself (no lookups). */
static struct ticket_row make_row(int id, const char *summary, const char *status,
				  const char *agent, const char *client, const char *team,
				  const char *priority)
{
	struct ticket_row r = { 0 };
	r.id = id;
	r.summary = summary;
	r.status_id = MODEL_UNSET;
	r.status_name = status;
	r.agent_id = 5;
	r.agent_name = agent;
	r.client_name = client;
	r.team = team;
	r.priority_id = MODEL_UNSET;
	r.priority_name = priority;
	r.site_name = r.user_name = r.category_1 = r.sla_state_raw = "";
	return r;
}

static bool matches(const char *query, const struct ticket_row *row)
{
	struct row_match m;
	row_match_init(&m);
	row_match_parse(&m, query);
	struct strbuf hay;
	strbuf_init(&hay);
	row_match_haystack(row, NULL, &hay);
	bool ok = row_match_test(&m, hay.data);
	strbuf_fini(&hay);
	row_match_fini(&m);
	return ok;
}

START_TEST(words_match_any_field_in_any_case_and_all_must_match)
{
	struct ticket_row r = make_row(2818, "Printer JAMS on floor 2", "In Progress",
				       "Rosa Takahashi", "Acme Ltd", "Second Line", "High");
	ck_assert(matches("", &r));
	ck_assert(matches("printer", &r));
	ck_assert(matches("PRINTER jams", &r));
	ck_assert(matches("2818", &r));
	ck_assert(matches("acme", &r));
	ck_assert(matches("rosa", &r));
	ck_assert(!matches("printer scanner", &r));
}
END_TEST

START_TEST(field_value_looks_in_that_field_only)
{
	struct ticket_row r = make_row(7, "High CPU on the new server", "New", "Ana Hughes",
				       "Acme Ltd", "Projects", "Low");
	ck_assert(matches("status:new", &r));
	ck_assert(matches("priority:low", &r));
	ck_assert(!matches("priority:high", &r)); /* "High" is in the summary, not the field */
	ck_assert(matches("agent:hughes team:proj client:acme", &r));
	ck_assert(!matches("status:projects", &r));
	/* Not a field name: plain text, colon included. */
	ck_assert(!matches("color:red", &r));
	ck_assert(matches("status:", &r));
}
END_TEST

START_TEST(a_bang_negates_a_word_or_a_field)
{
	struct ticket_row r =
		make_row(7, "VPN drops", "Closed", "Ana Hughes", "Acme Ltd", "Network", "Medium");
	ck_assert(!matches("!vpn", &r));
	ck_assert(matches("!printer", &r));
	ck_assert(!matches("!status:closed", &r));
	ck_assert(matches("vpn !status:new", &r));
	ck_assert(matches("!", &r));
}
END_TEST

START_TEST(lookups_name_the_ids_and_agent_1_is_unassigned)
{
	struct ticket_row r = make_row(9, "x", "", "", "", "", "");
	r.agent_id = 1;
	ck_assert(matches("agent:unassigned", &r));
}
END_TEST

START_TEST(typing_more_of_a_word_narrows_but_not_of_a_negated_one)
{
	struct row_match before, now;
	row_match_init(&before);
	row_match_init(&now);
	row_match_parse(&before, "print");
	row_match_parse(&now, "printer status:n");
	ck_assert(row_match_is_narrower(&now, &before));
	row_match_parse(&before, "!pri");
	row_match_parse(&now, "!print");
	ck_assert(!row_match_is_narrower(&now, &before));
	row_match_parse(&before, "stat");
	row_match_parse(&now, "status:n");
	ck_assert(!row_match_is_narrower(&now, &before));
	row_match_parse(&now, "");
	ck_assert(!row_match_is_narrower(&now, &before));
	row_match_fini(&before);
	row_match_fini(&now);
}
END_TEST

HARNESS_MAIN("row_match", words_match_any_field_in_any_case_and_all_must_match,
	     field_value_looks_in_that_field_only, a_bang_negates_a_word_or_a_field,
	     lookups_name_the_ids_and_agent_1_is_unassigned,
	     typing_more_of_a_word_narrows_but_not_of_a_negated_one)
