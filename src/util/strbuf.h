/* A growable, always NUL-terminated byte string. */
#ifndef HALOTUI_UTIL_STRBUF_H
#define HALOTUI_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *data; /* terminated; NULL only after strbuf_detach until the next append */
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
/* Hands the string to the caller (who frees it). SB then owns nothing and needs no
 * strbuf_fini; appending to it again starts a new string (and then needs strbuf_fini). */
char *strbuf_detach(struct strbuf *sb);

#endif
