/* Saved ticket queries (`view` lines): checking and freeing. */
#ifndef HALOTUI_CONFIG_VIEW_H
#define HALOTUI_CONFIG_VIEW_H

#include <stdbool.h>

#include "config/configuration.h"

/* Checks every parameter of VIEW against the /Tickets table (ticket_query_set): known name,
 * value of the right type, none twice. False with *ERROR (caller frees) naming the first bad
 * one in the query table's own words. */
bool view_check(const struct config_view *view, char **error);

/* Frees what VIEW holds (not VIEW itself); NULL-safe. */
void view_fini(struct config_view *view);

#endif
