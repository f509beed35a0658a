/* A bulk change: the writes one command makes to every tagged ticket, listed before they are
 * sent (the preview), then settled one by one (progress, per-row results, the report). */
#ifndef HALOTUI_MODEL_BULK_PLAN_H
#define HALOTUI_MODEL_BULK_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "model/ticket_id.h"
#include "util/strbuf.h"

enum bulk_item_state {
	BULK_ITEM_WAITING, /* previewed, not sent */
	BULK_ITEM_SENT,	   /* handed to the write path, no answer yet */
	BULK_ITEM_CHANGED, /* the server accepted it */
	BULK_ITEM_FAILED,  /* refused (by the server, or before it was sent) */
	BULK_ITEM_SKIPPED, /* the ticket already holds the value: nothing is sent */
};

/* One write of the plan. Strings owned. */
struct bulk_item {
	ticket_id_t ticket_id;
	char *line; /* what it writes: "#1234 status: New → In Progress" */
	enum bulk_item_state state;
	long http_code; /* failed: the HTTP status, 0 when there was no answer */
	char *error;	/* failed: the server's words (or why it was not sent), or NULL */
};

struct bulk_plan {
	char *command; /* the command applied ("status"); owned; NULL: no plan */
	char *arg;     /* its argument as typed ("In Progress"), "" for none; owned */
	struct bulk_item *items;
	size_t count, cap;
	char *already;	  /* the value skipped tickets already hold ("Low"), or NULL; owned */
	bool is_sent;	  /* confirmed: its writes went to the write path */
	unsigned changes; /* grows with every change: panes showing it know to look again */
};

/* No plan. bulk_plan_fini frees it all. */
void bulk_plan_init(struct bulk_plan *p);
void bulk_plan_fini(struct bulk_plan *p);
/* Starts a new plan of COMMAND with ARG (copied; ARG may be NULL; either may be the old
 * plan's own), forgetting the old one. */
void bulk_plan_start(struct bulk_plan *p, const char *command, const char *arg);
/* Adds the write to TICKET_ID that LINE (copied) describes, waiting. */
void bulk_plan_add(struct bulk_plan *p, ticket_id_t ticket_id, const char *line);
/* The item of TICKET_ID, or NULL. */
struct bulk_item *bulk_plan_find(struct bulk_plan *p, ticket_id_t ticket_id);
/* Marks ITEM sent. */
void bulk_plan_sent(struct bulk_plan *p, struct bulk_item *item);
/* Settles ITEM: changed, or failed with HTTP_CODE and ERROR (copied; may be NULL). */
void bulk_plan_settle(struct bulk_plan *p, struct bulk_item *item, bool is_changed, long http_code,
		      const char *error);
/* Adds TICKET_ID, which already holds ALREADY (copied: "Low"), skipped: LINE (copied) says
 * so. Every skipped item of a plan holds the same value. */
void bulk_plan_skip(struct bulk_plan *p, ticket_id_t ticket_id, const char *line,
		    const char *already);
/* Items to send: all but the skipped. */
size_t bulk_plan_writes(const struct bulk_plan *p);
/* Items in STATE. */
size_t bulk_plan_count(const struct bulk_plan *p, enum bulk_item_state state);
/* Sent and every item answered (or refused). */
bool bulk_plan_is_done(const struct bulk_plan *p);
/* "bulk status: 37 of 200": writes answered of all sent, while the plan is out. */
void bulk_plan_progress(const struct bulk_plan *p, struct strbuf *out);
/* "12 of 14 changed; 2 failed: #1201 403 \"words\", #1207 \"words\"" (all changed: "14 of 14
 * changed"), with "; 2 already Low, skipped" before the failures when some were skipped. */
void bulk_plan_report(const struct bulk_plan *p, struct strbuf *out);
/* "2 already Low, skipped", or nothing when none was. */
void bulk_plan_skipped(const struct bulk_plan *p, struct strbuf *out);
/* What the item's row says after its line: "", "sending", "changed", "failed: 403 words"
 * ("" when skipped: its line says so). */
void bulk_item_result(const struct bulk_item *item, struct strbuf *out);

#endif
