/* Saved ticket queries (`view` lines): checking their parameters, freeing them. */
#include "config.h"

#include "config/view.h"

#include <stdlib.h>
#include <string.h>

#include "config/message.h"
#include "model/ticket_query.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* "view "NAME": " followed by the query table's own words about the bad parameter. */
static bool reject(const struct config_view *view, const char *why, char **error)
{
	*error = message_format("view \"%s\": %s", view->name, why);
	return false;
}

bool view_check(const struct config_view *view, char **error)
{
	struct ticket_query *query = ticket_query_new(ticket_query_list_table());
	struct strbuf err;
	bool ok = true;

	*error = NULL;
	strbuf_init(&err);
	for (size_t i = 0; ok && i < view->n_params; i++) {
		const char *name = view->params[i].name;
		for (size_t j = 0; ok && j < i; j++) {
			if (strcmp(name, view->params[j].name) == 0) {
				strbuf_appendf(&err, "parameter %s given twice", name);
				ok = false;
			}
		}
		if (ok && !strcmp(name, "pane")) {
			/* Not a /Tickets parameter: the view shows that pane instead of tickets. */
			if (strcmp(view->params[i].value, "my-approvals") || view->n_params > 1) {
				strbuf_append_str(&err, "pane=my-approvals stands alone (the only "
							"pane a view shows)");
				ok = false;
			}
			continue;
		}
		if (ok && ticket_query_set(query, name, view->params[i].value, &err) != STATUS_OK)
			ok = false;
	}
	if (!ok)
		reject(view, err.len ? err.data : "bad parameter", error);
	strbuf_fini(&err);
	ticket_query_free(query);
	return ok;
}

void view_fini(struct config_view *view)
{
	if (!view)
		return;
	for (size_t j = 0; j < view->n_params; j++) {
		free(view->params[j].name);
		free(view->params[j].value);
	}
	free(view->params);
	free(view->name);
	free(view->file);
	*view = (struct config_view){ 0 };
}
