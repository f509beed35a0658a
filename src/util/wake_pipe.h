/* A non-blocking self-pipe: another thread or a signal handler wakes the UI's poll(). */
#ifndef HALOTUI_UTIL_WAKE_PIPE_H
#define HALOTUI_UTIL_WAKE_PIPE_H

#include <stdbool.h>

struct wake_pipe {
	int read_fd;  /* poll this for POLLIN */
	int write_fd; /* written by wake_pipe_signal */
};

/* Opens both ends non-blocking and close-on-exec. False (errno set) on failure. */
bool wake_pipe_open(struct wake_pipe *wp);
void wake_pipe_close(struct wake_pipe *wp);
/* Writes one byte; async-signal-safe; a full pipe already means "wake up", so it is ignored. */
void wake_pipe_signal(struct wake_pipe *wp);
/* Reads every pending byte; returns how many there were. */
int wake_pipe_drain(struct wake_pipe *wp);

#endif
