/* The route handlers of the emulator, one group per file; dispatch.c holds the table. */
#ifndef HALOTUI_MOCK_ROUTES_H
#define HALOTUI_MOCK_ROUTES_H

#include "mock/server.h"

/* auth.c side: POST /auth/token, GET /api/authinfo */
void route_token(struct mock_ctx *c);
void route_authinfo(struct mock_ctx *c);
/* authorize.c: GET and POST /auth/authorize, POST /auth/revoke */
void route_authorize_get(struct mock_ctx *c);
void route_authorize_post(struct mock_ctx *c);
void route_revoke(struct mock_ctx *c);
/* lookups.c */
void route_status(struct mock_ctx *c);
void route_priority(struct mock_ctx *c);
void route_agents(struct mock_ctx *c);
void route_agent_me(struct mock_ctx *c);
void route_agent_one(struct mock_ctx *c);
void route_teams(struct mock_ctx *c);
void route_tickettypes(struct mock_ctx *c);
void route_clients(struct mock_ctx *c);
/* tickets_list.c */
void route_tickets_list(struct mock_ctx *c);
/* tickets_one.c */
void route_ticket_get(struct mock_ctx *c);
void route_ticket_delete(struct mock_ctx *c);
void route_tickets_post(struct mock_ctx *c);
void route_tickets_object(struct mock_ctx *c);
/* tickets_more.c */
void route_tickets_zapier(struct mock_ctx *c);
void route_tickets_salesmailbox(struct mock_ctx *c);
void route_tickets_vote(struct mock_ctx *c);
void route_tickets_view(struct mock_ctx *c);
void route_tickets_processchildren(struct mock_ctx *c);
void route_tickets_billableproject(struct mock_ctx *c);
void route_viewlog(struct mock_ctx *c);
/* approvals.c */
void route_approvals_list(struct mock_ctx *c);
void route_approvals_one(struct mock_ctx *c);
void route_approvals_post(struct mock_ctx *c);
void route_approvals_delete(struct mock_ctx *c);
/* todos.c */
void route_todo_list(struct mock_ctx *c);
void route_todo_post(struct mock_ctx *c);
/* actions.c */
void route_actions_list(struct mock_ctx *c);
void route_actions_post(struct mock_ctx *c);
/* misc.c: forecasts, closure confirmations */
void route_forecast_get(struct mock_ctx *c);
void route_forecast_post(struct mock_ctx *c);
void route_closure_list(struct mock_ctx *c);
void route_closure_one(struct mock_ctx *c);
void route_closure_post(struct mock_ctx *c);
void route_closure_delete(struct mock_ctx *c);
/* outcomes.c */
void route_outcomes(struct mock_ctx *c);
void route_outcome_one(struct mock_ctx *c);
/* drafts.c: drafts of new tickets, per agent */
void route_draft_post(struct mock_ctx *c);
void route_draft_list(struct mock_ctx *c);
void route_draft_one(struct mock_ctx *c);
/* sites.c: a client's sites, a site's users */
void route_sites(struct mock_ctx *c);
void route_users(struct mock_ctx *c);

#endif
