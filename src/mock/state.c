/* The state file (pending). */
#include "config.h"

#include "mock/state.h"

#include <stdio.h>

bool mock_state_save(const struct mock_data *data, const char *path, char *err, size_t errlen)
{
	(void)data;
	snprintf(err, errlen, "cannot save %s yet", path);
	return false;
}

struct mock_data *mock_state_load(const char *path, char *err, size_t errlen)
{
	snprintf(err, errlen, "cannot load %s yet", path);
	return NULL;
}
