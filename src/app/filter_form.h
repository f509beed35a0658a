/* The filter form: every /Tickets parameter in one form, grouped, narrowed as you type, each
 * value checked by the rules `:filter` applies, the query it will send shown as it changes. */
#ifndef HALOTUI_APP_FILTER_FORM_H
#define HALOTUI_APP_FILTER_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/lookups.h"
#include "model/ticket_query.h"
#include "ui/form.h"
#include "util/strbuf.h"

struct app;

/* The form's field table, built from the parameter table: one field per parameter, in the
 * order the form shows them (common ones first, then SLA, categories, include flags,
 * integrations, the rest). It outlives every form made from it. */
struct filter_form_fields {
	struct form_field_def *defs; /* owned */
	size_t n;
	time_t now; /* what date words count from; 0: the clock */
};

/* The table of every /Tickets parameter (filter_form_fields_free frees it). Ids of a lookup
 * are picked from it where LK (may be NULL) holds some, else typed. */
struct filter_form_fields *filter_form_fields_new(const struct lookups *lk);
void filter_form_fields_free(struct filter_form_fields *ff);

/* A form over FF (which must outlive it) holding the values of CURRENT (NULL: none), names
 * of choices from LK (not owned, may be NULL): narrowing on, each value vetted, the query
 * previewed. Caller frees (form_free). */
struct form *filter_form_new(struct filter_form_fields *ff, const struct lookups *lk,
			     const struct ticket_query *current);
/* The query F's values make, checked as the list's (ticket_query_check_list): true with it
 * in *OUT (caller frees), false with the reason in ERR. */
bool filter_form_query(const struct form *f, const struct filter_form_fields *ff,
		       struct ticket_query **out, struct strbuf *err);
/* Appends what F will send: "/api/Tickets?open_only=true&search=printer+jam", each value
 * percent-encoded as the request's URL encodes it. */
void filter_form_preview(const struct form *f, const struct filter_form_fields *ff,
			 struct strbuf *out);

/* Opens the filter form over the list's query (`filter-form`, F). */
void app_filter_form(struct app *a);

#endif
