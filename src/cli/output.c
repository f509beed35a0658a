/* The output formats of the subcommands, one writer per format. */
#include "config.h"

#include "cli/output.h"

#include <stdlib.h>
#include <string.h>

#include "net/job.h"
#include "text/safe_text.h"
#include "text/width.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static const char *const format_names[] = {
	[CLI_FORMAT_TABLE] = "table", [CLI_FORMAT_PLAIN] = "plain", [CLI_FORMAT_JSON] = "json",
	[CLI_FORMAT_JSONL] = "jsonl", [CLI_FORMAT_CSV] = "csv",	    [CLI_FORMAT_TSV] = "tsv",
};

bool cli_format_parse(const char *name, enum cli_format *format)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (!strcmp(name, format_names[i])) {
			*format = (enum cli_format)i;
			return true;
		}
	}
	return false;
}

/* Splits "a, b,c" into owned words. */
static void split_columns(struct cli_output *o, const char *list)
{
	char *copy = xstrdup(list), *save = NULL;
	for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
		while (*w == ' ')
			w++;
		size_t n = strlen(w);
		while (n > 0 && w[n - 1] == ' ')
			w[--n] = '\0';
		if (!n)
			continue;
		o->columns = xreallocarray(o->columns, o->n_columns + 1, sizeof(*o->columns));
		o->columns[o->n_columns++] = xstrdup(w);
	}
	free(copy);
}

void cli_output_begin(struct cli_output *o, const struct cli *c, const char *default_columns)
{
	memset(o, 0, sizeof(*o));
	strbuf_init(&o->line);
	o->out = stdout;
	o->format = c->opt.format;
	o->is_no_headers = c->opt.is_no_headers;
	o->is_tty = c->is_stdout_tty;
	o->is_columns_given = c->opt.columns != NULL;
	split_columns(o, c->opt.columns ? c->opt.columns : default_columns);
}

/* REC as one compact JSON object appended to SB (see cli_output_json_record). */
static void json_record_sb(struct strbuf *sb, const struct reply_record *rec, char **columns,
			   size_t n_columns)
{
	strbuf_append_char(sb, '{');
	size_t n = n_columns ? n_columns : rec->n_fields;
	for (size_t i = 0; i < n; i++) {
		const struct reply_field *f =
			n_columns ? reply_record_field(rec, columns[i]) : &rec->fields[i];
		if (i)
			strbuf_append_char(sb, ',');
		cli_json_string_sb(sb, f ? f->key : columns[i]);
		strbuf_append_char(sb, ':');
		strbuf_append_str(sb, f ? f->json : "null");
	}
	strbuf_append_char(sb, '}');
}

void cli_output_json_record(FILE *out, const struct reply_record *rec, char **columns,
			    size_t n_columns)
{
	struct strbuf sb;
	strbuf_init(&sb);
	json_record_sb(&sb, rec, columns, n_columns);
	fwrite(sb.data, 1, sb.len, out);
	strbuf_fini(&sb);
}

static void write_csv_cell(FILE *out, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void write_tsv_cell(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\t')
			fputs("\\t", out);
		else if (*s == '\n')
			fputs("\\n", out);
		else if (*s == '\r')
			fputs("\\r", out);
		else if (*s == '\\')
			fputs("\\\\", out);
		else
			fputc(*s, out);
	}
}

/* Cell I of a header line or of REC (NULL: the header). */
static const char *cell_text(const struct cli_output *o, const struct reply_record *rec, size_t i)
{
	if (!rec)
		return o->columns[i];
	const struct reply_field *f = reply_record_field(rec, o->columns[i]);
	return f ? f->text : "";
}

/* One csv or tsv line: REC NULL writes the header. On a terminal the server's text cannot
 * drive it: controls and escape sequences are dropped (line breaks and tabs stay). */
