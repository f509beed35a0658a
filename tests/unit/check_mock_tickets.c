/* Tests of halo-mock's GET /api/Tickets: every filter, ordering, paging at the edges. */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;
static struct json_object *everything; /* all tickets, details included */

static void setup(void)
{
	mh_start(&mh, NULL);
	struct json_object *o = mh_get(&mh, "/api/Tickets?includedetails=true");
	ck_assert_int_eq(mh.status, 200);
	everything = json_object_get(json_object_object_get(o, "tickets"));
	json_object_put(o);
	ck_assert_uint_eq(json_object_array_length(everything), 300);
}

static void teardown(void)
{
	json_object_put(everything);
	mh_stop(&mh);
}

typedef bool (*pred_fn)(struct json_object *t, const void *arg);

/* Walks every page of QUERY and checks the ids are exactly those of PRED over all tickets.
 * Returns how many matched. */
static size_t expect_filter(const char *query, pred_fn pred, const void *arg)
{
	size_t want = 0, got = 0;
	for (size_t i = 0; i < json_object_array_length(everything); i++)
		want += pred(json_object_array_get_idx(everything, i), arg);
	int record_count = -1;
	for (int page = 1; page < 100; page++) {
		char path[1024];
		snprintf(path, sizeof(path),
			 "/api/Tickets?%s&pageinate=true&page_size=100&page_no=%d", query, page);
		struct json_object *o = mh_get(&mh, path);
		ck_assert_int_eq(mh.status, 200);
		record_count = mh_int(o, "record_count");
		struct json_object *list = json_object_object_get(o, "tickets");
		size_t n = json_object_array_length(list);
		for (size_t i = 0; i < n; i++) {
			struct json_object *t = json_object_array_get_idx(list, i);
			int id = mh_int(t, "id");
			struct json_object *full = NULL;
			for (size_t k = 0; k < json_object_array_length(everything); k++)
				if (mh_int(json_object_array_get_idx(everything, k), "id") == id)
					full = json_object_array_get_idx(everything, k);
			ck_assert_msg(full && pred(full, arg), "%s: ticket %d should not match",
				      query, id);
		}
		got += n;
		json_object_put(o);
		if (n < 100)
			break;
	}
	ck_assert_msg(got == want, "%s: got %zu tickets, want %zu", query, got, want);
	ck_assert_int_eq(record_count, (int)want);
	return want;
}

struct int_field {
	const char *key;
	int values[4];
	int n;
};

static bool int_in(struct json_object *t, const void *arg)
{
	const struct int_field *f = arg;
	for (int i = 0; i < f->n; i++)
		if (mh_int(t, f->key) == f->values[i])
			return true;
	return false;
}

static int value_at(const char *key, size_t index)
{
	return mh_int(json_object_array_get_idx(everything, index), key);
}

/* Checks the single and the list form of an integer filter. */
static void check_int_filter(const char *single, const char *list, const char *key)
{
	setup();
	struct int_field f = { key, { value_at(key, 0), value_at(key, 7) }, 1 };
	char q[128];
	if (single) {
		snprintf(q, sizeof(q), "%s=%d", single, f.values[0]);
		ck_assert_uint_gt(expect_filter(q, int_in, &f), 0);
	}
	if (list) {
		f.n = 2;
		snprintf(q, sizeof(q), "%s=%d,%d", list, f.values[0], f.values[1]);
		ck_assert_uint_gt(expect_filter(q, int_in, &f), 0);
	}
	teardown();
}

START_TEST(agent_filters_match_the_agent_id)
{
	check_int_filter("agent_id", "agent", "agent_id");
}
END_TEST

START_TEST(status_filters_match_the_status_id)
{
	check_int_filter("status_id", "status", "status_id");
}
END_TEST

START_TEST(priority_filter_matches_priority_ids)
{
	check_int_filter(NULL, "priority", "priority_id");
}
END_TEST

START_TEST(client_filters_match_the_client_id)
{
	check_int_filter("client_id", "client_ids", "client_id");
}
END_TEST

START_TEST(site_and_user_filters_match_their_ids)
{
	check_int_filter("site_id", NULL, "site_id");
	check_int_filter("user_id", NULL, "user_id");
}
END_TEST

