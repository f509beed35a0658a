/* The log: lines to a file, never to the terminal. A NULL log discards everything. */
#ifndef HALOTUI_UTIL_LOG_H
#define HALOTUI_UTIL_LOG_H

#include <stdarg.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

struct log;

/* Opens PATH for appending (created 0600). NULL when it cannot be opened (errno set). */
struct log *log_open(const char *path, enum log_level min_level);
/* Flushes and closes; NULL-safe. */
void log_close(struct log *log);
/* Writes one timestamped line (a trailing newline is added); safe from any thread.
 * Callers redact secrets before calling: the log never sees a token. */
void log_printf(struct log *log, enum log_level level, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void log_vprintf(struct log *log, enum log_level level, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

#endif
