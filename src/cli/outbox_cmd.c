/* halotui outbox: the changes the server has not accepted yet, listed, resent or dropped. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/context.h"
#include "cli/output.h"
#include "net/outbox.h"
#include "net/worker.h"
#include "util/strbuf.h"

static const char *entry_state(const struct outbox_entry *e)
{
	if (e->is_outcome_unknown)
		return "unknown";
	return e->last_status == STATUS_OK ? "pending" : "failed";
}

static void list_entry(struct cli_output *o, const struct outbox_entry *e)
{
	char id[32], record[32], queued[32];
	snprintf(id, sizeof(id), "%llu", (unsigned long long)e->id);
	snprintf(record, sizeof(record), "%ld", e->record_id);
	struct tm tm;
	gmtime_r(&e->queued_at, &tm);
	strftime(queued, sizeof(queued), "%Y-%m-%dT%H:%M:%SZ", &tm);
	struct strbuf route;
	strbuf_init(&route);
	strbuf_appendf(&route, "%s %s", job_kind_method(e->kind), job_kind_path(e->kind));
	static const char *const keys[] = { "id",     "route", "record", "state",
					    "queued", "error", "body" };
	const char *values[] = { id,
				 route.data,
				 record,
				 entry_state(e),
				 queued,
				 e->last_message ? e->last_message : "",
				 e->body ? e->body : "" };
	cli_output_texts(o, keys, values, sizeof(keys) / sizeof(keys[0]));
	strbuf_fini(&route);
}

static int list_entries(struct cli *c)
{
	struct outbox_entry *e = NULL;
	size_t n = worker_outbox_pending(c->worker, &e);
	struct cli_output o;
	cli_output_begin(&o, c, "id,route,record,state,queued,error");
	for (size_t i = 0; i < n; i++)
		list_entry(&o, &e[i]);
	cli_output_end(&o);
	outbox_entries_free(e, n);
	return CLI_OK;
}

static int resend(struct cli *c, unsigned long long id, bool is_confirmed)
{
	if (!worker_outbox_resend(c->worker, id, is_confirmed, 1))
		return cli_fail(
			c, CLI_ERROR,
			"no change %llu waits in the outbox (or it is on its way, or it is a "
			"create whose outcome is unknown: check, then add --confirmed)",
			id);
	struct job_result *r = cli_wait_any(c);
	int code = CLI_OK;
	if (r->status != STATUS_OK)
		code = cli_fail_result(c, r);
	else
		printf("ok: %s\n", r->error.route ? r->error.route : "sent");
	job_result_free(r);
	return code;
}

int cli_outbox(struct cli *c, int argc, char **argv)
{
	const char *verb = argc > 1 ? argv[1] : "list";
	bool is_confirmed = argc > 3 && !strcmp(argv[argc - 1], "--confirmed");
	int n_words = argc - is_confirmed;
	char *end = NULL;
	unsigned long long id = n_words == 3 ? strtoull(argv[2], &end, 10) : 0;
	bool takes_id = !strcmp(verb, "resend") || !strcmp(verb, "discard");
	if (strcmp(verb, "list") && !takes_id)
		return cli_fail(c, CLI_USAGE, "list, resend ID or discard ID, not '%s'", verb);
	if ((takes_id && (n_words != 3 || !id || *end)) || (!takes_id && argc > 2))
		return cli_fail(c, CLI_USAGE, "usage: halotui outbox [list|resend ID|discard ID]");
	if (c->opt.is_demo)
		return cli_fail(c, CLI_ERROR, "--demo keeps no outbox");
	int code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	if (!strcmp(verb, "list"))
		return list_entries(c);
	if (!strcmp(verb, "resend"))
		return resend(c, id, is_confirmed);
	if (!worker_outbox_discard(c->worker, id))
		return cli_fail(c, CLI_NOT_FOUND, "no change %llu in the outbox", id);
	printf("ok: discarded %llu\n", id);
	return CLI_OK;
}
