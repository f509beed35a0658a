/* Whole-file replacement through a temporary file, fsync and rename. */
#include "config.h"

#include "util/atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/strbuf.h"

bool atomic_file_write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return false;
		if (n == 0) {
			errno = EIO;
			return false;
		}
		data += n;
		len -= (size_t)n;
	}
	return true;
}

/* The temporary file written whole and renamed over PATH; closed unless KEEP_OPEN. Returns
 * the descriptor (0 when closed), or -1 with errno set. */
static int replace(const char *path, const char *data, size_t len, bool keep_open)
{
	struct strbuf tmp;
	strbuf_init(&tmp);
	strbuf_appendf(&tmp, "%s.XXXXXX", path);
	int fd = mkstemp(tmp.data); /* 0600 */
	if (fd < 0)
		goto out;
	fcntl(fd, F_SETFD, FD_CLOEXEC); /* not left to programs the console runs */
	bool ok = atomic_file_write_all(fd, data, len) && fsync(fd) == 0;
	int saved = errno;
	if (!keep_open) {
		if (close(fd) != 0 && ok) {
			ok = false;
			saved = errno;
		}
		fd = 0;
	}
	if (ok && rename(tmp.data, path) != 0) {
		ok = false;
		saved = errno;
	}
	if (!ok) {
		if (keep_open)
			close(fd);
		unlink(tmp.data);
		fd = -1;
		errno = saved;
	}
out:
	strbuf_fini(&tmp);
	return fd;
}

bool atomic_file_write(const char *path, const char *data, size_t len)
{
	return replace(path, data, len, false) == 0;
}

int atomic_file_replace(const char *path, const char *data, size_t len)
{
	int fd = replace(path, data, len, true);
	if (fd >= 0 && lseek(fd, 0, SEEK_END) < 0) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}
