/* The state file: the data set written as JSON on exit and read back at start. */
#ifndef HALOTUI_MOCK_STATE_H
#define HALOTUI_MOCK_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "mock/data.h"

/* Writes DATA to PATH (util/atomic_file: a temporary file, fsync, rename). Caller holds the data lock.
 * False and a message in ERR on failure. */
bool mock_state_save(const struct mock_data *data, const char *path, char *err, size_t errlen);
/* Rebuilds the data saved in PATH; NULL and a message in ERR when it cannot be read. */
struct mock_data *mock_state_load(const char *path, char *err, size_t errlen);

#endif
