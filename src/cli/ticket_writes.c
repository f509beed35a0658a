/* halotui delete, vote, billable-project, process-children, to-dos, closure confirmations and
 * approval steps: the console's other writes, each one request through the outbox. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/context.h"
#include "cli/names.h"
#include "cli/write.h"
#include "model/reply.h"
#include "model/requests.h"
#include "model/values.h"
#include "net/api.h"
#include "util/alloc.h"

/* An option of a subcommand that takes a value ("--reason"), and where the value goes. */
struct cli_flag {
	const char *name;
	const char **value;
};

/*
 * Splits ARGV[1..] into the words (at least MIN, at most MAX, into WORDS) and the FLAGS;
 * after "--" every word is a word, however it starts. The first word is the ticket, read
 * into *ID. CLI_OK, or exit 2 after saying what is wrong.
 */
static int take_args(struct cli *c, int argc, char **argv, int min, int max, const char **words,
		     const struct cli_flag *flags, size_t n_flags, long *id)
{
	int n = 0;
	bool is_after_dashes = false;
	for (int i = 1; i < argc; i++) {
		size_t f = is_after_dashes ? n_flags : 0;
		while (f < n_flags && strcmp(argv[i], flags[f].name))
			f++;
		if (!is_after_dashes && !strcmp(argv[i], "--"))
			is_after_dashes = true;
		else if (f < n_flags && i + 1 >= argc)
			return cli_fail(c, CLI_USAGE, "%s needs a value", argv[i]);
		else if (f < n_flags)
			*flags[f].value = argv[++i];
		else if (!is_after_dashes && !strncmp(argv[i], "--", 2) && argv[i][2])
			return cli_fail(c, CLI_USAGE, "no option %s here (halotui %s --help)",
					argv[i], c->name);
		else if (n == max)
			return cli_fail(c, CLI_USAGE,
					"unexpected '%s' (quote a text of several words)", argv[i]);
		else
			words[n++] = argv[i];
	}
	int code = cli_take_ticket(c, n ? words[0] : NULL, id);
	if (code == CLI_OK && n < min)
		code = cli_fail(c, CLI_USAGE, "too few words (halotui %s --help)", c->name);
	return code;
}

/* WORD as a whole positive number named WHAT; exit 2 otherwise. */
static int take_number(struct cli *c, const char *word, const char *what, long *n)
{
	if (!cli_parse_id(word, n) || *n > INT32_MAX)
		return cli_fail(c, CLI_USAGE, "'%s' is not a %s (a whole number)", word, what);
	return CLI_OK;
}

/* Checks the profile may write, then sends JOB (taken). */
static int send_checked(struct cli *c, struct job *job)
{
	int code = cli_refuse_read_only(c);
	if (code != CLI_OK) {
		job_free(job);
		return code;
	}
	return cli_send_write(c, job);
}

int cli_delete(struct cli *c, int argc, char **argv)
{
	const char *words[1], *reason = NULL, *confirm = NULL;
	const struct cli_flag flags[] = { { "--reason", &reason }, { "--confirm", &confirm } };
	long id = 0, again = 0;
	int code = take_args(c, argc, argv, 1, 1, words, flags, 2, &id);
	if (code != CLI_OK)
		return code;
	if (!reason || !*reason)
		return cli_fail(c, CLI_USAGE, "wants --reason TEXT: Halo keeps why a ticket went");
	if (!confirm)
		return cli_fail(c, CLI_USAGE,
				"wants --confirm %ld, the ticket's id typed again: nothing was "
				"deleted",
				id);
	if (!cli_parse_id(confirm, &again) || again != id)
		return cli_fail(c, CLI_USAGE,
				"--confirm %s is not the ticket's id %ld: nothing was deleted",
				confirm, id);
	struct ticket_delete del = { .id = (ticket_id_t)id, .reason = reason };
	return send_checked(c, api_ticket_delete(&del, 1));
}

