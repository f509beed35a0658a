/* Tests of halo-mock's cached list items: a page served before a write shows the write. */
#include "config.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "mock/mock.h"
#include "mock_http.h"

static struct mh mh;

/* Ticket ID as a list page shows it (id lists are served from the same cache); caller puts
 * the page, the item is borrowed from it. */
static struct json_object *listed(int id, struct json_object **page)
{
	char path[96];
	snprintf(path, sizeof(path), "/api/Tickets?ticketids=%d&deleted=true", id);
	*page = mh_get(&mh, path);
	return json_object_array_get_idx(json_object_object_get(*page, "tickets"), 0);
}

static int listed_int(int id, const char *key)
{
	struct json_object *page;
	int v = mh_int(listed(id, &page), key);
	json_object_put(page);
	return v;
}

static bool listed_bool(int id, const char *key)
{
	struct json_object *page;
	bool v = json_object_get_boolean(json_object_object_get(listed(id, &page), key));
	json_object_put(page);
	return v;
}

/* Serves the first pages once so that every item below is cached before it is written. */
static void warm(void)
{
	json_object_put(mh_get(&mh, "/api/Tickets?pageinate=true&page_size=100&page_no=1"));
	ck_assert_int_eq(mh.status, 200);
}

START_TEST(an_update_shows_on_a_page_served_before_it)
{
	mh_start(&mh, NULL);
	warm();
	json_object_put(mh_post(&mh, "/api/Tickets",
				"[{\"id\":1004,\"status_id\":9,\"agent_id\":3,\"flagged\":true,"
				"\"summary\":\"Renamed\",\"category_1\":\"Hardware\"}]"));
	ck_assert_int_eq(mh.status, 200);
	struct json_object *page;
	struct json_object *t = listed(1004, &page);
	ck_assert_int_eq(mh_int(t, "status_id"), 9);
	ck_assert_int_eq(mh_int(t, "agent_id"), 3);
	ck_assert_str_eq(mh_str(t, "summary"), "Renamed");
	ck_assert_str_eq(mh_str(t, "category_1"), "Hardware");
	ck_assert(json_object_get_boolean(json_object_object_get(t, "flagged")));
	json_object_put(page);
	mh_stop(&mh);
}
END_TEST

START_TEST(moving_a_child_changes_both_parents_child_counts_on_the_page)
{
	mh_start(&mh, NULL);
	warm();
	int a = listed_int(1005, "child_count"), b = listed_int(1006, "child_count");
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"id\":1050,\"parent_id\":1005}]"));
	ck_assert_int_eq(listed_int(1005, "child_count"), a + 1);
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"id\":1050,\"parent_id\":1006}]"));
	ck_assert_int_eq(listed_int(1005, "child_count"), a);
	ck_assert_int_eq(listed_int(1006, "child_count"), b + 1);
	ck_assert_int_eq(listed_int(1050, "parent_id"), 1006);
	mh_stop(&mh);
}
END_TEST

START_TEST(votes_views_actions_and_deletes_show_on_a_page_served_before_them)
{
	mh_start(&mh, NULL);
	warm();
	int votes = listed_int(1008, "useful_count");
	json_object_put(mh_post(&mh, "/api/Tickets/vote", "[{\"id\":1008,\"your_vote\":1}]"));
	ck_assert_int_eq(listed_int(1008, "useful_count"), votes + 1);
	json_object_put(mh_post(&mh, "/api/Tickets/View", "[{\"id\":1009}]"));
	ck_assert(listed_bool(1009, "read"));
	json_object_put(mh_post(&mh, "/api/Actions",
				"[{\"ticket_id\":1010,\"outcome\":\"Note\",\"new_status\":18}]"));
	ck_assert_int_eq(mh.status, 201);
	ck_assert_int_eq(listed_int(1010, "status_id"), 18);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1011?reason=dup", NULL, true), 200);
	ck_assert(listed_bool(1011, "deleted"));
	mh_stop(&mh);
}
END_TEST

START_TEST(custom_fields_and_child_processing_show_on_a_page_served_before_them)
{
	mh_start(&mh, NULL);
	warm();
	json_object_put(
		mh_post(&mh, "/api/Tickets",
			"[{\"id\":1012,\"customfields\":[{\"id\":140,\"value\":\"AST-9\"}]}]"));
	struct json_object *page;
	struct json_object *cf = json_object_array_get_idx(
		json_object_object_get(listed(1012, &page), "customfields"), 0);
	ck_assert_str_eq(mh_str(cf, "value"), "AST-9");
	json_object_put(page);
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"id\":1020,\"parent_id\":1013}]"));
	json_object_put(
		mh_post(&mh, "/api/Tickets/processchildren", "[{\"id\":1013,\"status_id\":10}]"));
	ck_assert_int_eq(mh.status, 200);
	ck_assert_int_eq(listed_int(1020, "status_id"), 10);
	mh_stop(&mh);
}
END_TEST

