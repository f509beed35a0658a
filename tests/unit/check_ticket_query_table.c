/* Tests of the compiled parameter tables against the project's copy of Halo's lists. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "model/ticket_query.h"

struct seed_row {
	char *name, *wire_type, *description;
};

struct seed {
	struct seed_row rows[256];
	size_t count;
};

/* Reads tests/data/FILE (name, type, description; one header line) into SEED. */
static void read_seed(const char *file, struct seed *seed)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	snprintf(path, sizeof path, "%s/tests/data/%s", top ? top : ".", file);
	FILE *fp = fopen(path, "r");
	ck_assert_msg(fp != NULL, "cannot open %s", path);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	seed->count = 0;
	ck_assert_int_gt(getline(&line, &cap, fp), 0);
	ck_assert_str_eq(line, "name\ttype\tdescription\n");
	while ((len = getline(&line, &cap, fp)) > 0) {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		char *tab1 = strchr(line, '\t');
		char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
		ck_assert_msg(tab2 != NULL, "%s: not three columns: %s", file, line);
		ck_assert_uint_lt(seed->count, sizeof seed->rows / sizeof seed->rows[0]);
		*tab1 = *tab2 = '\0';
		struct seed_row *row = &seed->rows[seed->count++];
		row->name = strdup(line);
		row->wire_type = strdup(tab1 + 1);
		row->description = strdup(tab2 + 1);
	}
	free(line);
	fclose(fp);
}

static void free_seed(struct seed *seed)
{
	for (size_t i = 0; i < seed->count; i++) {
		free(seed->rows[i].name);
		free(seed->rows[i].wire_type);
		free(seed->rows[i].description);
	}
}

/* Every seed row is in TABLE with the same wire type and description, and TABLE has
 * nothing else. */
static void assert_table_matches_seed(const struct query_table *table, const char *file,
				      size_t expected_count)
{
	struct seed seed;
	read_seed(file, &seed);
	ck_assert_uint_eq(seed.count, expected_count);
	ck_assert_uint_eq(table->count, expected_count);
	for (size_t i = 0; i < seed.count; i++) {
		const struct seed_row *row = &seed.rows[i];
		const struct query_param *p = query_table_find(table, row->name);
		ck_assert_msg(p != NULL, "%s: %s missing from the table", file, row->name);
		ck_assert_msg(strcmp(p->wire_type, row->wire_type) == 0, "%s: %s is %s, not %s",
			      file, row->name, p->wire_type, row->wire_type);
		ck_assert_str_eq(p->description, row->description);
	}
	for (size_t i = 0; i < table->count; i++) {
		bool in_seed = false;
		for (size_t k = 0; k < seed.count && !in_seed; k++)
			in_seed = strcmp(seed.rows[k].name, table->params[i].name) == 0;
		ck_assert_msg(in_seed, "%s: %s is not in the list", file, table->params[i].name);
	}
	free_seed(&seed);
}

START_TEST(the_tickets_table_holds_exactly_the_183_listed_parameters)
{
	assert_table_matches_seed(ticket_query_list_table(), "tickets-query-params.tsv", 183);
}
END_TEST

START_TEST(the_ticket_get_table_holds_exactly_the_26_listed_parameters)
{
	assert_table_matches_seed(ticket_query_get_table(), "ticket-get-params.tsv", 26);
}
END_TEST

/* Strictly ascending names: lookups can bisect, and no name appears twice. */
static void assert_sorted_and_unique(const struct query_table *table)
{
	for (size_t i = 1; i < table->count; i++)
		ck_assert_msg(strcmp(table->params[i - 1].name, table->params[i].name) < 0,
			      "%s: %s then %s", table->endpoint, table->params[i - 1].name,
			      table->params[i].name);
}

START_TEST(rows_are_sorted_by_name_without_duplicates)
{
	assert_sorted_and_unique(ticket_query_list_table());
	assert_sorted_and_unique(ticket_query_get_table());
}
END_TEST

/* The validation type fits the wire type; only dates differ from it. */
static bool type_fits_wire(const struct query_param *p)
{
	static const struct {
		enum query_type type;
		const char *wire;
	} fits[] = {
		{ QP_INT, "int" },	 { QP_INT_LIST, "int_array" }, { QP_BOOL, "bool" },
		{ QP_STRING, "string" }, { QP_DOUBLE, "double" },      { QP_DATE, "string" },
		{ QP_DATE, "bool" },
	};
	for (size_t i = 0; i < sizeof fits / sizeof fits[0]; i++)
		if (fits[i].type == p->type && strcmp(fits[i].wire, p->wire_type) == 0)
			return true;
	return false;
}

static void assert_rows_are_complete(const struct query_table *table)
{
	for (size_t i = 0; i < table->count; i++) {
		const struct query_param *p = &table->params[i];
		ck_assert_msg((unsigned)p->group < QG_COUNT, "%s has no group", p->name);
		ck_assert_str_ne(query_group_name(p->group), "?");
		ck_assert_msg(p->description[0] != '\0', "%s has no description", p->name);
		ck_assert_msg(type_fits_wire(p), "%s: type %s does not fit wire type %s", p->name,
			      query_type_name(p->type), p->wire_type);
		ck_assert_uint_eq(query_table_index(table, p->name), i);
	}
}

START_TEST(every_row_has_a_group_a_description_and_a_type_that_fits_the_wire)
{
	assert_rows_are_complete(ticket_query_list_table());
	assert_rows_are_complete(ticket_query_get_table());
}
END_TEST

START_TEST(parameters_named_for_a_date_are_validated_as_dates)
{
	const struct query_table *t = ticket_query_list_table();
	size_t dates = 0;
	for (size_t i = 0; i < t->count; i++) {
		const struct query_param *p = &t->params[i];
		size_t len = strlen(p->name);
		bool names_a_date = len > 4 && strcmp(p->name + len - 4, "date") == 0 &&
				    strncmp(p->description, "Include", 7) != 0;
		ck_assert_msg(names_a_date == (p->type == QP_DATE), "%s: date type %d", p->name,
			      p->type == QP_DATE);
		ck_assert(p->type != QP_DATE || p->group == QG_DATE);
		dates += p->type == QP_DATE;
	}
	ck_assert_uint_eq(dates, 7);
}
END_TEST

START_TEST(the_shorthands_read_the_tickets_table)
{
	ck_assert_uint_eq(ticket_query_param_count(), 183);
	ck_assert_str_eq(ticket_query_param(0)->name, ticket_query_list_table()->params[0].name);
	ck_assert_ptr_null(ticket_query_param(183));
	const struct query_param *p = ticket_query_param_find("pageinate");
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->type, QP_BOOL);
	ck_assert_int_eq(p->group, QG_PAGING);
	ck_assert_ptr_null(ticket_query_param_find("paginate"));
	ck_assert_ptr_null(ticket_query_param_find("includedetails"));
	ck_assert_ptr_nonnull(query_table_find(ticket_query_get_table(), "includedetails"));
}
END_TEST

HARNESS_MAIN("ticket_query_table", the_tickets_table_holds_exactly_the_183_listed_parameters,
	     the_ticket_get_table_holds_exactly_the_26_listed_parameters,
	     rows_are_sorted_by_name_without_duplicates,
	     every_row_has_a_group_a_description_and_a_type_that_fits_the_wire,
	     parameters_named_for_a_date_are_validated_as_dates,
	     the_shorthands_read_the_tickets_table)
