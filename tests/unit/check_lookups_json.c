/* Tests of model/lookups and lookups_json: lists from Halo's answers, names by id. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/lookups.h"
#include "model/lookups_json.h"
#include "model_fixture.h"

/* All lookups from the fixtures. */
static void load(struct lookups *l)
{
	static struct model_error err;
	size_t len;
	char *b;
	struct status_list s;
	struct priority_list p;
	struct agent_list a, me;
	struct named_list t, tt, c;
	struct outcome_list o;
	lookups_init(l);
	b = fixture_read("statuses.json", &len);
	ck_assert_int_eq(status_list_from_json(b, len, &s, &err), STATUS_OK);
	free(b);
	b = fixture_read("priorities.json", &len);
	ck_assert_int_eq(priority_list_from_json(b, len, &p, &err), STATUS_OK);
	free(b);
	b = fixture_read("agents.json", &len);
	ck_assert_int_eq(agent_list_from_json(b, len, &a, &err), STATUS_OK);
	free(b);
	b = fixture_read("agent-me.json", &len);
	ck_assert_int_eq(agent_me_from_json(b, len, &me, &err), STATUS_OK);
	free(b);
	b = fixture_read("teams.json", &len);
	ck_assert_int_eq(named_list_from_json(b, len, &t, &err), STATUS_OK);
	free(b);
	b = fixture_read("tickettypes.json", &len);
	ck_assert_int_eq(named_list_from_json(b, len, &tt, &err), STATUS_OK);
	free(b);
	b = fixture_read("clients.json", &len);
	ck_assert_int_eq(named_list_from_json(b, len, &c, &err), STATUS_OK);
	free(b);
	b = fixture_read("outcomes.json", &len);
	ck_assert_int_eq(outcome_list_from_json(b, len, &o, &err), STATUS_OK);
	free(b);
	lookups_set_statuses(l, &s);
	lookups_set_priorities(l, &p);
	lookups_set_agents(l, &a);
	lookups_set_me(l, &me);
	lookups_set_teams(l, &t);
	lookups_set_tickettypes(l, &tt);
	lookups_set_clients(l, &c);
	lookups_set_outcomes(l, &o);
	ck_assert_ptr_null(o.items);
	ck_assert_ptr_null(s.items);
}

START_TEST(status_names_come_from_the_status_list)
{
	struct lookups l;
	load(&l);
	ck_assert_uint_eq(l.statuses.count, 4);
	ck_assert_str_eq(lookups_status_name(&l, 9), "Closed");
	ck_assert_str_eq(lookups_status(&l, 2)->colour, "#1565c0");
	ck_assert_str_eq(lookups_status(&l, 4)->colour, "");
	ck_assert_int_eq(lookups_status(&l, 9)->type, 1);
	ck_assert_ptr_null(lookups_status_name(&l, 3));
	ck_assert_int_eq(lookups_status_id(&l, "in progress"), 2);
	ck_assert_int_eq(lookups_status_id(&l, "CLSD"), 9);
	ck_assert_int_eq(lookups_status_id(&l, "nope"), MODEL_UNSET);
	lookups_fini(&l);
}
END_TEST

START_TEST(priorities_match_priorityid_and_prefer_the_tickets_sla)
{
	struct lookups l;
	load(&l);
	ck_assert_str_eq(lookups_priority_name(&l, 3, 2), "Medium (Gold)");
	ck_assert_str_eq(lookups_priority_name(&l, 3, 1), "Medium");
	ck_assert_str_eq(lookups_priority_name(&l, 3, MODEL_UNSET), "Medium");
	ck_assert_str_eq(lookups_priority_name(&l, 1, 7), "Critical");
	ck_assert_str_eq(lookups_priority(&l, 1, 1)->id, "6f1c1a5e-0000-4000-8000-000000000001");
	ck_assert_ptr_null(lookups_priority_name(&l, 5, 1));
	lookups_fini(&l);
}
END_TEST

START_TEST(agents_teams_types_and_clients_are_named_by_id)
{
	struct lookups l;
	load(&l);
	ck_assert_str_eq(lookups_agent_name(&l, 8), "Walter Skinner");
	ck_assert(lookups_agent(&l, 9)->isdisabled);
	ck_assert_str_eq(lookups_agent(&l, 9)->team, "");
	ck_assert_str_eq(lookups_team_name(&l, 3), "Managers");
	ck_assert_str_eq(lookups_tickettype_name(&l, 4), "Change");
	ck_assert_str_eq(lookups_client_name(&l, 13), "Globex");
	ck_assert_int_eq(l.clients.record_count, 2);
	ck_assert_int_eq(lookups_my_agent_id(&l), 5);
	ck_assert_int_eq(lookups_agent_id(&l, "fox mulder"), 5);
	ck_assert_ptr_null(lookups_client_name(&l, 99));
	lookups_fini(&l);
}
END_TEST