START_TEST(a_filtered_query_served_before_a_write_counts_it_afterwards)
{
	mh_start(&mh, NULL);
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"id\":1030,\"status_id\":1}]"));
	const char *path = "/api/Tickets?status=10&order=summary&pageinate=true&page_size=5";
	struct json_object *l = mh_get(&mh, path);
	int before = mh_int(l, "record_count");
	json_object_put(l);
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"id\":1030,\"status_id\":10}]"));
	json_object_put(mh_post(&mh, "/api/Tickets", "[{\"summary\":\"new\",\"status_id\":10}]"));
	l = mh_get(&mh, path);
	ck_assert_int_eq(mh_int(l, "record_count"), before + 2);
	json_object_put(l);
	ck_assert_int_eq(mh_send(&mh, "DELETE", "/api/Tickets/1030", NULL, true), 200);
	l = mh_get(&mh, path);
	ck_assert_int_eq(mh_int(l, "record_count"), before + 1);
	json_object_put(l);
	mh_stop(&mh);
}
END_TEST

static int count_of(const char *path)
{
	struct json_object *l = mh_get(&mh, path);
	int n = mh_int(l, "record_count");
	json_object_put(l);
	return n;
}

START_TEST(a_value_holding_an_ampersand_is_not_taken_for_two_parameters)
{
	mh_start(&mh, NULL);
	const char *one = "/api/Tickets?agent_id=2%26status%3D9";
	int alone = count_of("/api/Tickets?agent_id=2%26status%3D9&unrelated=1");
	int two = count_of("/api/Tickets?agent_id=2&status=9");
	ck_assert_int_ne(alone, two);
	ck_assert_int_eq(count_of(one), alone);
	mh_stop(&mh);
}
END_TEST

START_TEST(each_server_serves_items_in_its_own_wire_variants)
{
	struct mock_options o;
	mh_options(&o);
	o.loose_ids = MOCK_IDS_STRING;
	o.date_format = MOCK_DATE_NOZ;
	mh_start(&mh, &o);
	warm();
	struct json_object *page;
	struct json_object *t = listed(1001, &page);
	ck_assert(json_object_is_type(json_object_object_get(t, "id"), json_type_string));
	ck_assert_ptr_null(strchr(mh_str(t, "dateoccurred"), 'Z'));
	json_object_put(page);
	mh_stop(&mh);
}
END_TEST

struct reader {
	const char *base;
	const char *token;
	int failures;
};

static void *read_pages(void *arg)
{
	struct reader *r = arg;
	CURL *c = curl_easy_init();
	char url[256], auth[256];
	snprintf(auth, sizeof(auth), "Authorization: Bearer %s", r->token);
	struct curl_slist *h = curl_slist_append(NULL, auth);
	FILE *sink = fopen("/dev/null", "w");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, sink);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	for (int i = 0; i < 30; i++) {
		snprintf(url, sizeof(url), "%s/api/Tickets?pageinate=true&page_size=100&page_no=%d",
			 r->base, 1 + i % 3);
		curl_easy_setopt(c, CURLOPT_URL, url);
		long status = 0;
		if (curl_easy_perform(c) == CURLE_OK)
			curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
		r->failures += status != 200;
	}
	curl_slist_free_all(h);
	fclose(sink);
	curl_easy_cleanup(c);
	return NULL;
}

START_TEST(pages_read_in_parallel_with_writes_end_showing_the_last_write)
{
	mh_start(&mh, NULL);
	struct reader readers[3];
	pthread_t threads[3];
	for (int i = 0; i < 3; i++) {
		readers[i] = (struct reader){ mh.base, mh.token, 0 };
		pthread_create(&threads[i], NULL, read_pages, &readers[i]);
	}
	char body[96];
	for (int i = 0; i < 20; i++) {
		snprintf(body, sizeof(body), "[{\"id\":%d,\"summary\":\"write %d\"}]", 1001 + i * 7,
			 i);
		json_object_put(mh_post(&mh, "/api/Tickets", body));
	}
	for (int i = 0; i < 3; i++) {
		pthread_join(threads[i], NULL);
		ck_assert_int_eq(readers[i].failures, 0);
	}
	struct json_object *page;
	ck_assert_str_eq(mh_str(listed(1001 + 19 * 7, &page), "summary"), "write 19");
	json_object_put(page);
	mh_stop(&mh);
}
END_TEST

HARNESS_MAIN("mock_list_cache", an_update_shows_on_a_page_served_before_it,
	     moving_a_child_changes_both_parents_child_counts_on_the_page,
	     votes_views_actions_and_deletes_show_on_a_page_served_before_them,
	     custom_fields_and_child_processing_show_on_a_page_served_before_them,
	     a_filtered_query_served_before_a_write_counts_it_afterwards,
	     a_value_holding_an_ampersand_is_not_taken_for_two_parameters,
	     each_server_serves_items_in_its_own_wire_variants,
	     pages_read_in_parallel_with_writes_end_showing_the_last_write)
