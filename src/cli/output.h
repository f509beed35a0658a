/* Records written in one of the output formats: table, plain, json, jsonl, csv, tsv. */
#ifndef HALOTUI_CLI_OUTPUT_H
#define HALOTUI_CLI_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli/context.h"
#include "model/arena.h"
#include "model/reply.h"
#include "util/strbuf.h"

/* The widest cell of a table, in display columns: longer ones end in "..." (the other
 * formats keep every value whole). */
#define CLI_TABLE_CELL_MAX_COLS 60

/* A cell of a table, cleaned and cut, with its width on the screen. */
struct cli_cell {
	const char *text;
	int width_cols;
};

/* One output in progress. The table format holds its rows until cli_output_end (it aligns
 * them); every other format writes each record at once. */
struct cli_output {
	FILE *out;
	enum cli_format format;
	bool is_no_headers;
	bool is_tty;	       /* stdout is a terminal: csv and tsv cells are cleaned of controls */
	bool is_columns_given; /* --columns: json and jsonl keep only those fields too */
	char **columns;	       /* owned */
	size_t n_columns;
	size_t n_records;
	struct cli_cell *cells; /* table: n_rows * n_columns cleaned cells, owned */
	struct arena arena;	/* their text */
	size_t n_rows, cap_rows;
	struct strbuf line; /* json and jsonl: the record being written, reused */
};

/* Parses a format name; false when NAME is none of them. */
bool cli_format_parse(const char *name, enum cli_format *format);
/* Starts an output for C's options; DEFAULT_COLUMNS ("id,summary,...") is used without
 * --columns. */
void cli_output_begin(struct cli_output *o, const struct cli *c, const char *default_columns);
/* Reads BODY's records (see reply_parse) for C's output: for json and jsonl without --columns,
 * each record as its own text alone (reply_scan_texts, OUT then lives no longer than BODY),
 * which they write whole. */
enum status cli_read_reply(const struct cli *c, const char *body, size_t len, const char *member,
			   struct reply *out);
/* Writes (or, for a table, keeps) one record. */
void cli_output_record(struct cli_output *o, const struct reply_record *rec);
/* Writes (or keeps) a record made here of N text fields KEYS[i]=VALUES[i]. */
void cli_output_texts(struct cli_output *o, const char *const *keys, const char *const *values,
		      size_t n);
/* Finishes (the table is written now, the json array closed) and frees. */
void cli_output_end(struct cli_output *o);
/* REC as one compact JSON object: every field, or only COLUMNS when N_COLUMNS > 0. */
void cli_output_json_record(FILE *out, const struct reply_record *rec, char **columns,
			    size_t n_columns);

/* Runs JOB (taken; the caller has connected) and prints the records of its answer, the list
 * under MEMBER (NULL: a bare list or one object) with COLUMNS by default. CLI_OK, or the exit
 * code after cli_fail said why (the server's words, or an answer that is not a list). */
int cli_output_job(struct cli *c, struct job *job, const char *member, const char *columns);

#endif
