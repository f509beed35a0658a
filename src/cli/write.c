/* halotui note, set, assign, close, approve, reject, forecast: changes sent through the
 * outbox (forecast without --add reads the ticket's entries). */
#include "config.h"

#include "cli/write.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "cli/context.h"
#include "cli/names.h"
#include "cli/output.h"
#include "config/profile.h"
#include "model/readback.h"
#include "model/reply.h"
#include "model/values.h"
#include "net/api.h"
#include "net/worker.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* The outcome a note is posted with unless --outcome names another. */
#define NOTE_OUTCOME "Note"
/* The status `close` sets, by name. */
#define CLOSED_STATUS "Closed"
/* What `forecast ID` shows of each entry. */
#define FORECAST_COLUMNS "id,ticket_id,agent_id,date,hours"
/* The longest note read from standard input. */
#define NOTE_MAX_BYTES (1024 * 1024)

int cli_refuse_read_only(struct cli *c)
{
	if (c->opt.is_demo)
		return CLI_OK;
	cli_load_config(c);
	char *error = NULL;
	if (profile_select(&c->cfg, c->opt.profile, &error) != STATUS_OK) {
		int code = cli_fail(c, CLI_ERROR, "%s", error ? error : "no such profile");
		free(error);
		return code;
	}
	if (config_get_bool(&c->cfg, SETTING_READ_ONLY))
		return cli_fail(c, CLI_ERROR,
				"this profile is read-only (read_only = yes): "
				"nothing was sent");
	return CLI_OK;
}

/* The path of JOB with {id} and {seq} filled in. */
static void job_path(const struct job *job, struct strbuf *sb)
{
	for (const char *p = job_kind_path(job->kind); *p; p++) {
		if (!strncmp(p, "{id}", 4)) {
			strbuf_appendf(sb, "%ld", job->record_id);
			p += 3;
		} else if (!strncmp(p, "{seq}", 5)) {
			strbuf_appendf(sb, "%d", job->seq);
			p += 4;
		} else {
			strbuf_append_char(sb, *p);
		}
	}
}

/* --dry-run: the request as it would go, on stdout. */
static void print_request(const struct job *job)
{
	struct strbuf path;
	strbuf_init(&path);
	job_path(job, &path);
	printf("%s /api%s%s%s\n", job_kind_method(job->kind), path.data, job->query ? "?" : "",
	       job->query ? job->query : "");
	if (job->body)
		printf("Content-Type: application/json\n\n%s\n", job->body);
	strbuf_fini(&path);
}

/* The answer to a write done: the server's record with --format json/jsonl, else "ok". */
static void print_done(struct cli *c, const struct job_result *r, const char *route)
{
	if (c->opt.format == CLI_FORMAT_JSON || c->opt.format == CLI_FORMAT_JSONL)
		printf("%.*s\n", (int)r->body_len, r->body ? r->body : "");
	else
		printf("ok: %s\n", route);
}

/* A write whose answer was lost (R) that what was read again shows not done (WHY): it stays
 * in the outbox as failed; the network's exit code after cli_fail said so. */
static int fail_not_done(struct cli *c, const struct job_result *r, const char *text,
			 enum cli_exit exit, const char *why)
{
	unsigned long long kept = (unsigned long long)r->outbox_id;
	worker_outbox_settle_read_back(c->worker, r->outbox_id, false, r->status, why);
	return cli_fail(c, exit,
			"%s; %s: not done; kept in the outbox as %llu (halotui outbox resend %llu)",
			text, why, kept, kept);
}

/* A write whose answer was lost (R) that READ (the ticket...) could not settle: RB, the read
 * again, failed, or does not show SHOWN. It may have been done; the network's exit code. */
