/* The request log: one line per HTTP exchange, secrets redacted. */
#ifndef HALOTUI_NET_REQLOG_H
#define HALOTUI_NET_REQLOG_H

#include <stddef.h>

#include "util/log.h"

/* URL without scheme and host, with the value of every secret-bearing query parameter
 * (client_secret, access_token, refresh_token, id_token, token, code, password)
 * replaced by "[redacted]". Caller owns the result. */
char *reqlog_redact_route(const char *url);

/* Writes "METHOD ROUTE STATUS MSms BYTESB retries=N" (ROUTE redacted here) and, when
 * NOTE is set, " (NOTE)". NULL LOG writes nothing. */
void reqlog_line(struct log *log, const char *method, const char *url, long http_code, long ms,
		 size_t bytes, unsigned retries, const char *note);

#endif
