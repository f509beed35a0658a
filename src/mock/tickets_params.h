/* The GET /api/Tickets parameters halo-mock implements (one table: the route, the
 * X-Halo-Mock-Ignored header and the README read it) and its built-in filter and column
 * profiles (view_id, columns_id). */
#ifndef HALOTUI_MOCK_TICKETS_PARAMS_H
#define HALOTUI_MOCK_TICKETS_PARAMS_H

#include <stdbool.h>
#include <stdio.h>

#include "mock/query.h"
#include "util/strbuf.h"

/* True when GET /api/Tickets acts on NAME (any case, as Halo binds it). */
bool mock_tickets_param_is_implemented(const char *name);
/* Appends to OUT the names in Q that GET /api/Tickets does not act on, comma-separated, each
 * once, in the order of the request; OUT is left empty when there is none. */
void mock_tickets_ignored(const struct mock_query *q, struct strbuf *out);
/* Writes the table as Markdown rows ("| `name` | what halo-mock does |"), for the README. */
void mock_tickets_params_markdown(FILE *out);

/* A built-in filter profile: its name and its parameters ("key=value" strings, NULL-ended). */
struct mock_view_profile {
	int id;
	const char *name;
	const char *const *params;
};
/* The filter profile ID, or NULL when there is none. */
const struct mock_view_profile *mock_view_profile(int id);
/* The name of column profile ID, or NULL when there is none. */
const char *mock_column_profile(int id);
/* Adds the parameters of profile P that Q does not give itself (what the request says wins). */
void mock_view_profile_apply(const struct mock_view_profile *p, struct mock_query *q);

#endif
