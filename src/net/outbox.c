/* The outbox journal: framed, checksummed records appended with fsync, replayed at open. */
#include "config.h"

#include "net/outbox.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "net/outbox_record.h"
#include "util/alloc.h"
#include "util/atomic_file.h"
#include "util/plural.h"
#include "util/strbuf.h"

struct outbox {
	pthread_mutex_t lock;
	int fd;	     /* the journal; -1 when read-only and there is none */
	int lock_fd; /* PATH.lock, flocked for as long as this process writes the journal */
	bool is_read_only;
	char *path;
	struct outbox_entry *entries;
	size_t count, cap;
	uint64_t next_id;
};

static void entry_fini(struct outbox_entry *e)
{
	free(e->query);
	free(e->body);
	free(e->last_message);
}

static struct outbox_entry *outbox_find(struct outbox *ob, uint64_t id)
{
	for (size_t i = 0; i < ob->count; i++)
		if (ob->entries[i].id == id)
			return &ob->entries[i];
	return NULL;
}

static void outbox_forget(struct outbox *ob, uint64_t id)
{
	struct outbox_entry *e = outbox_find(ob, id);
	if (!e)
		return;
	entry_fini(e);
	size_t i = (size_t)(e - ob->entries);
	memmove(e, e + 1, (ob->count - i - 1) * sizeof(*e));
	ob->count--;
}

/* Applies one replayed record to the entry set. */
static void outbox_apply(struct outbox *ob, struct outbox_entry *rec, char type)
{
	if (type == OUTBOX_REC_NEXT) {
		if (rec->id > ob->next_id)
			ob->next_id = rec->id;
		entry_fini(rec);
		return;
	}
	if (rec->id >= ob->next_id)
		ob->next_id = rec->id + 1;
	if (type == OUTBOX_REC_WRITE) {
		if (ob->count == ob->cap) {
			ob->cap = ob->cap ? ob->cap * 2 : 8;
			ob->entries = xreallocarray(ob->entries, ob->cap, sizeof(*ob->entries));
		}
		ob->entries[ob->count++] = *rec;
		return;
	}
	struct outbox_entry *e = outbox_find(ob, rec->id);
	if (type == OUTBOX_REC_FAILED && e) {
		free(e->last_message);
		e->last_message = rec->last_message;
		rec->last_message = NULL;
		e->last_status = rec->last_status;
		e->last_http_code = rec->last_http_code;
		e->is_outcome_unknown = rec->is_outcome_unknown;
	} else if (type == OUTBOX_REC_DONE) {
		outbox_forget(ob, rec->id);
	}
	entry_fini(rec);
}

/* Appends one framed record and makes it durable. */
static bool outbox_write_record(struct outbox *ob, char type, const struct outbox_entry *e)
{
	struct strbuf rec;
	strbuf_init(&rec);
	outbox_record_encode(&rec, type, e);
	bool ok = atomic_file_write_all(ob->fd, rec.data, rec.len) && fsync(ob->fd) == 0;
	strbuf_fini(&rec);
	return ok;
}

/* mkdir -p for the directories above PATH, mode 0700. */
static bool make_parents(const char *path)
{
	char *dir = xstrdup(path);
	bool ok = true;
	for (char *p = dir + 1; *p && ok; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		ok = mkdir(dir, 0700) == 0 || errno == EEXIST;
		*p = '/';
	}
	free(dir);
	return ok;
}

