/* halotui show, actions, approvals, todos, viewlog, raw: records as Halo wrote them. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/context.h"
#include "cli/output.h"
#include "model/reply.h"
#include "net/api.h"
#include "text/html.h"
#include "text/safe_text.h"

#define SHOW_COLUMNS                                                                               \
	"id,summary,status_id,priority_id,tickettype_id,client_name,site_name,user_name,"          \
	"agent_id,team,dateoccurred,lastactiondate,deadlinedate"
#define ACTION_COLUMNS "id,datetime,who,outcome,note"
#define APPROVAL_COLUMNS "ticket_id,seq,result,name,agent_id,datetime,approver_note"
#define TODO_COLUMNS "id,ticket_id,done,text,end_date"
#define VIEWLOG_COLUMNS "id,ticket_id,agent_id,agent_name,datetime"

/* One word after the subcommand: a ticket id. */
static int take_id(struct cli *c, int argc, char **argv, long *id, bool *is_json)
{
	int n_words = 0;
	for (int i = 1; i < argc; i++) {
		if (is_json && !strcmp(argv[i], "--json")) {
			*is_json = true;
		} else if (n_words++ || !cli_parse_id(argv[i], id)) {
			return cli_fail(c, CLI_USAGE,
					"wants one ticket ID (a whole number), not '%s'", argv[i]);
		}
	}
	if (!n_words)
		return cli_fail(c, CLI_USAGE, "wants a ticket ID");
	return CLI_OK;
}

/* Runs JOB and writes the records of its answer (array, or MEMBER of a wrapper). */
static int write_records(struct cli *c, struct job *job, const char *member, const char *columns)
{
	c->is_without_outbox = true;
	int code = cli_connect(c);
	if (code != CLI_OK) {
		job_free(job);
		return code;
	}
	return cli_output_job(c, job, member, columns);
}

/* The ticket as a person reads it: its fields, then the details as text. */
static void write_ticket_text(struct cli *c, const struct reply_record *rec)
{
	struct cli_output o;
	struct cli plain = *c;
	plain.opt.format = CLI_FORMAT_PLAIN;
	cli_output_begin(&o, &plain, SHOW_COLUMNS);
	cli_output_record(&o, rec);
	cli_output_end(&o);
	const struct reply_field *details = reply_record_field(rec, "details");
	if (details && *details->text) {
		struct html_text text;
		html_to_text(&text, details->text, strlen(details->text), 0);
		printf("\n%s\n", text.text);
		html_text_fini(&text);
	}
}

int cli_show(struct cli *c, int argc, char **argv)
{
	long id = 0;
	bool is_json = false;
	int code = take_id(c, argc, argv, &id, &is_json);
	c->is_without_outbox = true;
	if (code == CLI_OK)
		code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	if (is_json && !c->opt.is_format_set)
		c->opt.format = CLI_FORMAT_JSON;
	struct job_result *r = cli_run_job(c, api_ticket_get((int)id, NULL, 1));
	struct reply reply = { 0 };
	const struct reply_field *got_id = NULL;
	if (r->status != STATUS_OK)
		code = cli_fail_result(c, r);
	else if (reply_parse(r->body, r->body_len, NULL, &reply) != STATUS_OK || reply.count != 1)
		code = cli_fail(c, CLI_ERROR, "the server's answer is not a ticket");
	else if (!(got_id = reply_record_field(&reply.records[0], "id")) ||
		 !strcmp(got_id->json, "null"))
		/* Some servers answer an unknown id with 200 and an empty object. */
		code = cli_fail(c, CLI_NOT_FOUND, "no ticket %ld", id);
	else if (c->opt.format == CLI_FORMAT_JSON || c->opt.format == CLI_FORMAT_JSONL) {
		/* The bare object, as GET /Tickets/{id} answers it. */
		struct cli_output o;
		cli_output_begin(&o, c, SHOW_COLUMNS);
		cli_output_json_record(stdout, &reply.records[0], o.columns,
				       o.is_columns_given ? o.n_columns : 0);
		fputc('\n', stdout);
		o.format = CLI_FORMAT_PLAIN;
		cli_output_end(&o);
	} else if (!c->opt.is_format_set) {
		write_ticket_text(c, &reply.records[0]);
	} else {
		struct cli_output o;
		cli_output_begin(&o, c, SHOW_COLUMNS);
		cli_output_record(&o, &reply.records[0]);
		cli_output_end(&o);
	}
	reply_fini(&reply);
	job_result_free(r);
	return code;
}

int cli_actions(struct cli *c, int argc, char **argv)
{
	long id = 0;
	int code = take_id(c, argc, argv, &id, NULL);
	if (code != CLI_OK)
		return code;
	return write_records(c, api_actions_list((ticket_id_t)id, 1), "actions", ACTION_COLUMNS);
}

int cli_approvals(struct cli *c, int argc, char **argv)
{
	long id = 0;
	bool is_mine = argc == 1 || (argc == 2 && !strcmp(argv[1], "--mine"));
	if (!is_mine) {
		int code = take_id(c, argc, argv, &id, NULL);
		if (code != CLI_OK)
			return code;
	}
	return write_records(c, api_approvals_list((ticket_id_t)id, is_mine, 1), NULL,
			     APPROVAL_COLUMNS);
}

int cli_todos(struct cli *c, int argc, char **argv)
{
	long id = 0;
	int code = take_id(c, argc, argv, &id, NULL);
	if (code != CLI_OK)
		return code;
	return write_records(c, api_todos_list((ticket_id_t)id, 1), NULL, TODO_COLUMNS);
}

int cli_viewlog(struct cli *c, int argc, char **argv)
{
	long id = 0;
	int code = take_id(c, argc, argv, &id, NULL);
	if (code != CLI_OK)
		return code;
	return write_records(c, api_view_log_list((ticket_id_t)id, 1), NULL, VIEWLOG_COLUMNS);
}

/* The undocumented answers: Halo's JSON as it came, whatever the format. */
int cli_raw(struct cli *c, int argc, char **argv)
{
	static const struct {
		const char *word;
		struct job *(*build)(unsigned generation);
	} routes[] = { { "zapier", api_tickets_zapier },
		       { "salesmailbox", api_tickets_sales_mailbox } };
	size_t i = 0;
	while (argc == 2 && i < sizeof(routes) / sizeof(routes[0]) &&
	       strcmp(argv[1], routes[i].word))
		i++;
	if (argc != 2 || i == sizeof(routes) / sizeof(routes[0]))
		return cli_fail(c, CLI_USAGE, "wants zapier or salesmailbox");
	c->is_without_outbox = true;
	int code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	struct job_result *r = cli_run_job(c, routes[i].build(1));
	if (r->status != STATUS_OK)
		code = cli_fail_result(c, r);
	else
		printf("%.*s\n", (int)r->body_len, r->body ? r->body : "");
	job_result_free(r);
	return code;
}