int cli_vote(struct cli *c, int argc, char **argv)
{
	static const struct {
		const char *word;
		int vote;
	} votes[] = { { "up", 1 }, { "down", -1 }, { "none", 0 } };
	const char *words[3] = { NULL, NULL, NULL };
	long id = 0;
	int code = take_args(c, argc, argv, 2, 3, words, NULL, 0, &id);
	if (code != CLI_OK)
		return code;
	size_t i = 0;
	while (i < sizeof(votes) / sizeof(votes[0]) && strcmp(words[1], votes[i].word))
		i++;
	if (i == sizeof(votes) / sizeof(votes[0]))
		return cli_fail(c, CLI_USAGE, "the vote is up, down or none, not '%s'", words[1]);
	struct ticket_vote v = { .ticket_id = (ticket_id_t)id,
				 .vote = votes[i].vote,
				 .comment = words[2] && *words[2] ? words[2] : NULL };
	return send_checked(c, api_tickets_vote(&v, 1, 1));
}

int cli_billable_project(struct cli *c, int argc, char **argv)
{
	const char *words[2];
	long id = 0;
	int code = take_args(c, argc, argv, 2, 2, words, NULL, 0, &id);
	if (code != CLI_OK)
		return code;
	bool is_billable = !strcmp(words[1], "yes");
	if (!is_billable && strcmp(words[1], "no"))
		return cli_fail(c, CLI_USAGE, "billable is yes or no, not '%s'", words[1]);
	int ids[] = { (int)id };
	return send_checked(c, api_tickets_set_billable_project(ids, 1, is_billable, 1));
}

int cli_process_children(struct cli *c, int argc, char **argv)
{
	const char *words[1];
	long id = 0;
	int code = take_args(c, argc, argv, 1, 1, words, NULL, 0, &id);
	if (code != CLI_OK)
		return code;
	int ids[] = { (int)id };
	return send_checked(c, api_tickets_process_children(ids, 1, 1));
}

/* What a to-do's save does to its tick. */
enum todo_tick { TODO_TICK_KEEP, TODO_TICK_DONE, TODO_TICK_UNDONE };

/* A to-do of ticket ID: TODO_WORD (NULL: a new one) with TEXT (NULL: unchanged). */
static int save_todo(struct cli *c, long id, const char *todo_word, const char *text,
		     enum todo_tick tick)
{
	long todo = 0;
	int code = todo_word ? take_number(c, todo_word, "to-do id", &todo) : CLI_OK;
	if (code == CLI_OK && text && !*text)
		code = cli_fail(c, CLI_USAGE, "the to-do's text is empty");
	if (code != CLI_OK)
		return code;
	struct todo_update u;
	todo_update_init(&u, (int)todo, (ticket_id_t)id);
	u.has_text = text != NULL;
	u.text = text;
	u.has_done = tick != TODO_TICK_KEEP;
	u.is_done = tick == TODO_TICK_DONE;
	return send_checked(c, api_todos_save(&u, 1, 1));
}

int cli_todo_add(struct cli *c, int argc, char **argv)
{
	const char *words[2];
	long id = 0;
	int code = take_args(c, argc, argv, 2, 2, words, NULL, 0, &id);
	return code != CLI_OK ? code : save_todo(c, id, NULL, words[1], TODO_TICK_KEEP);
}

/* todo-done ID TODO_ID [--undo]: ticks it, or with --undo unticks it, as the console's key
 * toggles it. */
int cli_todo_done(struct cli *c, int argc, char **argv)
{
	char **rest = xcalloc((size_t)argc + 1, sizeof(*rest));
	int n = 0;
	bool is_undo = false, is_after_dashes = false;
	for (int i = 0; i < argc; i++) {
		if (!is_after_dashes && !strcmp(argv[i], "--undo"))
			is_undo = true;
		else
			rest[n++] = argv[i];
		is_after_dashes = is_after_dashes || !strcmp(argv[i], "--");
	}
	const char *words[2];
	long id = 0;
	int code = take_args(c, n, rest, 2, 2, words, NULL, 0, &id);
	if (code == CLI_OK)
		code = save_todo(c, id, words[1], NULL,
				 is_undo ? TODO_TICK_UNDONE : TODO_TICK_DONE);
	free(rest);
	return code;
}

