/* The drawing environment: role attributes with attribute-only defaults. */
#include "config.h"

#include "ui/env.h"

#include <string.h>

/* How each role looks without colour; a theme adds colours on top. */
static const attr_t mono_attr[UI_ROLE_COUNT] = {
	[UI_ROLE_TITLE] = A_BOLD,
	[UI_ROLE_LIST_HEADER] = A_BOLD | A_UNDERLINE,
	[UI_ROLE_LIST_SELECTED] = A_REVERSE,
	[UI_ROLE_LIST_UNREAD] = A_BOLD,
	[UI_ROLE_SLA_BREACHED] = A_BOLD,
	[UI_ROLE_STATUS_BAR] = A_REVERSE,
	[UI_ROLE_STATUS_ERROR] = A_REVERSE | A_BOLD,
	[UI_ROLE_STATUS_DEMO] = A_REVERSE | A_BOLD,
	[UI_ROLE_STATUS_READONLY] = A_REVERSE | A_BOLD,
	[UI_ROLE_DETAIL_LABEL] = A_BOLD,
	[UI_ROLE_DETAIL_LINK] = A_UNDERLINE,
	[UI_ROLE_ACTION_WHO] = A_BOLD,
	[UI_ROLE_APPROVAL_PENDING] = A_BOLD,
	[UI_ROLE_TODO_DONE] = A_DIM,
	[UI_ROLE_HELP_KEY] = A_BOLD,
};

void ui_env_init(struct ui_env *env, struct ui_screen *screen)
{
	memset(env, 0, sizeof(*env));
	env->screen = screen;
	memcpy(env->role_attr, mono_attr, sizeof(mono_attr));
}

attr_t ui_env_attr(const struct ui_env *env, enum ui_role role)
{
	return (unsigned)role < UI_ROLE_COUNT ? env->role_attr[role] : A_NORMAL;
}
