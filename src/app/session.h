/* The session: the connection to HaloPSA (or the built-in emulator), jobs sent for what the
 * panes want, and results applied to the pane data. */
#ifndef HALOTUI_APP_SESSION_H
#define HALOTUI_APP_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"
#include "net/job.h"
#include "ui/view.h"

struct app;

/* Opens the request log named by --log, else by the `log-file` setting (read once, at start;
 * the worker writes to it). False, with a sentence in ERR, when --log cannot be opened; a bad
 * `log-file` goes to the status bar instead and the console runs without a log. */
bool app_session_open_log(struct app *a, char *err, size_t err_size);
/* Resolves the selected profile's connection, running client_secret_command: before curses
 * takes the terminal, so the command can ask on it and no blank screen waits on it. On
 * failure the reason goes to the status bar and the list pane. Nothing for --demo. */
void app_session_resolve(struct app *a);
/* Starts the emulator (--demo) or the network worker from the resolved connection. On failure
 * the console still runs: the reason is in the status bar and the panes say so. */
void app_session_start(struct app *a);
/* Stops the worker and the emulator; NULL-safe on a session that never started. */
void app_session_stop(struct app *a);
/* Sends the jobs for W. */
void app_session_want(struct app *a, const struct view_want *w);
/* Applies every result waiting; tells the views what changed. */
void app_session_apply_results(struct app *a);
/* Makes TICKET_ID the ticket of the detail panes: its older jobs are cancelled and its data
 * forgotten when it is another ticket than before. */
void app_session_focus(struct app *a, ticket_id_t ticket_id);
/* A list page arrived: the lookups loaded stale from the cache are fetched again now, in the
 * background (the first screen never waits on them). */
void app_session_page_arrived(struct app *a);
/* Fetches every lookup again in the background (`r` on the list: names may have changed). */
void app_session_refresh_lookups(struct app *a);
/* A lookup of KIND arrived and is in a->data.lookups: it replaces the cached file. */
void app_session_lookup_arrived(struct app *a, enum job_kind kind);
/* A lookup of KIND failed (a cut or unreadable reply, an error): it is asked again with the
 * next list page, on `r`, and after a back-off (2 s doubling to 5 min; not in headless runs,
 * which stay deterministic). */
void app_session_lookup_failed(struct app *a, enum job_kind kind);
/* Asks again the lookups that failed when their back-off is over (NOW_MS, CLOCK_MONOTONIC). */
void app_session_retry_lookups(struct app *a, long now_ms);
/* Jobs sent whose result has not been applied yet. */
unsigned app_session_in_flight(const struct app *a);

#endif