START_TEST(requesttype_filters_match_the_ticket_type)
{
	check_int_filter("requesttype_id", "requesttype", "tickettype_id");
}
END_TEST

static bool team_named(struct json_object *t, const void *arg)
{
	const char *team = mh_str(t, "team");
	return team && !strcmp(team, arg);
}

START_TEST(team_filter_matches_the_team_name_of_the_id)
{
	setup();
	struct json_object *teams = mh_get(&mh, "/api/Team");
	struct json_object *team = json_object_array_get_idx(teams, 1);
	char q[64];
	snprintf(q, sizeof(q), "team=%d", mh_int(team, "id"));
	ck_assert_uint_gt(expect_filter(q, team_named, mh_str(team, "name")), 0);
	json_object_put(teams);
	teardown();
}
END_TEST

static int closed_ids[16];
static int n_closed;

static bool is_closed(struct json_object *t, const void *arg)
{
	(void)arg;
	for (int i = 0; i < n_closed; i++)
		if (mh_int(t, "status_id") == closed_ids[i])
			return true;
	return false;
}

static bool is_open(struct json_object *t, const void *arg)
{
	return !is_closed(t, arg);
}

START_TEST(open_only_and_closed_only_split_by_status_type)
{
	setup();
	struct json_object *statuses = mh_get(&mh, "/api/Status");
	n_closed = 0;
	for (size_t i = 0; i < json_object_array_length(statuses); i++) {
		struct json_object *s = json_object_array_get_idx(statuses, i);
		if (mh_int(s, "type") == 1 && n_closed < 16)
			closed_ids[n_closed++] = mh_int(s, "id");
	}
	ck_assert_int_gt(n_closed, 0);
	size_t open = expect_filter("open_only=true", is_open, NULL);
	size_t closed = expect_filter("closed_only=true", is_closed, NULL);
	ck_assert_uint_gt(open, 0);
	ck_assert_uint_gt(closed, 0);
	ck_assert_uint_eq(open + closed, 300);
	json_object_put(statuses);
	teardown();
}
END_TEST

static bool contains(struct json_object *t, const char *key, const char *needle)
{
	const char *s = mh_str(t, key);
	return s && strcasestr(s, needle);
}

static bool search_any(struct json_object *t, const void *arg)
{
	return contains(t, "summary", arg) || contains(t, "details", arg);
}

static bool search_summary(struct json_object *t, const void *arg)
{
	return contains(t, "summary", arg);
}

static bool search_details(struct json_object *t, const void *arg)
{
	return contains(t, "details", arg);
}

START_TEST(search_looks_in_summary_and_details_without_case)
{
	setup();
	size_t both = expect_filter("search=OUTLOOK", search_any, "outlook");
	size_t summary = expect_filter("search_summary=outlook", search_summary, "outlook");
	ck_assert_uint_gt(summary, 0);
	ck_assert_uint_ge(both, summary);
	ck_assert_uint_gt(expect_filter("search_details=vendor", search_details, "vendor"), 0);
	teardown();
}
END_TEST

static bool id_in_range(struct json_object *t, const void *arg)
{
	const int *range = arg;
	int id = mh_int(t, "id");
	return id >= range[0] && id <= range[1];
}

START_TEST(search_id_and_ticketids_pick_tickets_by_id)
{
	setup();
	int one[2] = { 1010, 1010 };
	ck_assert_uint_eq(expect_filter("search_id=1010", id_in_range, one), 1);
	int three[2] = { 1003, 1005 };
	ck_assert_uint_eq(expect_filter("ticketids=1003,1004,1005", id_in_range, three), 3);
	teardown();
}
END_TEST

static bool not_excluded(struct json_object *t, const void *arg)
{
	return !id_in_range(t, arg);
}

START_TEST(excludethese_leaves_those_ids_out)
{
	setup();
	int range[2] = { 1001, 1003 };
	ck_assert_uint_eq(expect_filter("excludethese=1001,1002,1003", not_excluded, range), 297);
	teardown();
}
END_TEST

static bool flag_is(struct json_object *t, const void *arg)
{
	struct json_object *v = json_object_object_get(t, "flagged");
	return json_object_get_boolean(v) == *(const bool *)arg;
}

