/* Tests of util/wake_pipe: a signal makes the read end readable; draining empties it. */
#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>

#include "harness.h"
#include "util/wake_pipe.h"

static int readable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	return poll(&p, 1, 0);
}

START_TEST(a_signal_wakes_poll_and_drain_quietens_it)
{
	struct wake_pipe wp;
	ck_assert(wake_pipe_open(&wp));
	ck_assert_int_eq(readable(wp.read_fd), 0);
	wake_pipe_signal(&wp);
	wake_pipe_signal(&wp);
	ck_assert_int_eq(readable(wp.read_fd), 1);
	ck_assert_int_eq(wake_pipe_drain(&wp), 2);
	ck_assert_int_eq(readable(wp.read_fd), 0);
	wake_pipe_close(&wp);
}
END_TEST

START_TEST(a_full_pipe_never_blocks_the_signaller)
{
	struct wake_pipe wp;
	ck_assert(wake_pipe_open(&wp));
	for (int i = 0; i < 200000; i++)
		wake_pipe_signal(&wp);
	ck_assert_int_gt(wake_pipe_drain(&wp), 0);
	ck_assert_int_eq(readable(wp.read_fd), 0);
	wake_pipe_close(&wp);
}
END_TEST

START_TEST(both_ends_are_non_blocking_and_close_on_exec)
{
	struct wake_pipe wp;
	ck_assert(wake_pipe_open(&wp));
	ck_assert(fcntl(wp.read_fd, F_GETFL) & O_NONBLOCK);
	ck_assert(fcntl(wp.write_fd, F_GETFL) & O_NONBLOCK);
	ck_assert(fcntl(wp.read_fd, F_GETFD) & FD_CLOEXEC);
	ck_assert(fcntl(wp.write_fd, F_GETFD) & FD_CLOEXEC);
	wake_pipe_close(&wp);
	ck_assert_int_eq(wp.read_fd, -1);
}
END_TEST

HARNESS_MAIN("wake_pipe", a_signal_wakes_poll_and_drain_quietens_it,
	     a_full_pipe_never_blocks_the_signaller, both_ends_are_non_blocking_and_close_on_exec)
