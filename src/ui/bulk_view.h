/* The bulk pane: a bulk change's writes, one a line ("#1234 status: New → In Progress"),
 * before they are sent (y sends them, n or Esc cancels), then each with its answer and the
 * report on top. It scrolls as every pane does. */
#ifndef HALOTUI_UI_BULK_VIEW_H
#define HALOTUI_UI_BULK_VIEW_H

#include "model/bulk_plan.h"
#include "ui/view.h"

/* What the pane asks of the code that opened it; CTX is the host's (the app). */
struct bulk_host {
	void *ctx;
	void (*send)(void *ctx);   /* y: send the plan's writes */
	void (*cancel)(void *ctx); /* n or Esc before sending: drop the plan, nothing sent */
};

extern const struct view_ops bulk_view_ops;

/* A pane over PLAN (borrowed: it must outlive the pane) asking HOST (copied). */
struct view *bulk_view_new(struct ui_env *env, struct bulk_plan *plan,
			   const struct bulk_host *host);

#endif
