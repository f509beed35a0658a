/* Routes not written yet. */
#include "config.h"

#include "mock/routes.h"

#define PENDING(name)                                                                              \
	void name(struct mock_ctx *c)                                                              \
	{                                                                                          \
		mock_reply_raw(c, 501, "{\"Message\":\"not implemented\"}");                       \
	}
PENDING(route_tickets_zapier)
PENDING(route_tickets_salesmailbox)
PENDING(route_tickets_vote)
PENDING(route_tickets_view)
PENDING(route_tickets_processchildren)
PENDING(route_tickets_billableproject)
PENDING(route_viewlog)
PENDING(route_approvals_list)
PENDING(route_approvals_one)
PENDING(route_approvals_post)
PENDING(route_approvals_delete)
PENDING(route_todo_list)
PENDING(route_todo_post)
PENDING(route_actions_list)
PENDING(route_actions_post)
PENDING(route_draft_post)
PENDING(route_forecast_get)
PENDING(route_forecast_post)
PENDING(route_closure_list)
PENDING(route_closure_one)
PENDING(route_closure_post)
PENDING(route_closure_delete)
