/* The filter form: its field table from the /Tickets parameters, its values as a query. */
#include "config.h"

#include "app/filter_form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/filter.h"
#include "model/lookup_match.h"
#include "model/query_date_words.h"
#include "model/ticket_query_value.h"
#include "net/query_url.h"
#include "ui/form_view.h"
#include "ui/key.h"
#include "ui/list_columns.h"
#include "util/alloc.h"

/* The first group: what a triage filters by most, in this order. */
static const char *const common_params[] = {
	"open_only",
	"closed_only",
	"includeclosed",
	"mine",
	"agent",
	"agent_id",
	"team",
	"status",
	"status_id",
	"priority",
	"client_id",
	"client_ids",
	"site_id",
	"user_id",
	"username",
	"requesttype",
	"requesttype_id",
	"datesearch",
	"startdate",
	"enddate",
	"lastupdatefromdate",
	"lastupdatetodate",
	"search",
	"search_summary",
	"search_details",
	"search_user_name",
	"search_id",
};

/* The service levels: which SLA, breached or on hold, and the SLA details of each ticket. */
static const char *const sla_params[] = {
	"sla",
	"includebreached",
	"includehold",
	"excludeslacalcs",
	"includeslaactiondate",
	"includeslatimer",
};

enum ff_group {
	FF_COMMON,
	FF_SLA,
	FF_CATEGORIES,
	FF_INCLUDE,
	FF_INTEGRATIONS,
	FF_OTHER,
	FF_SORT,
	FF_PAGING,
	FF_GROUP_COUNT
};

static const char *const group_titles[FF_GROUP_COUNT] = {
	"Common",	"SLA",		 "Categories", "Include (what each ticket carries)",
	"Integrations", "Other filters", "Sort",       "Paging (refused: the list pages by itself)",
};

