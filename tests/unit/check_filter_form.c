/* Tests of app/filter_form: the field table over every /Tickets parameter, values refused as
 * `:filter` refuses them, date words, the query and its preview, each parameter set by keys. */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "app/filter_form.h"
#include "harness.h"
#include "model/query_date_words.h"
#include "ui/key.h"

static struct status_item statuses[] = { { .id = 1, .name = "New" },
					 { .id = 9, .name = "Closed" } };
static struct priority_item priorities[] = { { .priorityid = 3, .name = "High" } };
static struct agent_item agents[] = { { .id = 4, .name = "Jane Doe" } };
static struct named_item teams[] = { { .id = 5, .name = "Service Desk" } };
static struct named_item types[] = { { .id = 6, .name = "Incident" } };
static struct named_item clients[] = { { .id = 7, .name = "Acme" } };
static struct lookups lk;

/* 2026-03-02 10:00 UTC. */
#define NOW ((time_t)1772445600)

static struct filter_form_fields *ff;

static struct form *new_form(const struct ticket_query *current)
{
	memset(&lk, 0, sizeof(lk));
	lk.statuses.items = statuses;
	lk.statuses.count = 2;
	lk.priorities.items = priorities;
	lk.priorities.count = 1;
	lk.agents.items = agents;
	lk.agents.count = 1;
	lk.teams.items = teams;
	lk.teams.count = 1;
	lk.tickettypes.items = types;
	lk.tickettypes.count = 1;
	lk.clients.items = clients;
	lk.clients.count = 1;
	setenv("TZ", "UTC", 1);
	tzset();
	ff = filter_form_fields_new(&lk);
	ff->now = NOW;
	return filter_form_new(ff, &lk, current);
}

static void done(struct form *f)
{
	form_free(f);
	filter_form_fields_free(ff);
}

static void type(struct form *f, const char *s)
{
	for (; *s; s++)
		form_key(f, (unsigned char)*s);
}

static size_t index_of(const struct form *f, const char *name)
{
	for (size_t i = 0; i < f->n_fields; i++)
		if (!strcmp(f->fields[i].def->name, name))
			return i;
	ck_abort_msg("no field %s", name);
	return 0;
}

/* Sets NAME as a user does: Space on a boolean, the picker's first item, else TEXT typed. */
static void set_by_keys(struct form *f, const char *name, const char *text)
{
	f->focus = index_of(f, name);
	const struct form_field_def *def = f->fields[f->focus].def;
	if (def->kind == FORM_BOOL) {
		form_key(f, ' ');
		return;
	}
	form_key(f, UI_KEY_ENTER);
	if (def->kind == FORM_MULTI) {
		form_key(f, UI_KEY_TAB);
		form_key(f, UI_KEY_ENTER);
	} else if (def->kind == FORM_CHOICE) {
		form_key(f, UI_KEY_DOWN); /* past "any" */
		form_key(f, UI_KEY_ENTER);
	} else {
		type(f, text);
		form_key(f, UI_KEY_ENTER);
	}
}

static char *query_of(const struct form *f)
{
	struct ticket_query *q = NULL;
	struct strbuf err;
	strbuf_init(&err);
	ck_assert_msg(filter_form_query(f, ff, &q, &err), "%s", err.data);
	strbuf_fini(&err);
	struct strbuf sb;
	strbuf_init(&sb);
	size_t pos = 0;
	const struct query_param *p;
	const char *v;
	while (ticket_query_next(q, &pos, &p, &v))
		strbuf_appendf(&sb, "%s%s=%s", sb.len ? "&" : "", p->name, v);
	ticket_query_free(q);
	return strbuf_take(&sb);
}

static char *preview_of(const struct form *f)
{
	struct strbuf sb;
	strbuf_init(&sb);
	filter_form_preview(f, ff, &sb);
	return strbuf_take(&sb);
}

