/* The one-shot listener of the agent sign-in: on 127.0.0.1, it waits for the browser's
 * redirect, answers it with a page that says the window may be closed, and closes. */
#ifndef HALOTUI_NET_OAUTH_LISTENER_H
#define HALOTUI_NET_OAUTH_LISTENER_H

#include <stdbool.h>

#include "util/status.h"

struct oauth_listener {
	int fd;
	unsigned short port;
};

/* Listens on 127.0.0.1:PORT (0: a free port, given back in L->port). False with *ERR. */
bool oauth_listener_open(struct oauth_listener *l, unsigned short port, char **err);
/* Waits for the redirect that carries STATE: its code in *CODE (caller frees). Requests
 * without a code or an error (a favicon) get 404 and the wait goes on; a wrong state or an
 * error is answered with a page saying so and returned in *ERR. */
enum status oauth_listener_wait(struct oauth_listener *l, const char *state, char **code,
				char **err);
void oauth_listener_close(struct oauth_listener *l);

#endif
