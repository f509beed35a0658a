/* A line-oriented log file shared by the UI and worker threads. */
#include "config.h"

#include "util/log.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/alloc.h"

struct log {
	FILE *fp;
	enum log_level min_level;
	pthread_mutex_t lock;
};

static const char *const level_names[] = { "debug", "info", "warn", "error" };

struct log *log_open(const char *path, enum log_level min_level)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (fd < 0)
		return NULL;
	FILE *fp = fdopen(fd, "a");
	if (!fp) {
		close(fd);
		return NULL;
	}
	struct log *log = xcalloc(1, sizeof(*log));
	log->fp = fp;
	log->min_level = min_level;
	pthread_mutex_init(&log->lock, NULL);
	return log;
}

void log_close(struct log *log)
{
	if (!log)
		return;
	fclose(log->fp);
	pthread_mutex_destroy(&log->lock);
	free(log);
}

void log_vprintf(struct log *log, enum log_level level, const char *fmt, va_list ap)
{
	if (!log || level < log->min_level)
		return;
	struct timespec ts;
	struct tm tm;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	char stamp[32];
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%S", &tm);
	pthread_mutex_lock(&log->lock);
	fprintf(log->fp, "%s.%03ldZ %s ", stamp, ts.tv_nsec / 1000000L, level_names[level]);
	vfprintf(log->fp, fmt, ap);
	fputc('\n', log->fp);
	fflush(log->fp);
	pthread_mutex_unlock(&log->lock);
}

void log_printf(struct log *log, enum log_level level, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	log_vprintf(log, level, fmt, ap);
	va_end(ap);
}
