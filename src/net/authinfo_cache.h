/* The auth server's address as /api/authinfo gave it, kept on disk for a day so that a script
 * signs in without asking it again. Not a secret: no token or credential is ever kept here. */
#ifndef HALOTUI_NET_AUTHINFO_CACHE_H
#define HALOTUI_NET_AUTHINFO_CACHE_H

#include <stdbool.h>
#include <time.h>

/* How long a kept answer is trusted; after that the instance is asked again. */
#define AUTHINFO_CACHE_MAX_AGE_S (24 * 60 * 60)

/* What /api/authinfo answered for one API URL. */
struct authinfo_entry {
	char *auth_url; /* NULL when the answer named none */
	char *tenant;	/* NULL when the answer named none */
};

/* Reads PATH: true with ENTRY filled (caller frees with authinfo_entry_fini) when it holds an
 * answer for API_URL saved less than AUTHINFO_CACHE_MAX_AGE_S before NOW. A missing, torn,
 * stale or another URL's file is false, and ENTRY is left empty. */
bool authinfo_cache_load(const char *path, const char *api_url, time_t now,
			 struct authinfo_entry *entry);

/* Writes ENTRY for API_URL to PATH (mode 0600, through a temporary file renamed over it, so
 * a reader never sees half of it). False when it cannot; nothing depends on it. */
bool authinfo_cache_save(const char *path, const char *api_url, time_t now,
			 const struct authinfo_entry *entry);

/* Removes PATH: its answer led to a refused sign-in. */
void authinfo_cache_forget(const char *path);

void authinfo_entry_fini(struct authinfo_entry *entry);

#endif
