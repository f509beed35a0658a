/* halotui new: a ticket created from flags, its names resolved as the console resolves them,
 * its body made by the console's builder (model/ticket_create). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli/context.h"
#include "cli/names.h"
#include "cli/write.h"
#include "model/ticket_create.h"
#include "model/values.h"
#include "net/api.h"
#include "util/strbuf.h"

/* The flags of `new`, each taking one value. */
enum new_flag {
	NEW_SUMMARY,
	NEW_DETAILS,
	NEW_CLIENT,
	NEW_SITE,
	NEW_USER,
	NEW_TYPE,
	NEW_PRIORITY,
	NEW_TEAM,
	NEW_AGENT,
	NEW_CATEGORY,
	NEW_DEADLINE,
	NEW_FLAG_COUNT
};

static const char *const flag_names[NEW_FLAG_COUNT] = {
	[NEW_SUMMARY] = "--summary",   [NEW_DETAILS] = "--details",   [NEW_CLIENT] = "--client",
	[NEW_SITE] = "--site",	       [NEW_USER] = "--user",	      [NEW_TYPE] = "--type",
	[NEW_PRIORITY] = "--priority", [NEW_TEAM] = "--team",	      [NEW_AGENT] = "--agent",
	[NEW_CATEGORY] = "--category", [NEW_DEADLINE] = "--deadline",
};

static int parse_flags(struct cli *c, int argc, char **argv, const char **value)
{
	for (int i = 1; i < argc; i++) {
		int f = 0;
		while (f < NEW_FLAG_COUNT && strcmp(argv[i], flag_names[f]))
			f++;
		if (f == NEW_FLAG_COUNT)
			return cli_fail(c, CLI_USAGE, "'%s' is not a flag of new", argv[i]);
		if (i + 1 >= argc)
			return cli_fail(c, CLI_USAGE, "%s wants a value", argv[i]);
		value[f] = argv[++i];
	}
	if (!value[NEW_SUMMARY] || !*value[NEW_SUMMARY])
		return cli_fail(c, CLI_USAGE, "wants --summary TEXT");
	return CLI_OK;
}

/* A name of a lookup the console knows into *ID (0 when WORD is NULL). */
static int resolve(struct cli *c, enum cli_name_kind kind, const char *word, int *id,
		   const char **name)
{
	long v = 0;
	if (!word)
		return CLI_OK;
	int code = cli_resolve_name(c, kind, word, &v, name);
	*id = (int)v;
	return code;
}

/* A site or user among those JOB fetches (taken), narrowed by the client or site chosen. */
static int resolve_fetched(struct cli *c, struct job *job, enum lookup_kind kind, const char *word,
			   int *id)
{
	int code = cli_connect(c);
	if (code != CLI_OK) {
		job_free(job);
		return code;
	}
	struct job_result *r = cli_run_job(c, job);
	if (r->status != STATUS_OK) {
		code = cli_fail_result(c, r);
	} else {
		if (kind == LOOKUP_SITE)
			lookups_set_sites(&c->lookups, r->data.named);
		else
			lookups_set_users(&c->lookups, r->data.named);
		long v = 0;
		const char *name;
		code = cli_resolve_fetched(c, kind, word, &v, &name);
		*id = (int)v;
	}
	job_result_free(r);
	return code;
}

static int resolve_all(struct cli *c, const char **value, struct ticket_create *t)
{
	const char *name = NULL;
	int code = resolve(c, CLI_NAME_CLIENT, value[NEW_CLIENT], &t->client_id, &name);
	if (code == CLI_OK && value[NEW_SITE])
		code = resolve_fetched(c, api_sites_list(t->client_id, 0), LOOKUP_SITE,
				       value[NEW_SITE], &t->site_id);
	if (code == CLI_OK && value[NEW_USER])
		code = resolve_fetched(c,
				       api_users_list(t->site_id ? 0 : t->client_id, t->site_id, 0),
				       LOOKUP_USER, value[NEW_USER], &t->user_id);
	if (code == CLI_OK)
		code = resolve(c, CLI_NAME_TICKETTYPE, value[NEW_TYPE], &t->tickettype_id, &name);
	if (code == CLI_OK)
		code = resolve(c, CLI_NAME_PRIORITY, value[NEW_PRIORITY], &t->priority_id, &name);
	if (code == CLI_OK)
		code = resolve(c, CLI_NAME_AGENT, value[NEW_AGENT], &t->agent_id, &name);
	int team_id = 0;
	if (code == CLI_OK && value[NEW_TEAM]) {
		code = resolve(c, CLI_NAME_TEAM, value[NEW_TEAM], &team_id, &name);
		t->team = name; /* tickets carry the team's name */
	}
	return code;
}

int cli_new(struct cli *c, int argc, char **argv)
{
	const char *value[NEW_FLAG_COUNT] = { 0 };
	int code = parse_flags(c, argc, argv, value);
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code != CLI_OK)
		return code;
	struct ticket_create t;
	ticket_create_init(&t);
	t.summary = value[NEW_SUMMARY];
	t.details = value[NEW_DETAILS];
	t.category = value[NEW_CATEGORY];
	struct strbuf in;
	strbuf_init(&in);
	if (t.details && !strcmp(t.details, "-")) {
		if (!cli_read_stdin(&in))
			code = cli_fail(c, CLI_USAGE,
					"the details on standard input are too long or "
					"could not be read");
		t.details = in.data;
	}
	if (code == CLI_OK && value[NEW_DEADLINE] &&
	    !model_time_parse(value[NEW_DEADLINE], &t.deadline))
		code = cli_fail(c, CLI_USAGE,
				"'%s' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)",
				value[NEW_DEADLINE]);
	if (code == CLI_OK)
		code = resolve_all(c, value, &t);
	if (code == CLI_OK) {
		struct ticket_update u;
		ticket_create_to_update(&t, &u);
		code = cli_send_write(c, api_tickets_save(&u, 1, false, 0));
		ticket_update_fini(&u);
	}
	strbuf_fini(&in);
	return code;
}
