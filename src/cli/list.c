/* halotui list: tickets through the /Tickets parameter table, one page or every page. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/context.h"
#include "cli/output.h"
#include "config/views_file.h"
#include "model/reply.h"
#include "model/ticket_query.h"
#include "model/ticket_query_value.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"

#define LIST_COLUMNS "id,summary,status_id,priority_id,agent_id,team,client_name,lastactiondate"
/* Pages asked at once by --all, beyond which they wait their turn here. */
#define LIST_PAGES_IN_FLIGHT 8

struct list_args {
	struct ticket_query *q;
	const char *view;
	bool is_all;
};

/* Sets NAME=VALUE in Q: usage error with the table's words when it does not fit. */
static int set_param(struct cli *c, struct ticket_query *q, const char *name, const char *value)
{
	struct strbuf err;
	strbuf_init(&err);
	int code = CLI_OK;
	if (ticket_query_set(q, name, value, &err) != STATUS_OK)
		code = cli_fail(c, CLI_USAGE, "--%s", err.data ? err.data : name);
	strbuf_fini(&err);
	return code;
}

static int unknown_flag(struct cli *c, const char *name)
{
	const struct query_param *near = query_table_suggest(ticket_query_list_table(), name);
	if (near)
		return cli_fail(c, CLI_USAGE, "no flag --%s (did you mean --%s?)", name,
				near->name);
	return cli_fail(c, CLI_USAGE, "no flag --%s (halotui list --help lists them)", name);
}

static bool is_bool_word(const char *w)
{
	static const char *const words[] = { "true", "false", "yes", "no", "1", "0" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcasecmp(w, words[i]))
			return true;
	return false;
}

/* The flag ARGV[*I] ("--name", "--name=value"): a /Tickets parameter into A->q. */
static int take_param(struct cli *c, int argc, char **argv, int *i, struct list_args *a)
{
	char *name = xstrdup(argv[*i] + 2);
	char *eq = strchr(name, '=');
	const char *value = NULL;
	if (eq) {
		*eq = '\0';
		value = eq + 1;
	}
	const struct query_param *p = ticket_query_param_find(name);
	int code = CLI_OK;
	if (!p) {
		code = unknown_flag(c, name);
	} else if (!value && p->type == QP_BOOL &&
		   (*i + 1 >= argc || !is_bool_word(argv[*i + 1]))) {
		value = "true"; /* a bare boolean flag */
	} else if (!value && *i + 1 >= argc) {
		code = cli_fail(c, CLI_USAGE, "--%s needs a value (%s)", name,
				query_type_name(p->type));
	} else if (!value) {
		value = argv[++*i];
	}
	if (code == CLI_OK)
		code = set_param(c, a->q, p->name, value);
	free(name);
	return code;
}

static int parse_list_args(struct cli *c, int argc, char **argv, struct list_args *a)
{
	struct ticket_query *flags = a->q;
	for (int i = 1; i < argc; i++) {
		const char *w = argv[i];
		int code = CLI_OK;
		if (!strcmp(w, "--all"))
			a->is_all = true;
		else if (!strcmp(w, "--view") && i + 1 < argc)
			a->view = argv[++i];
		else if (!strcmp(w, "--view"))
			code = cli_fail(c, CLI_USAGE, "--view needs a NAME");
		else if (!strncmp(w, "--", 2) && w[2])
			code = take_param(c, argc, argv, &i, a);
		else
			code = cli_fail(c, CLI_USAGE, "unexpected '%s' (flags are --NAME VALUE)",
					w);
		if (code != CLI_OK)
			return code;
	}
	(void)flags;
	return CLI_OK;
}

/* The saved view's parameters first; the flags win over them. */
static int apply_view(struct cli *c, struct list_args *a)
{
	if (!a->view)
		return CLI_OK;
	cli_load_config(c);
	const struct config_view *v = config_find_view(&c->cfg, a->view);
	if (!v)
		return cli_fail(c, CLI_USAGE, "no saved view called '%s'", a->view);
	if (views_file_pane(v))
		return cli_fail(c, CLI_USAGE, "view '%s' shows the %s pane, not tickets", a->view,
				views_file_pane(v));
	struct ticket_query *merged = ticket_query_new(ticket_query_list_table());
	int code = CLI_OK;
	for (size_t i = 0; i < v->n_params && code == CLI_OK; i++)
		code = set_param(c, merged, v->params[i].name, v->params[i].value);
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	while (code == CLI_OK && ticket_query_next(a->q, &pos, &p, &value))
		code = set_param(c, merged, p->name, value);
	ticket_query_free(a->q);
	a->q = merged;
	return code;
}

/* Reads R (a /Tickets page) into REPLY, which may hold R's text (cli_read_reply); false
 * with the exit code in *CODE. */
static bool read_page(struct cli *c, struct job_result *r, struct reply *reply, int *code)
{
	if (r->status != STATUS_OK) {
		*code = cli_fail_result(c, r);
		return false;
	}
	if (cli_read_reply(c, r->body, r->body_len, "tickets", reply) != STATUS_OK) {
		*code = cli_fail(c, CLI_ERROR, "the server's answer to page %d is not a list",
				 r->page_no);
		return false;
	}
	return true;
}

