/* OSC 52 clipboard: base64 of the text inside ESC ] 52 ; c ; ... BEL. */
#include "config.h"

#include "ui/clipboard.h"

#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"

static void append_base64(struct strbuf *sb, const unsigned char *in, size_t len)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)in[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)in[i + 1] << 8;
		if (i + 2 < len)
			v |= in[i + 2];
		strbuf_append_char(sb, digits[(v >> 18) & 63]);
		strbuf_append_char(sb, digits[(v >> 12) & 63]);
		strbuf_append_char(sb, i + 1 < len ? digits[(v >> 6) & 63] : '=');
		strbuf_append_char(sb, i + 2 < len ? digits[v & 63] : '=');
	}
}

char *clipboard_osc52(const char *text, bool is_tmux)
{
	struct strbuf sb;
	strbuf_init(&sb);
	/* tmux passes a sequence through when it is wrapped in DCS tmux; ... ST with the
	 * inner escapes doubled. */
	strbuf_append_str(&sb, is_tmux ? "\033Ptmux;\033\033]52;c;" : "\033]52;c;");
	append_base64(&sb, (const unsigned char *)text, strlen(text));
	strbuf_append_str(&sb, is_tmux ? "\a\033\\" : "\a");
	return strbuf_take(&sb);
}

void clipboard_copy(struct ui_screen *s, const char *text)
{
	const char *tmux = getenv("TMUX");
	char *seq = clipboard_osc52(text, tmux && *tmux);
	ui_screen_write_raw(s, seq, strlen(seq));
	free(seq);
}
