/* mark-viewed: opening a ticket tells the server (POST /Tickets/View), and its unread mark
 * goes at once. */
#ifndef HALOTUI_APP_MARK_VIEWED_H
#define HALOTUI_APP_MARK_VIEWED_H

#include "model/ticket_id.h"
#include "net/job.h"

struct app;

/* The detail pane was opened on ticket ID (Enter, d, :ticket; not the pane following the
 * list's cursor): it is marked viewed now when it is loaded, else when it arrives. */
void app_mark_viewed_opened(struct app *a, ticket_id_t id);
/* The ticket ID arrived: when it was opened, unless `mark-viewed` is off or the profile is
 * read-only, POST /Tickets/View [{id}] goes out and the ticket's row loses its unread mark. */
void app_mark_viewed(struct app *a, ticket_id_t id);
/* The answer of that POST: a failure is said, and the write dropped from the outbox (it is
 * no change of the user's to resend). */
void app_mark_viewed_result(struct app *a, const struct job_result *r, const char *error);

#endif