START_TEST(flagged_filter_matches_the_flag)
{
	setup();
	bool yes = true, no = false;
	size_t flagged = expect_filter("flagged=true", flag_is, &yes);
	ck_assert_uint_gt(flagged, 0);
	ck_assert_uint_eq(expect_filter("flagged=0", flag_is, &no), 300 - flagged);
	teardown();
}
END_TEST

static int me_id;

static bool is_mine(struct json_object *t, const void *arg)
{
	(void)arg;
	return mh_int(t, "agent_id") == me_id;
}

START_TEST(mine_means_the_agent_of_the_token)
{
	setup();
	struct json_object *me = mh_get(&mh, "/api/Agent/me");
	me_id = mh_int(me, "id");
	json_object_put(me);
	ck_assert_uint_gt(expect_filter("mine=true", is_mine, NULL), 0);
	teardown();
}
END_TEST

START_TEST(parent_id_lists_the_children_of_a_ticket)
{
	setup();
	int parent = 0;
	for (size_t i = 0; i < json_object_array_length(everything) && !parent; i++)
		parent = mh_int(json_object_array_get_idx(everything, i), "parent_id");
	ck_assert_int_gt(parent, 0);
	struct int_field f = { "parent_id", { parent }, 1 };
	char q[64];
	snprintf(q, sizeof(q), "parent_id=%d", parent);
	ck_assert_uint_gt(expect_filter(q, int_in, &f), 0);
	teardown();
}
END_TEST

static int child_kind(struct json_object *t)
{
	return mh_int(t, "parent_id") > 0 ? 2 : mh_int(t, "child_count") > 0 ? 1 : 0;
}

static bool kind_in(struct json_object *t, const void *arg)
{
	return strchr(arg, '0' + child_kind(t)) != NULL;
}

START_TEST(includechildren_selects_parents_children_or_neither)
{
	setup();
	size_t parents = expect_filter("includechildren=1", kind_in, "1");
	size_t children = expect_filter("includechildren=2", kind_in, "2");
	size_t plain = expect_filter("includechildren=0", kind_in, "0");
	ck_assert_uint_gt(parents, 0);
	ck_assert_uint_gt(children, 0);
	ck_assert_uint_eq(parents + children + plain, 300);
	ck_assert_uint_eq(expect_filter("includechildren=0,1", kind_in, "01"), parents + plain);
	teardown();
}
END_TEST

struct date_range {
	const char *key;
	const char *from, *to;
};

static bool date_within(struct json_object *t, const void *arg)
{
	const struct date_range *r = arg;
	const char *s = mh_str(t, r->key);
	return s && strcmp(s, r->from) >= 0 && strcmp(s, r->to) <= 0;
}

