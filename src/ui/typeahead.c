/* Keys typed ahead of a pane's rows: kept in order, counted, said in words. */
#include "config.h"

#include "ui/typeahead.h"

#include <string.h>

#include "util/plural.h"

bool typeahead_push(struct typeahead *t, enum command cmd)
{
	t->n_dropped = 0;
	if (t->n >= TYPEAHEAD_MAX) {
		t->n_not_kept++;
		return false;
	}
	t->cmd[t->n++] = cmd;
	return true;
}

void typeahead_clear(struct typeahead *t)
{
	memset(t, 0, sizeof(*t));
}

void typeahead_drop(struct typeahead *t)
{
	int n = t->n + t->n_not_kept;
	typeahead_clear(t);
	t->n_dropped = n;
}

void typeahead_describe(const struct typeahead *t, struct strbuf *out)
{
	if (t->n_dropped) {
		strbuf_appendf(out, "%d %s typed ahead not applied", t->n_dropped,
			       plural(t->n_dropped, "key", "keys"));
		return;
	}
	if (!t->n)
		return;
	strbuf_appendf(out, "%d %s typed ahead", t->n, plural(t->n, "key", "keys"));
	if (t->n_not_kept)
		strbuf_appendf(out, ", %d not kept", t->n_not_kept);
	else
		strbuf_append_str(out, ", kept for the rows");
}
