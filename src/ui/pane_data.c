/* Pane data: the models the panes read, and their load states. */
#include "config.h"

#include "ui/pane_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

void pane_data_init(struct pane_data *d)
{
	memset(d, 0, sizeof(*d));
	lookups_init(&d->lookups);
	messages_init(&d->messages);
	pending_init(&d->pending);
	d->list = ticket_list_new();
	d->prefetch_pages = 1;
	list_search_init(&d->search);
}

void pane_state_fini(struct pane_state *s)
{
	free(s->error);
	memset(s, 0, sizeof(*s));
}

const char *pane_data_store_list_page(struct pane_data *d, unsigned generation, int page_no,
				      struct ticket_page *page)
{
	enum status status = ticket_list_store_page(d->list, generation, page_no, page);
	if (status == STATUS_CANCELLED)
		return NULL;
	if (status == STATUS_OK) {
		pane_state_ok(&d->list_state);
		return NULL;
	}
	char message[160];
	snprintf(message, sizeof(message),
		 "page %d of the list refused: its rows do not fit the pages already loaded "
		 "(page size changed?); it loads again when shown",
		 page_no);
	ticket_list_mark_failed(d->list, page_no);
	pane_state_fail(&d->list_state, message);
	return d->list_state.error;
}

void pane_state_fail(struct pane_state *s, const char *message)
{
	free(s->error);
	s->error = xstrdup(message ? message : "request failed");
	s->is_loading = false;
	s->is_stale = s->is_loaded;
}

void pane_state_ok(struct pane_state *s)
{
	free(s->error);
	s->error = NULL;
	s->is_loading = false;
	s->is_stale = false;
	s->is_loaded = true;
}

void pane_data_set_ticket(struct pane_data *d, ticket_id_t ticket_id)
{
	d->ticket_id = ticket_id;
	ticket_free(d->ticket);
	d->ticket = NULL;
	action_list_fini(&d->actions);
	approval_list_fini(&d->approvals);
	todo_list_fini(&d->todos);
	closure_list_fini(&d->closures);
	forecast_list_fini(&d->forecasts);
	pane_state_fini(&d->forecasts_state);
	pane_state_fini(&d->ticket_state);
	pane_state_fini(&d->closures_state);
	pane_state_fini(&d->actions_state);
	pane_state_fini(&d->approvals_state);
	pane_state_fini(&d->todos_state);
}

void pane_data_fini(struct pane_data *d)
{
	pane_data_set_ticket(d, 0);
	approval_list_fini(&d->my_approvals);
	pane_state_fini(&d->my_approvals_state);
	raw_answer_clear(&d->raw);
	pane_state_fini(&d->list_state);
	ticket_list_free(d->list);
	lookups_fini(&d->lookups);
	messages_fini(&d->messages);
	outbox_items_clear(&d->outbox);
	free(d->columns);
	free(d->sort.owned);
	free(d->web_url);
	pending_fini(&d->pending);
	free(d->view_name);
	list_search_fini(&d->search);
	free(d->text_search);
	tag_set_fini(&d->tags);
	view_tabs_fini(&d->tabs);
	memset(d, 0, sizeof(*d));
}

static const struct {
	const char *name, *title;
} raw_routes[RAW_ROUTE_COUNT] = {
	[RAW_VIEW_LOG] = { "viewlog", "view log" },
	[RAW_ZAPIER] = { "zapier", "zapier" },
	[RAW_SALES_MAILBOX] = { "salesmailbox", "sales mailbox" },
};

void raw_answer_clear(struct raw_answer *raw)
{
	json_text_fini(&raw->text);
	pane_state_fini(&raw->state);
	free(raw->search);
	raw->search = NULL;
}

const char *raw_route_name(enum raw_route route)
{
	return route < RAW_ROUTE_COUNT ? raw_routes[route].name : "";
}

const char *raw_route_title(enum raw_route route)
{
	return route < RAW_ROUTE_COUNT ? raw_routes[route].title : "";
}

const char *raw_record_title(enum raw_record record)
{
	switch (record) {
	case RAW_RECORD_APPROVAL:
		return "approval step";
	case RAW_RECORD_CLOSURE:
		return "closure confirmation";
	default:
		return "";
	}
}

bool raw_route_from_name(const char *name, enum raw_route *route)
{
	for (int i = 0; i < RAW_ROUTE_COUNT; i++) {
		if (!strcmp(name, raw_routes[i].name)) {
			*route = (enum raw_route)i;
			return true;
		}
	}
	return false;
}
