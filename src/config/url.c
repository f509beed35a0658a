/* The URLs of a profile: the one check of util/url_check, so config and network agree. */
#include "config.h"

#include "config/url.h"

#include <stddef.h>

#include "util/url_check.h"

bool url_check(const char *text, char **error)
{
	return url_check_allowed(text, NULL, error);
}
