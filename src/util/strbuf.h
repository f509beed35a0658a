/* A growable, always NUL-terminated byte string. */
#ifndef HALOTUI_UTIL_STRBUF_H
#define HALOTUI_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *data; /* never NULL between strbuf_init and strbuf_fini; always terminated */
	size_t len; /* bytes before the terminator */
	size_t cap; /* bytes allocated */
};

/* An empty buffer; strbuf_fini releases it. */
void strbuf_init(struct strbuf *sb);
void strbuf_fini(struct strbuf *sb);

/* Makes room for ADD more bytes plus the terminator. */
void strbuf_grow(struct strbuf *sb, size_t add);
void strbuf_append(struct strbuf *sb, const void *bytes, size_t len);
void strbuf_append_str(struct strbuf *sb, const char *s);
void strbuf_append_char(struct strbuf *sb, char c);
/* printf into the buffer's tail. */
void strbuf_appendf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vappendf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Empties the buffer, keeping its memory. */
void strbuf_reset(struct strbuf *sb);
/* Cuts the buffer to LEN bytes (no-op when already shorter). */
void strbuf_truncate(struct strbuf *sb, size_t len);
/* Hands the string to the caller (who frees it) and leaves SB empty and usable: it owns a
 * fresh small buffer, so a local SB still needs strbuf_fini after its last detach. */
char *strbuf_detach(struct strbuf *sb);
/* Hands the string to the caller (who frees it) and ends SB, as strbuf_fini would: the
 * `return strbuf_take(&sb);` of a function that built a string in a local buffer. */
char *strbuf_take(struct strbuf *sb);

#endif
