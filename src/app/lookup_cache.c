/* The lookups cached on disk per profile: one JSON file per list, its age the file's. */
#include "config.h"

#include "app/lookup_cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config/paths.h"
#include "model/lookups_json.h"
#include "util/alloc.h"
#include "util/atomic_file.h"
#include "util/strbuf.h"

/* A cached file larger than this is not a lookup list: it is treated as corrupt. */
#define CACHE_MAX_BYTES (64L * 1024 * 1024)

#define LOADER(fn, list_type, parse, set)                                                          \
	static enum status fn(struct lookups *l, const char *body, size_t len,                     \
			      struct model_error *err)                                             \
	{                                                                                          \
		struct list_type list;                                                             \
		memset(&list, 0, sizeof(list));                                                    \
		enum status st = parse(body, len, &list, err);                                     \
		if (st == STATUS_OK)                                                               \
			set(l, &list);                                                             \
		list_type##_fini(&list);                                                           \
		return st;                                                                         \
	}
LOADER(load_statuses, status_list, status_list_from_json, lookups_set_statuses)
LOADER(load_priorities, priority_list, priority_list_from_json, lookups_set_priorities)
LOADER(load_agents, agent_list, agent_list_from_json, lookups_set_agents)
LOADER(load_me, agent_list, agent_me_from_json, lookups_set_me)
LOADER(load_teams, named_list, named_list_from_json, lookups_set_teams)
LOADER(load_types, named_list, named_list_from_json, lookups_set_tickettypes)
LOADER(load_outcomes, outcome_list, outcome_list_from_json, lookups_set_outcomes)

static char *save_statuses(const struct lookups *l)
{
	return status_list_to_json(&l->statuses);
}
static char *save_priorities(const struct lookups *l)
{
	return priority_list_to_json(&l->priorities);
}
static char *save_agents(const struct lookups *l)
{
	return agent_list_to_json(&l->agents);
}
static char *save_me(const struct lookups *l)
{
	return agent_list_to_json(&l->me);
}
static char *save_teams(const struct lookups *l)
{
	return named_list_to_json(&l->teams);
}
static char *save_types(const struct lookups *l)
{
	return named_list_to_json(&l->tickettypes);
}
static char *save_outcomes(const struct lookups *l)
{
	return outcome_list_to_json(&l->outcomes);
}

/* The one table of cached lists: job, file, reader, writer. */
static const struct cached_list {
	enum job_kind kind;
	const char *file;
	enum status (*load)(struct lookups *l, const char *body, size_t len,
			    struct model_error *err);
	char *(*save)(const struct lookups *l);
} cached[LOOKUP_CACHE_KINDS] = {
	{ JOB_STATUSES, "statuses.json", load_statuses, save_statuses },
	{ JOB_PRIORITIES, "priorities.json", load_priorities, save_priorities },
	{ JOB_AGENTS, "agents.json", load_agents, save_agents },
	{ JOB_TEAMS, "teams.json", load_teams, save_teams },
	{ JOB_TICKET_TYPES, "tickettypes.json", load_types, save_types },
	{ JOB_AGENT_ME, "me.json", load_me, save_me },
	{ JOB_OUTCOMES, "outcomes.json", load_outcomes, save_outcomes },
};

const enum job_kind lookup_cache_kinds[LOOKUP_CACHE_KINDS] = {
	JOB_STATUSES,	  JOB_PRIORITIES, JOB_AGENTS,	JOB_TEAMS,
	JOB_TICKET_TYPES, JOB_AGENT_ME,	  JOB_OUTCOMES,
};

void lookup_cache_open(struct lookup_cache *c, const char *profile, long max_age_s, struct log *log)
{
	lookup_cache_close(c);
	c->dir = paths_cache_profile_dir(profile);
	c->max_age_s = max_age_s;
	c->log = log;
}

void lookup_cache_close(struct lookup_cache *c)
{
	if (!c)
		return;
	free(c->dir);
	memset(c, 0, sizeof(*c));
}

static char *file_path(const struct lookup_cache *c, size_t i, const char *suffix)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s%s%s", c->dir, cached[i].file, suffix);
	return strbuf_take(&sb);
}

/* The whole of FD into a new buffer (*LEN bytes); NULL when unreadable or too large. */
static char *read_all(int fd, const struct stat *sb, size_t *len)
{
	if (!S_ISREG(sb->st_mode) || sb->st_size > CACHE_MAX_BYTES)
		return NULL;
	size_t size = (size_t)sb->st_size, got = 0;
	char *body = xmalloc(size + 1);
	while (got < size) {
		ssize_t n = read(fd, body + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got != size) {
		free(body);
		return NULL;
	}
	body[size] = '\0';
	*len = size;
	return body;
}

enum cache_state { CACHE_ABSENT, CACHE_BAD, CACHE_STALE, CACHE_FRESH };

/* Reads list I into L when its file is usable; says how it went. */
static enum cache_state load_one(struct lookup_cache *c, size_t i, struct lookups *l)
{
	char *path = file_path(c, i, "");
	enum cache_state state = CACHE_BAD;
	char *body = NULL;
	size_t len = 0;
	struct stat sb;
	struct model_error err = { 0 };
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 && errno == ENOENT) {
		state = CACHE_ABSENT;
		goto out;
	}
	if (fd < 0 || fstat(fd, &sb) != 0 || !(body = read_all(fd, &sb, &len))) {
		log_printf(c->log, LOG_WARN, "lookup cache %s: unreadable: %s", path,
			   strerror(errno ? errno : EIO));
		goto out;
	}
	if (cached[i].load(l, body, len, &err) != STATUS_OK) {
		log_printf(c->log, LOG_WARN, "lookup cache %s: corrupt (%s): fetched again", path,
			   err.message);
		unlink(path); /* reported once: the fetch writes it anew */
		goto out;
	}
	time_t age = time(NULL) - sb.st_mtime;
	state = age >= 0 && age < c->max_age_s ? CACHE_FRESH : CACHE_STALE;
out:
	if (fd >= 0)
		close(fd);
	free(body);
	free(path);
	return state;
}

size_t lookup_cache_load(struct lookup_cache *c, struct lookups *l, enum job_kind *fetch)
{
	size_t n = 0;
	for (size_t i = 0; i < LOOKUP_CACHE_KINDS; i++) {
		enum cache_state state = c->dir ? load_one(c, i, l) : CACHE_ABSENT;
		if (state == CACHE_ABSENT || state == CACHE_BAD)
			fetch[n++] = cached[i].kind;
		else if (state == CACHE_STALE)
			c->stale |= 1u << i;
	}
	return n;
}

size_t lookup_cache_take_stale(struct lookup_cache *c, enum job_kind *out)
{
	size_t n = 0;
	for (size_t i = 0; i < LOOKUP_CACHE_KINDS; i++)
		if (c->stale & (1u << i))
			out[n++] = cached[i].kind;
	c->stale = 0;
	return n;
}

bool lookup_cache_store(struct lookup_cache *c, const struct lookups *l, enum job_kind kind)
{
	size_t i = 0;
	while (i < LOOKUP_CACHE_KINDS && cached[i].kind != kind)
		i++;
	if (!c->dir || i == LOOKUP_CACHE_KINDS)
		return false;
	char *path = file_path(c, i, "");
	char *text = cached[i].save(l);
	bool is_ok = paths_make_dirs(c->dir) && atomic_file_write(path, text, strlen(text));
	if (!is_ok)
		log_printf(c->log, LOG_WARN, "lookup cache %s: not written: %s", path,
			   strerror(errno));
	c->stale &= ~(1u << i);
	free(text);
	free(path);
	return is_ok;
}