START_TEST(every_parameter_is_one_field_and_the_common_ones_come_first)
{
	struct form *f = new_form(NULL);
	ck_assert_uint_eq(f->n_fields, ticket_query_param_count());
	ck_assert_uint_eq(f->n_fields, 183);
	for (size_t i = 0; i < ticket_query_param_count(); i++)
		ck_assert_msg(form_field(f, ticket_query_param(i)->name), "%s has no field",
			      ticket_query_param(i)->name);
	const char *first[] = { "open_only", "closed_only", "includeclosed", "mine", "agent" };
	for (size_t i = 0; i < 5; i++)
		ck_assert_str_eq(f->fields[i].def->name, first[i]);
	ck_assert_str_eq(f->fields[0].def->group, "Common");
	ck_assert_str_eq(f->fields[index_of(f, "sla")].def->group, "SLA");
	ck_assert_str_eq(f->fields[index_of(f, "category_3")].def->group, "Categories");
	ck_assert_str_eq(f->fields[index_of(f, "includeagent")].def->group,
			 "Include (what each ticket carries)");
	ck_assert_str_eq(f->fields[index_of(f, "isteams")].def->group, "Integrations");
	ck_assert_str_eq(f->fields[f->n_fields - 1].def->group,
			 "Paging (refused: the list pages by itself)");
	/* Groups come in one run each, in order. */
	size_t runs = 1;
	for (size_t i = 1; i < f->n_fields; i++)
		runs += strcmp(f->fields[i].def->group, f->fields[i - 1].def->group) != 0;
	ck_assert_uint_eq(runs, 8);
	ck_assert(index_of(f, "sla") < index_of(f, "category_1"));
	ck_assert(index_of(f, "category_4") < index_of(f, "includeagent"));
	/* Editors by type, pickers where a lookup holds the ids. */
	ck_assert(f->fields[index_of(f, "open_only")].def->is_tristate);
	ck_assert_int_eq(f->fields[index_of(f, "status")].def->kind, FORM_MULTI);
	ck_assert_int_eq(f->fields[index_of(f, "status")].def->source, PICKER_SOURCE_STATUSES);
	ck_assert_int_eq(f->fields[index_of(f, "agent_id")].def->kind, FORM_CHOICE);
	ck_assert_int_eq(f->fields[index_of(f, "client_ids")].def->source, PICKER_SOURCE_CLIENTS);
	ck_assert_int_eq(f->fields[index_of(f, "sla")].def->kind, FORM_TEXT);
	ck_assert_str_eq(f->fields[index_of(f, "utcoffset")].def->note, "Add UTC offset to dates");
	done(f);
	/* A lookup that holds nothing (clients are not fetched): its ids are typed. */
	struct filter_form_fields *bare = filter_form_fields_new(NULL);
	for (size_t i = 0; i < bare->n; i++)
		if (!strcmp(bare->defs[i].name, "client_ids"))
			ck_assert_int_eq(bare->defs[i].kind, FORM_TEXT);
	filter_form_fields_free(bare);
}
END_TEST

START_TEST(bad_values_are_refused_with_the_filter_commands_words)
{
	struct form *f = new_form(NULL);
	set_by_keys(f, "site_id", "x2");
	ck_assert_str_eq(f->error, "site_id: expected a whole number, got \"x2\"");
	ck_assert_int_eq(f->mode, FORM_MODE_EDIT);
	form_key(f, UI_KEY_ESC);
	set_by_keys(f, "startdate", "last week");
	ck_assert_str_eq(f->error,
			 "startdate: expected 2026-12-01, today, -7d or -2w, got \"last week\"");
	form_key(f, UI_KEY_ESC);
	set_by_keys(f, "utcoffset", "1,5");
	ck_assert_ptr_nonnull(strstr(f->error, "utcoffset: expected"));
	form_key(f, UI_KEY_ESC);
	set_by_keys(f, "sla", "1,,2");
	ck_assert_ptr_nonnull(strstr(f->error, "sla: expected"));
	form_key(f, UI_KEY_ESC);
	set_by_keys(f, "open_only", NULL);
	set_by_keys(f, "closed_only", NULL);
	ck_assert_str_eq(f->error,
			 "open_only=true and closed_only=true contradict: no ticket is both");
	ck_assert(!form_get(f, "closed_only")->is_set);
	set_by_keys(f, "page_size", "20");
	ck_assert_str_eq(f->error,
			 "page_size is refused: the list pages by itself (setting page-size)");
	form_key(f, UI_KEY_ESC);
	set_by_keys(f, "pageinate", NULL);
	ck_assert_str_eq(f->error,
			 "pageinate is refused: the list pages by itself (setting page-size)");
	set_by_keys(f, "ticketidonly", NULL);
	ck_assert_str_eq(f->error,
			 "ticketidonly is refused: Halo does not page it, and the list pages");
	set_by_keys(f, "orderdesc2", NULL);
	ck_assert_str_eq(f->error, "orderdesc2 needs order2: the field to sort by");
	set_by_keys(f, "order", "colour");
	ck_assert_ptr_nonnull(strstr(f->error, "order: unknown sort key 'colour' (keys: id,"));
	form_key(f, UI_KEY_ESC);
	char *q = query_of(f);
	ck_assert_str_eq(q, "open_only=true");
	free(q);
	done(f);
}
END_TEST