int cli_todo_edit(struct cli *c, int argc, char **argv)
{
	const char *words[3];
	long id = 0;
	int code = take_args(c, argc, argv, 3, 3, words, NULL, 0, &id);
	return code != CLI_OK ? code : save_todo(c, id, words[1], words[2], TODO_TICK_KEEP);
}

int cli_closure_add(struct cli *c, int argc, char **argv)
{
	const char *words[2] = { NULL, NULL };
	long id = 0;
	int code = take_args(c, argc, argv, 1, 2, words, NULL, 0, &id);
	if (code != CLI_OK)
		return code;
	char *comment = words[1] && *words[1] ? xstrdup(words[1]) : NULL;
	struct closure cl = { .ticket_id = (ticket_id_t)id,
			      .date = MODEL_NO_TIME,
			      .comment = comment };
	struct job *job = api_closures_save(&cl, 1, 1);
	free(comment);
	return send_checked(c, job);
}

/* Whether the closure confirmation CLOSURE belongs to ticket ID (one GET, a dry run too):
 * an id typed wrong must not remove another ticket's. */
static int closure_of_ticket(struct cli *c, long id, long closure)
{
	int code = cli_connect(c);
	if (code != CLI_OK)
		return code;
	struct job_result *r = cli_run_job(c, api_closure_get((int)closure, 1));
	struct reply reply;
	const struct reply_field *f = NULL;
	if (r->status != STATUS_OK)
		code = cli_fail_result(c, r);
	else if (reply_parse(r->body, r->body_len, NULL, &reply) != STATUS_OK)
		code = cli_fail(c, CLI_ERROR, "the server's answer is not a closure confirmation");
	else if (reply.count != 1 || !(f = reply_record_field(&reply.records[0], "ticket_id")) ||
		 atol(f->text) != id)
		code = cli_fail(c, CLI_NOT_FOUND,
				"ticket %ld has no closure confirmation %ld: nothing was removed",
				id, closure);
	if (r->status == STATUS_OK)
		reply_fini(&reply);
	job_result_free(r);
	return code;
}

int cli_closure_delete(struct cli *c, int argc, char **argv)
{
	const char *words[2];
	long id = 0, closure = 0;
	int code = take_args(c, argc, argv, 2, 2, words, NULL, 0, &id);
	if (code == CLI_OK)
		code = take_number(c, words[1], "closure confirmation id", &closure);
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	if (code == CLI_OK)
		code = closure_of_ticket(c, id, closure);
	if (code != CLI_OK)
		return code;
	return cli_send_write(c, api_closure_delete((int)closure, 1));
}

int cli_approval_add(struct cli *c, int argc, char **argv)
{
	const char *words[2], *note = NULL;
	const struct cli_flag flags[] = { { "--note", &note } };
	long id = 0, agent = 0;
	int code = take_args(c, argc, argv, 2, 2, words, flags, 1, &id);
	if (code == CLI_OK)
		code = cli_refuse_read_only(c);
	/* The agent's name needs the agents: a dry run reads them too, and writes nothing. */
	if (code == CLI_OK)
		code = cli_connect(c);
	const char *name = NULL;
	if (code == CLI_OK)
		code = cli_resolve_agent(c, words[1], &agent, &name);
	if (code != CLI_OK)
		return code;
	struct approval_step step = { .ticket_id = (ticket_id_t)id,
				      .agent_id = (int)agent,
				      .note = note && *note ? note : NULL };
	struct job *job = api_approval_add(&step, 1);
	job->record_id = id;
	return cli_send_write(c, job);
}

int cli_approval_delete(struct cli *c, int argc, char **argv)
{
	const char *words[2];
	long id = 0, seq = 0;
	int code = take_args(c, argc, argv, 2, 2, words, NULL, 0, &id);
	if (code == CLI_OK)
		code = take_number(c, words[1], "approval step (SEQ)", &seq);
	if (code != CLI_OK)
		return code;
	return send_checked(c, api_approval_delete((ticket_id_t)id, (int)seq, 1));
}
