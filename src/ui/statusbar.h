/* The status bar: profile, DEMO / READ-ONLY, loading, budget, the last error, the prompt. */
#ifndef HALOTUI_UI_STATUSBAR_H
#define HALOTUI_UI_STATUSBAR_H

#include <curses.h>
#include <stdbool.h>

#include "ui/env.h"
#include "ui/prompt.h"

/* Below this many requests left, the bar shows the budget. */
#define STATUSBAR_BUDGET_LOW 30

struct statusbar {
	char *profile; /* owned */
	bool is_demo;
	bool is_read_only;
	bool is_insecure;     /* TLS verification is off: said loudly */
	int loading;	      /* requests in flight */
	long budget_left;     /* requests left in the window; negative: unknown */
	long rate_limited_s;  /* seconds until a 429's wait is over (rounded up); 0: none */
	char *error;	      /* the last error, in the server's words; owned; NULL: none */
	char *message;	      /* a passing note ("copied"); owned */
	bool is_error_newer;  /* the error came after the message: show it */
	bool is_error_outage; /* the error says the server could not be reached */
	char *pane_text;      /* what the focused pane says ("12 of 2,000"); owned */
	char *notice;	      /* what waits in :messages ("2 config errors"); owned; NULL: none */
	bool is_note_fresh;   /* a message or error was set and its time has not started */
	long note_until_ms;   /* when the shown message or error goes; 0: at the next key */
	unsigned spin;	      /* spinner phase */
	int writes_out;	      /* changes sent and not yet answered */
	int writes_failed;    /* changes the server refused, kept in the outbox */
	bool is_dirty;
	char *who;	      /* the signed-in agent (auth = agent); owned; NULL: not shown */
	bool is_login_needed; /* the agent's sign-in expired: said until :login */
	int tagged;	      /* tickets tagged in the list */
	char *bulk;	      /* a bulk change on its way ("bulk status: 37 of 200"); owned */
};

void statusbar_init(struct statusbar *sb);
void statusbar_fini(struct statusbar *sb);
/* Each setter copies its string (NULL clears) and marks the bar dirty when it changed. */
void statusbar_set_profile(struct statusbar *sb, const char *profile);
void statusbar_set_error(struct statusbar *sb, const char *error);
void statusbar_set_message(struct statusbar *sb, const char *message);
/* Shows ERROR of a request that did not get through (network, timeout, 5xx, 429): unlike
 * other errors, it goes away by itself once statusbar_server_answered says the server is
 * back, so that a recovered connection does not keep saying it failed. */
void statusbar_set_outage_error(struct statusbar *sb, const char *error);
void statusbar_server_answered(struct statusbar *sb);
/* A message and an error are passing notes, one at a time: setting one ends the other
 * (an outage error stays below a message until the server answers). This ends the shown
 * note, as a key that does something else does; an outage error stays. */
void statusbar_dismiss(struct statusbar *sb);
/* Starts the time of a note set since the last call: it goes SECONDS after NOW_MS (any
 * clock in ms, the same for every call), or at the next key when SECONDS is 0. */
void statusbar_time_note(struct statusbar *sb, long now_ms, long seconds);
/* When the shown note goes by itself, on the clock of statusbar_time_note; 0: never (none
 * shown, an outage error, or it waits for a key). A loop sleeps until then, not in ticks. */
long statusbar_note_deadline(const struct statusbar *sb);
/* Ends the shown note when its time has come by NOW_MS. */
void statusbar_expire(struct statusbar *sb, long now_ms);
void statusbar_set_pane_text(struct statusbar *sb, const char *text);
/* What waits to be read in the messages pane ("2 config errors · 1 odd field, see :messages"),
 * kept on the right until it changes; NULL clears it. */
void statusbar_set_notice(struct statusbar *sb, const char *notice);
void statusbar_set_loading(struct statusbar *sb, int loading);
void statusbar_set_budget(struct statusbar *sb, long budget_left);
/* The server said 429 and requests wait LEFT_MS more: the bar says "rate limited: Ns"
 * instead of "loading" (N rounded up, so it never shows 0s while waiting); 0 ends it. */
void statusbar_set_rate_limited(struct statusbar *sb, long left_ms);
/* Counts the console's changes: OUT sent and not yet answered, FAILED refused and kept in
 * the outbox. The bar shows "2 pending" and "1 failed" while they are not 0. */
void statusbar_set_writes(struct statusbar *sb, int out, int failed);
/* Counts the tagged tickets: the bar shows "5 tagged" while it is not 0. */
void statusbar_set_tagged(struct statusbar *sb, int tagged);
/* What a bulk change on its way says ("bulk status: 37 of 200", copied); NULL: none. */
void statusbar_set_bulk(struct statusbar *sb, const char *bulk);
/* Who the console acts as (WHO, copied; NULL: nothing shown), or that a login is needed. */
void statusbar_set_who(struct statusbar *sb, const char *who, bool is_login_needed);
/* Draws the bar into WIN (one line), or the prompt line when P is active. */
void statusbar_draw(const struct statusbar *sb, const struct ui_env *env, const struct prompt *p,
		    WINDOW *win);

#endif
