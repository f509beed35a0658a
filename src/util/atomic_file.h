/* Files replaced whole: a reader sees the old file or the new one, never half of either. */
#ifndef HALOTUI_UTIL_ATOMIC_FILE_H
#define HALOTUI_UTIL_ATOMIC_FILE_H

#include <stdbool.h>
#include <stddef.h>

/* Writes all LEN bytes of DATA to FD, again after EINTR and short writes. False with errno
 * set when a write fails. */
bool atomic_file_write_all(int fd, const char *data, size_t len);
/* Replaces PATH with LEN bytes of DATA: a temporary file beside it (mode 0600), fsync, close,
 * rename. False with errno set and the temporary file removed; PATH is then untouched. Makes
 * no folders. */
bool atomic_file_write(const char *path, const char *data, size_t len);
/* As atomic_file_write, but the new file stays open: returns its descriptor, opened for
 * writing at its end (caller closes), or -1 with errno set. */
int atomic_file_replace(const char *path, const char *data, size_t len);

#endif