static void write_separated(struct cli_output *o, const struct reply_record *rec)
{
	bool is_csv = o->format == CLI_FORMAT_CSV;
	for (size_t i = 0; i < o->n_columns; i++) {
		char *clean = o->is_tty
				      ? safe_text_clean(cell_text(o, rec, i),
							SAFE_TEXT_KEEP_NEWLINE | SAFE_TEXT_KEEP_TAB)
				      : NULL;
		const char *text = clean ? clean : cell_text(o, rec, i);
		if (i)
			fputc(is_csv ? ',' : '\t', o->out);
		if (is_csv)
			write_csv_cell(o->out, text);
		else
			write_tsv_cell(o->out, text);
		free(clean);
	}
	/* RFC 4180 ends every record, the last too, with CRLF. */
	fputs(is_csv ? "\r\n" : "\n", o->out);
}

/* What a person reads: no control, no escape sequence, one line. */
static char *clean_cell(const char *s)
{
	return safe_text_clean(s, 0);
}

/* A table cell as a person reads it, kept in O's arena: no control, one line, cut to the
 * widest cell. Short plain ASCII (ids, dates, most names) is kept as it is, without the
 * cleaning's copies. */
static void keep_cell(struct cli_output *o, const char *s, struct cli_cell *cell)
{
	size_t n = 0;
	while (n <= CLI_TABLE_CELL_MAX_COLS && s[n] >= 0x20 && s[n] < 0x7f)
		n++;
	if (!s[n] && n <= CLI_TABLE_CELL_MAX_COLS) {
		cell->text = arena_strndup(&o->arena, s, n);
		cell->width_cols = (int)n;
		return;
	}
	char *clean = clean_cell(s);
	char *cut = text_cut(clean, CLI_TABLE_CELL_MAX_COLS, "...");
	cell->text = arena_strdup(&o->arena, cut);
	cell->width_cols = text_width(cell->text);
	free(cut);
	free(clean);
}

static void keep_row(struct cli_output *o, const struct reply_record *rec)
{
	if (o->n_rows == o->cap_rows) {
		o->cap_rows = o->cap_rows ? o->cap_rows * 2 : 64;
		o->cells = xreallocarray(o->cells, o->cap_rows * (o->n_columns ? o->n_columns : 1),
					 sizeof(*o->cells));
	}
	for (size_t i = 0; i < o->n_columns; i++)
		keep_cell(o, cell_text(o, rec, i), &o->cells[o->n_rows * o->n_columns + i]);
	o->n_rows++;
}

static void write_plain(struct cli_output *o, const struct reply_record *rec)
{
	if (o->n_records > 1)
		fputc('\n', o->out);
	for (size_t i = 0; i < o->n_columns; i++) {
		char *text = clean_cell(cell_text(o, rec, i));
		fprintf(o->out, "%s: %s\n", o->columns[i], text);
		free(text);
	}
}

enum status cli_read_reply(const struct cli *c, const char *body, size_t len, const char *member,
			   struct reply *out)
{
	bool is_whole = (c->opt.format == CLI_FORMAT_JSON || c->opt.format == CLI_FORMAT_JSONL) &&
			!c->opt.columns;
	if (is_whole && reply_scan_texts(body, len, member, out))
		return STATUS_OK;
	return reply_parse(body, len, member, out);
}

/* A record read as its own text (reply_scan_texts), written as it is. */
static void write_json_text(struct cli_output *o, const struct reply_record *rec)
{
	if (o->format == CLI_FORMAT_JSON)
		fputs(o->n_records > 1 ? ",\n" : "[\n", o->out);
	fwrite(rec->json, 1, rec->json_len, o->out);
	if (o->format == CLI_FORMAT_JSONL)
		putc('\n', o->out);
}

void cli_output_record(struct cli_output *o, const struct reply_record *rec)
{
	size_t n_cols = o->is_columns_given ? o->n_columns : 0;
	o->n_records++;
	switch (o->format) {
	case CLI_FORMAT_JSON:
	case CLI_FORMAT_JSONL:
		/* One line built whole, one write: thousands of records cost no more than
		 * their bytes. */
		if (rec->json && !n_cols) {
			write_json_text(o, rec);
			break;
		}
		strbuf_reset(&o->line);
		if (o->format == CLI_FORMAT_JSON)
			strbuf_append_str(&o->line, o->n_records > 1 ? ",\n" : "[\n");
		json_record_sb(&o->line, rec, o->columns, n_cols);
		if (o->format == CLI_FORMAT_JSONL)
			strbuf_append_char(&o->line, '\n');
		fwrite(o->line.data, 1, o->line.len, o->out);
		break;
	case CLI_FORMAT_CSV:
	case CLI_FORMAT_TSV:
		if (o->n_records == 1 && !o->is_no_headers)
			write_separated(o, NULL);
		write_separated(o, rec);
		break;
	case CLI_FORMAT_PLAIN:
		write_plain(o, rec);
		break;
	case CLI_FORMAT_TABLE:
		keep_row(o, rec);
		break;
	}
}