/* Keeps damaged or torn bytes beside the journal for inspection; false when it cannot. */
static bool outbox_keep_aside(const struct strbuf *aside, const char *torn_path)
{
	int fd = open(torn_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	bool saved =
		fd >= 0 && atomic_file_write_all(fd, aside->data, aside->len) && fsync(fd) == 0;
	if (fd >= 0)
		close(fd);
	return saved;
}

/* What replay found that it could not use. */
struct outbox_damage {
	size_t kept;	      /* records read */
	size_t damaged;	      /* damaged stretches followed by valid records */
	size_t damaged_bytes; /* their size */
	size_t torn_bytes;    /* a last record cut short */
	struct strbuf aside;  /* the bytes of both, for PATH.torn */
};

/* Saves the unusable bytes as PATH.torn and says what they were in WARNING. */
static void outbox_report_damage(struct outbox *ob, struct outbox_damage *d, char **warning)
{
	char *torn_path = xmalloc(strlen(ob->path) + 6);
	sprintf(torn_path, "%s.torn", ob->path);
	bool saved = outbox_keep_aside(&d->aside, torn_path);
	struct strbuf where;
	strbuf_init(&where);
	strbuf_appendf(&where, saved ? "kept in %s" : "lost: %s could not be written", torn_path);
	struct strbuf msg;
	strbuf_init(&msg);
	if (d->damaged)
		strbuf_appendf(&msg, "%zu damaged outbox %s (%zu %s) %s; %zu %s kept", d->damaged,
			       plural((long long)d->damaged, "record", "records"), d->damaged_bytes,
			       plural((long long)d->damaged_bytes, "byte", "bytes"), where.data,
			       d->kept, plural((long long)d->kept, "record", "records"));
	if (d->damaged && d->torn_bytes)
		strbuf_append_str(&msg, "; ");
	if (d->torn_bytes)
		strbuf_appendf(&msg,
			       "the outbox ends with a torn record (%zu %s): a write was being "
			       "saved when halotui stopped; its bytes are %s",
			       d->torn_bytes, plural((long long)d->torn_bytes, "byte", "bytes"),
			       where.data);
	strbuf_fini(&where);
	*warning = strbuf_take(&msg);
	free(torn_path);
}

static bool read_file(int fd, struct strbuf *out)
{
	char buf[8192];
	for (;;) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return false;
		if (n == 0)
			return true;
		strbuf_append(out, buf, (size_t)n);
	}
}

/* Replays the journal. A damaged record is skipped up to the next valid one; a damaged
 * or torn stretch is kept in PATH.torn and reported in WARNING (not when read-only: the
 * tail may be a write the other process is saving now). */
static bool outbox_replay(struct outbox *ob, char **warning)
{
	struct strbuf all;
	strbuf_init(&all);
	struct outbox_damage d = { 0 };
	strbuf_init(&d.aside);
	bool ok = ob->fd < 0 || read_file(ob->fd, &all);
	size_t pos = 0;
	while (ok && pos < all.len) {
		char type;
		struct outbox_entry rec;
		size_t n = outbox_record_decode(all.data + pos, all.len - pos, &type, &rec);
		if (n > 0) {
			d.kept += type != OUTBOX_REC_NEXT;
			outbox_apply(ob, &rec, type);
			pos += n;
			continue;
		}
		size_t end = pos + outbox_record_resync(all.data + pos, all.len - pos);
		strbuf_append(&d.aside, all.data + pos, end - pos);
		if (end < all.len) {
			d.damaged++;
			d.damaged_bytes += end - pos;
		} else {
			d.torn_bytes = end - pos;
		}
		pos = end;
	}
	if (ok && d.aside.len > 0 && !ob->is_read_only)
		outbox_report_damage(ob, &d, warning);
	strbuf_fini(&d.aside);
	strbuf_fini(&all);
	return ok;
}

/* Writes only what is still pending, so the journal does not grow forever. */
static bool outbox_compact(struct outbox *ob)
{
	struct strbuf all;
	strbuf_init(&all);
	/* ids are never handed out twice, even when nothing is left pending */
	struct outbox_entry next = { .id = ob->next_id, .last_status = STATUS_OK };
	outbox_record_encode(&all, OUTBOX_REC_NEXT, &next);
	for (size_t i = 0; i < ob->count; i++) {
		outbox_record_encode(&all, OUTBOX_REC_WRITE, &ob->entries[i]);
	}
	int fd = atomic_file_replace(ob->path, all.data, all.len);
	if (fd >= 0) {
		close(ob->fd);
		ob->fd = fd;
	}
	strbuf_fini(&all);
	return fd >= 0;
}

