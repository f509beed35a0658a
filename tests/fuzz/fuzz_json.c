/* libFuzzer harness for every model *_from_json parser: the first byte picks the parser. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../unit/page_compare.h"
#include "model/action_json.h"
#include "model/approval_json.h"
#include "model/auth_json.h"
#include "model/error_json.h"
#include "model/json_text_json.h"
#include "model/lookups_json.h"
#include "model/misc_json.h"
#include "model/reply.h"
#include "model/ticket_json.h"
#include "model/ticket_scan.h"
#include "model/todo_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whatever the streaming reader accepts, json-c must read to the very same page, with the
 * very same notes on odd fields and skipped rows. */
static void page_readers_agree(const char *b, size_t n)
{
	static struct odd_fields odd;
	static struct model_error tree_err;
	struct ticket_page *fast = NULL, *tree = NULL;
	odd_fields_clear(&odd);
	bool scanned = ticket_page_scan(b, n, &fast, &odd);
	enum status st = ticket_page_from_json_tree(b, n, &tree, &tree_err);
	if (scanned && (st != STATUS_OK || ticket_page_difference(fast, tree) ||
			!odd_fields_equal(&odd, &tree_err.odd)))
		abort();
	if (!scanned && odd_fields_total(&odd))
		abort(); /* a declined page leaves no notes behind */
	ticket_page_free(fast);
	ticket_page_free(tree);
}

static bool has_duplicate_keys(const struct reply_record *rec)
{
	for (size_t i = 0; i < rec->n_fields; i++)
		for (size_t j = i + 1; j < rec->n_fields; j++)
			if (!strcmp(rec->fields[i].key, rec->fields[j].key))
				return true;
	return false;
}

/* Whatever the one-pass reply reader accepts, json-c reads to the same records: the same
 * keys in the same order, strings with the same text (json-c folds a repeated key into one,
 * and cuts a text at \u0000, which the scanner writes as U+FFFD: those are not compared). */
static void reply_readers_agree(const char *b, size_t n, const char *member)
{
	struct reply fast, tree;
	if (!reply_scan(b, n, member, &fast))
		return;
	if (reply_parse_tree(b, n, member, &tree) != STATUS_OK || fast.count != tree.count ||
	    fast.record_count != tree.record_count)
		abort();
	bool has_nul = memmem(b, n, "\\u0000", 6) != NULL;
	for (size_t r = 0; r < fast.count && !has_nul; r++) {
		const struct reply_record *x = &fast.records[r], *y = &tree.records[r];
		if (has_duplicate_keys(x))
			continue;
		if (x->n_fields != y->n_fields)
			abort();
		for (size_t i = 0; i < x->n_fields; i++) {
			const struct reply_field *f = &x->fields[i], *g = &y->fields[i];
			if (strcmp(f->key, g->key) || f->is_string != g->is_string ||
			    (f->is_string && strcmp(f->text, g->text)))
				abort();
		}
	}
	reply_fini(&fast);
	reply_fini(&tree);
}

/* Whatever the one-pass reader accepts, the text-only reading accepts too, with the same
 * records: each record's text, read again on its own, gives the fields the whole page gave. */
static void reply_texts_agree(const char *b, size_t n, const char *member)
{
	struct reply fields, texts;
	if (!reply_scan(b, n, member, &fields))
		return;
	if (!reply_scan_texts(b, n, member, &texts) || texts.count != fields.count ||
	    texts.record_count != fields.record_count)
		abort();
	for (size_t r = 0; r < texts.count; r++) {
		const struct reply_record *x = &fields.records[r], *t = &texts.records[r];
		struct reply again;
		if (!t->json || !reply_scan(t->json, t->json_len, NULL, &again) ||
		    again.count != 1 || again.records[0].n_fields != x->n_fields)
			abort();
		for (size_t i = 0; i < x->n_fields; i++) {
			const struct reply_field *f = &x->fields[i],
						 *g = &again.records[0].fields[i];
			if (strcmp(f->key, g->key) || strcmp(f->json, g->json))
				abort();
		}
		reply_fini(&again);
	}
	reply_fini(&fields);
	reply_fini(&texts);
}

