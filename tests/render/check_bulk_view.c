/* The bulk pane drawn from a plan half answered: the change once in its title, the progress
 * under it, each row's answer (sending, changed, failed with the server's words) and the rows
 * skipped. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "harness.h"
#include "model/bulk_plan.h"
#include "render.h"
#include "ui/bulk_view.h"

static void nothing(void *ctx)
{
	(void)ctx;
}

START_TEST(a_plan_on_its_way_shows_its_progress_and_each_answer)
{
	struct render r;
	render_init(&r, 8, 80);
	struct bulk_plan p;
	bulk_plan_init(&p);
	bulk_plan_start(&p, "priority", "Low");
	bulk_plan_add(&p, 1828, "#1828 priority: High \xE2\x86\x92 Low");
	bulk_plan_skip(&p, 2245, "#2245 priority: already Low, skipped", "Low");
	bulk_plan_add(&p, 2458, "#2458 priority: Critical \xE2\x86\x92 Low");
	bulk_plan_add(&p, 3146, "#3146 priority: Critical \xE2\x86\x92 Low");
	p.is_sent = true;
	for (size_t i = 0; i < p.count; i++)
		if (p.items[i].state == BULK_ITEM_WAITING)
			bulk_plan_sent(&p, &p.items[i]);
	bulk_plan_settle(&p, bulk_plan_find(&p, 1828), true, 0, NULL);
	bulk_plan_settle(&p, bulk_plan_find(&p, 2458), false, 403, "You do not have permission");
	struct bulk_host host = { .ctx = NULL, .send = nothing, .cancel = nothing };
	struct view *v = bulk_view_new(&r.env, &p, &host);
	char *text = render_view(&r, v);
	ck_assert_msg(render_matches(text, "bulk-progress"), "screen bulk-progress differs");
	free(text);
	view_free(v);
	bulk_plan_fini(&p);
	render_fini(&r);
}
END_TEST

HARNESS_MAIN("bulk_view", a_plan_on_its_way_shows_its_progress_and_each_answer)