START_TEST(datesearch_filters_a_date_field_between_start_and_end)
{
	setup();
	struct date_range r = { "dateoccurred", "2026-06-01T00:00:00Z", "2026-09-30T23:59:59Z" };
	ck_assert_uint_gt(expect_filter("datesearch=dateoccurred&startdate=2026-06-01T00:00:00Z"
					"&enddate=2026-09-30T23:59:59Z",
					date_within, &r),
			  0);
	struct date_range closed = { "dateclosed", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59Z" };
	ck_assert_uint_gt(expect_filter("datesearch=datecleared&startdate=2026-01-01&enddate=2026-"
					"12-31",
					date_within, &closed),
			  0);
	teardown();
}
END_TEST

static struct json_object *page_of(const char *query)
{
	char path[1024];
	snprintf(path, sizeof(path), "/api/Tickets?%s", query);
	struct json_object *o = mh_get(&mh, path);
	ck_assert_int_eq(mh.status, 200);
	ck_assert_ptr_nonnull(o);
	return o;
}

static size_t items(struct json_object *o)
{
	return json_object_array_length(json_object_object_get(o, "tickets"));
}

static struct json_object *item(struct json_object *o, size_t i)
{
	return json_object_array_get_idx(json_object_object_get(o, "tickets"), i);
}

START_TEST(order_sorts_by_up_to_five_fields_each_way)
{
	setup();
	struct json_object *o = page_of("order=summary&pageinate=true&page_size=100");
	for (size_t i = 1; i < items(o); i++)
		ck_assert_int_le(strcasecmp(mh_str(item(o, i - 1), "summary"),
					    mh_str(item(o, i), "summary")),
				 0);
	json_object_put(o);
	o = page_of("order=dateoccurred&orderdesc=true&pageinate=true&page_size=100");
	for (size_t i = 1; i < items(o); i++)
		ck_assert_int_ge(strcmp(mh_str(item(o, i - 1), "dateoccurred"),
					mh_str(item(o, i), "dateoccurred")),
				 0);
	json_object_put(o);
	o = page_of("order=status_id&order2=priority_id&orderdesc2=true&order3=id&orderdesc3=true"
		    "&pageinate=true&page_size=100");
	for (size_t i = 1; i < items(o); i++) {
		struct json_object *a = item(o, i - 1), *b = item(o, i);
		ck_assert_int_le(mh_int(a, "status_id"), mh_int(b, "status_id"));
		if (mh_int(a, "status_id") == mh_int(b, "status_id")) {
			ck_assert_int_ge(mh_int(a, "priority_id"), mh_int(b, "priority_id"));
			if (mh_int(a, "priority_id") == mh_int(b, "priority_id"))
				ck_assert_int_gt(mh_int(a, "id"), mh_int(b, "id"));
		}
	}
	json_object_put(o);
	teardown();
}
END_TEST

/* Pages of QUERY with 100 per page: items on page P and the record count. */
static void check_page(const char *query, int page, size_t want_items, int want_count)
{
	char q[2048];
	snprintf(q, sizeof(q), "%s&pageinate=true&page_size=100&page_no=%d", query, page);
	struct json_object *o = page_of(q);
	ck_assert_uint_eq(items(o), want_items);
	ck_assert_int_eq(mh_int(o, "record_count"), want_count);
	ck_assert_int_eq(mh_int(o, "page_no"), page);
	json_object_put(o);
}

static void ids_query(char *buf, size_t size, int first, int count)
{
	size_t len = (size_t)snprintf(buf, size, "ticketids=");
	for (int i = 0; i < count; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%d", i ? "," : "", first + i);
}

START_TEST(paging_at_0_1_100_and_101_results_and_past_the_end)
{
	setup();
	char q[2048];
	check_page("search=no-such-words-anywhere", 1, 0, 0);
	check_page("ticketids=1001", 1, 1, 1);
	ids_query(q, sizeof(q), 1001, 100);
	check_page(q, 1, 100, 100);
	check_page(q, 2, 0, 100);
	ids_query(q, sizeof(q), 1001, 101);
	check_page(q, 1, 100, 101);
	check_page(q, 2, 1, 101);
	check_page(q, 9, 0, 101);
	check_page("open_only=false", 3, 100, 300);
	check_page("open_only=false", 4, 0, 300);
	teardown();
}
END_TEST

START_TEST(page_size_is_capped_at_100_silently)
{
	setup();
	struct json_object *o = page_of("pageinate=true&page_size=1000&page_no=1");
	ck_assert_uint_eq(items(o), 100);
	ck_assert_int_eq(mh_int(o, "record_count"), 300);
	json_object_put(o);
	o = page_of("pageinate=true&page_size=1000&page_no=3");
	ck_assert_uint_eq(items(o), 100);
	ck_assert_int_eq(mh_int(item(o, 0), "id"), 1201);
	json_object_put(o);
	o = page_of("pageinate=true&page_size=7&page_no=2");
	ck_assert_uint_eq(items(o), 7);
	ck_assert_int_eq(mh_int(item(o, 0), "id"), 1008);
	json_object_put(o);
	teardown();
}
END_TEST

START_TEST(count_limits_an_unpaged_list_and_ticketidonly_gives_ids)
{
	setup();
	struct json_object *o = page_of("count=5");
	ck_assert_uint_eq(items(o), 5);
	ck_assert_int_eq(mh_int(o, "record_count"), 300);
	json_object_put(o);
	o = page_of("ticketidonly=true&pageinate=true&page_size=10");
	ck_assert_uint_eq(items(o), 300);
	ck_assert(mh_has(item(o, 0), "id"));
	ck_assert(mh_has(item(o, 0), "status_id"));
	ck_assert(!mh_has(item(o, 0), "summary"));
	json_object_put(o);
	teardown();
}
END_TEST

START_TEST(list_items_carry_the_fields_a_list_shows)
{
	setup();
	static const char *const fields[] = {
		"id",	     "summary",	     "status_id",	 "priority_id",	 "tickettype_id",
		"client_id", "client_name",  "site_name",	 "user_name",	 "agent_id",
		"team",	     "dateoccurred", "lastactiondate",	 "deadlinedate", "slaresponsestate",
		"onhold",    "flagged",	     "attachment_count", "child_count",	 "customfields",
	};
	struct json_object *o = page_of("pageinate=true&page_size=3");
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		ck_assert_msg(mh_has(item(o, 0), fields[i]), "missing %s", fields[i]);
	ck_assert_int_eq(mh_int(o, "page_size"), 3);
	json_object_put(o);
	teardown();
}
END_TEST

START_TEST(one_ticket_is_a_bare_object_with_html_details)
{
	setup();
	struct json_object *t =
		mh_get(&mh, "/api/Tickets/1002?includedetails=true&includelastaction=true");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq(mh_int(t, "id"), 1002);
	ck_assert_ptr_nonnull(strstr(mh_str(t, "details"), "<p>"));
	ck_assert(mh_has(t, "priority"));
	ck_assert(mh_has(t, "lastaction"));
	json_object_put(t);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/Tickets/999999", NULL, true), 404);
	teardown();
}
END_TEST

START_TEST(some_tickets_carry_hostile_text)
{
	setup();
	struct json_object *t = mh_get(&mh, "/api/Tickets/1007");
	ck_assert_ptr_nonnull(strchr(mh_str(t, "summary"), '\033'));
	json_object_put(t);
	t = mh_get(&mh, "/api/Tickets/1013");
	ck_assert_ptr_nonnull(strchr(mh_str(t, "summary"), '\a'));
	ck_assert_ptr_nonnull(strstr(mh_str(t, "summary"), "\xc2\x9b"));
	json_object_put(t);
	t = mh_get(&mh, "/api/Tickets/1021");
	ck_assert_ptr_nonnull(strstr(mh_str(t, "summary"), "\xe2\x80\xae"));
	json_object_put(t);
	t = mh_get(&mh, "/api/Tickets/1042");
	ck_assert_uint_eq(strlen(mh_str(t, "summary")), 10000);
	json_object_put(t);
	teardown();
}
END_TEST

START_TEST(some_text_is_beyond_ascii)
{
	setup();
	size_t wide = 0;
	for (size_t i = 0; i < json_object_array_length(everything); i++) {
		struct json_object *t = json_object_array_get_idx(everything, i);
		const char *texts[] = { mh_str(t, "summary"), mh_str(t, "user_name"),
					mh_str(t, "client_name") };
		for (size_t k = 0; k < 3; k++)
			for (const char *c = texts[k]; c && *c; c++)
				if ((unsigned char)*c >= 0xe0) {
					wide++;
					break;
				}
	}
	ck_assert_uint_gt(wide, 10);
	teardown();
}
END_TEST

static char *first_page(unsigned long seed)
{
	struct mock_options o;
	mh_options(&o);
	o.seed = seed;
	struct mh m;
	mh_start(&m, &o);
	mh_send(&m, "GET", "/api/Tickets?pageinate=true&page_size=50&includedetails=true", NULL,
		true);
	char *body = strdup(m.body);
	mh_stop(&m);
	return body;
}

START_TEST(the_same_seed_gives_the_same_data)
{
	char *a = first_page(7), *b = first_page(7), *c = first_page(8);
	ck_assert_str_eq(a, b);
	ck_assert_str_ne(a, c);
	free(a);
	free(b);
	free(c);
}
END_TEST

START_TEST(lookups_have_open_and_closed_statuses_and_priorities_per_sla)
{
	setup();
	struct json_object *s = mh_get(&mh, "/api/Status");
	int types[3] = { 0 };
	for (size_t i = 0; i < json_object_array_length(s); i++) {
		int type = mh_int(json_object_array_get_idx(s, i), "type");
		ck_assert(type >= 0 && type <= 2);
		types[type]++;
	}
	ck_assert(types[0] > 0 && types[1] > 0);
	json_object_put(s);
	struct json_object *p = mh_get(&mh, "/api/Priority");
	struct json_object *first = json_object_array_get_idx(p, 0);
	ck_assert_uint_eq(strlen(mh_str(first, "id")), 36);
	ck_assert_int_ge(mh_int(first, "priorityid"), 1);
	ck_assert_int_ge(mh_int(first, "slaid"), 1);
	ck_assert_int_ne(
		mh_int(json_object_array_get_idx(p, json_object_array_length(p) - 1), "slaid"),
		mh_int(first, "slaid"));
	json_object_put(p);
	const char *lists[] = { "/api/Agent", "/api/Team", "/api/TicketType" };
	for (size_t i = 0; i < 3; i++) {
		struct json_object *l = mh_get(&mh, lists[i]);
		ck_assert(json_object_is_type(l, json_type_array));
		ck_assert_uint_gt(json_object_array_length(l), 2);
		json_object_put(l);
	}
	struct json_object *c = mh_get(&mh, "/api/Client");
	ck_assert_uint_gt(json_object_array_length(json_object_object_get(c, "clients")), 5);
	json_object_put(c);
	teardown();
}
END_TEST

START_TEST(unknown_routes_get_404_and_wrong_methods_405)
{
	setup();
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/NoSuchThing", NULL, true), 404);
	ck_assert_int_eq(mh_send(&mh, "PUT", "/api/Tickets/1001", "{}", true), 405);
	ck_assert_int_eq(mh_send(&mh, "GET", "/api/tickets/1001", NULL, true), 200);
	teardown();
}
END_TEST

static double rss_mib(void)
{
	FILE *fp = fopen("/proc/self/status", "r");
	char line[256];
	double kib = 0;
	while (fp && fgets(line, sizeof(line), fp))
		if (!strncmp(line, "VmRSS:", 6))
			kib = atof(line + 6);
	if (fp)
		fclose(fp);
	return kib / 1024;
}

START_TEST(a_100000_ticket_data_set_fits_well_under_500_mb)
{
	double before = rss_mib();
	struct mock_options o;
	mh_options(&o);
	o.ticket_count = 100000;
	mh_start(&mh, &o);
	struct json_object *p = page_of("pageinate=true&page_size=100&page_no=1000");
	ck_assert_uint_eq(items(p), 100);
	ck_assert_int_eq(mh_int(p, "record_count"), 100000);
	ck_assert_int_eq(mh_int(item(p, 99), "id"), 101000);
	json_object_put(p);
	double used = rss_mib() - before;
	ck_assert_msg(used > 0 && used < 250, "the data set takes %.1f MiB", used);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_tickets", agent_filters_match_the_agent_id, status_filters_match_the_status_id,
	     priority_filter_matches_priority_ids, client_filters_match_the_client_id,
	     site_and_user_filters_match_their_ids, requesttype_filters_match_the_ticket_type,
	     team_filter_matches_the_team_name_of_the_id,
	     open_only_and_closed_only_split_by_status_type,
	     search_looks_in_summary_and_details_without_case,
	     search_id_and_ticketids_pick_tickets_by_id, excludethese_leaves_those_ids_out,
	     flagged_filter_matches_the_flag, mine_means_the_agent_of_the_token,
	     parent_id_lists_the_children_of_a_ticket,
	     includechildren_selects_parents_children_or_neither,
	     datesearch_filters_a_date_field_between_start_and_end,
	     order_sorts_by_up_to_five_fields_each_way,
	     paging_at_0_1_100_and_101_results_and_past_the_end,
	     page_size_is_capped_at_100_silently,
	     count_limits_an_unpaged_list_and_ticketidonly_gives_ids,
	     list_items_carry_the_fields_a_list_shows,
	     one_ticket_is_a_bare_object_with_html_details, some_tickets_carry_hostile_text,
	     some_text_is_beyond_ascii, the_same_seed_gives_the_same_data,
	     lookups_have_open_and_closed_statuses_and_priorities_per_sla,
	     unknown_routes_get_404_and_wrong_methods_405,
	     a_100000_ticket_data_set_fits_well_under_500_mb)
