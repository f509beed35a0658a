/* The request log: routes with secrets redacted, one line per exchange. */
#include "config.h"

#include "net/reqlog.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/alloc.h"
#include "util/strbuf.h"

static const char *const secret_params[] = {
	"client_secret", "access_token", "refresh_token", "id_token", "token", "code", "password",
};

static bool reqlog_is_secret(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(secret_params) / sizeof(secret_params[0]); i++)
		if (strlen(secret_params[i]) == len &&
		    strncasecmp(name, secret_params[i], len) == 0)
			return true;
	return false;
}

/* Appends QUERY (after '?') with secret values replaced. */
static void reqlog_append_query(struct strbuf *sb, const char *query)
{
	const char *p = query;
	while (*p) {
		size_t seg = strcspn(p, "&");
		size_t name_len = strcspn(p, "=&");
		strbuf_append(sb, p, name_len);
		if (name_len < seg) {
			strbuf_append_char(sb, '=');
			if (reqlog_is_secret(p, name_len))
				strbuf_append_str(sb, "[redacted]");
			else
				strbuf_append(sb, p + name_len + 1, seg - name_len - 1);
		}
		p += seg;
		if (*p == '&')
			strbuf_append_char(sb, *p++);
	}
}

char *reqlog_redact_route(const char *url)
{
	struct strbuf sb;
	strbuf_init(&sb);
	const char *p = url ? url : "";
	const char *scheme_end = strstr(p, "://");
	if (scheme_end) {
		p = scheme_end + 3;
		p += strcspn(p, "/?#");
	}
	size_t path_len = strcspn(p, "?#");
	strbuf_append(&sb, p, path_len);
	if (sb.len == 0)
		strbuf_append_char(&sb, '/');
	if (p[path_len] == '?') {
		strbuf_append_char(&sb, '?');
		char *query = xstrndup(p + path_len + 1, strcspn(p + path_len + 1, "#"));
		reqlog_append_query(&sb, query ? query : "");
		free(query);
	}
	char *text = strbuf_take(&sb);
	return text;
}

void reqlog_line(struct log *log, const char *method, const char *url, long http_code, long ms,
		 size_t bytes, unsigned retries, const char *note)
{
	if (!log)
		return;
	char *route = reqlog_redact_route(url);
	log_printf(log, LOG_INFO, "%s %s %ld %ldms %zuB retries=%u%s%s%s", method, route, http_code,
		   ms, bytes, retries, note ? " (" : "", note ? note : "", note ? ")" : "");
	free(route);
}
