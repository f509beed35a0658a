/* Filtering the ticket list: /Tickets parameters typed at the prompt or saved with `view`. */
#ifndef HALOTUI_APP_FILTER_H
#define HALOTUI_APP_FILTER_H

#include <stdbool.h>
#include <stddef.h>

struct app;

/* Sets the list's query parameters from WORDS ("agent_id=3", "open_only=true"; N of them)
 * after clearing the old ones, and reloads the list. No words: every filter is cleared.
 * order..order5 and orderdesc..orderdesc5 become the list's sort (none: the `sort` setting).
 * Refused, with nothing changed and the reason in ERR: a bad name or value, a name given
 * twice, a paging parameter, ticketidonly, a contradiction (ticket_query_check_list). */
bool app_filter_words(struct app *a, char **words, int n, char *err, size_t err_size);
/* Shows the list of the saved view NAME (`view "NAME" PARAM=VALUE ...` in the config). */
bool app_filter_view(struct app *a, const char *name, char *err, size_t err_size);
/* Adds the saved views a new user starts with (My open, Unassigned, All open, SLA breached,
 * Waiting for me) when the config defines no view of its own and there is no views file. */
void app_filter_default_views(struct app *a);

#endif
