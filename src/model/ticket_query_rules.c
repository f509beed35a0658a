/* The list's rules over a query: no name twice, no paging of its own, no contradiction. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/ticket_query.h"
#include "util/alloc.h"

enum status ticket_query_set_once(struct ticket_query *q, const char *name, const char *value,
				  struct strbuf *err)
{
	long i = query_table_index(q->table, name);
	if (i >= 0 && q->values[i]) {
		if (err) {
			strbuf_reset(err);
			strbuf_appendf(err, "%s is given twice: give each parameter once", name);
		}
		return STATUS_INVALID;
	}
	return ticket_query_set(q, name, value, err);
}

/* Pairs that select nothing when both are true: refused rather than sent. */
static const char *const contradictions[][2] = {
	{ "open_only", "closed_only" },
};

static bool is_true(const struct ticket_query *q, const char *name)
{
	const char *v = ticket_query_get(q, name);
	return v && strcmp(v, "false") != 0 && strcmp(v, "0") != 0;
}

static enum status refuse(struct strbuf *err, const char *text)
{
	if (err) {
		strbuf_reset(err);
		strbuf_append_str(err, text);
	}
	return STATUS_INVALID;
}

/* Every order key needs its order, and orderdescN its orderN. */
static enum status check_order(const struct ticket_query *q, struct strbuf *err)
{
	static const char *const order[] = { "order", "order2", "order3", "order4", "order5" };
	static const char *const desc[] = { "orderdesc", "orderdesc2", "orderdesc3", "orderdesc4",
					    "orderdesc5" };
	for (size_t k = 0; k < 5; k++) {
		if (ticket_query_get(q, desc[k]) && !ticket_query_get(q, order[k])) {
			if (err) {
				strbuf_reset(err);
				strbuf_appendf(err, "%s needs %s: the field to sort by", desc[k],
					       order[k]);
			}
			return STATUS_INVALID;
		}
		if (k > 0 && ticket_query_get(q, order[k]) && !ticket_query_get(q, order[k - 1])) {
			if (err) {
				strbuf_reset(err);
				strbuf_appendf(err, "%s needs %s: sort keys come in turn", order[k],
					       order[k - 1]);
			}
			return STATUS_INVALID;
		}
	}
	return STATUS_OK;
}

enum status ticket_query_check_list(const struct ticket_query *q, struct strbuf *err)
{
	size_t pos = 0;
	const struct query_param *p;
	const char *value;
	while (ticket_query_next(q, &pos, &p, &value)) {
		if (p->group != QG_PAGING)
			continue;
		if (err) {
			strbuf_reset(err);
			strbuf_appendf(
				err, "%s is refused: the list pages by itself (setting page-size)",
				p->name);
		}
		return STATUS_INVALID;
	}
	if (is_true(q, "ticketidonly"))
		return refuse(err,
			      "ticketidonly is refused: Halo does not page it, and the list pages");
	for (size_t i = 0; i < sizeof(contradictions) / sizeof(contradictions[0]); i++) {
		const char *a = contradictions[i][0], *b = contradictions[i][1];
		if (!is_true(q, a) || !is_true(q, b))
			continue;
		if (err) {
			strbuf_reset(err);
			strbuf_appendf(err, "%s=true and %s=true contradict: no ticket is both", a,
				       b);
		}
		return STATUS_INVALID;
	}
	return check_order(q, err);
}

size_t ticket_query_take_order(struct ticket_query *q, struct strbuf *spec)
{
	static const char *const order[] = { "order", "order2", "order3", "order4", "order5" };
	static const char *const desc[] = { "orderdesc", "orderdesc2", "orderdesc3", "orderdesc4",
					    "orderdesc5" };
	size_t n = 0;
	strbuf_reset(spec);
	for (size_t k = 0; k < 5; k++) {
		const char *field = ticket_query_get(q, order[k]);
		if (field && *field) {
			strbuf_appendf(spec, "%s%s%s", n ? "," : "", field,
				       is_true(q, desc[k]) ? ":desc" : "");
			n++;
		}
		ticket_query_unset(q, order[k], NULL);
		ticket_query_unset(q, desc[k], NULL);
	}
	return n;
}
