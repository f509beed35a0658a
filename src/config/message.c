/* Error messages of the config layer: printf into a new string. */
#include "config.h"

#include "config/message.h"

#include "util/strbuf.h"

char *message_vformat(const char *fmt, va_list ap)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_vappendf(&sb, fmt, ap);
	char *s = strbuf_take(&sb);
	return s;
}

char *message_format(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = message_vformat(fmt, ap);
	va_end(ap);
	return s;
}