START_TEST(lookups_without_data_answer_null)
{
	struct lookups l;
	lookups_init(&l);
	ck_assert_ptr_null(lookups_status_name(&l, 1));
	ck_assert_ptr_null(lookups_status_name(NULL, 1));
	ck_assert_int_eq(lookups_my_agent_id(&l), MODEL_UNSET);
	lookups_fini(&l);
}
END_TEST

START_TEST(a_lookup_row_without_id_or_priorityid_is_an_error)
{
	static struct model_error err;
	struct status_list s;
	struct priority_list p;
	ck_assert_int_eq(status_list_from_json("[{\"id\":1},{\"name\":\"x\"}]", 24, &s, &err),
			 STATUS_OK);
	ck_assert_uint_eq(s.count, 1);
	ck_assert_str_eq(err.odd.text[0], "[1]: no usable id, skipped");
	status_list_fini(&s);
	ck_assert_int_eq(priority_list_from_json("[{\"id\":\"u\",\"name\":\"x\"}]", 23, &p, &err),
			 STATUS_OK);
	ck_assert_uint_eq(p.count, 0);
	ck_assert_str_eq(err.odd.text[0], "[0]: no usable priorityid, skipped");
	priority_list_fini(&p);
}
END_TEST

START_TEST(a_lookup_body_of_the_wrong_shape_is_an_error)
{
	static struct model_error err;
	struct agent_list a;
	struct named_list n;
	ck_assert_int_eq(agent_list_from_json("{\"id\":5}", 8, &a, &err), STATUS_PARSE);
	ck_assert_int_eq(named_list_from_json("{\"clients\":5}", 13, &n, &err), STATUS_PARSE);
	ck_assert_msg(strstr(err.message, "clients: expected an array"), "%s", err.message);
	ck_assert_int_eq(agent_list_from_json("[{\"id\":5,\"isdisabled\":\"x\"}]", 27, &a, &err),
			 STATUS_OK);
	ck_assert_str_eq(err.odd.text[0], "agent 5: isdisabled: expected a boolean, got \"x\"");
	agent_list_fini(&a);
}
END_TEST

/* What the cache writes, the parsers read back to the same names (and unset stays unset). */
START_TEST(every_list_written_as_json_reads_back_the_same)
{
	struct lookups l, back;
	struct model_error err;
	load(&l);
	lookups_init(&back);
	char *t = status_list_to_json(&l.statuses);
	ck_assert_int_eq(status_list_from_json(t, strlen(t), &back.statuses, &err), STATUS_OK);
	free(t);
	t = priority_list_to_json(&l.priorities);
	ck_assert_int_eq(priority_list_from_json(t, strlen(t), &back.priorities, &err), STATUS_OK);
	free(t);
	t = agent_list_to_json(&l.agents);
	ck_assert_int_eq(agent_list_from_json(t, strlen(t), &back.agents, &err), STATUS_OK);
	free(t);
	t = agent_list_to_json(&l.me);
	ck_assert_int_eq(agent_me_from_json(t, strlen(t), &back.me, &err), STATUS_OK);
	free(t);
	t = named_list_to_json(&l.teams);
	ck_assert_int_eq(named_list_from_json(t, strlen(t), &back.teams, &err), STATUS_OK);
	free(t);
	ck_assert_uint_eq(back.statuses.count, l.statuses.count);
	ck_assert_str_eq(lookups_status_name(&back, 9), "Closed");
	ck_assert_int_eq(back.statuses.items[0].type, l.statuses.items[0].type);
	ck_assert_str_eq(back.statuses.items[0].colour, l.statuses.items[0].colour);
	ck_assert_uint_eq(back.priorities.count, l.priorities.count);
	ck_assert_str_eq(back.priorities.items[0].id, l.priorities.items[0].id);
	ck_assert_int_eq(back.priorities.items[0].slaid, l.priorities.items[0].slaid);
	ck_assert_uint_eq(back.agents.count, l.agents.count);
	for (size_t i = 0; i < l.agents.count; i++) {
		ck_assert_str_eq(back.agents.items[i].name, l.agents.items[i].name);
		ck_assert_int_eq(back.agents.items[i].isdisabled, l.agents.items[i].isdisabled);
	}
	ck_assert_int_eq(lookups_my_agent_id(&back), lookups_my_agent_id(&l));
	t = outcome_list_to_json(&l.outcomes);
	ck_assert_int_eq(outcome_list_from_json(t, strlen(t), &back.outcomes, &err), STATUS_OK);
	free(t);
	ck_assert_uint_eq(back.outcomes.count, l.outcomes.count);
	for (size_t i = 0; i < l.outcomes.count; i++) {
		const struct outcome_item *a = &l.outcomes.items[i], *b = &back.outcomes.items[i];
		ck_assert_int_eq(b->id, a->id);
		ck_assert_str_eq(b->name, a->name);
		ck_assert_str_eq(b->buttonname, a->buttonname);
		ck_assert_int_eq(b->newstatus, a->newstatus);
		ck_assert_int_eq(b->sendemail, a->sendemail);
		ck_assert_int_eq(b->hidefromuser, a->hidefromuser);
		ck_assert_int_eq(b->hidden, a->hidden);
	}
	ck_assert_uint_eq(back.teams.count, l.teams.count);
	ck_assert_str_eq(back.teams.items[0].name, l.teams.items[0].name);
	lookups_fini(&back);
	lookups_fini(&l);
}
END_TEST

