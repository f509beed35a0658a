/* Error bodies (plain text or any of Halo's JSON shapes) -> one human message. */
#ifndef HALOTUI_MODEL_ERROR_JSON_H
#define HALOTUI_MODEL_ERROR_JSON_H

#include <stddef.h>

#include "model/api_error.h"

/*
 * Fills E (api_error_init'ed or zeroed; previous strings freed) from an HTTP answer:
 * kind from HTTP_CODE (status_from_http), code and message from BODY, which may be plain
 * text ("CODE:APP03/2 Please select..."), {"error"}, {"error","error_description"},
 * {"Message"}, {"ClassName","Message"}, {"resultCode","errorMessage"}, ASP.NET
 * {"[0].id":["..."]}, or empty. HTML bodies give no message. Never fails.
 */
void api_error_from_response(struct api_error *e, long http_code, const char *route,
			     const char *body, size_t len);

#endif
