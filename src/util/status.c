/* Status messages and names, generated from status.def. */
#include "config.h"

#include "util/status.h"

static const char *const messages[] = {
#define X(name, msg) [name] = msg,
#include "util/status.def"
#undef X
};

static const char *const names[] = {
#define X(name, msg) [name] = #name,
#include "util/status.def"
#undef X
};

const char *status_message(enum status status)
{
	if ((unsigned)status >= STATUS_COUNT)
		return "unknown error";
	return messages[status];
}

const char *status_name(enum status status)
{
	if ((unsigned)status >= STATUS_COUNT)
		return "STATUS_UNKNOWN";
	return names[status];
}

enum status status_from_http(long http_code)
{
	if (http_code >= 200 && http_code < 300)
		return STATUS_OK;
	switch (http_code) {
	case 400:
		return STATUS_HTTP_400;
	case 401:
		return STATUS_HTTP_401;
	case 403:
		return STATUS_HTTP_403;
	case 404:
		return STATUS_HTTP_404;
	case 429:
		return STATUS_HTTP_429;
	default:
		break;
	}
	if (http_code >= 400 && http_code < 500)
		return STATUS_HTTP_4XX;
	if (http_code >= 500 && http_code < 600)
		return STATUS_HTTP_5XX;
	return STATUS_HTTP_OTHER;
}
