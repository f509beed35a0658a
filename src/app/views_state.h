/* What app/views.c and app/view_counts.c share: the views' state kept in struct app. */
#ifndef HALOTUI_APP_VIEWS_STATE_H
#define HALOTUI_APP_VIEWS_STATE_H

#include <stddef.h>

#include "model/seen_rows.h"

struct app;

/* The rows seen in one view this session. */
struct seen_entry {
	char *name;
	struct seen_rows rows;
};

/* A count asked and not yet answered: its job's generation and the view's name. */
struct count_asked {
	unsigned generation;
	char *name;
};

struct app_views {
	struct seen_entry **seen; /* one per view shown in this session */
	size_t n_seen;
	struct count_asked *asked_counts;
	size_t n_asked_counts;
	long next_count_ms; /* when the next round is due; 0: once the list's first page came */
	size_t fresh;	    /* rows marked new since the list was last asked */
};

/* A's views state, made on first use. */
struct app_views *app_views_state(struct app *a);
/* The rows seen in the view NAME, made on first use (owned by A). */
struct seen_rows *app_views_seen(struct app *a, const char *name);
/* Counts now the tabs that have no count and none asked, once the counts have started: a
 * view saved or typed at the prompt shows its count without waiting for the next round. */
void app_views_count_new_tabs(struct app *a);
/* Frees the counts asked (not their jobs). */
void app_views_forget_counts(struct app_views *v);

#endif
