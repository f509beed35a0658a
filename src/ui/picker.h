/* A picker: a list of named choices narrowed as you type (case-insensitive, anywhere in the
 * name), for one choice or several. It is state fed keys by its host (a form, a view), never
 * a getch loop; its items usually come from the lookups (picker_fill). */
#ifndef HALOTUI_UI_PICKER_H
#define HALOTUI_UI_PICKER_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "model/lookups.h"
#include "ui/env.h"
#include "util/strbuf.h"

/* The id of the "none" choice a picker may offer (nobody, no change). */
#define PICKER_NONE_ID (-1L)

struct picker_item {
	long id;	/* the lookup's id; PICKER_NONE_ID for the "none" choice */
	char *name;	/* shown and matched; owned */
	char *note;	/* shown dim after it (an agent's team); owned, or NULL */
	bool is_chosen; /* several choices: ticked */
};

struct picker {
	char *title; /* "Status"; owned */
	bool is_multi;
	struct picker_item *items; /* in the order added; owned */
	size_t n_items, cap_items;
	struct strbuf filter; /* what was typed */
	size_t *shown;	      /* indexes of the items that match the filter, in order; owned */
	size_t n_shown;
	size_t cursor;	 /* in shown */
	int top, height; /* the first shown row on screen, rows on screen (picker_layout) */
};

enum picker_result {
	PICKER_OPEN,	  /* keep feeding keys */
	PICKER_CHOSEN,	  /* Enter: read picker_current (one) or the ticked items (several) */
	PICKER_CANCELLED, /* Esc */
};

/* Where a picker's items come from. */
enum picker_source {
	PICKER_SOURCE_NONE,
	PICKER_SOURCE_STATUSES,
	PICKER_SOURCE_PRIORITIES,
	PICKER_SOURCE_AGENTS,
	PICKER_SOURCE_TEAMS,
	PICKER_SOURCE_TICKET_TYPES,
	PICKER_SOURCE_CLIENTS,
	PICKER_SOURCE_OUTCOMES, /* action outcomes (GET /Outcome) */
	PICKER_SOURCE_SITES,	/* the sites of the client chosen (GET /Site?client_id=) */
	PICKER_SOURCE_USERS,	/* the users of the site chosen (GET /Users?site_id=) */
};

/* An empty picker titled TITLE; picker_fini frees it. */
void picker_init(struct picker *p, const char *title, bool is_multi);
void picker_fini(struct picker *p);
/* Adds a choice (strings copied; NOTE may be NULL). */
void picker_add(struct picker *p, long id, const char *name, const char *note);
/* Adds the items of the lookup SRC of L (L may be NULL): disabled agents and inactive
 * teams, types and clients and retired outcomes are left out; priorities once per id. Returns how many. */
size_t picker_fill(struct picker *p, const struct lookups *l, enum picker_source src);
/* The name of ID in the lookup SRC of L, or NULL when unknown. */
const char *picker_source_name(const struct lookups *l, enum picker_source src, long id);
/* Replaces the filter with TEXT and narrows the list; the cursor goes to the first match. */
void picker_set_filter(struct picker *p, const char *text);
/* Puts the cursor on the item ID (clearing the filter); false when there is none. */
bool picker_point_at(struct picker *p, long id);
/* Whether NAME contains FILTER, ignoring case (any script towlower knows). Empty matches. */
bool picker_matches(const char *name, const char *filter);
/* Feeds one key: characters narrow, Backspace widens, Up/Down/PgUp/PgDn/Home/End move, Tab
 * ticks the item (several choices), Enter chooses, Esc cancels. */
enum picker_result picker_key(struct picker *p, int key);
/* The item under the cursor, or NULL when nothing matches. */
const struct picker_item *picker_current(const struct picker *p);
/* Ticks or unticks item ID (several choices). */
void picker_set_chosen(struct picker *p, long id, bool is_chosen);
/* The ticked items' ids into IDS (at most MAX); returns how many are ticked. */
size_t picker_chosen(const struct picker *p, long *ids, size_t max);
/* Scrolls so the cursor shows in HEIGHT rows of items. Called before drawing. */
void picker_layout(struct picker *p, int height);
/* Draws the filter line then the items (as picker_layout sized them) at Y,X of WIN, COLS
 * wide: the cursor's row highlighted, ticks for several choices, "no match" when none. */
void picker_draw(const struct picker *p, const struct ui_env *env, WINDOW *win, int y, int x,
		 int cols);

#endif
