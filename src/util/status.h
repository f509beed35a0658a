/* Status codes shared by every layer, with their user-facing messages. */
#ifndef HALOTUI_UTIL_STATUS_H
#define HALOTUI_UTIL_STATUS_H

enum status {
#define X(name, msg) name,
#include "util/status.def"
#undef X
	STATUS_COUNT
};

/* The user-facing message of STATUS; a static string, never NULL. */
const char *status_message(enum status status);

/* The constant's own name ("STATUS_HTTP_404"), for logs and tests. */
const char *status_name(enum status status);

/* The status that stands for HTTP code HTTP_CODE (STATUS_OK for 2xx). */
enum status status_from_http(long http_code);

#endif
