/* The lookups cached on disk per profile: read at start, written when a fetch answers. */
#ifndef HALOTUI_APP_LOOKUP_CACHE_H
#define HALOTUI_APP_LOOKUP_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "model/lookups.h"
#include "net/job.h"
#include "util/log.h"

/* The lookup kinds a session fetches, cached or not (statuses ... Agent/me, outcomes). */
#define LOOKUP_CACHE_KINDS 7
extern const enum job_kind lookup_cache_kinds[LOOKUP_CACHE_KINDS];

/* One profile's cache folder. Owned by the UI thread; zero-initialised it caches nothing. */
struct lookup_cache {
	char *dir;	 /* .../halotui/PROFILE/, owned; NULL: no cache */
	long max_age_s;	 /* older files are shown, then fetched again */
	unsigned stale;	 /* bit I: lookup_cache_kinds[I] was loaded stale */
	struct log *log; /* borrowed, may be NULL: where a bad file is reported */
};

/* Points C at PROFILE's folder ($XDG_CACHE_HOME/halotui/PROFILE/); nothing is read yet. */
void lookup_cache_open(struct lookup_cache *c, const char *profile, long max_age_s,
		       struct log *log);
void lookup_cache_close(struct lookup_cache *c); /* NULL-safe; C caches nothing after */

/* Reads every cached list into L. Kinds with no usable file (absent, unreadable, corrupt:
 * reported to the log once and removed) go to FETCH (room for LOOKUP_CACHE_KINDS): fetch them
 * now. Stale ones are kept for lookup_cache_take_stale. Returns how many went to FETCH. */
size_t lookup_cache_load(struct lookup_cache *c, struct lookups *l, enum job_kind *fetch);

/* The kinds loaded stale and not yet fetched again, into OUT (room for LOOKUP_CACHE_KINDS);
 * forgets them. Returns how many. */
size_t lookup_cache_take_stale(struct lookup_cache *c, enum job_kind *out);

/* Writes L's list of KIND to its file: a temporary file renamed over it, mode 0600, in a
 * folder of mode 0700. Kinds not cached are ignored. False when it cannot (logged). */
bool lookup_cache_store(struct lookup_cache *c, const struct lookups *l, enum job_kind kind);

#endif