static int fail_unknown(struct cli *c, const struct job_result *r, const char *text,
			enum cli_exit exit, const char *read, const struct job_result *rb,
			const char *shown)
{
	unsigned long long kept = (unsigned long long)r->outbox_id;
	char *rb_text = rb->status == STATUS_OK ? NULL : api_error_describe(&rb->error);
	int code = cli_fail(c, exit,
			    "%s: no answer, it may have been done (%s %s%s); kept in the outbox "
			    "as %llu: resending it is safe (halotui outbox resend %llu)",
			    text, read,
			    rb_text ? "could not be read again: " : "read again does not show ",
			    rb_text ? rb_text : shown, kept, kept);
	free(rb_text);
	return code;
}

/* A ticket delete, a to-do's tick or an approval decision whose answer was lost (R, BODY
 * what it sent): the ticket, its to-dos or its approval step read again say done (exit 0),
 * not done, or it may have been done (both the network's exit code). */
static int settle_lost_other(struct cli *c, const struct job_result *r, const char *body,
			     const char *text, enum cli_exit exit)
{
	bool is_delete = r->kind == JOB_TICKET_DELETE, is_todo = r->kind == JOB_TODOS_SAVE;
	ticket_id_t id = is_delete ? (ticket_id_t)r->record_id
			 : is_todo ? readback_todo_of(body)
				   : readback_approval_of(body);
	struct job_result *rb = cli_run_job(c, is_delete ? api_ticket_get(id, NULL, 1)
					       : is_todo ? api_todos_list(id, 1)
							 : api_approval_get(id, 1));
	enum readback_verdict v = READBACK_UNSURE;
	if (is_delete)
		v = readback_deleted(rb->status, id, rb->body, rb->body_len);
	else if (rb->status == STATUS_OK && is_todo)
		v = readback_todo_compare(body, rb->body, rb->body_len);
	else if (rb->status == STATUS_OK)
		v = readback_approval_compare(body, rb->body, rb->body_len);
	const char *read = is_delete ? "the ticket" : is_todo ? "the to-dos" : "the approval step";
	const char *why = is_delete ? "the ticket read again is still there"
			  : is_todo ? "the to-dos read again have the other tick"
				    : "the approval step read again has another result";
	const char *holds = is_delete ? "is gone"
			    : is_todo ? "hold the tick"
				      : "holds the decision";
	int code;
	if (v == READBACK_DONE) {
		worker_outbox_settle_read_back(c->worker, r->outbox_id, true, STATUS_OK, NULL);
		fprintf(stderr,
			"halotui: %s: the answer to %s was lost; %s %s read again and %s: done\n",
			c->name, r->error.route ? r->error.route : "the change", read,
			is_todo ? "were" : "was", holds);
		bool is_json =
			c->opt.format == CLI_FORMAT_JSON || c->opt.format == CLI_FORMAT_JSONL;
		if (is_json && is_delete)
			printf("{\"id\":%d}\n", id);
		else if (is_json) /* the to-dos, the step, as the server holds them now */
			printf("%.*s\n", (int)rb->body_len, rb->body ? rb->body : "");
		else
			printf("ok: %s\n",
			       r->error.route ? r->error.route : job_kind_method(r->kind));
		code = CLI_OK;
	} else if (v == READBACK_NOT_DONE) {
		code = fail_not_done(c, r, text, exit, why);
	} else {
		code = fail_unknown(c, r, text, exit, read, rb, "it");
	}
	job_result_free(rb);
	return code;
}

/* A write sent whose answer was lost (R): a ticket update (BODY, NULL otherwise) is checked
 * by reading the ticket again; done, it leaves the outbox and exits 0 with a line saying
 * so; otherwise the network's exit code, saying whether it may have been done. */
