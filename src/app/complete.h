/* What Tab offers at the prompt, by position: the command first, then what that command
 * takes, as the command table's argument spec says. */
#ifndef HALOTUI_APP_COMPLETE_H
#define HALOTUI_APP_COMPLETE_H

#include <stddef.h>

#include "config/configuration.h"
#include "model/lookups.h"
#include "ui/prompt.h"

/* Where the names come from besides the static tables; either may be NULL. */
struct completion_sources {
	const struct config *cfg;      /* saved views, profiles */
	const struct lookups *lookups; /* names for the lookup-backed /Tickets parameters */
};

/* Room for the choices of one completion, and the text of those made on the fly (ids,
 * a setting's choices, theme names). */
struct completion {
	struct prompt_choice choices[512];
	size_t count;
	char text[8192];
	size_t text_used;
};

/* Fills C with the choices for the word LINE ends in, already narrowed to that word:
 * the first word is a command; after `set`, setting names, then `=`, then that setting's
 * values; after `bind`, pane names, then (after the key) command names; roles after `color`;
 * /Tickets parameter names after `filter` and `view "NAME"`, and after `PARAM=` that
 * parameter's values (true/false, or the ids of a lookup with their names as notes); saved
 * view names after `list`; profile names after `profile`. Never fails: extra choices are
 * dropped. */
void app_complete(const char *line, const struct completion_sources *src, struct completion *c);

#endif
