/* mark-viewed: POST /Tickets/View when a ticket is opened, and its unread mark cleared. */
#include "config.h"

#include "app/mark_viewed.h"

#include <stdio.h>

#include "app/app.h"
#include "net/api.h"
#include "net/worker.h"

void app_mark_viewed_opened(struct app *a, ticket_id_t id)
{
	a->view_wanted_id = id;
	app_mark_viewed(a, id);
}

void app_mark_viewed(struct app *a, ticket_id_t id)
{
	struct ticket *t = a->data.ticket;
	if (!t || t->row.id != id || id != a->view_wanted_id || !a->worker ||
	    worker_is_read_only(a->worker) || !config_get_bool(&a->cfg, SETTING_MARK_VIEWED))
		return;
	a->view_wanted_id = 0;
	struct job *job = api_tickets_view(&id, 1, 0);
	job->record_id = id;
	worker_submit(a->worker, job);
	t->row.is_read = true;
	struct ticket_row *row = ticket_list_find_row(a->data.list, id);
	if (row && row->has_is_read && !row->is_read) {
		row->is_read = true;
		if (a->depth > 0)
			view_mark_dirty(a->stack[0]);
	}
}

void app_mark_viewed_result(struct app *a, const struct job_result *r, const char *error)
{
	if (!error)
		return;
	char msg[256];
	snprintf(msg, sizeof(msg), "#%ld not marked viewed: %s", r->record_id, error);
	statusbar_set_error(&a->status, msg);
	if (r->outbox_id && a->worker)
		worker_outbox_discard(a->worker, r->outbox_id);
}