START_TEST(each_type_reaches_the_query_and_the_preview_encodes_it)
{
	struct form *f = new_form(NULL);
	char *p = preview_of(f);
	ck_assert_str_eq(p, "/api/Tickets (no filter)");
	free(p);
	set_by_keys(f, "open_only", NULL);
	set_by_keys(f, "status", NULL);
	set_by_keys(f, "site_id", "007");
	set_by_keys(f, "startdate", "-7d");
	set_by_keys(f, "enddate", "yesterday");
	set_by_keys(f, "lastupdatefromdate", "2026-01-02T10:30+02:00");
	set_by_keys(f, "search", "printer jam & 50%");
	set_by_keys(f, "utcoffset", "+05.50");
	set_by_keys(f, "sla", " 1, 2 ");
	set_by_keys(f, "withattachments", NULL);
	form_key(f, ' '); /* then false */
	char *q = query_of(f);
	ck_assert_str_eq(q, "enddate=2026-03-01&lastupdatefromdate=2026-01-02T08:30:00Z&"
			    "open_only=true&search=printer jam & 50%&site_id=7&sla=1,2&"
			    "startdate=2026-02-23&status=1&utcoffset=5.5&withattachments=false");
	free(q);
	p = preview_of(f);
	ck_assert_str_eq(p,
			 "/api/Tickets?enddate=2026-03-01&lastupdatefromdate=2026-01-"
			 "02T08%3a30%3a00Z&open_only=true&search=printer+jam+%26+50%25&site_id=7&"
			 "sla=1%2c2&startdate=2026-02-23&status=1&utcoffset=5.5&"
			 "withattachments=false");
	free(p);
	/* Ctrl-R's reset: nothing is sent. */
	form_clear_all(f);
	q = query_of(f);
	ck_assert_str_eq(q, "");
	free(q);
	done(f);
}
END_TEST

