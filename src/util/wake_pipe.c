/* The self-pipe that turns "a result arrived" or "a signal came" into a readable fd. */
#include "config.h"

#include "util/wake_pipe.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static bool set_flags(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
		return false;
	return fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

bool wake_pipe_open(struct wake_pipe *wp)
{
	int fds[2];
	wp->read_fd = wp->write_fd = -1;
	if (pipe(fds) != 0)
		return false;
	if (!set_flags(fds[0]) || !set_flags(fds[1])) {
		int saved = errno;
		close(fds[0]);
		close(fds[1]);
		errno = saved;
		return false;
	}
	wp->read_fd = fds[0];
	wp->write_fd = fds[1];
	return true;
}

void wake_pipe_close(struct wake_pipe *wp)
{
	if (wp->read_fd >= 0)
		close(wp->read_fd);
	if (wp->write_fd >= 0)
		close(wp->write_fd);
	wp->read_fd = wp->write_fd = -1;
}

void wake_pipe_signal(struct wake_pipe *wp)
{
	int saved = errno;
	const char byte = 1;
	ssize_t n;
	do
		n = write(wp->write_fd, &byte, 1);
	while (n < 0 && errno == EINTR);
	errno = saved;
}

int wake_pipe_drain(struct wake_pipe *wp)
{
	char buf[256];
	int total = 0;
	for (;;) {
		ssize_t n = read(wp->read_fd, buf, sizeof(buf));
		if (n > 0) {
			total += (int)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		break;
	}
	return total;
}