static int settle_lost_answer(struct cli *c, const struct job_result *r, const char *body)
{
	char *text = api_error_describe(&r->error);
	unsigned long long kept = (unsigned long long)r->outbox_id;
	enum cli_exit exit =
		cli_exit_of_status(r->error.kind != STATUS_OK ? r->error.kind : r->status);
	ticket_id_t id = readback_ticket_of(body);
	int code;
	if ((r->kind == JOB_TICKET_DELETE && r->record_id > 0 && r->record_id <= 2147483647L) ||
	    (r->kind == JOB_TODOS_SAVE && readback_todo_of(body) > 0) ||
	    (r->kind == JOB_APPROVALS_SAVE && readback_approval_of(body) > 0)) {
		code = settle_lost_other(c, r, body, text, exit);
		free(text);
		return code;
	}
	if (id <= 0) {
		code = cli_fail(c, exit,
				"%s: no answer, it may have been done; kept in the outbox as %llu "
				"(halotui outbox resend %llu)",
				text, kept, kept);
		free(text);
		return code;
	}
	struct job_result *rb = cli_run_job(c, api_ticket_get(id, NULL, 1));
	char field[64] = "";
	enum readback_verdict v =
		rb->status == STATUS_OK
			? readback_compare(body, id, rb->body, rb->body_len, field, sizeof(field))
			: READBACK_UNSURE;
	if (v == READBACK_DONE) {
		worker_outbox_settle_read_back(c->worker, r->outbox_id, true, STATUS_OK, NULL);
		fprintf(stderr,
			"halotui: %s: the answer to %s was lost; the ticket was read again and "
			"holds the change: done\n",
			c->name, r->error.route ? r->error.route : "the change");
		print_done(c, rb, r->error.route ? r->error.route : job_kind_method(r->kind));
		code = CLI_OK;
	} else if (v == READBACK_NOT_DONE) {
		char why[128];
		snprintf(why, sizeof(why), "the ticket read again has another %s", field);
		code = fail_not_done(c, r, text, exit, why);
	} else {
		code = fail_unknown(c, r, text, exit, "the ticket", rb, field);
	}
	job_result_free(rb);
	free(text);
	return code;
}

int cli_send_write(struct cli *c, struct job *job)
{
	if (!job)
		return cli_fail(c, CLI_ERROR, "the request could not be made");
	if (c->opt.is_dry_run) {
		print_request(job);
		job_free(job);
		return CLI_OK;
	}
	int code = cli_connect(c);
	if (code != CLI_OK) {
		job_free(job);
		return code;
	}
	/* What a write sent, kept to check it by reading again if its answer is lost. */
	bool is_checked = job->kind == JOB_TICKETS_SAVE || job->kind == JOB_TICKET_OBJECT ||
			  job->kind == JOB_TODOS_SAVE || job->kind == JOB_APPROVALS_SAVE;
	char *body = !job->is_create && is_checked && job->body ? xstrdup(job->body) : NULL;
	struct job_result *r = cli_run_job(c, job);
	if (r->status != STATUS_OK && r->outbox_id && r->is_outcome_unknown && !r->is_create) {
		code = settle_lost_answer(c, r, body);
	} else if (r->status != STATUS_OK && r->outbox_id) {
		char *text = api_error_describe(&r->error);
		enum status st = r->error.kind != STATUS_OK ? r->error.kind : r->status;
		code = cli_fail(c, cli_exit_of_status(st),
				"%s; kept in the outbox as %llu (halotui outbox resend %llu)",
				text ? text : status_message(st), (unsigned long long)r->outbox_id,
				(unsigned long long)r->outbox_id);
		free(text);
	} else if (r->status != STATUS_OK) {
		code = cli_fail_result(c, r);
	} else {
		/* What the server wrote back: the record as it is now. */
		print_done(c, r, r->error.route ? r->error.route : job_kind_method(r->kind));
	}
	free(body);
	job_result_free(r);
	return code;
}

int cli_take_ticket(struct cli *c, const char *word, long *id)
{
	if (!word)
		return cli_fail(c, CLI_USAGE, "wants a ticket ID");
	if (!cli_parse_id(word, id))
		return cli_fail(c, CLI_USAGE, "'%s' is not a ticket ID", word);
	return CLI_OK;
}

