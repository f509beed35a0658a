/* Tests of model/approval and approval_json: results, keys, bad input. */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "model/approval.h"
#include "model/approval_json.h"
#include "model_fixture.h"

static void load(struct approval_list *l)
{
	size_t len;
	char *b = fixture_read("approvals.json", &len);
	static struct model_error err;
	ck_assert_msg(approval_list_from_json(b, len, l, &err) == STATUS_OK, "%s", err.message);
	free(b);
}

START_TEST(approvals_are_keyed_by_ticket_and_seq)
{
	struct approval_list l;
	load(&l);
	ck_assert_uint_eq(l.count, 5);
	const struct approval *a = approval_list_find(&l, 2818, 2);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a->approver_note, "Fine by us");
	ck_assert_int_eq(a->dateapproved, 1756638000);
	ck_assert_ptr_nonnull(approval_list_find(&l, 2900, 1));
	ck_assert_ptr_null(approval_list_find(&l, 2818, 3));
	approval_list_fini(&l);
}
END_TEST

START_TEST(results_map_to_pending_approved_rejected_and_other)
{
	struct approval_list l;
	load(&l);
	ck_assert_int_eq(l.items[0].result, APPROVAL_PENDING);
	ck_assert_int_eq(l.items[1].result, APPROVAL_APPROVED);
	ck_assert_int_eq(l.items[2].result, APPROVAL_REJECTED);
	ck_assert_int_eq(l.items[3].result, APPROVAL_PENDING);
	ck_assert_int_eq(l.items[3].result_raw, MODEL_UNSET);
	ck_assert_int_eq(l.items[4].result, APPROVAL_OTHER);
	ck_assert_int_eq(l.items[4].result_raw, 5);
	ck_assert_str_eq(approval_result_name(APPROVAL_REJECTED), "rejected");
	ck_assert_int_eq(approval_result_to_int(APPROVAL_APPROVED), 1);
	approval_list_fini(&l);
}
END_TEST

START_TEST(approver_details_are_kept)
{
	struct approval_list l;
	load(&l);
	ck_assert_str_eq(l.items[0].name, "Walter Skinner");
	ck_assert_int_eq(l.items[0].agent_id, 8);
	ck_assert_str_eq(l.items[0].step_name, "Line manager");
	ck_assert_str_eq(l.items[0].approver_note, "");
	ck_assert(l.items[0].is_mandatory);
	ck_assert_str_eq(l.items[0].approval_process_name, "Change approval");
	approval_list_fini(&l);
}
END_TEST

START_TEST(an_approval_without_its_key_is_an_error)
{
	struct approval_list l;
	static struct model_error err;
	static const char body[] = "[{\"ticket_id\":1},{\"ticket_id\":1,\"seq\":2,\"name\":\"B\"}]";
	ck_assert_int_eq(approval_list_from_json(body, sizeof(body) - 1, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_str_eq(l.items[0].name, "B");
	ck_assert_str_eq(err.odd.text[0],
			 "[0]: approval without a usable ticket_id and seq, skipped");
	approval_list_fini(&l);
	ck_assert_int_eq(approval_list_from_json("[{\"ticket_id\":1,\"seq\":1,\"result\":\"yes\"}]",
						 40, &l, &err),
			 STATUS_OK);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_str_eq(err.odd.text[0],
			 "ticket 1 approval 1: result: expected an integer, got \"yes\"");
	approval_list_fini(&l);
}
END_TEST

START_TEST(a_single_approval_object_is_a_list_of_one)
{
	struct approval_list l;
	static struct model_error err;
	const char *b = "{\"ticket_id\":4,\"seq\":2,\"result\":1}";
	ck_assert_int_eq(approval_list_from_json(b, strlen(b), &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_int_eq(l.items[0].result, APPROVAL_APPROVED);
	approval_list_fini(&l);
}
END_TEST

START_TEST(an_approval_without_seq_is_skipped_and_the_others_kept)
{
	size_t len;
	char *b = fixture_read("approvals-odd.json", &len);
	static struct model_error err;
	struct approval_list l;
	ck_assert_int_eq(approval_list_from_json(b, len, &l, &err), STATUS_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_int_eq(l.items[1].seq, 2);
	ck_assert_int_eq(l.items[1].result_raw, MODEL_UNSET);
	ck_assert_uint_eq(err.odd.n, 4);
	ck_assert_str_eq(err.odd.text[0],
			 "ticket 2818 approval 1: is_mandatory: expected a boolean, got \"yes\"");
	ck_assert_str_eq(err.odd.text[1],
			 "[1]: approval without a usable ticket_id and seq, skipped");
	ck_assert_str_eq(err.odd.text[3],
			 "ticket 2818 approval 2: datetime: expected a date, got 5");
	approval_list_fini(&l);
	free(b);
}
END_TEST

HARNESS_MAIN("approval_json", an_approval_without_seq_is_skipped_and_the_others_kept,
	     approvals_are_keyed_by_ticket_and_seq,
	     results_map_to_pending_approved_rejected_and_other, approver_details_are_kept,
	     an_approval_without_its_key_is_an_error, a_single_approval_object_is_a_list_of_one)
