/* The `/` search from the app's side: its line, and `search TEXT`, the server's search. */
#ifndef HALOTUI_APP_SEARCH_H
#define HALOTUI_APP_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

struct app;

/* Opens an empty `/` line over the focused pane: the list, the detail or the history. */
void app_search_open(struct app *a);
/* Feeds KEY to the open `/` line: each key searches again; Enter keeps the search (n and N
 * move between matches), Esc leaves it. */
void app_search_key(struct app *a, int key);
/* `search TEXT`: the list's query with search=TEXT (replacing an earlier one), from the
 * server. False with the reason in ERR. */
bool app_search_server(struct app *a, const char *text, char *err, size_t err_size);

#endif
