/* Saved ticket queries (`view` lines): checking their parameters, freeing them. */
#include "config.h"

#include "config/view.h"

#include "util/alloc.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

bool view_check(const struct config_view *view, char **error)
{
	*error = NULL;
	for (size_t i = 0; i < view->n_params; i++) {
		for (size_t j = 0; j < i; j++) {
			if (strcmp(view->params[i].name, view->params[j].name) == 0) {
				struct strbuf sb;
				strbuf_init(&sb);
				strbuf_appendf(&sb, "view \"%s\": parameter %s given twice",
					       view->name, view->params[i].name);
				*error = strbuf_detach(&sb);
				return false;
			}
		}
	}
	return true;
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
