/* Signals: a clean quit on SIGTERM/SIGINT/SIGHUP, a restored terminal on fatal ones. */
#ifndef HALOTUI_APP_SIGNALS_H
#define HALOTUI_APP_SIGNALS_H

#include <stdbool.h>

#include "util/wake_pipe.h"

/* Installs the handlers. A quit signal sets a flag and wakes WAKE; a fatal one restores the
 * terminal and re-raises itself. */
void signals_install(struct wake_pipe *wake);
/* True once a quit signal arrived. */
bool signals_quit_requested(void);
/* Puts the default handlers back. */
void signals_uninstall(void);

#endif
