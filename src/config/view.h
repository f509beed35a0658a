/* Saved ticket queries (`view` lines): checking and freeing. */
#ifndef HALOTUI_CONFIG_VIEW_H
#define HALOTUI_CONFIG_VIEW_H

#include "config/configuration.h"

#include <stdbool.h>

/* Checks VIEW's parameters; false with *ERROR (caller frees) naming the first bad one. */
bool view_check(const struct config_view *view, char **error);

/* Frees what VIEW holds (not VIEW itself); NULL-safe. */
void view_fini(struct config_view *view);

#endif