static void write_table_line(struct cli_output *o, const struct cli_cell *cells, const int *widths)
{
	for (size_t i = 0; i < o->n_columns; i++) {
		bool is_last = i + 1 == o->n_columns;
		fputs(cells[i].text, o->out);
		if (!is_last)
			fprintf(o->out, "%*s", widths[i] - cells[i].width_cols + 2, "");
	}
	fputc('\n', o->out);
}

static void write_table(struct cli_output *o)
{
	size_t n = o->n_columns ? o->n_columns : 1;
	int *widths = xcalloc(n, sizeof(*widths));
	struct cli_cell *header = xcalloc(n, sizeof(*header));
	for (size_t i = 0; i < o->n_columns; i++) {
		header[i].text = o->columns[i];
		header[i].width_cols = text_width(o->columns[i]);
		if (!o->is_no_headers)
			widths[i] = header[i].width_cols;
		for (size_t r = 0; r < o->n_rows; r++) {
			int w = o->cells[r * o->n_columns + i].width_cols;
			if (w > widths[i])
				widths[i] = w;
		}
	}
	if (!o->is_no_headers)
		write_table_line(o, header, widths);
	for (size_t r = 0; r < o->n_rows; r++)
		write_table_line(o, &o->cells[r * o->n_columns], widths);
	free(header);
	free(widths);
}

void cli_output_end(struct cli_output *o)
{
	if (o->format == CLI_FORMAT_JSON)
		fputs(o->n_records ? "\n]\n" : "[]\n", o->out);
	else if (o->format == CLI_FORMAT_TABLE)
		write_table(o);
	else if ((o->format == CLI_FORMAT_CSV || o->format == CLI_FORMAT_TSV) && !o->n_records &&
		 !o->is_no_headers)
		write_separated(o, NULL);
	fflush(o->out);
	strbuf_fini(&o->line);
	free(o->cells);
	arena_fini(&o->arena);
	for (size_t i = 0; i < o->n_columns; i++)
		free(o->columns[i]);
	free(o->columns);
	memset(o, 0, sizeof(*o));
}

void cli_output_texts(struct cli_output *o, const char *const *keys, const char *const *values,
		      size_t n)
{
	struct reply_field *fields = xcalloc(n ? n : 1, sizeof(*fields));
	char **json = xcalloc(n ? n : 1, sizeof(*json));
	for (size_t i = 0; i < n; i++) {
		struct strbuf sb;
		strbuf_init(&sb);
		cli_json_string_sb(&sb, values[i]);
		json[i] = strbuf_take(&sb);
		fields[i] = (struct reply_field){
			.key = keys[i], .json = json[i], .text = values[i], .is_string = true
		};
	}
	struct reply_record rec = { .fields = fields, .n_fields = n };
	cli_output_record(o, &rec);
	for (size_t i = 0; i < n; i++)
		free(json[i]);
	free(json);
	free(fields);
}

int cli_output_job(struct cli *c, struct job *job, const char *member, const char *columns)
{
	int code = CLI_OK;
	struct job_result *r = cli_run_job(c, job);
	struct reply reply;
	if (r->status != STATUS_OK) {
		code = cli_fail_result(c, r);
	} else if (cli_read_reply(c, r->body, r->body_len, member, &reply) != STATUS_OK) {
		code = cli_fail(c, CLI_ERROR, "the server's answer is not a list");
	} else {
		struct cli_output o;
		cli_output_begin(&o, c, columns);
		for (size_t i = 0; i < reply.count; i++)
			cli_output_record(&o, &reply.records[i]);
		cli_output_end(&o);
		reply_fini(&reply);
	}
	job_result_free(r);
	return code;
}
