/* Jobs: construction, freeing, and the route table of job.def. */
#include "config.h"

#include "net/job.h"

#include <stdlib.h>

#include "util/alloc.h"

struct job_kind_info {
	const char *name;
	const char *method;
	const char *path;
	unsigned flags;
};

static const struct job_kind_info kind_info[JOB_KIND_COUNT] = {
#define X(kind, m, p, member, f) [kind] = { .name = &#kind[4], .method = m, .path = p, .flags = f },
#include "net/job.def"
#undef X
};

struct job *job_new(enum job_kind kind, unsigned generation)
{
	struct job *job = xcalloc(1, sizeof(*job));
	job->kind = kind;
	job->generation = generation;
	job->priority = JOB_PRIORITY_USER;
	return job;
}

void job_free(struct job *job)
{
	if (!job)
		return;
	free(job->query);
	free(job->body);
	free(job);
}

const char *job_kind_method(enum job_kind kind)
{
	return kind < JOB_KIND_COUNT ? kind_info[kind].method : "GET";
}

const char *job_kind_path(enum job_kind kind)
{
	return kind < JOB_KIND_COUNT ? kind_info[kind].path : "/";
}

unsigned job_kind_flags(enum job_kind kind)
{
	return kind < JOB_KIND_COUNT ? kind_info[kind].flags : 0;
}

const char *job_kind_name(enum job_kind kind)
{
	return kind < JOB_KIND_COUNT ? kind_info[kind].name : "UNKNOWN";
}