/* Appends TEXT to SB as HTML: the note is plain text, its line breaks kept. */
static void append_html(struct strbuf *sb, const char *text)
{
	for (const char *p = text; *p; p++) {
		if (*p == '<')
			strbuf_append_str(sb, "&lt;");
		else if (*p == '>')
			strbuf_append_str(sb, "&gt;");
		else if (*p == '&')
			strbuf_append_str(sb, "&amp;");
		else if (*p == '\n' && p[1])
			strbuf_append_str(sb, "<br>");
		else if (*p != '\n' && *p != '\r')
			strbuf_append_char(sb, *p);
	}
}

bool cli_read_stdin(struct strbuf *sb)
{
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0) {
		strbuf_append(sb, buf, n);
		if (sb->len > NOTE_MAX_BYTES)
			return false;
	}
	return !ferror(stdin);
}

static int post_note(struct cli *c, long id, const char *text, const char *outcome, bool hidden,
		     int new_status)
{
	struct strbuf html;
	strbuf_init(&html);
	append_html(&html, text);
	struct action_create a;
	action_create_init(&a);
	a.ticket_id = (ticket_id_t)id;
	a.outcome = outcome;
	a.note_html = html.data ? html.data : "";
	a.hiddenfromuser = hidden;
	a.new_status = new_status;
	int code = cli_send_write(c, api_actions_save(&a, 1, 1));
	strbuf_fini(&html);
	return code;
}

int cli_note(struct cli *c, int argc, char **argv)
{
	long id = 0;
	const char *text = NULL, *outcome = NOTE_OUTCOME;
	bool hidden = false;
	int code = CLI_OK, n_words = 0;
	for (int i = 1; i < argc && code == CLI_OK; i++) {
		if (!strcmp(argv[i], "--outcome") && i + 1 < argc)
			outcome = argv[++i];
		else if (!strcmp(argv[i], "--hidden"))
			hidden = true;
		else if (n_words == 0 && ++n_words)
			code = cli_take_ticket(c, argv[i], &id);
		else if (n_words++ == 1)
			text = argv[i];
		else
			code = cli_fail(c, CLI_USAGE, "one TEXT only: quote it");
	}
	if (code == CLI_OK && !n_words)
		code = cli_take_ticket(c, NULL, &id);
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code != CLI_OK)
		return code;
	struct strbuf in;
	strbuf_init(&in);
	if (!text || !strcmp(text, "-")) {
		if (!cli_read_stdin(&in))
			code = cli_fail(c, CLI_USAGE,
					"the note on standard input is too long or "
					"could not be read");
		text = in.data ? in.data : "";
	}
	if (code == CLI_OK && !*text)
		code = cli_fail(c, CLI_USAGE, "the note is empty");
	if (code == CLI_OK)
		code = post_note(c, id, text, outcome, hidden, MODEL_UNSET);
	strbuf_fini(&in);
	return code;
}

/* FIELD=VALUE into U: a name of a lookup, or a wire field of the ticket table. */
static int set_field(struct cli *c, struct ticket_update *u, const char *word)
{
	static const struct {
		const char *name;
		enum cli_name_kind kind;
		enum ticket_field field;
	} named[] = {
		{ "status", CLI_NAME_STATUS, TICKET_FIELD_STATUS_ID },
		{ "priority", CLI_NAME_PRIORITY, TICKET_FIELD_PRIORITY_ID },
		{ "agent", CLI_NAME_AGENT, TICKET_FIELD_AGENT_ID },
		{ "team", CLI_NAME_TEAM, TICKET_FIELD_TEAM },
		{ "tickettype", CLI_NAME_TICKETTYPE, TICKET_FIELD_TICKETTYPE_ID },
	};
	const char *eq = strchr(word, '=');
	if (!eq || eq == word)
		return cli_fail(c, CLI_USAGE, "'%s' is not FIELD=VALUE", word);
	char *name = xstrndup(word, (size_t)(eq - word));
	const char *value = eq + 1;
	int code = CLI_OK;
	enum ticket_field field;
	size_t i = 0;
	while (i < sizeof(named) / sizeof(named[0]) && strcmp(named[i].name, name))
		i++;
	if (i < sizeof(named) / sizeof(named[0])) {
		long id = 0;
		const char *canonical = NULL;
		code = cli_resolve_name(c, named[i].kind, value, &id, &canonical);
		if (code == CLI_OK && named[i].field == TICKET_FIELD_TEAM)
			ticket_update_set_string(u, TICKET_FIELD_TEAM, canonical);
		else if (code == CLI_OK)
			ticket_update_set_int(u, named[i].field, id);
	} else if (ticket_field_from_name(name, &field) != STATUS_OK) {
		code = cli_fail(c, CLI_USAGE,
				"no field '%s' (status, priority, agent, team, "
				"tickettype, or a field of Halo's ticket)",
				name);
	} else if (ticket_update_set_text(u, field, value) != STATUS_OK) {
		code = cli_fail(c, CLI_USAGE, "%s: '%s' does not fit the field", name, value);
	}
	free(name);
	return code;
}

