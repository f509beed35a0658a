/* A failed API call, described in one line for the status bar. */
#include "config.h"

#include "model/api_error.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/strbuf.h"

void api_error_init(struct api_error *e)
{
	memset(e, 0, sizeof(*e));
	e->kind = STATUS_OK;
}

void api_error_fini(struct api_error *e)
{
	if (!e)
		return;
	free(e->code);
	free(e->message);
	free(e->route);
	api_error_init(e);
}

void api_error_set(struct api_error *e, enum status kind, long http_code, const char *route,
		   const char *message)
{
	api_error_fini(e);
	e->kind = kind;
	e->http_code = http_code;
	e->route = route ? xstrdup(route) : NULL;
	e->message = message && *message ? xstrdup(message) : NULL;
}

char *api_error_describe(const struct api_error *e)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, status_message(e->kind));
	if (e->kind == STATUS_HTTP_4XX || e->kind == STATUS_HTTP_OTHER)
		strbuf_appendf(&sb, " (%ld)", e->http_code);
	if (e->message)
		strbuf_appendf(&sb, ": %s", e->message);
	if (e->code)
		strbuf_appendf(&sb, " [%s]", e->code);
	if (e->route)
		strbuf_appendf(&sb, " (%s)", e->route);
	char *line = strbuf_take(&sb);
	return line;
}
