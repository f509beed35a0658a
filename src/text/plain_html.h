/* Plain text as HTML: what a note typed in the console becomes for Halo's note_html. */
#ifndef HALOTUI_TEXT_PLAIN_HTML_H
#define HALOTUI_TEXT_PLAIN_HTML_H

/* S as HTML that shows the same text: &, <, > and " escaped, each line break a <br>
 * (CR LF counts once). Caller owns the copy; NULL gives "". */
char *plain_to_html(const char *s);

#endif