int cli_set(struct cli *c, int argc, char **argv)
{
	long id = 0;
	int code = cli_take_ticket(c, argc > 1 ? argv[1] : NULL, &id);
	if (code == CLI_OK && argc < 3)
		code = cli_fail(c, CLI_USAGE, "wants FIELD=VALUE after the ticket ID");
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code != CLI_OK)
		return code;
	struct ticket_update u;
	ticket_update_init(&u, (int)id);
	for (int i = 2; i < argc && code == CLI_OK; i++)
		code = set_field(c, &u, argv[i]);
	if (code == CLI_OK)
		code = cli_send_write(c, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	return code;
}

int cli_assign(struct cli *c, int argc, char **argv)
{
	long id = 0, agent = 0;
	int code = cli_take_ticket(c, argc > 1 ? argv[1] : NULL, &id);
	if (code == CLI_OK && argc != 3)
		code = cli_fail(c, CLI_USAGE, "wants the ticket ID, then me or an agent's name");
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	/* Names need the lookups: a dry run reads them too, and writes nothing. */
	if (code == CLI_OK)
		code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	const char *name = NULL;
	code = cli_resolve_agent(c, argv[2], &agent, &name);
	if (code != CLI_OK)
		return code;
	struct ticket_update u;
	ticket_update_init(&u, (int)id);
	ticket_update_set_int(&u, TICKET_FIELD_AGENT_ID, agent);
	code = cli_send_write(c, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	return code;
}

int cli_close(struct cli *c, int argc, char **argv)
{
	long id = 0, status = 0;
	int code = cli_take_ticket(c, argc > 1 ? argv[1] : NULL, &id);
	if (code == CLI_OK && argc > 3)
		code = cli_fail(c, CLI_USAGE, "one NOTE only: quote it");
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code == CLI_OK)
		code = cli_connect(c);
	const char *name = NULL;
	if (code == CLI_OK)
		code = cli_resolve_name(c, CLI_NAME_STATUS, CLOSED_STATUS, &status, &name);
	if (code != CLI_OK)
		return code;
	if (argc == 3 && *argv[2])
		return post_note(c, id, argv[2], NOTE_OUTCOME, false, (int)status);
	struct ticket_update u;
	ticket_update_init(&u, (int)id);
	ticket_update_set_int(&u, TICKET_FIELD_STATUS_ID, status);
	code = cli_send_write(c, api_tickets_save(&u, 1, false, 1));
	ticket_update_fini(&u);
	return code;
}

static int decide(struct cli *c, int argc, char **argv, enum approval_result result)
{
	long ticket = 0, seq = 0;
	const char *note = NULL;
	int code = cli_take_ticket(c, argc > 1 ? argv[1] : NULL, &ticket);
	if (code == CLI_OK && (argc < 3 || !cli_parse_id(argv[2], &seq)))
		code = cli_fail(c, CLI_USAGE, "wants TICKET SEQ (the approval's step number)");
	for (int i = 3; i < argc && code == CLI_OK; i++) {
		if (!strcmp(argv[i], "--note") && i + 1 < argc)
			note = argv[++i];
		else
			code = cli_fail(c, CLI_USAGE, "unexpected '%s'", argv[i]);
	}
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code != CLI_OK)
		return code;
	struct approval_decision d = { .ticket_id = (ticket_id_t)ticket,
				       .seq = (int)seq,
				       .result = result,
				       .approver_note = note };
	return cli_send_write(c, api_approvals_save(&d, 1, 1));
}

