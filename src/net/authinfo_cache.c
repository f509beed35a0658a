/* The kept answer of /api/authinfo: one small file of "KEY VALUE" lines per profile. */
#include "config.h"

#include "net/authinfo_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/alloc.h"
#include "util/strbuf.h"

/* Longest line read: URLs and a tenant name fit many times over. */
#define AUTHINFO_LINE_BYTES 2048

void authinfo_entry_fini(struct authinfo_entry *entry)
{
	free(entry->auth_url);
	free(entry->tenant);
	entry->auth_url = entry->tenant = NULL;
}

/* A value must be printable ASCII without spaces: anything else is not a URL or a tenant. */
static bool is_plain_word(const char *s)
{
	if (!*s)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p >= 0x7f)
			return false;
	return true;
}

/* One "KEY VALUE" line into the fields it names; false on a line that does not read. */
static bool take_line(char *line, const char *api_url, bool *is_url_same, long long *saved_s,
		      struct authinfo_entry *e)
{
	line[strcspn(line, "\n")] = '\0';
	char *value = strchr(line, ' ');
	if (!value || !is_plain_word(value + 1))
		return false;
	*value++ = '\0';
	if (!strcmp(line, "api_url")) {
		*is_url_same = !strcmp(value, api_url);
	} else if (!strcmp(line, "auth_url") && !e->auth_url) {
		e->auth_url = xstrdup(value);
	} else if (!strcmp(line, "tenant") && !e->tenant) {
		e->tenant = xstrdup(value);
	} else if (!strcmp(line, "saved")) {
		char *end;
		errno = 0;
		*saved_s = strtoll(value, &end, 10);
		return !*end && !errno;
	} else {
		return false;
	}
	return true;
}

bool authinfo_cache_load(const char *path, const char *api_url, time_t now,
			 struct authinfo_entry *entry)
{
	entry->auth_url = entry->tenant = NULL;
	FILE *f = path ? fopen(path, "re") : NULL;
	if (!f)
		return false;
	char line[AUTHINFO_LINE_BYTES];
	bool is_url_same = false, ok = true;
	long long saved_s = -1;
	while (ok && fgets(line, sizeof(line), f))
		ok = strchr(line, '\n') && take_line(line, api_url, &is_url_same, &saved_s, entry);
	fclose(f);
	/* A clock set back must not make an old answer look new for ever. */
	ok = ok && is_url_same && saved_s >= 0 && saved_s <= (long long)now + 60 &&
	     (long long)now - saved_s < AUTHINFO_CACHE_MAX_AGE_S &&
	     (entry->auth_url || entry->tenant);
	if (!ok)
		authinfo_entry_fini(entry);
	return ok;
}

bool authinfo_cache_save(const char *path, const char *api_url, time_t now,
			 const struct authinfo_entry *entry)
{
	if (!path || !is_plain_word(api_url) ||
	    (entry->auth_url && !is_plain_word(entry->auth_url)) ||
	    (entry->tenant && !is_plain_word(entry->tenant)))
		return false;
	struct strbuf text, tmp;
	strbuf_init(&text);
	strbuf_init(&tmp);
	strbuf_appendf(&text, "api_url %s\n", api_url);
	if (entry->auth_url)
		strbuf_appendf(&text, "auth_url %s\n", entry->auth_url);
	if (entry->tenant)
		strbuf_appendf(&text, "tenant %s\n", entry->tenant);
	strbuf_appendf(&text, "saved %lld\n", (long long)now);
	strbuf_appendf(&tmp, "%s.XXXXXX", path);
	int fd = mkstemp(tmp.data); /* mode 0600 */
	bool ok = fd >= 0;
	if (ok) {
		ok = write(fd, text.data, text.len) == (ssize_t)text.len;
		ok = close(fd) == 0 && ok;
		ok = ok && rename(tmp.data, path) == 0;
		if (!ok)
			unlink(tmp.data);
	}
	strbuf_fini(&text);
	strbuf_fini(&tmp);
	return ok;
}

void authinfo_cache_forget(const char *path)
{
	if (path)
		unlink(path);
}