static void tickets(const char *b, size_t n, struct model_error *err)
{
	page_readers_agree(b, n);
	reply_readers_agree(b, n, "tickets");
	reply_readers_agree(b, n, NULL);
	reply_texts_agree(b, n, "tickets");
	reply_texts_agree(b, n, NULL);
	struct ticket_page *page = NULL;
	struct ticket *t = NULL;
	struct ticket_post_result r;
	int id;
	if (ticket_page_from_json(b, n, &page, err) == STATUS_OK)
		ticket_page_free(page);
	if (ticket_from_json(b, n, &t, err) == STATUS_OK)
		ticket_free(t);
	if (ticket_post_result_from_json(b, n, &r, err) == STATUS_OK)
		ticket_post_result_fini(&r);
	ticket_delete_result_from_json(b, n, &id, err);
}

static void lists(const char *b, size_t n, struct model_error *err)
{
	struct action_list a;
	struct approval_list ap;
	struct todo_list td;
	struct closure_list cl;
	struct forecast f;
	if (action_list_from_json(b, n, &a, err) == STATUS_OK)
		action_list_fini(&a);
	if (approval_list_from_json(b, n, &ap, err) == STATUS_OK)
		approval_list_fini(&ap);
	if (todo_list_from_json(b, n, &td, err) == STATUS_OK)
		todo_list_fini(&td);
	if (closure_list_from_json(b, n, &cl, err) == STATUS_OK)
		closure_list_fini(&cl);
	forecast_from_json(b, n, &f, err);
	struct forecast_list fl;
	if (forecast_list_from_json(b, n, &fl, err) == STATUS_OK)
		forecast_list_fini(&fl);
}

static void lookups(const char *b, size_t n, struct model_error *err)
{
	struct status_list s;
	struct priority_list p;
	struct agent_list a;
	struct named_list nl;
	struct outcome_list ol;
	if (status_list_from_json(b, n, &s, err) == STATUS_OK)
		status_list_fini(&s);
	if (priority_list_from_json(b, n, &p, err) == STATUS_OK)
		priority_list_fini(&p);
	if (agent_list_from_json(b, n, &a, err) == STATUS_OK)
		agent_list_fini(&a);
	if (agent_me_from_json(b, n, &a, err) == STATUS_OK)
		agent_list_fini(&a);
	if (named_list_from_json(b, n, &nl, err) == STATUS_OK)
		named_list_fini(&nl);
	if (outcome_list_from_json(b, n, &ol, err) == STATUS_OK)
		outcome_list_fini(&ol);
}

static void others(const char *b, size_t n, struct model_error *err)
{
	struct token tok;
	struct authinfo ai;
	struct json_text jt;
	struct api_error e;
	if (token_from_json(b, n, 0, &tok, err) == STATUS_OK)
		token_fini(&tok);
	if (authinfo_from_json(b, n, &ai, err) == STATUS_OK)
		authinfo_fini(&ai);
	if (json_text_from_json(b, n, &jt, err) == STATUS_OK)
		json_text_fini(&jt);
	if (json_text_record_from_json(b, n, &jt, err) == STATUS_OK) {
		for (size_t i = 0; i < jt.count; i++)
			if (strchr(jt.lines[i], '\n'))
				abort(); /* a record's line is one line */
		json_text_fini(&jt);
	}
	api_error_init(&e);
	api_error_from_response(&e, 400, "POST /x", b, n);
	char *line = api_error_describe(&e);
	free(line);
	api_error_fini(&e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* Copy so that reading past SIZE is caught: the parsers must honour the length. */
	char *body = malloc(size - 1 ? size - 1 : 1);
	if (!body)
		return 0;
	for (size_t i = 1; i < size; i++)
		body[i - 1] = (char)data[i];
	static struct model_error err;
	switch (data[0] % 4) {
	case 0:
		tickets(body, size - 1, &err);
		break;
	case 1:
		lists(body, size - 1, &err);
		break;
	case 2:
		lookups(body, size - 1, &err);
		break;
	default:
		others(body, size - 1, &err);
		break;
	}
	free(body);
	return 0;
}
