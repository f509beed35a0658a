/* Tests of the outbox journal: durability across reopen, failures kept, torn tails found. */
#include "config.h"

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "net/outbox.h"

static char dir[64];
static char path[128];

static void fresh_path(void)
{
	snprintf(dir, sizeof(dir), "/tmp/halotui-outbox-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/p/outbox", dir);
}

static void remove_all(void)
{
	char cmd[200];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static struct outbox *open_ok(char **warning)
{
	char err[256] = "";
	char *w = NULL;
	struct outbox *ob = outbox_open(path, &w, err, sizeof(err));
	ck_assert_msg(ob != NULL, "%s", err);
	if (warning)
		*warning = w;
	else
		ck_assert_msg(w == NULL, "unexpected warning: %s", w);
	return ob;
}

static uint64_t append_write(struct outbox *ob, enum job_kind kind, const char *body,
			     bool is_create)
{
	struct job *job = job_new(kind, 1);
	job->body = body ? strdup(body) : NULL;
	job->record_id = 42;
	job->query = strdup("returnall=true");
	job->is_create = is_create;
	uint64_t id = outbox_append(ob, job);
	job_free(job);
	ck_assert_uint_ne(id, 0);
	return id;
}

START_TEST(a_journalled_write_is_found_again_after_reopening)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t id = append_write(ob, JOB_TICKETS_SAVE, "[{\"id\":42,\"summary\":\"é\"}]", false);
	outbox_close(ob);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert_uint_eq(e[0].id, id);
	ck_assert_int_eq(e[0].kind, JOB_TICKETS_SAVE);
	ck_assert_int_eq(e[0].record_id, 42);
	ck_assert_str_eq(e[0].body, "[{\"id\":42,\"summary\":\"é\"}]");
	ck_assert_str_eq(e[0].query, "returnall=true");
	ck_assert(!e[0].is_outcome_unknown);
	outbox_entries_free(e, 1);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_removed_write_stays_gone_and_ids_are_never_reused)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t a = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":1}]", false);
	uint64_t b = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":2}]", false);
	ck_assert(outbox_remove(ob, a));
	ck_assert(!outbox_remove(ob, a));
	outbox_close(ob);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert_uint_eq(e[0].id, b);
	outbox_entries_free(e, 1);
	uint64_t c = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":3}]", false);
	ck_assert_uint_gt(c, b);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_failed_write_is_kept_with_the_servers_words)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t id = append_write(ob, JOB_APPROVALS_SAVE, "[{\"ticket_id\":1,\"seq\":1}]", false);
	ck_assert(outbox_mark_failed(ob, id, STATUS_HTTP_400, 400,
				     "Please select the CAB members to approve", false));
	outbox_close(ob);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert_int_eq(e[0].last_status, STATUS_HTTP_400);
	ck_assert_int_eq(e[0].last_http_code, 400);
	ck_assert_str_eq(e[0].last_message, "Please select the CAB members to approve");
	outbox_entries_free(e, 1);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_create_left_unfinished_is_marked_outcome_unknown_but_an_update_is_not)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t create = append_write(ob, JOB_TICKETS_SAVE, "[{\"summary\":\"new\"}]", true);
	uint64_t update =
		append_write(ob, JOB_TICKETS_SAVE, "[{\"id\":7,\"summary\":\"x\"}]", false);
	outbox_close(ob);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 2);
	ck_assert(e[0].is_outcome_unknown && !e[1].is_outcome_unknown);
	ck_assert(!e[0].is_sending && !e[1].is_sending);
	outbox_entries_free(e, 2);
	/* The create needs the user's word; the update does not. */
	ck_assert_ptr_null(outbox_claim(ob, create, false));
	struct job *job = outbox_claim(ob, create, true);
	ck_assert_ptr_nonnull(job);
	ck_assert(job->is_create);
	ck_assert_uint_eq(job->outbox_id, create);
	job_free(job);
	job = outbox_claim(ob, update, false);
	ck_assert_ptr_nonnull(job);
	job_free(job);
	ck_assert_ptr_null(outbox_claim(ob, 999, true));
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(an_update_whose_answer_was_lost_is_unknown_yet_resent_without_asking)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t id = append_write(ob, JOB_TICKETS_SAVE, "[{\"id\":7,\"status_id\":9}]", false);
	ck_assert(outbox_mark_failed(ob, id, STATUS_NETWORK, 0, "connection cut", true));
	outbox_close(ob);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert(e[0].is_outcome_unknown);
	outbox_entries_free(e, 1);
	struct job *job = outbox_claim(ob, id, false);
	ck_assert_ptr_nonnull(job);
	job_free(job);
	/* Read again and found not done: a plain failure from then on. */
	ck_assert(outbox_mark_failed(ob, id, STATUS_NETWORK, 0, "not done", false));
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert(!e[0].is_outcome_unknown);
	outbox_entries_free(e, 1);
	outbox_close(ob);
	remove_all();
}
END_TEST

