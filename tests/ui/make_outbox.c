/* Test helper: journals N ticket updates in an outbox file, as a session that ended before
 * the server answered would leave them. Usage: make_outbox PATH N. Without arguments (as
 * `make check` runs it) it checks itself: N written are N pending when read back. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "net/job.h"
#include "net/outbox.h"

/* Appends N updates to the outbox at PATH; 0, or 1 with a message on stderr. */
static int write_outbox(const char *path, int n)
{
	char err[256] = "", *warning = NULL;
	struct outbox *ob = outbox_open(path, &warning, err, sizeof(err));
	free(warning);
	if (!ob) {
		fprintf(stderr, "make_outbox: %s\n", err);
		return 1;
	}
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		struct job *job = job_new(JOB_TICKETS_SAVE, 1);
		char body[64];
		snprintf(body, sizeof(body), "[{\"id\":%d,\"summary\":\"unsent\"}]", 1001 + i);
		job->body = strdup(body);
		job->record_id = 1001 + i;
		if (outbox_append(ob, job) == 0) {
			fprintf(stderr, "make_outbox: cannot append to %s\n", path);
			rc = 1;
		}
		job_free(job);
	}
	outbox_close(ob);
	return rc;
}

static int self_check(void)
{
	char dir[] = "/tmp/make_outbox.XXXXXX", path[64], err[256] = "", *warning = NULL;
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/outbox", dir);
	int rc = write_outbox(path, 3);
	struct outbox *ob = rc ? NULL : outbox_open(path, &warning, err, sizeof(err));
	struct outbox_entry *entries = NULL;
	size_t n = ob ? outbox_pending(ob, &entries) : 0;
	if (n != 3 || warning) {
		fprintf(stderr, "make_outbox: wrote 3 changes, read back %zu %s\n", n, err);
		rc = 1;
	}
	outbox_entries_free(entries, n);
	outbox_close(ob);
	free(warning);
	unlink(path);
	rmdir(dir);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc == 1)
		return self_check();
	if (argc != 3 || atoi(argv[2]) < 0) {
		fprintf(stderr, "usage: make_outbox [PATH N]\n");
		return 2;
	}
	return write_outbox(argv[1], atoi(argv[2]));
}
