/* Saved views as tabs: switching, saving, renaming and deleting them, their counts, and the
 * rows new or changed since they were last seen in each. */
#ifndef HALOTUI_APP_VIEWS_H
#define HALOTUI_APP_VIEWS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket.h"

struct app;
struct job_result;
struct ticket_page;

/* Frees what the views keep in A (seen rows, the question asked). NULL-safe in A->views. */
void app_views_fini(struct app *a);

/* Brings the tabs in line with the saved views and what is shown (the list's view, or the
 * my-approvals pane of a `pane=my-approvals` view); marks the list dirty when they changed.
 * Cheap: the loop calls it before each draw. */
void app_views_sync(struct app *a);

/* The tabs changed: marks dirty the panes that show them (the list, and a my-approvals pane
 * on top, which shows them when it is alone). */
void app_views_tabs_changed(struct app *a);

/* Shows the saved view NAME: its tickets in the list, or its pane. False with ERR. */
bool app_views_show(struct app *a, const char *name, char *err, size_t err_size);
/* Shows the view of tab N (from 1); from a key, N is the digit typed. */
void app_views_number(struct app *a, long n);

/* The `:` lines: `view NAME` (a name alone), view-number N, view-save NAME,
 * view-rename OLD NEW, view-delete NAME (asks y first). Errors go to the status bar. */
void app_views_line(struct app *a, char **words, int n);

/* Counts the tickets of every tab with a one-row page (page_size=1), and the approvals waiting
 * for the agent for a my-approvals tab, when `view-count-interval` has passed since the last
 * count (the first count waits for the list's first page), and only while the request budget
 * has room for them and some to spare. NOW_MS is on CLOCK_MONOTONIC. */
void app_views_count_if_due(struct app *a, long now_ms);
/* When the next count is due (for poll's timeout); 0: none planned. */
long app_views_count_deadline(const struct app *a);
/* Takes R when it is a count's answer (true: the caller frees R and applies nothing). */
bool app_views_result(struct app *a, struct job_result *r);

/* A page of the list arrived: its rows are compared with those last seen in the shown view,
 * and rows new or changed are marked; the status bar says "3 new", and with `bell-on-new` the
 * terminal bell rings. */
void app_views_page(struct app *a, int page_no, const struct ticket_page *page);
/* The list is asked again (a refresh or another query): "N new" counts from zero. */
void app_views_list_asked(struct app *a);
/* The ticket ID was opened: its new mark goes. */
void app_views_opened(struct app *a, ticket_id_t id);
/* The ticket ID was changed from this console: in every view its next change is not news. */
void app_views_own(struct app *a, ticket_id_t id);

#endif
