/* Checking the URLs of a profile by hand (config cannot use libcurl): scheme, host, port. */
#ifndef HALOTUI_CONFIG_URL_H
#define HALOTUI_CONFIG_URL_H

#include <stdbool.h>

/* The parts of scheme://[userinfo@]host-or-[v6][:port][/path]. HOST has no brackets. */
struct url_parts {
	char *scheme; /* lower case */
	char *host;
	long port; /* -1 when absent */
	bool is_ipv6;
};

/* Splits TEXT into OUT (free with url_parts_fini); false with *ERROR (caller frees). */
bool url_parse(const char *text, struct url_parts *out, char **error);
void url_parts_fini(struct url_parts *parts);

/* True for localhost, 127.0.0.0/8 and ::1. */
bool url_host_is_loopback(const char *host, bool is_ipv6);

/* Accepts https://..., and http://... only to a loopback host; false with *ERROR (caller
 * frees) explaining which rule failed. */
bool url_check(const char *text, char **error);

#endif
