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
#include "util/atomic_file.h"
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

/* A draft file and when it was last written. */
struct draft_entry {
	char *path;
	struct timespec at;
};

static int newest_first(const void *pa, const void *pb)
{
	const struct draft_entry *a = pa, *b = pb;
	if (a->at.tv_sec != b->at.tv_sec)
		return a->at.tv_sec < b->at.tv_sec ? 1 : -1;
	if (a->at.tv_nsec != b->at.tv_nsec)
		return a->at.tv_nsec < b->at.tv_nsec ? 1 : -1;
	return strcmp(a->path, b->path);
}

size_t draft_store_list(const struct draft_store *s, char ***paths, time_t **saved_at)
{
	*paths = NULL;
	if (saved_at)
		*saved_at = NULL;
	DIR *d = s->dir ? opendir(s->dir) : NULL;
	if (!d)
		return 0;
	struct draft_entry *list = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!is_draft_name(e->d_name))
			continue;
		struct strbuf path;
		strbuf_init(&path);
		strbuf_appendf(&path, "%s%s", s->dir, e->d_name);
		struct stat st;
		if (stat(path.data, &st) == 0 && S_ISREG(st.st_mode)) {
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				list = xreallocarray(list, cap, sizeof(*list));
			}
			list[n++] = (struct draft_entry){ xstrdup(path.data), st.st_mtim };
		}
		strbuf_fini(&path);
	}
	closedir(d);
	if (n)
		qsort(list, n, sizeof(*list), newest_first);
	*paths = xcalloc(n + 1, sizeof(**paths));
	if (saved_at)
		*saved_at = xcalloc(n + 1, sizeof(**saved_at));
	for (size_t i = 0; i < n; i++) {
		(*paths)[i] = list[i].path;
		if (saved_at)
			(*saved_at)[i] = list[i].at.tv_sec;
	}
	free(list);
	return n;
}

void draft_store_list_free(char **paths, size_t n)
{
	for (size_t i = 0; paths && i < n; i++)
		free(paths[i]);
	free(paths);
}

char *draft_store_newest(const struct draft_store *s)
{
	char **paths;
	size_t n = draft_store_list(s, &paths, NULL);
	char *newest = n ? paths[0] : NULL;
	for (size_t i = 1; i < n; i++)
		free(paths[i]);
	free(paths);
	return newest;
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
	/* What the agent typed: readable by them alone (0600), and on disk before the old draft
	 * goes, so a crash leaves one whole draft or the other. */
	if (!atomic_file_write(path, text, len)) {
		snprintf(err, errlen, "cannot write the draft %s: %s", path, strerror(errno));
		return false;
	}
	return true;
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
