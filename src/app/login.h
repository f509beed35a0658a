/* Signing an agent in and out: `halotui login`, `halotui logout`, the console's :login, and
 * where the profile keeps the refresh token. */
#ifndef HALOTUI_APP_LOGIN_H
#define HALOTUI_APP_LOGIN_H

#include <stdbool.h>

#include "config/configuration.h"
#include "config/profile.h"
#include "model/auth.h"
#include "net/oauth_store.h"

struct app;

/* `halotui login [--profile NAME] [--no-browser]`: signs the profile's agent in and keeps the
 * refresh token. Returns the exit code (0, 1 when the sign-in failed, 2 on bad usage). */
int app_login_main(int argc, char **argv);
/* `halotui logout [--profile NAME]`: revokes the kept refresh token where the server offers
 * revocation, and forgets it. Returns the exit code. */
int app_logout_main(int argc, char **argv);

/* Where the selected profile of CFG keeps its refresh token (store-refresh-token,
 * token-store-command, token-load-command, the state directory). OUT: oauth_store_fini. */
void app_login_store(const struct config *cfg, const char *profile, struct oauth_store *out);
/* Signs CONN's agent in with the terminal: a browser and the loopback listener when
 * IS_LOCAL_BROWSER, else the URL printed (and copied with OSC 52 to a terminal) and the
 * redirect read back from stdin. OUT gets the tokens (token_fini); *ERR says why not. */
enum status app_login_run(const struct config *cfg, const struct profile_connection *conn,
			  bool is_local_browser, struct token *out, char **err);
/* :login in the console: suspends the screen for the sign-in, then hands the tokens to the
 * worker and keeps the refresh token. */
void app_login_console(struct app *a);
/* :whoami: who the console acts as, from GET /Agent/me. */
void app_login_whoami(struct app *a);

#endif