START_TEST(the_form_opens_with_the_lists_query)
{
	struct ticket_query *cur = ticket_query_new(ticket_query_list_table());
	ck_assert_int_eq(ticket_query_set(cur, "status", "1,9", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(cur, "agent_id", "4", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(cur, "mine", "false", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(cur, "search", "printer jam", NULL), STATUS_OK);
	ck_assert_int_eq(ticket_query_set(cur, "sla", "2,3", NULL), STATUS_OK);
	struct form *f = new_form(cur);
	ck_assert(!form_is_dirty(f));
	ck_assert_uint_eq(form_get(f, "status")->n_ids, 2);
	ck_assert_str_eq(form_get(f, "agent_id")->text, "Jane Doe");
	char *q = query_of(f);
	ck_assert_str_eq(q, "agent_id=4&mine=false&search=printer jam&sla=2,3&status=1,9");
	free(q);
	form_clear_all(f);
	ck_assert(form_is_dirty(f));
	ticket_query_free(cur);
	done(f);
}
END_TEST

/* A value for each parameter, typed as a user would, and what the query then holds. */
static const char *sample(const struct query_param *p, const char **want)
{
	switch (p->type) {
	case QP_INT:
		*want = "42";
		return "42";
	case QP_INT_LIST:
		*want = "1,2";
		return "1, 2";
	case QP_DOUBLE:
		*want = "2.5";
		return "2.50";
	case QP_DATE:
		*want = "2026-02-23";
		return "-1w";
	case QP_BOOL:
		*want = "true";
		return NULL;
	default:
		/* A sort key is a field the list sorts by. */
		*want = p->group == QG_ORDER ? "id" : "two words";
		return *want;
	}
}

START_TEST(every_parameter_can_be_set_from_the_form)
{
	size_t refused = 0;
	for (size_t i = 0; i < ticket_query_param_count(); i++) {
		const struct query_param *p = ticket_query_param(i);
		struct form *f = new_form(NULL);
		/* A later sort key needs the ones before it, orderdescN its orderN. */
		int k = 0;
		if (!strncmp(p->name, "order", 5)) {
			const char *d = p->name + strlen(p->name) - 1;
			k = *d >= '2' && *d <= '5' ? *d - '0' : 1;
		}
		bool is_desc = !strncmp(p->name, "orderdesc", 9);
		for (int j = 1; j < k + is_desc; j++) {
			char name[16];
			snprintf(name, sizeof(name), j == 1 ? "order" : "order%d", j);
			set_by_keys(f, name, "id");
		}
		const char *want;
		const char *text = sample(p, &want);
		const struct form_field_def *def = f->fields[index_of(f, p->name)].def;
		if (def->kind == FORM_MULTI || def->kind == FORM_CHOICE) {
			/* The picker's first item: its id. */
			static char id[16];
			long first = def->source == PICKER_SOURCE_STATUSES	 ? 1
				     : def->source == PICKER_SOURCE_PRIORITIES	 ? 3
				     : def->source == PICKER_SOURCE_AGENTS	 ? 4
				     : def->source == PICKER_SOURCE_TEAMS	 ? 5
				     : def->source == PICKER_SOURCE_TICKET_TYPES ? 6
										 : 7;
			snprintf(id, sizeof(id), "%ld", first);
			want = id;
		}
		set_by_keys(f, p->name, text);
		if (p->group == QG_PAGING || !strcmp(p->name, "ticketidonly")) {
			ck_assert_msg(f->error && strstr(f->error, "is refused"),
				      "%s was not refused", p->name);
			refused++;
			done(f);
			continue;
		}
		ck_assert_msg(!f->error, "%s: %s", p->name, f->error);
		struct ticket_query *q = NULL;
		struct strbuf err;
		strbuf_init(&err);
		ck_assert_msg(filter_form_query(f, ff, &q, &err), "%s: %s", p->name, err.data);
		ck_assert_msg(!strcmp(ticket_query_get(q, p->name), want), "%s: %s, not %s",
			      p->name, ticket_query_get(q, p->name), want);
		strbuf_fini(&err);
		ticket_query_free(q);
		done(f);
	}
	ck_assert_uint_eq(refused, 5); /* count, page_no, page_size, pageinate, ticketidonly */
}
END_TEST

START_TEST(a_single_id_clears_with_any_and_the_contradiction_works_both_ways)
{
	struct form *f = new_form(NULL);
	set_by_keys(f, "agent_id", NULL);
	ck_assert_int_eq(form_get(f, "agent_id")->number, 4);
	form_key(f, UI_KEY_ENTER);
	form_key(f, UI_KEY_HOME); /* "any", offered first */
	form_key(f, UI_KEY_ENTER);
	ck_assert(!form_get(f, "agent_id")->is_set);
	set_by_keys(f, "closed_only", NULL);
	set_by_keys(f, "open_only", NULL);
	ck_assert_str_eq(f->error,
			 "open_only=true and closed_only=true contradict: no ticket is both");
	ck_assert(!form_get(f, "open_only")->is_set);
	/* Enter on the button applies. */
	f->focus = f->n_fields;
	ck_assert_int_eq(form_key(f, UI_KEY_ENTER), FORM_SUBMIT);
	done(f);
}
END_TEST

HARNESS_MAIN("filter_form", a_single_id_clears_with_any_and_the_contradiction_works_both_ways,
	     every_parameter_is_one_field_and_the_common_ones_come_first,
	     bad_values_are_refused_with_the_filter_commands_words,
	     each_type_reaches_the_query_and_the_preview_encodes_it,
	     the_form_opens_with_the_lists_query, every_parameter_can_be_set_from_the_form)