/* Takes PATH.lock for this process; a lock another process holds makes OB read-only. */
static bool outbox_lock(struct outbox *ob)
{
	char *lock_path = xmalloc(strlen(ob->path) + 6);
	sprintf(lock_path, "%s.lock", ob->path);
	ob->lock_fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	free(lock_path);
	if (ob->lock_fd < 0)
		return false;
	while (flock(ob->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK)
			return false;
		ob->is_read_only = true;
		break;
	}
	return true;
}

/* Opens the journal itself: read and append when locked, read-only (maybe absent) else. */
static bool outbox_open_journal(struct outbox *ob)
{
	if (!ob->is_read_only) {
		ob->fd = open(ob->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		return ob->fd >= 0;
	}
	ob->fd = open(ob->path, O_RDONLY | O_CLOEXEC);
	return ob->fd >= 0 || errno == ENOENT;
}

static const char read_only_warning[] =
	"another halotui has this profile's outbox open: this one lists the pending writes "
	"but cannot save or send changes until it is restarted after the other one quits";

struct outbox *outbox_open(const char *path, char **warning, char *err, size_t errlen)
{
	*warning = NULL;
	if (!make_parents(path)) {
		snprintf(err, errlen, "cannot make the outbox folder for %s: %s", path,
			 strerror(errno));
		return NULL;
	}
	struct outbox *ob = xcalloc(1, sizeof(*ob));
	ob->path = xstrdup(path);
	ob->next_id = 1;
	ob->fd = -1;
	if (!outbox_lock(ob) || !outbox_open_journal(ob) || !outbox_replay(ob, warning)) {
		snprintf(err, errlen, "cannot open the outbox %s: %s", path, strerror(errno));
		goto fail;
	}
	/* A create without a recorded end may have reached the server before the stop. */
	for (size_t i = 0; i < ob->count; i++)
		if (ob->entries[i].is_create && ob->entries[i].last_status == STATUS_OK)
			ob->entries[i].is_outcome_unknown = true;
	if (ob->is_read_only) {
		free(*warning);
		*warning = xstrdup(read_only_warning);
	} else if (!outbox_compact(ob)) {
		snprintf(err, errlen, "cannot rewrite the outbox %s: %s", path, strerror(errno));
		goto fail;
	}
	pthread_mutex_init(&ob->lock, NULL);
	return ob;
fail:
	free(*warning);
	*warning = NULL;
	if (ob->fd >= 0)
		close(ob->fd);
	if (ob->lock_fd >= 0)
		close(ob->lock_fd);
	outbox_entries_free(ob->entries, ob->count);
	free(ob->path);
	free(ob);
	return NULL;
}

void outbox_close(struct outbox *ob)
{
	if (!ob)
		return;
	if (ob->fd >= 0)
		close(ob->fd);
	close(ob->lock_fd);
	outbox_entries_free(ob->entries, ob->count);
	pthread_mutex_destroy(&ob->lock);
	free(ob->path);
	free(ob);
}

bool outbox_is_read_only(const struct outbox *ob)
{
	return ob->is_read_only;
}

uint64_t outbox_append(struct outbox *ob, const struct job *job)
{
	struct outbox_entry e = {
		.kind = job->kind,
		.record_id = job->record_id,
		.seq = job->seq,
		.query = xstrdup(job->query),
		.body = xstrdup(job->body),
		.is_create = job->is_create,
		.queued_at = time(NULL),
		.last_status = STATUS_OK,
	};
	if (ob->is_read_only) {
		entry_fini(&e);
		errno = EBUSY;
		return 0;
	}
	pthread_mutex_lock(&ob->lock);
	e.id = ob->next_id++;
	bool ok = outbox_write_record(ob, OUTBOX_REC_WRITE, &e);
	if (ok) {
		if (ob->count == ob->cap) {
			ob->cap = ob->cap ? ob->cap * 2 : 8;
			ob->entries = xreallocarray(ob->entries, ob->cap, sizeof(*ob->entries));
		}
		e.is_sending = true;
		ob->entries[ob->count++] = e;
	}
	pthread_mutex_unlock(&ob->lock);
	if (!ok) {
		int saved = errno;
		entry_fini(&e);
		errno = saved;
		return 0;
	}
	return e.id;
}

bool outbox_remove(struct outbox *ob, uint64_t id)
{
	if (ob->is_read_only)
		return false;
	pthread_mutex_lock(&ob->lock);
	bool ok = outbox_find(ob, id) != NULL;
	if (ok) {
		struct outbox_entry e = { .id = id, .last_status = STATUS_OK };
		ok = outbox_write_record(ob, OUTBOX_REC_DONE, &e);
		outbox_forget(ob, id);
	}
	pthread_mutex_unlock(&ob->lock);
	return ok;
}

bool outbox_mark_failed(struct outbox *ob, uint64_t id, enum status status, long http_code,
			const char *message, bool outcome_unknown)
{
	if (ob->is_read_only)
		return false;
	pthread_mutex_lock(&ob->lock);
	struct outbox_entry *e = outbox_find(ob, id);
	bool ok = e != NULL;
	if (ok) {
		free(e->last_message);
		e->last_message = xstrdup(message);
		e->last_status = status;
		e->last_http_code = http_code;
		/* A create stays unknown until it ends; an update is unknown only while its
		 * last try is (a read-back may settle it as plainly failed). */
		e->is_outcome_unknown = outcome_unknown || (e->is_create && e->is_outcome_unknown);
		e->is_sending = false;
		struct outbox_entry rec = *e;
		rec.query = rec.body = NULL;
		ok = outbox_write_record(ob, OUTBOX_REC_FAILED, &rec);
	}
	pthread_mutex_unlock(&ob->lock);
	return ok;
}

static void entry_copy(struct outbox_entry *dst, const struct outbox_entry *src)
{
	*dst = *src;
	dst->query = xstrdup(src->query);
	dst->body = xstrdup(src->body);
	dst->last_message = xstrdup(src->last_message);
}

size_t outbox_pending(struct outbox *ob, struct outbox_entry **entries)
{
	pthread_mutex_lock(&ob->lock);
	size_t n = ob->count;
	*entries = n ? xcalloc(n, sizeof(**entries)) : NULL;
	for (size_t i = 0; i < n; i++)
		entry_copy(&(*entries)[i], &ob->entries[i]);
	pthread_mutex_unlock(&ob->lock);
	return n;
}

struct job *outbox_claim(struct outbox *ob, uint64_t id, bool confirmed)
{
	struct job *job = NULL;
	pthread_mutex_lock(&ob->lock);
	struct outbox_entry *e = outbox_find(ob, id);
	bool is_asked = e && e->is_create && e->is_outcome_unknown;
	if (e && !ob->is_read_only && !e->is_sending && (confirmed || !is_asked)) {
		job = job_new(e->kind, 0);
		job->record_id = e->record_id;
		job->seq = e->seq;
		job->query = xstrdup(e->query);
		job->body = xstrdup(e->body);
		job->is_create = e->is_create;
		job->outbox_id = e->id;
		e->is_sending = true;
	}
	pthread_mutex_unlock(&ob->lock);
	return job;
}

void outbox_entries_free(struct outbox_entry *entries, size_t count)
{
	for (size_t i = 0; i < count; i++)
		entry_fini(&entries[i]);
	free(entries);
}

char *outbox_default_path(const char *profile)
{
	const char *state = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");
	struct strbuf sb;
	strbuf_init(&sb);
	if (state && *state == '/')
		strbuf_append_str(&sb, state);
	else
		strbuf_appendf(&sb, "%s/.local/state", home && *home ? home : ".");
	strbuf_appendf(&sb, "/halotui/%s/outbox", profile && *profile ? profile : "default");
	char *text = strbuf_take(&sb);
	return text;
}
