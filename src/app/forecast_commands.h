/* A ticket's forecast hours: the forecast pane, and adding or changing an entry (agent, date,
 * hours) in a form, sent through the write path as POST /FaultsForecasting. */
#ifndef HALOTUI_APP_FORECAST_COMMANDS_H
#define HALOTUI_APP_FORECAST_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/requests.h"
#include "ui/command.h"

struct app;

/* CMD_FORECAST opens the selected ticket's forecast pane; CMD_FORECAST_ADD the form of a new
 * entry for it (the signed-in agent, today, no hours yet). */
void app_forecast_command(struct app *a, enum command cmd);
/* `edit` in the forecast pane: the form of the entry under the cursor. False when the focus
 * is not on the forecast pane (edit is another pane's then). */
bool app_forecast_edit(struct app *a);
/* The outbox's `edit` of a forecast write whose JSON is BODY: the forecast pane of TICKET_ID
 * with the form filled with what was sent (agent, date, hours). */
void app_forecast_edit_sent(struct app *a, ticket_id_t ticket_id, const char *body);
/* POST /FaultsForecasting [FORECAST] through the write path; the ticket's forecast loads
 * again after, when shown. False with the reason in ERR when refused before sending. */
bool app_forecast_send(struct app *a, const struct forecast *forecast, char *err, size_t errlen);
/* HOURS typed: a number above 0 and at most 10000 ("2.5", "0.25"); false with WHY. */
bool app_forecast_parse_hours(const char *text, double *hours, char *why, size_t why_size);

#endif
