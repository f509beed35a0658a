/* Commands about the selected ticket: its panes, copying its URL or id, opening it. */
#ifndef HALOTUI_APP_TICKET_COMMANDS_H
#define HALOTUI_APP_TICKET_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"
#include "ui/command.h"
#include "ui/pane_data.h"

struct app;

/* Runs CMD (details, history, approvals, todos, my-approvals, copy-url, copy-id,
 * open-browser) for the ticket the focused pane points at. */
void app_ticket_command(struct app *a, enum command cmd);
/* Opens link NUMBER (from 1, as the detail pane numbers them) of the open ticket's text
 * in the browser (or shows it). False with the reason in ERR when there is no such link. */
bool app_open_link(struct app *a, int number, char *err, size_t err_size);
/* The ticket the focused pane points at (else the list's row), 0 when none. */
ticket_id_t app_selected_ticket(const struct app *a);
/* Opens the raw pane on ROUTE's answer (the view log of the selected ticket). False with the
 * reason in ERR when the route needs a ticket and none is selected. */
bool app_open_raw(struct app *a, enum raw_route route, char *err, size_t err_size);
/* `copy-raw`: the raw pane's whole answer (its pretty-printed JSON, or its text) to the
 * clipboard as copy-url copies (OSC 52, or tmux's buffer); the message counts lines and bytes.
 * False with the reason in ERR when there is nothing loaded, or `osc52 = no`. */
bool app_copy_raw(struct app *a, char *err, size_t err_size);
/* The agent URL of ticket ID under ROOT ("https://x.halopsa.com/ticket?id=12"); caller
 * frees. */
char *app_ticket_url(const char *root, ticket_id_t id);
/* The ticket the focused pane points at (else the list's selected row); 0 when none. */
ticket_id_t app_selected_ticket(const struct app *a);

#endif
