/* The URLs of a profile, checked as the network checks them (util/url_check). */
#ifndef HALOTUI_CONFIG_URL_H
#define HALOTUI_CONFIG_URL_H

#include <stdbool.h>

/* Accepts https://..., and http://... only to a loopback host, as libcurl's URL parser reads
 * them (the network refuses the same ones); false with *ERROR (caller frees) explaining which
 * rule failed. */
bool url_check(const char *text, char **error);

#endif
