/* Tests of halo-mock's creates and drafts: what each ticket type requires, Halo's words when
 * something is missing, drafts that read back, and the sites and users a form narrows by. */
#include "config.h"

#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;

START_TEST(an_incident_needs_only_a_summary)
{
	mh_start(&mh, NULL);
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"summary\":\"Printer jams\"}]"));
	ck_assert_int_eq(mh.status, 201);
	mh_send(&mh, "POST", "/api/Tickets", "[{\"summary\":\"\",\"tickettype_id\":1}]", true);
	ck_assert_int_eq(mh.status, 400);
	ck_assert_str_eq(mh.body, "CODE:TKT01/1 Please enter a Summary");
	mh_stop(&mh);
}
END_TEST

START_TEST(a_service_request_without_a_user_is_refused_in_plain_text)
{
	mh_start(&mh, NULL);
	mh_send(&mh, "POST", "/api/Tickets", "[{\"summary\":\"New laptop\",\"tickettype_id\":3}]",
		true);
	ck_assert_int_eq(mh.status, 400);
	ck_assert_str_eq(mh.body, "CODE:TKT01/4 Please select a User");
	struct json_object *t =
		mh_post(&mh, "/api/Tickets",
			"[{\"summary\":\"New laptop\",\"tickettype_id\":3,\"user_id\":101}]");
	ck_assert_int_eq(mh.status, 201);
	ck_assert_int_eq(mh_int(t, "user_id"), 101);
	json_object_put(t);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_problem_without_a_category_is_refused_as_a_validation_class)
{
	mh_start(&mh, NULL);
	struct json_object *e = mh_post(&mh, "/api/Tickets",
					"[{\"summary\":\"Slow network\",\"tickettype_id\":4}]");
	ck_assert_int_eq(mh.status, 400);
	ck_assert_str_eq(mh_str(e, "ClassName"), "HaloApi.Exceptions.HaloValidationException");
	ck_assert_str_eq(mh_str(e, "Message"), "Please select a value for the field Category");
	json_object_put(e);
	json_object_put(mh_post(&mh, "/api/Tickets",
				"[{\"summary\":\"Slow network\",\"tickettype_id\":4,"
				"\"category_1\":\"Network\"}]"));
	ck_assert_int_eq(mh.status, 201);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_change_request_asks_for_its_cab_in_plain_text)
{
	mh_start(&mh, NULL);
	struct json_object *before = mh_get(&mh, "/api/Tickets?pageinate=true");
	int count = mh_int(before, "record_count");
	json_object_put(before);
	mh_send(&mh, "POST", "/api/Tickets", "[{\"summary\":\"Upgrade\",\"tickettype_id\":5}]",
		true);
	ck_assert_int_eq(mh.status, 400);
	ck_assert_str_eq(mh.body, "CODE:APP03/2 Please select the CAB members to approve");
	struct json_object *after = mh_get(&mh, "/api/Tickets?pageinate=true");
	ck_assert_int_eq(mh_int(after, "record_count"), count);
	json_object_put(after);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_draft_reads_back_and_an_update_keeps_its_id)
{
	mh_start(&mh, NULL);
	struct json_object *d = mh_post(
		&mh, "/api/Draft",
		"[{\"tickettype_id\":1,\"json_content\":\"{\\\"summary\\\":\\\"half\\\"}\"}]");
	ck_assert_int_eq(mh.status, 200);
	int id = mh_int(d, "id");
	ck_assert_int_gt(id, 0);
	json_object_put(d);
	char body[160];
	snprintf(body, sizeof(body), "[{\"id\":%d,\"json_content\":\"{}\"}]", id);
	d = mh_post(&mh, "/api/Draft", body);
	ck_assert_int_eq(mh_int(d, "id"), id);
	json_object_put(d);
	struct json_object *list = mh_get(&mh, "/api/Draft");
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq((int)json_object_array_length(list), 1);
	ck_assert_str_eq(mh_str(json_object_array_get_idx(list, 0), "json_content"), "{}");
	ck_assert(mh_has(json_object_array_get_idx(list, 0), "agent_id"));
	json_object_put(list);
	char path[64];
	snprintf(path, sizeof(path), "/api/Draft/%d", id);
	d = mh_get(&mh, path);
	ck_assert_int_eq(mh.status, 200);
	json_object_put(d);
	snprintf(body, sizeof(body), "[{\"id\":%d,\"json_content\":\"{}\"}]", id + 50);
	mh_send(&mh, "POST", "/api/Draft", body, true);
	ck_assert_int_eq(mh.status, 400);
	mh_stop(&mh);
}
END_TEST

