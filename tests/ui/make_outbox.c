/* Test helper: journals N ticket updates in an outbox file, as a session that ended before
 * the server answered would leave them. Usage: make_outbox PATH N */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/job.h"
#include "net/outbox.h"

int main(int argc, char **argv)
{
	if (argc != 3 || atoi(argv[2]) < 0) {
		fprintf(stderr, "usage: make_outbox PATH N\n");
		return 2;
	}
	char err[256] = "", *warning = NULL;
	struct outbox *ob = outbox_open(argv[1], &warning, err, sizeof(err));
	free(warning);
	if (!ob) {
		fprintf(stderr, "make_outbox: %s\n", err);
		return 1;
	}
	int rc = 0;
	for (int i = 0, n = atoi(argv[2]); i < n && rc == 0; i++) {
		struct job *job = job_new(JOB_TICKETS_SAVE, 1);
		char body[64];
		snprintf(body, sizeof(body), "[{\"id\":%d,\"summary\":\"unsent\"}]", 1001 + i);
		job->body = strdup(body);
		job->record_id = 1001 + i;
		if (outbox_append(ob, job) == 0)
			rc = 1;
		job_free(job);
	}
	outbox_close(ob);
	return rc;
}
