/* Signal handlers: they only set a flag, write the wake pipe, or restore the terminal. */
#include "config.h"

#include "app/signals.h"

#include <signal.h>
#include <stddef.h>
#include <string.h>

#include "ui/screen.h"

/* A handler has no argument to find these by: they are the only state signals touch. */
static struct wake_pipe *signal_wake;
static volatile sig_atomic_t quit_flag;

static const int quit_signals[] = { SIGTERM, SIGINT, SIGHUP };
static const int fatal_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGQUIT };

static void on_quit(int sig)
{
	(void)sig;
	quit_flag = 1;
	if (signal_wake)
		wake_pipe_signal(signal_wake);
}

static void on_fatal(int sig)
{
	ui_screen_emergency_restore();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void set_handler(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

void signals_install(struct wake_pipe *wake)
{
	signal_wake = wake;
	quit_flag = 0;
	for (size_t i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++)
		set_handler(quit_signals[i], on_quit, 0);
	for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		set_handler(fatal_signals[i], on_fatal, SA_RESETHAND | SA_NODEFER);
	set_handler(SIGPIPE, SIG_IGN, 0);
}

bool signals_quit_requested(void)
{
	return quit_flag != 0;
}

void signals_uninstall(void)
{
	for (size_t i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++)
		set_handler(quit_signals[i], SIG_DFL, 0);
	for (size_t i = 0; i < sizeof(fatal_signals) / sizeof(fatal_signals[0]); i++)
		set_handler(fatal_signals[i], SIG_DFL, 0);
	signal_wake = NULL;
}