START_TEST(without_drafts_every_draft_route_is_404)
{
	struct mock_options o;
	mh_options(&o);
	o.drafts = false;
	mh_start(&mh, &o);
	mh_send(&mh, "POST", "/api/Draft", "[{\"json_content\":\"{}\"}]", true);
	ck_assert_int_eq(mh.status, 404);
	mh_send(&mh, "GET", "/api/Draft", NULL, true);
	ck_assert_int_eq(mh.status, 404);
	mh_stop(&mh);
}
END_TEST

START_TEST(sites_narrow_by_client_and_users_by_site)
{
	mh_start(&mh, NULL);
	struct json_object *sites = mh_get(&mh, "/api/Site?client_id=2");
	struct json_object *items = json_object_object_get(sites, "sites");
	size_t n = json_object_array_length(items);
	ck_assert_int_ge((int)n, 1);
	ck_assert_int_eq(mh_int(sites, "record_count"), (int)n);
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(items, i), "client_id"), 2);
	int site = mh_int(json_object_array_get_idx(items, 0), "id");
	json_object_put(sites);
	char path[64];
	snprintf(path, sizeof(path), "/api/Users?site_id=%d", site);
	struct json_object *users = mh_get(&mh, path);
	items = json_object_object_get(users, "users");
	ck_assert_int_ge((int)json_object_array_length(items), 1);
	for (size_t i = 0; i < json_object_array_length(items); i++)
		ck_assert_int_eq(mh_int(json_object_array_get_idx(items, i), "site_id"), site);
	json_object_put(users);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_new_ticket_has_no_made_up_details_and_a_user_of_its_client)
{
	mh_start(&mh, NULL);
	struct json_object *t =
		mh_post(&mh, "/api/Tickets", "[{\"summary\":\"VPN drops\",\"client_id\":2}]");
	ck_assert_int_eq(mh.status, 201);
	int id = mh_int(t, "id");
	json_object_put(t);
	char path[64];
	snprintf(path, sizeof(path), "/api/Tickets/%d?includedetails=true", id);
	t = mh_get(&mh, path);
	ck_assert_str_eq(mh_str(t, "details"), "");
	ck_assert_int_eq(mh_int(t, "client_id"), 2);
	int user = mh_int(t, "user_id");
	json_object_put(t);
	/* The user is one of client 2's users. */
	struct json_object *users = mh_get(&mh, "/api/Users?client_id=2");
	struct json_object *items = json_object_object_get(users, "users");
	bool is_theirs = false;
	for (size_t i = 0; i < json_object_array_length(items); i++)
		is_theirs |= mh_int(json_object_array_get_idx(items, i), "id") == user;
	ck_assert(is_theirs);
	json_object_put(users);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_create", an_incident_needs_only_a_summary,
	     a_service_request_without_a_user_is_refused_in_plain_text,
	     a_problem_without_a_category_is_refused_as_a_validation_class,
	     a_change_request_asks_for_its_cab_in_plain_text,
	     a_draft_reads_back_and_an_update_keeps_its_id, without_drafts_every_draft_route_is_404,
	     sites_narrow_by_client_and_users_by_site,
	     a_new_ticket_has_no_made_up_details_and_a_user_of_its_client)
