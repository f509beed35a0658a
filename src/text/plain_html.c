/* Plain text to HTML: escaped, line breaks kept as <br>. */
#include "config.h"

#include "text/plain_html.h"

#include "util/strbuf.h"

char *plain_to_html(const char *s)
{
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_append_str(&sb, "");
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			strbuf_append_str(&sb, "&amp;");
			break;
		case '<':
			strbuf_append_str(&sb, "&lt;");
			break;
		case '>':
			strbuf_append_str(&sb, "&gt;");
			break;
		case '"':
			strbuf_append_str(&sb, "&quot;");
			break;
		case '\r':
			if (s[1] != '\n')
				strbuf_append_str(&sb, "<br>");
			break;
		case '\n':
			strbuf_append_str(&sb, "<br>");
			break;
		default:
			strbuf_append_char(&sb, *s);
		}
	}
	return strbuf_take(&sb);
}
