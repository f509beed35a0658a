/* Where an agent's refresh token is kept between runs: a 0600 file under the profile's state
 * directory, or a command pair (token-store-command, token-load-command) run without a
 * shell, the token on their stdin and stdout, never in argv. */
#ifndef HALOTUI_NET_OAUTH_STORE_H
#define HALOTUI_NET_OAUTH_STORE_H

#include <stdbool.h>

#include "util/status.h"

/* Everything owned; oauth_store_fini frees it. With neither a path nor commands the token is
 * kept nowhere (store-refresh-token = no): it lives as long as the process. */
struct oauth_store {
	char *path;	   /* $XDG_STATE_HOME/halotui/PROFILE/refresh-token, or NULL */
	char **store_argv; /* NULL-terminated, or NULL */
	char **load_argv;  /* NULL-terminated, or NULL */
	char *profile;	   /* given to the commands as HALOTUI_PROFILE */
};

void oauth_store_fini(struct oauth_store *s);
/* True when the token outlives the process (a file or a store command). */
bool oauth_store_is_kept(const struct oauth_store *s);
/* The kept token (caller wipes and frees), or STATUS_NOT_FOUND when there is none; other
 * failures with a sentence in *ERR (caller frees; never the token). */
enum status oauth_store_load(const struct oauth_store *s, char **token, char **err);
/* Keeps TOKEN: the file is written to a temporary file (0600) and renamed over the old one,
 * so a reader never sees half a token; or the store command gets it on stdin. */
enum status oauth_store_save(const struct oauth_store *s, const char *token, char **err);
/* Forgets the kept token: the file is removed, or the store command gets an empty stdin. */
enum status oauth_store_delete(const struct oauth_store *s, char **err);

#endif