static long index_in(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return (long)i;
	return -1;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static enum ff_group group_of(const struct query_param *p)
{
	if (index_in(common_params, COUNT(common_params), p->name) >= 0)
		return FF_COMMON;
	if (index_in(sla_params, COUNT(sla_params), p->name) >= 0)
		return FF_SLA;
	if (!strncmp(p->name, "category_", 9))
		return FF_CATEGORIES;
	switch (p->group) {
	case QG_INCLUDE:
		return FF_INCLUDE;
	case QG_INTEGRATION:
		return FF_INTEGRATIONS;
	case QG_ORDER:
		return FF_SORT;
	case QG_PAGING:
		return FF_PAGING;
	default:
		return FF_OTHER;
	}
}

/* What each type takes, shown while it is typed. */
static const char *type_hint(enum query_type type)
{
	switch (type) {
	case QP_INT:
		return "a whole number: 42, -1";
	case QP_INT_LIST:
		return "ids separated by commas: 1,2,3";
	case QP_DOUBLE:
		return "a decimal number: 5.5, -3";
	case QP_DATE:
		return "a date: 2026-12-01, 2026-12-01T09:00, today, yesterday, -7d, -2w";
	default:
		return "text; spaces are kept";
	}
}

static enum picker_source source_of(const char *param)
{
	enum lookup_kind kind;
	if (!lookup_kind_of_param(param, &kind))
		return PICKER_SOURCE_NONE;
	switch (kind) {
	case LOOKUP_STATUS:
		return PICKER_SOURCE_STATUSES;
	case LOOKUP_PRIORITY:
		return PICKER_SOURCE_PRIORITIES;
	case LOOKUP_AGENT:
		return PICKER_SOURCE_AGENTS;
	case LOOKUP_TEAM:
		return PICKER_SOURCE_TEAMS;
	case LOOKUP_TICKETTYPE:
		return PICKER_SOURCE_TICKET_TYPES;
	case LOOKUP_CLIENT:
		return PICKER_SOURCE_CLIENTS;
	default:
		return PICKER_SOURCE_NONE;
	}
}

/* Whether LK holds any item of SRC to pick. */
static bool has_items(const struct lookups *lk, enum picker_source src)
{
	struct picker pk;
	picker_init(&pk, "", false);
	size_t n = picker_fill(&pk, lk, src);
	picker_fini(&pk);
	return n > 0;
}

/* The field of parameter P: a three-state boolean, a picker where a lookup holds its ids
 * (and LK has some), else a line checked by the parameter's type. */
static struct form_field_def field_of(const struct query_param *p, const struct lookups *lk)
{
	struct form_field_def d = {
		.name = p->name,
		.label = p->name,
		.kind = FORM_TEXT,
		.note = p->description,
		.hint = type_hint(p->type),
		.group = group_titles[group_of(p)],
	};
	enum picker_source src = source_of(p->name);
	if (src != PICKER_SOURCE_NONE && !has_items(lk, src))
		src = PICKER_SOURCE_NONE; /* not fetched (clients): its ids are typed */
	if (p->type == QP_BOOL) {
		d.kind = FORM_BOOL;
		d.is_tristate = true;
	} else if (src != PICKER_SOURCE_NONE) {
		d.kind = p->type == QP_INT_LIST ? FORM_MULTI : FORM_CHOICE;
		d.source = src;
		d.none_label = "any";
	}
	return d;
}

/* Where P goes in the form: by group, common ones in their own order, the rest by name. */
static long rank_of(const struct query_param *p, size_t table_index)
{
	enum ff_group g = group_of(p);
	long within = g == FF_COMMON ? index_in(common_params, COUNT(common_params), p->name)
		      : g == FF_SLA  ? index_in(sla_params, COUNT(sla_params), p->name)
				     : (long)table_index;
	return (long)g * 1000 + within;
}

struct filter_form_fields *filter_form_fields_new(const struct lookups *lk)
{
	size_t n = ticket_query_param_count();
	struct filter_form_fields *ff = xcalloc(1, sizeof(*ff));
	ff->defs = xcalloc(n, sizeof(*ff->defs));
	long *ranks = xcalloc(n, sizeof(*ranks));
	/* An insertion by rank: 183 rows, once per form. */
	for (size_t i = 0; i < n; i++) {
		const struct query_param *p = ticket_query_param(i);
		long r = rank_of(p, i);
		size_t at = ff->n;
		while (at > 0 && ranks[at - 1] > r) {
			ranks[at] = ranks[at - 1];
			ff->defs[at] = ff->defs[at - 1];
			at--;
		}
		ranks[at] = r;
		ff->defs[at] = field_of(p, lk);
		ff->n++;
	}
	free(ranks);
	return ff;
}

void filter_form_fields_free(struct filter_form_fields *ff)
{
	if (!ff)
		return;
	free(ff->defs);
	free(ff);
}

static time_t now_of(const struct filter_form_fields *ff)
{
	return ff->now ? ff->now : time(NULL);
}

/* Appends V as the text of FIELD's parameter (a date word made a date); false when V is not
 * set. */
static bool value_text(const struct form_field *field, const struct form_value *v,
		       struct strbuf *out)
{
	if (!v->is_set)
		return false;
	switch (field->def->kind) {
	case FORM_BOOL:
		strbuf_append_str(out, v->number ? "true" : "false");
		break;
	case FORM_CHOICE:
		strbuf_appendf(out, "%ld", v->number);
		break;
	case FORM_MULTI:
		for (size_t i = 0; i < v->n_ids; i++)
			strbuf_appendf(out, "%s%ld", i ? "," : "", v->ids[i]);
		break;
	default:
		strbuf_append_str(out, v->text ? v->text : "");
		break;
	}
	return true;
}

/* Sets FIELD's parameter in Q from V; false with the reason in ERR. */
static bool put(struct ticket_query *q, const struct form_field *field, const struct form_value *v,
		time_t now, struct strbuf *err)
{
	struct strbuf text;
	strbuf_init(&text);
	bool ok = true;
	if (value_text(field, v, &text)) {
		const struct query_param *p = ticket_query_param_find(field->def->name);
		struct strbuf date;
		strbuf_init(&date);
		if (p && p->type == QP_DATE && query_date_words(text.data, now, &date)) {
			strbuf_reset(&text);
			strbuf_append_str(&text, date.data);
		}
		strbuf_fini(&date);
		ok = ticket_query_set(q, field->def->name, text.data, err) == STATUS_OK;
		if (!ok && p && p->type == QP_DATE) {
			strbuf_reset(err);
			strbuf_appendf(err, "%s: expected 2026-12-01, today, -7d or -2w, got ",
				       p->name);
			query_value_quote(err, v->text ? v->text : "");
		}
	}
	strbuf_fini(&text);
	return ok;
}

/* The query of F's values, FIELD's replaced by V (FIELD NULL: none replaced); unchecked
 * against the list's rules. */
static bool build(const struct form *f, const struct filter_form_fields *ff,
		  const struct form_field *field, const struct form_value *v,
		  struct ticket_query **out, struct strbuf *err)
{
	struct ticket_query *q = ticket_query_new(ticket_query_list_table());
	time_t now = now_of(ff);
	for (size_t i = 0; i < f->n_fields; i++) {
		const struct form_field *it = &f->fields[i];
		if (!put(q, it, it == field ? v : &it->value, now, err)) {
			ticket_query_free(q);
			return false;
		}
	}
	*out = q;
	return true;
}

bool filter_form_query(const struct form *f, const struct filter_form_fields *ff,
		       struct ticket_query **out, struct strbuf *err)
{
	struct ticket_query *q = NULL;
	if (!build(f, ff, NULL, NULL, &q, err))
		return false;
	if (ticket_query_check_list(q, err) != STATUS_OK) {
		ticket_query_free(q);
		return false;
	}
	*out = q;
	return true;
}

/* A value is taken when its type fits and the query stays one the list sends. */
static bool vet(const struct form *f, const struct form_field *field, const struct form_value *v,
		char *why, size_t why_size, void *ctx)
{
	const struct filter_form_fields *ff = ctx;
	/* A sort key becomes the list's sort: one the list cannot sort by is refused here. */
	bool is_order = !strncmp(field->def->name, "order", 5) && field->def->kind == FORM_TEXT;
	if (is_order && v->is_set && !list_sort_check(v->text, why, why_size)) {
		char copy[400];
		snprintf(copy, sizeof(copy), "%s", why);
		snprintf(why, why_size, "%s: %s", field->def->name, copy);
		return false;
	}
	struct strbuf err;
	strbuf_init(&err);
	struct ticket_query *q = NULL;
	bool ok = build(f, ff, field, v, &q, &err) && ticket_query_check_list(q, &err) == STATUS_OK;
	if (!ok)
		snprintf(why, why_size, "%s", err.len ? err.data : "refused");
	ticket_query_free(q);
	strbuf_fini(&err);
	return ok;
}

void filter_form_preview(const struct form *f, const struct filter_form_fields *ff,
			 struct strbuf *out)
{
	struct ticket_query *q = NULL;
	struct strbuf err;
	strbuf_init(&err);
	char *url = NULL;
	if (!build(f, ff, NULL, NULL, &q, &err)) {
		strbuf_appendf(out, "sends nothing yet: %s", err.data);
	} else if (!ticket_query_count_set(q)) {
		strbuf_append_str(out, "/api/Tickets (no filter)");
	} else if (query_url_render("http://halo/api/Tickets", q, &url, &err) == STATUS_OK) {
		strbuf_appendf(out, "/api/Tickets%s", strchr(url, '?'));
	} else {
		strbuf_appendf(out, "sends nothing yet: %s", err.data);
	}
	free(url);
	ticket_query_free(q);
	strbuf_fini(&err);
}

static void previewer(const struct form *f, void *ctx, struct strbuf *out)
{
	filter_form_preview(f, ctx, out);
}

/* Ids of "1,2,3" (normalised already) into a fresh array; how many. */
static size_t parse_ids(const char *text, long **ids)
{
	size_t n = 1;
	for (const char *s = text; *s; s++)
		n += *s == ',';
	*ids = xcalloc(n, sizeof(**ids));
	size_t k = 0;
	for (const char *s = text; *s && k < n;) {
		char *end = NULL;
		(*ids)[k++] = strtol(s, &end, 10);
		s = *end == ',' ? end + 1 : end + strlen(end);
	}
	return k;
}

/* Starts FIELD at the list's VALUE. */
static void start_at(struct form *f, const struct form_field_def *def, const char *value)
{
	if (def->kind == FORM_BOOL) {
		form_set_bool(f, def->name, !strcmp(value, "true"));
	} else if (def->kind == FORM_MULTI) {
		long *ids = NULL;
		size_t n = parse_ids(value, &ids);
		form_set_ids(f, def->name, ids, n);
		free(ids);
	} else if (def->kind == FORM_CHOICE) {
		form_set_choice(f, def->name, strtol(value, NULL, 10), NULL);
	} else {
		form_set_text(f, def->name, value);
	}
}

struct form *filter_form_new(struct filter_form_fields *ff, const struct lookups *lk,
			     const struct ticket_query *current)
{
	struct form *f = form_new("Filter the list", ff->defs, ff->n, lk);
	for (size_t i = 0; current && i < ff->n; i++) {
		const char *value = ticket_query_get(current, ff->defs[i].name);
		if (value)
			start_at(f, &ff->defs[i], value);
	}
	form_set_narrowing(f, true);
	form_on_vet(f, vet, ff);
	form_set_previewer(f, previewer, ff);
	form_set_send_label(f, "Apply");
	/* Ctrl-S applies the filter while a value is typed too (the value kept first). */
	form_set_send_verb(f, "apply");
	form_set_keys_hint(
		f, "Tab next · Enter edit · Ctrl-S apply · Ctrl-R reset · Ctrl-W save view · Esc");
	return f;
}

/* What the form's pane keeps: the field table its form reads. */
struct filter_form_host {
	struct filter_form_fields *fields;
};

static void free_host(void *data)
{
	struct filter_form_host *h = data;
	/* The pane frees the form after this: the form never reads its table while freed. */
	filter_form_fields_free(h->fields);
	free(h);
}

/* The form's query becomes the list's, through `:filter`'s own path (same checks, same
 * reload: answers to the old query are dropped by generation). */
static bool apply(void *ctx, void *data, struct form *f, char *err, size_t err_size)
{
	struct app *a = ctx;
	const struct filter_form_host *h = data;
	struct strbuf why;
	strbuf_init(&why);
	struct ticket_query *q = NULL;
	if (!filter_form_query(f, h->fields, &q, &why)) {
		snprintf(err, err_size, "%s", why.data);
		strbuf_fini(&why);
		return false;
	}
	strbuf_fini(&why);
	size_t n = ticket_query_count_set(q), pos = 0, k = 0;
	char **words = xcalloc(n + 1, sizeof(*words));
	const struct query_param *p;
	const char *value;
	while (k < n && ticket_query_next(q, &pos, &p, &value)) {
		struct strbuf w;
		strbuf_init(&w);
		strbuf_appendf(&w, "%s=%s", p->name, value);
		words[k++] = strbuf_take(&w);
	}
	bool ok = app_filter_words(a, words, (int)k, err, err_size);
	for (size_t i = 0; i < k; i++)
		free(words[i]);
	free(words);
	ticket_query_free(q);
	return ok;
}

static void drop_form(void *ctx)
{
	struct app *a = ctx;
	struct view *top = a->depth ? a->stack[a->depth - 1] : NULL;
	if (top && form_view_form(top))
		app_pop_view(a);
}

static void ask_discard(void *ctx, struct view *v)
{
	struct app *a = ctx;
	(void)v;
	confirm_ask(&a->confirm, "drop the changes to this filter?", drop_form, a);
	a->status.is_dirty = true;
}

/* Ctrl-R clears every value; Ctrl-W applies, then the prompt asks the view's name. */
static unsigned filter_key(void *ctx, void *data, struct view *v, int key)
{
	struct app *a = ctx;
	struct form *f = form_view_form(v);
	if (key == UI_KEY_CTRL('r')) {
		form_clear_all(f);
		return REACT_REDRAW;
	}
	if (key != UI_KEY_CTRL('w'))
		return REACT_UNHANDLED;
	char err[512] = "";
	if (!apply(ctx, data, f, err, sizeof(err))) {
		form_set_error(f, err[0] ? err : "not applied");
		return REACT_REDRAW;
	}
	prompt_open_with(&a->prompt, "view-save ");
	a->status.is_dirty = true;
	return REACT_CLOSE;
}

void app_filter_form(struct app *a)
{
	/* One form at a time: a second one would hide the first and what was typed in it. */
	struct view *top = a->depth > 1 ? a->stack[a->depth - 1] : NULL;
	if (top && form_view_form(top)) {
		a->is_secondary_focused = true;
		a->needs_relayout = true;
		statusbar_set_message(&a->status,
				      "a form is open: send it (Ctrl-S) or cancel it (Esc) first");
		return;
	}
	struct filter_form_host *h = xcalloc(1, sizeof(*h));
	h->fields = filter_form_fields_new(&a->data.lookups);
	struct form *f = filter_form_new(h->fields, &a->data.lookups, a->query);
	struct form_host host = {
		.ctx = a,
		.data = h,
		.free_data = free_host,
		.send = apply,
		.ask_discard = ask_discard,
		.key = filter_key,
	};
	struct view *v = form_view_new(&a->env, f, &host);
	if (!v) {
		free_host(h);
		return;
	}
	app_push_view(a, v);
}
