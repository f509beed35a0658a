/* What every view draws with: the screen, the palette, line graphics, bandwidth mode. */
#ifndef HALOTUI_UI_ENV_H
#define HALOTUI_UI_ENV_H

#include <curses.h>
#include <stdbool.h>

#include "ui/screen.h"

/* Roles the console draws with; a theme gives each one colours and attributes. */
enum ui_role {
	UI_ROLE_DEFAULT,
	UI_ROLE_TITLE,
	UI_ROLE_BORDER,
	UI_ROLE_LIST_HEADER,
	UI_ROLE_LIST_ROW,
	UI_ROLE_LIST_SELECTED,
	UI_ROLE_LIST_UNREAD,
	UI_ROLE_LIST_FLAGGED,
	UI_ROLE_LIST_ONHOLD,
	UI_ROLE_SLA_BREACHED,
	UI_ROLE_SLA_WARNING,
	UI_ROLE_STATUS_BAR,
	UI_ROLE_STATUS_ERROR,
	UI_ROLE_STATUS_DEMO,
	UI_ROLE_STATUS_READONLY,
	UI_ROLE_STATUS_LOADING,
	UI_ROLE_DETAIL_LABEL,
	UI_ROLE_DETAIL_VALUE,
	UI_ROLE_DETAIL_LINK,
	UI_ROLE_DETAIL_QUOTE,
	UI_ROLE_ACTION_WHO,
	UI_ROLE_ACTION_DATE,
	UI_ROLE_APPROVAL_PENDING,
	UI_ROLE_APPROVAL_APPROVED,
	UI_ROLE_APPROVAL_REJECTED,
	UI_ROLE_TODO_DONE,
	UI_ROLE_HELP_KEY,
	UI_ROLE_PROMPT,
	UI_ROLE_COUNT
};

struct ui_env {
	struct ui_screen *screen;	 /* not owned */
	attr_t role_attr[UI_ROLE_COUNT]; /* attributes and colour pair of each role */
	bool is_ascii_lines;		 /* draw lines with -|+ instead of box characters */
	bool is_low_bandwidth;		 /* no spinner, arrow cursor instead of a highlighted row */
	bool is_focused_secondary;	 /* which pane has the focus (for the cursor mark) */
};

/* An environment with attribute-only defaults (bold, reverse) for every role. */
void ui_env_init(struct ui_env *env, struct ui_screen *screen);
/* The attributes of ROLE. */
attr_t ui_env_attr(const struct ui_env *env, enum ui_role role);

#endif
