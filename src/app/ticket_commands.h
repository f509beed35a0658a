/* Commands about the selected ticket: its panes, copying its URL or id, opening it. */
#ifndef HALOTUI_APP_TICKET_COMMANDS_H
#define HALOTUI_APP_TICKET_COMMANDS_H

#include "ui/command.h"

struct app;

/* Runs CMD (details, history, approvals, todos, my-approvals, copy-url, copy-id,
 * open-browser) for the ticket the focused pane points at. */
void app_ticket_command(struct app *a, enum command cmd);
/* The agent URL of ticket ID under ROOT ("https://x.halopsa.com/ticket?id=12"); caller
 * frees. */
char *app_ticket_url(const char *root, int id);

#endif
