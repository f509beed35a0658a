/* JSON -> lookups: Status, Priority, Agent, Agent/me, Team, TicketType, Client, Outcome. */
#ifndef HALOTUI_MODEL_LOOKUPS_JSON_H
#define HALOTUI_MODEL_LOOKUPS_JSON_H

#include <stddef.h>

#include "model/lookups.h"
#include "model/model_error.h"
#include "util/status.h"

/*
 * Each fills *OUT (caller frees with the matching *_fini). Plain arrays; a wrapper object
 * with the list under its usual key ("clients", "agents", "teams", "tickettypes",
 * "statuses", "priorities", "records") is accepted too. Convention of model/ticket_json.h.
 */
enum status status_list_from_json(const char *body, size_t len, struct status_list *out,
				  struct model_error *err);
enum status priority_list_from_json(const char *body, size_t len, struct priority_list *out,
				    struct model_error *err);
enum status agent_list_from_json(const char *body, size_t len, struct agent_list *out,
				 struct model_error *err);
/* GET /Agent/me: one object; *OUT gets one item. */
enum status agent_me_from_json(const char *body, size_t len, struct agent_list *out,
			       struct model_error *err);
/* GET /Team, GET /TicketType (arrays), GET /Client ({record_count, clients}). */
enum status named_list_from_json(const char *body, size_t len, struct named_list *out,
				 struct model_error *err);
/* GET /Outcome (an array; "outcomes" or "records" wrappers too). A row without an id is
 * skipped and noted. */
enum status outcome_list_from_json(const char *body, size_t len, struct outcome_list *out,
				   struct model_error *err);

/* Each list as a plain JSON array that the matching parser above reads back into the same
 * list (the cache of lookups on disk). Caller frees; never NULL (allocation aborts). */
char *status_list_to_json(const struct status_list *l);
char *priority_list_to_json(const struct priority_list *l);
char *agent_list_to_json(const struct agent_list *l);
char *named_list_to_json(const struct named_list *l);
char *outcome_list_to_json(const struct outcome_list *l);

#endif
