/* Filtering the ticket list through the /Tickets parameter table. */
#include "config.h"

#include "app/filter.h"

#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/session.h"
#include "model/ticket_query.h"
#include "util/strbuf.h"

/* Sets NAME=VALUE in Q; false with the table's message in ERR. */
static bool set_param(struct ticket_query *q, const char *name, const char *value, char *err,
		      size_t err_size)
{
	struct strbuf msg;
	strbuf_init(&msg);
	bool ok = ticket_query_set(q, name, value, &msg) == STATUS_OK;
	if (!ok)
		snprintf(err, err_size, "%s", msg.len ? msg.data : "bad parameter");
	strbuf_fini(&msg);
	return ok;
}

/* Replaces the list's query with FRESH (taken) and starts the list again. */
static void install(struct app *a, struct ticket_query *fresh)
{
	ticket_query_free(a->query);
	a->query = fresh;
	struct view_want w = { .kind = WANT_LIST_RELOAD };
	app_session_want(a, &w);
	/* Another set of tickets: the list starts again at its top. */
	struct view_update u = { .kind = WANT_LIST_RELOAD };
	app_notify_views(a, &u);
}

bool app_filter_words(struct app *a, char **words, int n, char *err, size_t err_size)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	for (int i = 0; i < n; i++) {
		char *eq = strchr(words[i], '=');
		if (!eq) {
			snprintf(err, err_size, "filter: '%s' is not NAME=VALUE", words[i]);
			ticket_query_free(q);
			return false;
		}
		*eq = '\0';
		if (!set_param(q, words[i], eq + 1, err, err_size)) {
			ticket_query_free(q);
			return false;
		}
	}
	install(a, q);
	return true;
}

bool app_filter_view(struct app *a, const char *name, char *err, size_t err_size)
{
	const struct config_view *view = config_find_view(&a->cfg, name);
	if (!view) {
		snprintf(err, err_size, "no saved view called '%s'", name);
		return false;
	}
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	for (size_t i = 0; i < view->n_params; i++) {
		if (!set_param(q, view->params[i].name, view->params[i].value, err, err_size)) {
			ticket_query_free(q);
			return false;
		}
	}
	install(a, q);
	return true;
}
