/* A failed API call as the user sees it: status, HTTP code, the server's own words, route. */
#ifndef HALOTUI_MODEL_API_ERROR_H
#define HALOTUI_MODEL_API_ERROR_H

#include "util/status.h"

/* Strings owned (malloc'd); api_error_fini frees them. */
struct api_error {
	enum status kind; /* STATUS_HTTP_400, STATUS_AUTH, STATUS_NETWORK, ... */
	long http_code;	  /* 0 when no HTTP answer (network) */
	char *code; /* the server's code when it gave one ("APP03/2", "invalid_client"), or NULL */
	char *message; /* the server's own words, one line, cleaned of controls; or NULL */
	char *route;   /* "GET /Tickets/42" or similar, or NULL */
};

void api_error_init(struct api_error *e);
void api_error_fini(struct api_error *e); /* NULL-safe */
/* Fills E with KIND/HTTP_CODE and copies ROUTE and MESSAGE (either may be NULL). */
void api_error_set(struct api_error *e, enum status kind, long http_code, const char *route,
		   const char *message);
/*
 * One human line for the status bar, caller owns:
 *   "the server refused the request (400): Please select the CAB members to approve
 *    [APP03/2] (POST /TicketApproval)"
 * Parts that are absent are left out.
 */
char *api_error_describe(const struct api_error *e);

#endif