/* Writes the records of REPLY and lets it go. */
static void put_page(struct cli_output *o, struct reply *reply)
{
	for (size_t i = 0; i < reply->count; i++)
		cli_output_record(o, &reply->records[i]);
	reply_fini(reply);
}

/* Writes the records of R (a /Tickets page); false with the exit code in *CODE. */
static bool write_page(struct cli *c, struct cli_output *o, struct job_result *r, int *code)
{
	struct reply reply;
	if (!read_page(c, r, &reply, code))
		return false;
	put_page(o, &reply);
	return true;
}

static void progress(struct cli *c, int done, int pages)
{
	if (!c->is_stderr_tty)
		return;
	if (done < pages)
		fprintf(stderr, "\rhalotui: list: page %d of %d (%d requests left in the budget)",
			done, pages, worker_budget_remaining(c->worker));
	else
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

/* A page's job: its text comes back unread, for write_page to read once. */
static struct job *page_job(const struct ticket_query *q, int page_no, int page_size,
			    struct strbuf *err)
{
	struct job *job = api_tickets_query(q, page_no, page_size, 1, err);
	if (job)
		job->is_body_only = true;
	return job;
}

/* Pages 2..PAGES: LIST_PAGES_IN_FLIGHT at once, written in order as they come. The first
 * page, FIRST, is written once the next ones are asked, so that they travel meanwhile. */
static int walk_pages(struct cli *c, struct cli_output *o, const struct ticket_query *q,
		      int page_size, int pages, struct reply *first)
{
	struct job_result **got = xcalloc((size_t)pages + 1, sizeof(*got));
	int next_ask = 2, next_write = 2, code = CLI_OK;
	while (next_ask <= pages && next_ask < next_write + LIST_PAGES_IN_FLIGHT)
		cli_submit(c, page_job(q, next_ask++, page_size, NULL));
	put_page(o, first);
	progress(c, 1, pages);
	while (next_write <= pages && code == CLI_OK) {
		while (next_ask <= pages && next_ask < next_write + LIST_PAGES_IN_FLIGHT)
			cli_submit(c, page_job(q, next_ask++, page_size, NULL));
		struct job_result *r = cli_wait_any(c);
		if (r->page_no >= 2 && r->page_no <= pages && !got[r->page_no])
			got[r->page_no] = r;
		else
			job_result_free(r);
		while (next_write <= pages && got[next_write] && code == CLI_OK) {
			write_page(c, o, got[next_write], &code);
			job_result_free(got[next_write]);
			got[next_write++] = NULL;
			progress(c, next_write - 1, pages);
		}
	}
	for (int i = 0; i <= pages; i++)
		job_result_free(got[i]);
	free(got);
	return code;
}

static int run_list(struct cli *c, struct list_args *a)
{
	const char *size_text = ticket_query_get(a->q, "page_size");
	const char *no_text = ticket_query_get(a->q, "page_no");
	int page_size = size_text ? atoi(size_text) : a->is_all ? 100 : 50;
	int page_no = no_text && !a->is_all ? atoi(no_text) : 1;
	if (!size_text && !a->is_all)
		page_size = (int)config_get_int(&c->cfg, SETTING_PAGE_SIZE);
	struct strbuf err;
	strbuf_init(&err);
	struct job *job = page_job(a->q, page_no, page_size, &err);
	if (!job) {
		int code = cli_fail(c, CLI_USAGE, "%s", err.data ? err.data : "bad query");
		strbuf_fini(&err);
		return code;
	}
	strbuf_fini(&err);
	struct cli_output o;
	cli_output_begin(&o, c, LIST_COLUMNS);
	struct job_result *r = cli_run_job(c, job);
	int code = CLI_OK;
	struct reply first;
	bool ok = read_page(c, r, &first, &code);
	long count = ok ? first.record_count : -1;
	long rows = ok ? (long)first.count : 0;
	if (ok && a->is_all && rows > 0 && count > rows) {
		/* Pages come from what the server sent, never from what was asked. */
		int pages = (int)((count + rows - 1) / rows);
		code = walk_pages(c, &o, a->q, page_size, pages, &first);
	} else if (ok) {
		put_page(&o, &first);
	}
	job_result_free(r); /* after FIRST, which may hold its text */
	cli_output_end(&o);
	return code;
}

int cli_list(struct cli *c, int argc, char **argv)
{
	struct list_args a = { .q = ticket_query_new(ticket_query_list_table()) };
	int code = parse_list_args(c, argc, argv, &a);
	if (code == CLI_OK)
		code = apply_view(c, &a);
	c->is_without_outbox = true;
	if (code == CLI_OK)
		code = cli_connect(c);
	if (code == CLI_OK)
		code = run_list(c, &a);
	ticket_query_free(a.q);
	return code;
}