/* Cuts BYTES off the end of the journal, as a crash mid-write would. */
static void chop(size_t bytes)
{
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(truncate(path, st.st_size - (off_t)bytes), 0);
}

START_TEST(a_write_on_its_way_cannot_be_claimed_twice_until_it_fails)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t id = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":5,\"done\":true}]", false);
	ck_assert_ptr_null(outbox_claim(ob, id, true));
	ck_assert(outbox_mark_failed(ob, id, STATUS_NETWORK, 0, "connection refused", false));
	struct job *job = outbox_claim(ob, id, false);
	ck_assert_ptr_nonnull(job);
	job_free(job);
	ck_assert_ptr_null(outbox_claim(ob, id, false));
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_torn_last_record_is_reported_kept_aside_and_the_rest_survives)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"ticket_id\":1,\"note\":\"first\"}]", true);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"ticket_id\":1,\"note\":\"second\"}]", true);
	outbox_close(ob);
	chop(5);
	char *warning = NULL;
	ob = open_ok(&warning);
	ck_assert_ptr_nonnull(warning);
	ck_assert_ptr_nonnull(strstr(warning, "torn"));
	free(warning);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert_ptr_nonnull(strstr(e[0].body, "first"));
	outbox_entries_free(e, 1);
	/* The journal is whole again: new writes land after the good records. */
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"ticket_id\":1,\"note\":\"third\"}]", true);
	outbox_close(ob);
	ob = open_ok(NULL);
	ck_assert_uint_eq(outbox_pending(ob, &e), 2);
	outbox_entries_free(e, 2);
	outbox_close(ob);
	char torn[160];
	snprintf(torn, sizeof(torn), "%s.torn", path);
	struct stat st;
	ck_assert_int_eq(stat(torn, &st), 0);
	ck_assert_int_gt(st.st_size, 0);
	remove_all();
}
END_TEST

START_TEST(a_damaged_byte_in_the_last_record_fails_its_checksum)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	append_write(ob, JOB_TODOS_SAVE, "[{\"id\":1,\"done\":true}]", false);
	outbox_close(ob);
	int fd = open(path, O_RDWR);
	struct stat st;
	fstat(fd, &st);
	ck_assert_int_eq(pwrite(fd, "X", 1, st.st_size - 3), 1);
	close(fd);
	char *warning = NULL;
	ob = open_ok(&warning);
	ck_assert_ptr_nonnull(warning);
	free(warning);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 0);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_process_killed_right_after_journalling_leaves_the_write_on_disk)
{
	fresh_path();
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		char err[256];
		char *w = NULL;
		struct outbox *ob = outbox_open(path, &w, err, sizeof(err));
		struct job *job = job_new(JOB_TICKETS_SAVE, 1);
		job->body = strdup("[{\"summary\":\"typed before the crash\"}]");
		job->is_create = true;
		if (!ob || outbox_append(ob, job) == 0)
			_exit(1);
		raise(SIGKILL);
		_exit(2);
	}
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	struct outbox *ob = open_ok(NULL);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 1);
	ck_assert_ptr_nonnull(strstr(e[0].body, "typed before the crash"));
	ck_assert(e[0].is_outcome_unknown);
	outbox_entries_free(e, 1);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(the_default_outbox_lives_under_the_xdg_state_folder_per_profile)
{
	setenv("XDG_STATE_HOME", "/tmp/state-x", 1);
	char *p = outbox_default_path("work");
	ck_assert_str_eq(p, "/tmp/state-x/halotui/work/outbox");
	free(p);
	unsetenv("XDG_STATE_HOME");
	setenv("HOME", "/home/u", 1);
	p = outbox_default_path(NULL);
	ck_assert_str_eq(p, "/home/u/.local/state/halotui/default/outbox");
	free(p);
}
END_TEST

/* Damage in the middle, two processes on one journal, ids across restarts. */

static char *slurp(const char *file, size_t *len)
{
	FILE *fp = fopen(file, "rb");
	ck_assert_ptr_nonnull(fp);
	char *data = malloc(1 << 20);
	*len = fread(data, 1, 1 << 20, fp);
	fclose(fp);
	return data;
}