int cli_approve(struct cli *c, int argc, char **argv)
{
	return decide(c, argc, argv, APPROVAL_APPROVED);
}

int cli_reject(struct cli *c, int argc, char **argv)
{
	return decide(c, argc, argv, APPROVAL_REJECTED);
}

/* YYYY-MM-DD as midnight UTC (what the console's form sends for a date, in UTC). */
static bool parse_day(const char *text, time_t *out)
{
	int y, m, d, n = 0;
	if (sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || text[n] || m < 1 || m > 12 ||
	    d < 1 || d > 31 || y < 1970)
		return false;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d };
	*out = timegm(&tm);
	return *out != (time_t)-1;
}

/* The ticket's forecast entries, as records. */
static int list_forecast(struct cli *c, long id)
{
	int code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	return cli_output_job(c, api_forecast_get((ticket_id_t)id, 1), NULL, FORECAST_COLUMNS);
}

/* --agent NAME --date YYYY-MM-DD --hours H: one entry, POST /FaultsForecasting. */
static int add_forecast(struct cli *c, long id, const char *agent, const char *date,
			const char *hours)
{
	struct forecast fc = { .ticket_id = (ticket_id_t)id };
	char *end = NULL;
	if (!agent || !date || !hours)
		return cli_fail(c, CLI_USAGE,
				"--add wants --agent NAME, --date YYYY-MM-DD and --hours H");
	if (!parse_day(date, &fc.date))
		return cli_fail(c, CLI_USAGE, "'%s' is not a date: write YYYY-MM-DD", date);
	fc.hours = strtod(hours, &end);
	if (end == hours || *end || !(fc.hours > 0 && fc.hours <= 10000))
		return cli_fail(c, CLI_USAGE, "'%s' is not a number of hours: write 2, 2.5 or 0.25",
				hours);
	int code = cli_refuse_read_only(c);
	/* The agent's name needs the lookups: a dry run reads them too, and writes nothing. */
	if (code == CLI_OK)
		code = cli_connect(c);
	long agent_id = 0;
	const char *name = NULL;
	if (code == CLI_OK)
		code = cli_resolve_agent(c, agent, &agent_id, &name);
	if (code != CLI_OK)
		return code;
	fc.agent_id = (int)agent_id;
	return cli_send_write(c, api_forecasts_save(&fc, 1, 1));
}

int cli_forecast(struct cli *c, int argc, char **argv)
{
	long id = 0;
	const char *agent = NULL, *date = NULL, *hours = NULL;
	bool is_add = false;
	int code = cli_take_ticket(c, argc > 1 ? argv[1] : NULL, &id);
	for (int i = 2; i < argc && code == CLI_OK; i++) {
		if (!strcmp(argv[i], "--add"))
			is_add = true;
		else if (!strcmp(argv[i], "--agent") && i + 1 < argc)
			agent = argv[++i];
		else if (!strcmp(argv[i], "--date") && i + 1 < argc)
			date = argv[++i];
		else if (!strcmp(argv[i], "--hours") && i + 1 < argc)
			hours = argv[++i];
		else
			code = cli_fail(c, CLI_USAGE, "unexpected '%s'", argv[i]);
	}
	if (code == CLI_OK && !is_add && (agent || date || hours))
		code = cli_fail(c, CLI_USAGE, "--agent, --date and --hours go with --add");
	if (code != CLI_OK)
		return code;
	return is_add ? add_forecast(c, id, agent, date, hours) : list_forecast(c, id);
}
