/* The ticket list's title line: the view or query in words, the sort, the count. */
#include "config.h"

#include "ui/list_title.h"

#include <stdlib.h>
#include <string.h>

#include "model/ticket_query_describe.h"
#include "text/width.h"
#include "ui/list_columns.h"

#define DOT " \xC2\xB7 "

/* The words for sort field FIELD: the title of its column in lower case ("last action"). */
static void append_field(struct strbuf *out, const char *field)
{
	for (int id = 0; id < COL_COUNT; id++) {
		const char *f = list_column_sort_field((enum list_column_id)id);
		const char *title = list_column_title((enum list_column_id)id);
		if (f && title && *title && !strcmp(f, field) && id != COL_AGE) {
			size_t start = out->len;
			strbuf_append_str(out, title);
			/* "ID" and "SLA" stay as they are; "Last action" reads "last action". */
			if (title[1] && title[1] >= 'a' && title[1] <= 'z')
				out->data[start] = (char)(out->data[start] - 'A' + 'a');
			return;
		}
	}
	strbuf_append_str(out, field);
}

static void append_sort(struct strbuf *out, const struct pane_data *d)
{
	if (!d->sort.field[0])
		return;
	strbuf_append_str(out, DOT "sorted by ");
	for (int k = 0; k < PANE_SORT_KEYS && d->sort.field[k]; k++) {
		if (k)
			strbuf_append_str(out, ", ");
		append_field(out, d->sort.field[k]);
		if (d->is_ascii)
			strbuf_append_str(out, d->sort.is_desc[k] ? " desc" : " asc");
		else
			strbuf_append_str(out,
					  d->sort.is_desc[k] ? " \xE2\x86\x93" : " \xE2\x86\x91");
	}
}

void list_title_format(const struct pane_data *d, int width_cols, struct strbuf *out)
{
	struct strbuf words, count;
	strbuf_init(&words);
	strbuf_init(&count);
	ticket_query_describe(d->query, &d->lookups, d->view_name, &words);
	append_sort(&words, d);
	if (ticket_list_is_known(d->list))
		strbuf_appendf(&count, DOT "%zu", ticket_list_record_count(d->list));
	strbuf_reset(out);
	int room = width_cols - text_width(count.data);
	if (text_width(words.data) <= room || room < 2) {
		char *cut = text_cut(words.data, width_cols,
				     d->is_ascii ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS);
		strbuf_append_str(out, cut);
		free(cut);
		if (text_width(out->data) + text_width(count.data) <= width_cols)
			strbuf_append_str(out, count.data);
	} else {
		char *cut = text_cut(words.data, room,
				     d->is_ascii ? TEXT_ELLIPSIS_ASCII : TEXT_ELLIPSIS);
		strbuf_append_str(out, cut);
		strbuf_append_str(out, count.data);
		free(cut);
	}
	strbuf_fini(&words);
	strbuf_fini(&count);
}