static bool pending_has(const struct outbox_entry *e, size_t n, uint64_t id)
{
	for (size_t i = 0; i < n; i++)
		if (e[i].id == id)
			return true;
	return false;
}

START_TEST(a_damaged_record_in_the_middle_is_skipped_and_the_later_ones_kept)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t ids[5];
	char body[64];
	for (int i = 0; i < 5; i++) {
		snprintf(body, sizeof(body), "[{\"id\":%d,\"note\":\"note %d\"}]", i + 1, i + 1);
		ids[i] = append_write(ob, JOB_ACTIONS_SAVE, body, false);
	}
	outbox_close(ob);
	size_t len;
	char *data = slurp(path, &len);
	char *second = memmem(data, len, "note 2", 6);
	ck_assert_ptr_nonnull(second);
	int fd = open(path, O_RDWR);
	ck_assert_int_eq(pwrite(fd, "m", 1, second - data), 1);
	close(fd);
	free(data);

	char *warning = NULL;
	ob = open_ok(&warning);
	ck_assert_ptr_nonnull(warning);
	ck_assert_msg(strstr(warning, "1 damaged outbox record ("), "%s", warning);
	ck_assert_msg(strstr(warning, "bytes) kept in "), "%s", warning);
	ck_assert_msg(strstr(warning, "outbox.torn; 4 records kept"), "%s", warning);
	ck_assert_msg(!strstr(warning, "being saved"), "%s", warning);
	free(warning);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 4);
	ck_assert(pending_has(e, 4, ids[0]) && !pending_has(e, 4, ids[1]));
	ck_assert(pending_has(e, 4, ids[2]) && pending_has(e, 4, ids[3]) &&
		  pending_has(e, 4, ids[4]));
	ck_assert_ptr_nonnull(strstr(e[3].body, "note 5"));
	outbox_entries_free(e, 4);
	outbox_close(ob);

	char torn[160];
	snprintf(torn, sizeof(torn), "%s.torn", path);
	data = slurp(torn, &len);
	ck_assert_ptr_nonnull(memmem(data, len, "mote 2", 6));
	ck_assert_ptr_null(memmem(data, len, "note 3", 6));
	free(data);
	/* the journal was rewritten whole: the next open finds nothing wrong */
	ob = open_ok(NULL);
	ck_assert_uint_eq(outbox_pending(ob, &e), 4);
	outbox_entries_free(e, 4);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(damage_in_the_middle_and_a_torn_tail_are_both_reported)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"note\":\"one\"}]", false);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"note\":\"two\"}]", false);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"note\":\"three\"}]", false);
	append_write(ob, JOB_ACTIONS_SAVE, "[{\"note\":\"four\"}]", false);
	outbox_close(ob);
	size_t len;
	char *data = slurp(path, &len);
	char *two = memmem(data, len, "two", 3);
	ck_assert_ptr_nonnull(two);
	int fd = open(path, O_RDWR);
	ck_assert_int_eq(pwrite(fd, "T", 1, two - data), 1);
	close(fd);
	free(data);
	chop(4);
	char *warning = NULL;
	ob = open_ok(&warning);
	ck_assert_msg(strstr(warning, "1 damaged outbox record ("), "%s", warning);
	ck_assert_msg(strstr(warning, "; 2 records kept; "), "%s", warning);
	ck_assert_msg(strstr(warning, "the outbox ends with a torn record ("), "%s", warning);
	ck_assert_msg(strstr(warning, "a write was being saved when halotui stopped"), "%s",
		      warning);
	free(warning);
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(ob, &e), 2);
	ck_assert_ptr_nonnull(strstr(e[0].body, "one"));
	ck_assert_ptr_nonnull(strstr(e[1].body, "three"));
	outbox_entries_free(e, 2);
	outbox_close(ob);
	remove_all();
}
END_TEST

/* The child opens the journal while the parent writes it and appends too; it sends the
 * ids it was given, then the parent goes on. Every acknowledged write must be there once. */