START_TEST(a_status_without_id_is_skipped_and_odd_fields_noted)
{
	size_t len;
	char *b = fixture_read("statuses-odd.json", &len);
	static struct model_error err;
	struct status_list l;
	ck_assert_int_eq(status_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_int_eq(l.items[1].id, 2);
	ck_assert_str_eq(l.items[1].colour, "");
	ck_assert_uint_eq(err.odd.n, 3);
	ck_assert_str_eq(err.odd.text[0], "status 1: type: expected an integer, got \"open\"");
	ck_assert_str_eq(err.odd.text[1], "[1]: no usable id, skipped");
	ck_assert_str_eq(err.odd.text[2], "status 2: colour: expected a string, got an array");
	status_list_fini(&l);
	free(b);
}
END_TEST

START_TEST(outcomes_are_named_by_id_and_found_by_name_or_button)
{
	struct lookups l;
	load(&l);
	ck_assert_uint_eq(l.outcomes.count, 5);
	ck_assert_str_eq(lookups_outcome_name(&l, 5), "Private Note");
	const struct outcome_item *o = lookups_outcome(&l, 5);
	ck_assert(o->hidefromuser && !o->hidden);
	ck_assert_str_eq(o->colour, "#f59e0b");
	ck_assert_int_eq(o->sequence, 5);
	o = lookups_outcome(&l, 6); /* a string id */
	ck_assert_str_eq(o->name, "Email User");
	ck_assert_int_eq(o->sendemail, 2);
	ck_assert_int_eq(o->newstatus, MODEL_UNSET);
	o = lookups_outcome(&l, 13); /* a decimal id */
	ck_assert_str_eq(o->buttonname, "Resolve");
	ck_assert_int_eq(o->newstatus, 18);
	o = lookups_outcome(&l, 17);
	ck_assert(o->hidden);
	ck_assert_int_eq(o->newstatus, MODEL_UNSET);
	ck_assert_str_eq(o->colour, "");
	ck_assert_int_eq(lookups_outcome_id(&l, "private NOTE"), 5);
	ck_assert_int_eq(lookups_outcome_id(&l, "resolve"), 13);
	ck_assert_int_eq(lookups_outcome_id(&l, "Telepathy"), MODEL_UNSET);
	ck_assert_int_eq(lookups_outcome_id(&l, NULL), MODEL_UNSET);
	ck_assert_ptr_null(lookups_outcome_name(&l, 99));
	ck_assert_ptr_null(lookups_outcome_name(NULL, 5));
	ck_assert_int_eq(lookups_outcome_id(NULL, "Note"), MODEL_UNSET);
	lookups_fini(&l);
	ck_assert_uint_eq(l.outcomes.count, 0);
}
END_TEST

START_TEST(an_outcome_without_id_is_skipped_and_odd_fields_noted)
{
	size_t len;
	char *b = fixture_read("outcomes-odd.json", &len);
	static struct model_error err;
	struct outcome_list l;
	ck_assert_int_eq(outcome_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_int_eq(l.items[0].id, 4);
	ck_assert_str_eq(l.items[0].name, "Note");
	ck_assert(!l.items[0].hidefromuser);
	ck_assert_int_eq(l.items[0].sequence, MODEL_UNSET);
	ck_assert_int_eq(l.items[1].id, 8);
	ck_assert_str_eq(l.items[1].name, "");
	ck_assert_str_eq(l.items[1].buttonname, "Phone Call");
	ck_assert_str_eq(err.odd.text[0],
			 "outcome 4: sequence: expected an integer, got \"fourth\"");
	ck_assert_str_eq(err.odd.text[1],
			 "outcome 4: hidefromuser: expected a boolean, got \"sometimes\"");
	ck_assert_str_eq(err.odd.text[2], "outcomes[1]: no usable id, skipped");
	ck_assert_str_eq(err.odd.text[3], "outcome 8: outcome: expected a string, got an array");
	outcome_list_fini(&l);
	free(b);
	ck_assert_int_eq(outcome_list_from_json("{\"outcomes\":7}", 14, &l, &err), STATUS_PARSE);
}
END_TEST

HARNESS_MAIN("lookups_json", outcomes_are_named_by_id_and_found_by_name_or_button,
	     an_outcome_without_id_is_skipped_and_odd_fields_noted,
	     a_status_without_id_is_skipped_and_odd_fields_noted,
	     status_names_come_from_the_status_list,
	     priorities_match_priorityid_and_prefer_the_tickets_sla,
	     agents_teams_types_and_clients_are_named_by_id, lookups_without_data_answer_null,
	     a_lookup_row_without_id_or_priorityid_is_an_error,
	     a_lookup_body_of_the_wrong_shape_is_an_error,
	     every_list_written_as_json_reads_back_the_same)
