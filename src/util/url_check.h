/* The one URL check of the program, for the config (at `set url`) and the network (before any
 * request): read by libcurl's own URL parser, so both agree with what libcurl will connect to. */
#ifndef HALOTUI_UTIL_URL_CHECK_H
#define HALOTUI_UTIL_URL_CHECK_H

#include <stdbool.h>

/*
 * True when TEXT is an absolute https URL with a host (and a port from 1 to 65535 when one is
 * given), or an http URL to a loopback host. Otherwise false with the reason in *ERROR (caller
 * frees; ERROR may be NULL). HOST_OUT (may be NULL) gets the host as libcurl reads it
 * (caller frees), on success only.
 */
bool url_check_allowed(const char *text, char **host_out, char **error);

/* True for a loopback host as libcurl's URL parser gives it: localhost (exactly, any case:
 * "localhost." may be asked of DNS), a dotted quad 127.x.y.z, or [::1]. */
bool url_check_is_loopback(const char *host);

#endif
