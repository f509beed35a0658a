/* Tests of app/complete: Tab offers, by position, what the command table says fits there. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "app/complete.h"
#include "config/settings.h"
#include "harness.h"

static struct completion c;

/* The choice whose word is WORD, or NULL. */
static const struct prompt_choice *choice(const char *word)
{
	for (size_t i = 0; i < c.count; i++)
		if (!strcmp(c.choices[i].word, word))
			return &c.choices[i];
	return NULL;
}

static void complete(const char *line)
{
	static struct status_item statuses[] = { { .id = 1, .name = "New" },
						 { .id = 2, .name = "In Progress" },
						 { .id = 9, .name = "Closed" } };
	static struct named_item teams[] = { { .id = 4, .name = "Service Desk" } };
	static char mine[] = "mine", breached[] = "breached";
	static struct config_view views[] = { { .name = mine }, { .name = breached } };
	static struct lookups lookups;
	static struct config cfg;
	lookups.statuses.items = statuses;
	lookups.statuses.count = 3;
	lookups.teams.items = teams;
	lookups.teams.count = 1;
	cfg.views = views;
	cfg.n_views = 2;
	struct completion_sources src = { &cfg, &lookups };
	app_complete(line, &src, &c);
}

START_TEST(the_first_word_is_a_command_and_nothing_else)
{
	complete("");
	ck_assert_ptr_nonnull(choice("filter"));
	ck_assert_ptr_nonnull(choice("link"));
	ck_assert_ptr_nonnull(choice("set"));
	const struct prompt_choice *ticket = choice("ticket");
	ck_assert(ticket && !strcmp(ticket->note, "Open the ticket with this id"));
	ck_assert_ptr_nonnull(choice("half-page-down"));
	ck_assert_ptr_null(choice("generic"));
	ck_assert_ptr_null(choice("url"));
	ck_assert_ptr_null(choice("filetype_filter"));
	complete("fil");
	ck_assert_uint_eq(c.count, 2);
	ck_assert_str_eq(c.choices[0].word, "filter");
	ck_assert_int_eq(c.choices[0].suffix, ' ');
	ck_assert_str_eq(c.choices[1].word, "filter-form");
}
END_TEST

START_TEST(set_takes_a_setting_then_equals_then_its_values)
{
	complete("set ");
	ck_assert_uint_eq(c.count, SETTING_COUNT);
	const struct prompt_choice *theme = choice("theme");
	ck_assert(theme && !strcmp(theme->note, setting_info(SETTING_THEME)->help));
	complete("set theme ");
	ck_assert_uint_eq(c.count, 1);
	ck_assert_str_eq(c.choices[0].word, "=");
	complete("set low-bandwidth=");
	ck_assert_uint_eq(c.count, 2);
	ck_assert_ptr_nonnull(choice("yes"));
	ck_assert_ptr_nonnull(choice("no"));
	complete("set line-graphics = a");
	ck_assert_ptr_nonnull(choice("auto"));
	ck_assert_ptr_null(choice("yes"));
}
END_TEST

START_TEST(filter_takes_parameter_names_then_their_values_only)
{
	complete("filter agent_");
	const struct prompt_choice *agent_id = choice("agent_id");
	ck_assert(agent_id && agent_id->suffix == '=');
	ck_assert_ptr_null(choice("filter"));
	complete("filter mine=");
	ck_assert_uint_eq(c.count, 2);
	ck_assert_ptr_nonnull(choice("true"));
	ck_assert_ptr_nonnull(choice("false"));
	complete("filter mine=true search=");
	ck_assert_uint_eq(c.count, 0);
	complete("view \"mine\" mi");
	ck_assert_ptr_nonnull(choice("mine"));
}
END_TEST

START_TEST(a_lookup_backed_parameter_offers_ids_matched_by_name)
{
	complete("filter status_id=in");
	ck_assert_uint_eq(c.count, 1);
	ck_assert_str_eq(c.choices[0].word, "2");
	ck_assert_str_eq(c.choices[0].note, "In Progress");
	complete("filter status=1,CL");
	ck_assert_uint_eq(c.count, 1);
	ck_assert_str_eq(c.choices[0].word, "9");
	complete("filter team=");
	ck_assert_uint_eq(c.count, 1);
	ck_assert_str_eq(c.choices[0].note, "Service Desk");
	/* No lookup loaded: nothing, rather than names of something else. */
	complete("filter agent_id=");
	ck_assert_uint_eq(c.count, 0);
}
END_TEST

START_TEST(other_commands_complete_their_own_lists)
{
	complete("list ");
	ck_assert_uint_eq(c.count, 2);
	ck_assert_ptr_nonnull(choice("breached"));
	complete("bind ");
	ck_assert_ptr_nonnull(choice("generic"));
	ck_assert_ptr_nonnull(choice("detail"));
	ck_assert_ptr_null(choice("quit"));
	complete("bind list x q");
	ck_assert_ptr_nonnull(choice("quit"));
	ck_assert_ptr_null(choice("list"));
	complete("color list.s");
	ck_assert_ptr_nonnull(choice("list.selected"));
	complete("ticket ");
	ck_assert_uint_eq(c.count, 0);
}
END_TEST

START_TEST(tagged_takes_the_commands_it_applies_then_their_arguments)
{
	complete("tagged ");
	ck_assert_uint_eq(c.count, 6);
	ck_assert_ptr_nonnull(choice("status"));
	ck_assert_ptr_nonnull(choice("close"));
	ck_assert_ptr_null(choice("delete"));
	complete("tagged status in");
	/* The id goes in the line, its name beside it, as after `status`. */
	ck_assert_uint_eq(c.count, 1);
	ck_assert_str_eq(c.choices[0].word, "2");
	complete("tagged assign ");
	ck_assert_ptr_nonnull(choice("me"));
	complete("tagged note ");
	ck_assert_uint_eq(c.count, 0);
}
END_TEST

HARNESS_MAIN("complete", the_first_word_is_a_command_and_nothing_else,
	     set_takes_a_setting_then_equals_then_its_values,
	     filter_takes_parameter_names_then_their_values_only,
	     a_lookup_backed_parameter_offers_ids_matched_by_name,
	     other_commands_complete_their_own_lists,
	     tagged_takes_the_commands_it_applies_then_their_arguments)
