/* Drafts of new tickets on disk: listed, written whole then renamed, read back, removed. */
#include "config.h"

#include "app/drafts.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config/paths.h"
#include "util/alloc.h"
#include "util/strbuf.h"

#define DRAFT_SUFFIX ".draft"
/* A draft larger than this is no draft of ours. */
#define DRAFT_MAX_BYTES (4 * 1024 * 1024)

void draft_store_open(struct draft_store *s, const char *profile)
{
	draft_store_close(s);
	char *state = paths_state_dir(profile);
	if (!state)
		return;
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%sdrafts/", state);
	s->dir = xstrdup(sb.data);
	strbuf_fini(&sb);
	free(state);
}

void draft_store_close(struct draft_store *s)
{
	free(s->dir);
	s->dir = NULL;
}

static bool is_draft_name(const char *name)
{
	size_t n = strlen(name), k = strlen(DRAFT_SUFFIX);
	return name[0] != '.' && n > k && !strcmp(name + n - k, DRAFT_SUFFIX);
}

char *draft_store_newest(const struct draft_store *s)
{
	DIR *d = s->dir ? opendir(s->dir) : NULL;
	if (!d)
		return NULL;
	char *best = NULL;
	struct timespec best_at = { 0, 0 };
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_draft_name(e->d_name))
			continue;
		struct strbuf path;
		strbuf_init(&path);
		strbuf_appendf(&path, "%s%s", s->dir, e->d_name);
		struct stat st;
		bool is_newer = stat(path.data, &st) == 0 && S_ISREG(st.st_mode) &&
				(!best || st.st_mtim.tv_sec > best_at.tv_sec ||
				 (st.st_mtim.tv_sec == best_at.tv_sec &&
				  st.st_mtim.tv_nsec > best_at.tv_nsec));
		if (is_newer) {
			free(best);
			best = xstrdup(path.data);
			best_at = st.st_mtim;
		}
		strbuf_fini(&path);
	}
	closedir(d);
	return best;
}

char *draft_store_new_path(const struct draft_store *s)
{
	if (!s->dir)
		return NULL;
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%snew-%lld-%ld-%ld%s", s->dir, (long long)now.tv_sec,
		       (long)now.tv_nsec / 1000, (long)getpid(), DRAFT_SUFFIX);
	char *path = xstrdup(sb.data);
	strbuf_fini(&sb);
	return path;
}

/* The folder of PATH (up to its last '/'), made with its parents. */
static bool make_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return true;
	char *dir = xstrndup(path, (size_t)(slash - path + 1));
	bool ok = paths_make_dirs(dir);
	free(dir);
	return ok;
}

bool draft_store_write(const char *path, const char *text, size_t len, char *err, size_t errlen)
{
	if (!make_parent(path)) {
		snprintf(err, errlen, "cannot make the drafts folder: %s", strerror(errno));
		return false;
	}
	struct strbuf tmp;
	strbuf_init(&tmp);
	strbuf_appendf(&tmp, "%s.tmp", path);
	FILE *f = fopen(tmp.data, "w");
	bool ok = f && fwrite(text, 1, len, f) == len;
	if (f && fclose(f) != 0)
		ok = false;
	if (ok)
		ok = rename(tmp.data, path) == 0;
	if (!ok) {
		snprintf(err, errlen, "cannot write the draft %s: %s", path, strerror(errno));
		remove(tmp.data);
	}
	strbuf_fini(&tmp);
	return ok;
}

bool draft_store_read(const char *path, struct draft_form *d)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	struct strbuf sb;
	strbuf_init(&sb);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0 && sb.len < DRAFT_MAX_BYTES)
		strbuf_append(&sb, buf, n);
	fclose(f);
	bool ok = sb.len < DRAFT_MAX_BYTES && draft_form_decode(sb.data ? sb.data : "", sb.len, d);
	strbuf_fini(&sb);
	return ok;
}

void draft_store_remove(const char *path)
{
	if (path)
		remove(path);
}