START_TEST(two_processes_on_one_outbox_never_lose_or_share_a_write)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t acked[16];
	size_t n_acked = 0;
	acked[n_acked++] = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":1}]", false);
	acked[n_acked++] = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":2}]", false);
	int pipefd[2];
	ck_assert_int_eq(pipe(pipefd), 0);
	pid_t pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(pipefd[0]);
		char err[256], *w = NULL;
		struct outbox *other = outbox_open(path, &w, err, sizeof(err));
		if (!other)
			_exit(1);
		for (int i = 0; i < 3; i++) {
			struct job *job = job_new(JOB_TODOS_SAVE, 1);
			job->body = strdup("[{\"id\":9}]");
			uint64_t id = outbox_append(other, job);
			job_free(job);
			if (id && write(pipefd[1], &id, sizeof(id)) != sizeof(id))
				_exit(2);
		}
		outbox_close(other);
		free(w);
		_exit(0);
	}
	close(pipefd[1]);
	uint64_t id;
	while (read(pipefd[0], &id, sizeof(id)) == sizeof(id))
		acked[n_acked++] = id;
	close(pipefd[0]);
	int status;
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	acked[n_acked++] = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":3}]", false);
	acked[n_acked++] = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":4}]", false);
	outbox_close(ob);

	for (size_t i = 0; i < n_acked; i++)
		for (size_t j = i + 1; j < n_acked; j++)
			ck_assert_msg(acked[i] != acked[j], "id %llu given twice",
				      (unsigned long long)acked[i]);
	ob = open_ok(NULL);
	struct outbox_entry *e;
	size_t n = outbox_pending(ob, &e);
	ck_assert_uint_eq(n, n_acked);
	for (size_t i = 0; i < n_acked; i++)
		ck_assert_msg(pending_has(e, n, acked[i]), "write %llu lost",
			      (unsigned long long)acked[i]);
	outbox_entries_free(e, n);
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(a_second_open_while_one_is_held_is_read_only_and_says_so)
{
	fresh_path();
	struct outbox *ob = open_ok(NULL);
	uint64_t a = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":1}]", false);
	char *warning = NULL;
	struct outbox *second = open_ok(&warning);
	ck_assert_ptr_nonnull(warning);
	ck_assert_ptr_nonnull(strstr(warning, "another halotui"));
	free(warning);
	ck_assert(outbox_is_read_only(second) && !outbox_is_read_only(ob));
	struct outbox_entry *e;
	ck_assert_uint_eq(outbox_pending(second, &e), 1);
	ck_assert_uint_eq(e[0].id, a);
	outbox_entries_free(e, 1);
	struct job *job = job_new(JOB_TODOS_SAVE, 1);
	errno = 0;
	ck_assert_uint_eq(outbox_append(second, job), 0);
	ck_assert_int_eq(errno, EBUSY);
	job_free(job);
	ck_assert_ptr_null(outbox_claim(second, a, true));
	ck_assert(!outbox_remove(second, a));
	outbox_close(second);
	/* the holder is untouched and, once it closes, the next open writes again */
	ck_assert(outbox_remove(ob, a));
	outbox_close(ob);
	ob = open_ok(NULL);
	ck_assert(!outbox_is_read_only(ob));
	outbox_close(ob);
	remove_all();
}
END_TEST

START_TEST(ids_never_repeat_after_a_restart_with_nothing_pending)
{
	fresh_path();
	uint64_t last = 0;
	for (int round = 0; round < 3; round++) {
		struct outbox *ob = open_ok(NULL);
		uint64_t id = append_write(ob, JOB_TODOS_SAVE, "[{\"id\":1}]", false);
		ck_assert_uint_gt(id, last);
		ck_assert(outbox_remove(ob, id));
		last = id;
		outbox_close(ob);
		/* an open with nothing pending rewrites the journal empty of writes */
		outbox_close(open_ok(NULL));
	}
	remove_all();
}
END_TEST

HARNESS_MAIN("outbox", a_journalled_write_is_found_again_after_reopening,
	     a_removed_write_stays_gone_and_ids_are_never_reused,
	     a_failed_write_is_kept_with_the_servers_words,
	     a_create_left_unfinished_is_marked_outcome_unknown_but_an_update_is_not,
	     a_write_on_its_way_cannot_be_claimed_twice_until_it_fails,
	     an_update_whose_answer_was_lost_is_unknown_yet_resent_without_asking,
	     a_torn_last_record_is_reported_kept_aside_and_the_rest_survives,
	     a_damaged_byte_in_the_last_record_fails_its_checksum,
	     a_process_killed_right_after_journalling_leaves_the_write_on_disk,
	     the_default_outbox_lives_under_the_xdg_state_folder_per_profile,
	     a_damaged_record_in_the_middle_is_skipped_and_the_later_ones_kept,
	     damage_in_the_middle_and_a_torn_tail_are_both_reported,
	     two_processes_on_one_outbox_never_lose_or_share_a_write,
	     a_second_open_while_one_is_held_is_read_only_and_says_so,
	     ids_never_repeat_after_a_restart_with_nothing_pending)
