/* Drafts of new tickets on disk: one file per form, in the profile's state folder
 * ($XDG_STATE_HOME/halotui/PROFILE/drafts/), written whole and renamed into place so that a
 * crash leaves the last complete one. */
#ifndef HALOTUI_APP_DRAFTS_H
#define HALOTUI_APP_DRAFTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/draft_form.h"

struct draft_store {
	char *dir; /* ".../drafts/" (owned), or NULL: no drafts are kept (the demo) */
};

/* Points S at PROFILE's drafts folder (made when the first draft is written). */
void draft_store_open(struct draft_store *s, const char *profile);
/* Forgets the folder (the files stay); NULL-safe on a store never opened. */
void draft_store_close(struct draft_store *s);
/* The drafts kept, newest first: *PATHS (and *SAVED_AT, when not NULL: when each was last
 * written) are the caller's to free with draft_store_list_free (and free). Returns how many. */
size_t draft_store_list(const struct draft_store *s, char ***paths, time_t **saved_at);
void draft_store_list_free(char **paths, size_t n);
/* The path of the draft written last (caller frees), or NULL when there is none. */
char *draft_store_newest(const struct draft_store *s);
/* A path for the draft of a form started now (caller frees), or NULL when none are kept. */
char *draft_store_new_path(const struct draft_store *s);
/* Writes TEXT as the draft PATH. False with the reason in ERR. */
bool draft_store_write(const char *path, const char *text, size_t len, char *err, size_t errlen);
/* Reads the draft PATH into D. False when it cannot be read or is no draft. */
bool draft_store_read(const char *path, struct draft_form *d);
/* Removes the draft PATH (NULL-safe; a missing file is no error). */
void draft_store_remove(const char *path);

#endif
