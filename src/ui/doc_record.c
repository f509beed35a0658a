/* A record's fields as document lines: a name column, values wrapped under themselves. */
#include "config.h"

#include "ui/doc_record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/approval.h"
#include "text/safe_text.h"
#include "text/width.h"
#include "util/alloc.h"
#include "util/strbuf.h"

/* Names longer than this are cut, so that a long one does not push every value aside. */
#define RECORD_NAME_MAX_COLS 24

/* The cells of the name column: the longest name (with its colon), at most the maximum. */
static int name_cols(const struct json_text *t)
{
	int cols = 0;
	for (size_t i = 0; i < t->count; i++) {
		const char *sep = strstr(t->lines[i], ": ");
		int n = sep ? text_width_n(t->lines[i], (size_t)(sep - t->lines[i])) + 1 : 0;
		cols = n > cols ? n : cols;
	}
	return cols < RECORD_NAME_MAX_COLS ? cols : RECORD_NAME_MAX_COLS;
}

/* What the console knows of VALUE under NAME: the agent's name, the approval's word. */
static const char *known_as(const struct raw_answer *raw, const struct lookups *l, const char *name,
			    const char *value)
{
	char *end;
	long n = strtol(value, &end, 10);
	if (end == value || *end)
		return NULL;
	if (!strcmp(name, "agent_id") || !strcmp(name, "requestor_agent_id"))
		return n > 0 ? lookups_agent_name(l, (int)n) : NULL;
	if (raw->record == RAW_RECORD_APPROVAL && !strcmp(name, "result"))
		return approval_result_name(approval_result_from_int((int)n));
	return NULL;
}

/* "NAME:  VALUE", the value wrapped under itself past the name column of COLS cells. */
static void field_line(struct doc *doc, const struct raw_answer *raw, const struct lookups *l,
		       const char *line, int cols)
{
	const char *sep = strstr(line, ": ");
	if (!sep) {
		doc_add_wrapped(doc, ROLE_DETAIL_VALUE, line, "");
		return;
	}
	char *name = xstrndup(line, (size_t)(sep - line));
	const char *known = known_as(raw, l, name, sep + 2);
	struct strbuf sb;
	strbuf_init(&sb);
	strbuf_appendf(&sb, "%s:", name);
	char *label = safe_text_clean(sb.data, 0);
	char *padded = text_pad(label, cols, TEXT_ALIGN_LEFT, TEXT_ELLIPSIS);
	strbuf_reset(&sb);
	strbuf_appendf(&sb, "%s%s%s%s", sep + 2, known && *known ? " (" : "", known ? known : "",
		       known && *known ? ")" : "");
	char *value = safe_text_clean(sb.data, 0);
	struct text_lines wrapped = { 0 };
	int value_cols = doc->width - cols - 1;
	text_wrap(&wrapped, value, value_cols > 8 ? value_cols : 8);
	for (size_t i = 0; i < wrapped.count || i == 0; i++) {
		strbuf_reset(&sb);
		strbuf_appendf(&sb, "%*s %s", i ? cols : 0, i ? "" : padded,
			       i < wrapped.count ? wrapped.lines[i] : "");
		doc_add(doc, ROLE_DETAIL_VALUE, sb.data);
		if (!i)
			doc->lines[doc->count - 1].label_cols =
				cols < doc->width ? cols : doc->width;
	}
	text_lines_fini(&wrapped);
	free(value);
	free(padded);
	free(label);
	free(name);
	strbuf_fini(&sb);
}

int doc_record_seq(const struct raw_answer *raw)
{
	for (size_t i = 0; raw->text.is_record && i < raw->text.count; i++)
		if (!strncmp(raw->text.lines[i], "seq: ", 5))
			return atoi(raw->text.lines[i] + 5);
	return 0;
}

void doc_record_lines(struct doc *doc, const struct raw_answer *raw, const struct lookups *l)
{
	int cols = name_cols(&raw->text), seq = doc_record_seq(raw);
	if (raw->record == RAW_RECORD_APPROVAL && seq > 0 && seq != raw->record_id) {
		/* GET /TicketApproval/{id} names a ticket: Halo picks the step. */
		char note[160];
		snprintf(note, sizeof(note),
			 "Halo answered with step %d, not step %d: GET /TicketApproval/{id} names "
			 "the ticket, not the step.",
			 seq, raw->record_id);
		doc_add_wrapped(doc, ROLE_STATUS_ERROR, note, "");
		doc_add(doc, ROLE_DEFAULT, "");
	}
	for (size_t i = 0; i < raw->text.count; i++) {
		if (!raw->text.lines[i][0])
			doc_add(doc, ROLE_DEFAULT, "");
		else
			field_line(doc, raw, l, raw->text.lines[i], cols);
	}
}
